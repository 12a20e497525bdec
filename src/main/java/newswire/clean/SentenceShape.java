package newswire.clean;

/**
 * Whether text has the shape of a sentence: the one place that says where a sentence ends, for HTML blocks, the lines
 * of text copies, the headline choice and the rejoining of wrapped lines.
 */
final class SentenceShape {

    /** What may close a sentence after its full stop: quotes and brackets. */
    private static final String CLOSERS = "\"”’')]»";
    /**
     * Full stops in the scripts Newswire reads; "다" ends a Korean declarative sentence. "…" counts: a teaser or a
     * quote trailing off is still a sentence, not a label.
     */
    private static final String FULL_STOPS = ".!?。…다";
    /** A word this short before a full stop may be an abbreviation ("Gov. Noem", "U.S. Bank"), not a sentence's end. */
    private static final int MIN_WORD_BEFORE_BREAK = 4;

    private SentenceShape() {
    }

    /** "… he said." and "… “Dancing with the Stars.”" end a sentence; "Read more" and "Share this story" do not. */
    static boolean endsSentence(final CharSequence text) {
        final int end = lastBeforeClosers(text);
        return end >= 0 && FULL_STOPS.indexOf(text.charAt(end)) >= 0;
    }

    /**
     * Whether the text trails off in an ellipsis ("… may soon...", "… the [...]", "… with…"): how a list of other
     * stories cuts each teaser to a length, though a writer trailing off ends a sentence the same way.
     */
    static boolean trailsOff(final CharSequence text) {
        final int end = lastBeforeClosers(text);
        return end >= 0 && (text.charAt(end) == '…'
                || end >= 2 && text.charAt(end) == '.' && text.charAt(end - 1) == '.' && text.charAt(end - 2) == '.');
    }

    /**
     * Whether a wrapped line cannot go on in the next: it ends a sentence, or closes a quote, a bracket or a clause
     * introducing what follows (":").
     */
    static boolean endsClause(final CharSequence text) {
        final char last = text.charAt(text.length() - 1);
        return CLOSERS.indexOf(last) >= 0 || last == ':' || endsSentence(text);
    }

    /**
     * Whether a sentence ends inside the text and another begins: a full stop after a word of
     * {@value #MIN_WORD_BEFORE_BREAK}+ characters (or a bracket or digit), a space, and a capital. Prose has them; a
     * headline is one sentence at most.
     */
    static boolean hasInnerBreak(final String text) {
        for (int i = text.indexOf(". "); i > 0 && i + 2 < text.length(); i = text.indexOf(". ", i + 1)) {
            if (Character.isUpperCase(text.charAt(i + 2)) && endsWord(text, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWord(final String text, final int stop) {
        final char before = text.charAt(stop - 1);
        if (before == ')' || Character.isDigit(before)) {
            return true;
        }
        int letters = 0;
        for (int j = stop - 1; j >= 0 && Character.isLetter(text.charAt(j)); j--) {
            letters++;
        }
        return letters >= MIN_WORD_BEFORE_BREAK && Character.isLowerCase(before);
    }

    private static int lastBeforeClosers(final CharSequence text) {
        int end = text.length() - 1;
        while (end >= 0 && CLOSERS.indexOf(text.charAt(end)) >= 0) {
            end--;
        }
        return end;
    }
}
