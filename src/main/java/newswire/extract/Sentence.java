package newswire.extract;

import java.util.List;

/**
 * One sentence of an article, its offsets into the body ({@code end} exclusive), and its tokens, whose offsets also
 * index the body. A sentence of the title has offsets -1, because the title is not part of the body.
 *
 * @param paragraph the index of the paragraph it belongs to (-1 for the title)
 */
record Sentence(String text, int start, int end, int paragraph, List<Token> tokens) {

    static final int TITLE = -1;

    boolean inTitle() {
        return paragraph == TITLE;
    }

    /** The text between two tokens, inclusive, as written. */
    String span(final int firstToken, final int lastToken) {
        final int offset = inTitle() ? 0 : start;
        return text.substring(tokens.get(firstToken).start() - offset, tokens.get(lastToken).end() - offset);
    }
}
