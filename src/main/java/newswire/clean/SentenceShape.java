package newswire.clean;

/** Whether a line has the shape of a sentence: the features that tell a paragraph of story from a label or a link. */
final class SentenceShape {

    /** What may close a sentence after its full stop: quotes and brackets. */
    private static final String CLOSERS = "\"”’')]»";
    /** Full stops in the scripts Newswire reads; "다" ends a Korean declarative sentence. */
    private static final String FULL_STOPS = ".!?。다";

    private SentenceShape() {
    }

    /** "… he said." and "… “Dancing with the Stars.”" end a sentence; "Read more" and "Share this story" do not. */
    static boolean endsSentence(final String text) {
        int end = text.length() - 1;
        while (end >= 0 && CLOSERS.indexOf(text.charAt(end)) >= 0) {
            end--;
        }
        return end >= 0 && FULL_STOPS.indexOf(text.charAt(end)) >= 0;
    }
}
