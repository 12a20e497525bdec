package newswire.enrich;

import java.util.ArrayList;
import java.util.List;

/**
 * A whitespace-separated word of a text with its offsets, and the little a name finder needs to know about it.
 *
 * @param last      the word's last character, punctuation included
 * @param bare      the word without punctuation around it: quotes, brackets, commas, a full stop
 * @param bareStart where the word proper starts, after any opening quote or bracket
 */
record Word(char last, String bare, int bareStart) {

    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("Gen.", "Lt.", "Maj.", "Adm.", "Col.",
            "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Sgt.", "Capt.");

    /** The words of {@code text}, in one pass. */
    static List<Word> split(final String text) {
        final List<Word> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            final boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (space && start >= 0) {
                words.add(of(text, start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return words;
    }

    static String join(final List<Word> words, final int from, final int to) {
        final StringBuilder joined = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (joined.length() > 0) {
                joined.append(' ');
            }
            joined.append(words.get(i).bare());
        }
        return joined.toString();
    }

    /**
     * The word at {@code start} to {@code end} of {@code text}, with its bare form worked out once: the name finder asks
     * for it many times per word. Only the bare form is copied out of the text: every word of every article is split.
     */
    private static Word of(final String text, final int start, final int end) {
        int from = start;
        int to = end;
        while (from < to && isWrapping(text.charAt(from))) {
            from++;
        }
        while (to > from && isTrailing(text.charAt(to - 1)) && !isAbbreviation(text, from, to)) {
            to--;
        }
        return new Word(text.charAt(end - 1), text.substring(from, to), from);
    }

    int end() {
        return bareStart + bare.length();
    }

    /** A capitalised Latin word such as a name: "Rutte", "Suk-yeol", "O'Brien". */
    boolean isName() {
        final String bare = bare();
        if (bare.length() < 2 || !Character.isUpperCase(bare.charAt(0))) {
            return false;
        }
        for (int i = 1; i < bare.length(); i++) {
            final char c = bare.charAt(i);
            if (!Character.isLowerCase(c) && c != '-' && c != '\'') {
                return false;
            }
        }
        return true;
    }

    /** Starts with a capital: a name, an acronym such as "NATO", a demonym such as "Korean". */
    boolean isCapitalised() {
        final String bare = bare();
        return !bare.isEmpty() && Character.isUpperCase(bare.charAt(0));
    }

    boolean endsSentenceOrClause() {
        return (last == '.' && !isAbbreviation(bare, 0, bare.length())) || last == ',' || last == ';' || last == ':'
                || last == '"' || last == '?' || last == '!' || last == ')';
    }

    boolean startsSentence(final List<Word> words, final int index) {
        return index == 0 || words.get(index - 1).endsSentenceOrClause();
    }

    private static boolean isWrapping(final char c) {
        return c == '"' || c == '(' || c == '[' || c == '\'' || c == '“' || c == '‘';
    }

    private static boolean isTrailing(final char c) {
        return c == '"' || c == ')' || c == ']' || c == ',' || c == '.' || c == ';' || c == ':' || c == '?'
                || c == '!' || c == '”' || c == '’';
    }

    /**
     * Whether the word at {@code from} to {@code to} of {@code text} is an abbreviation: "Gen.", "Lt.", "U.S." keep
     * their full stop; "Kim." at the end of a sentence does not.
     */
    private static boolean isAbbreviation(final String text, final int from, final int to) {
        return to > from && text.charAt(to - 1) == '.'
                && (text.indexOf('.', from) < to - 1 || ABBREVIATIONS.contains(text.substring(from, to)));
    }
}
