package newswire.extract;

import java.util.List;

/**
 * One sentence of an article, its offsets into the body ({@code end} exclusive), and its tokens, whose offsets also
 * index the body. A sentence of the title has offsets -1, because the title is not part of the body.
 *
 * @param paragraph the index of the paragraph it belongs to (-1 for the title)
 * @param alone     whether it is the whole body: a flash or an event coder's note of one sentence
 * @param inNote    whether it belongs to a note: a body of one sentence, or of a few under no title (an event coder's
 *                  "Al Shabaab attacks and kills two, steals vehicles. Security forces later launched a sweep.")
 */
record Sentence(String text, int start, int end, int paragraph, List<Token> tokens, boolean alone,
        boolean inNote) {

    static final int TITLE = -1;

    Sentence(final String text, final int start, final int end, final int paragraph, final List<Token> tokens) {
        this(text, start, end, paragraph, tokens, false, false);
    }

    boolean inTitle() {
        return paragraph == TITLE;
    }

    /** The same sentence as the whole body of its article. */
    Sentence asWholeBody() {
        return new Sentence(text, start, end, paragraph, tokens, true, true);
    }

    /** The same sentence as one of a note of a few. */
    Sentence asPartOfNote() {
        return new Sentence(text, start, end, paragraph, tokens, false, true);
    }

    /**
     * Whether it is written as a headline is: the title, or a sentence of a note ("State forces kill six
     * protesters."), which tells its event in the present, as a headline does, rather than a habit.
     */
    boolean toldAsHeadline() {
        return inTitle() || inNote;
    }

    /** The text between two tokens, inclusive, as written. */
    String span(final int firstToken, final int lastToken) {
        final int offset = inTitle() ? 0 : start;
        return text.substring(tokens.get(firstToken).start() - offset, tokens.get(lastToken).end() - offset);
    }
}
