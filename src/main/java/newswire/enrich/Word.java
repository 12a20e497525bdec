package newswire.enrich;

import java.util.ArrayList;
import java.util.List;

/**
 * A whitespace-separated word of a text with its offsets, and the little a name finder needs to know about it.
 *
 * @param bare      the word without punctuation around it: quotes, brackets, commas, a full stop
 * @param bareStart where the word proper starts, after any opening quote or bracket
 */
record Word(String text, int start, String bare, int bareStart) {

    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("Gen.", "Lt.", "Maj.", "Adm.", "Col.",
            "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Sgt.", "Capt.");

    /** The words of {@code text}, in one pass. */
    static List<Word> split(final String text) {
        final List<Word> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            final boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (space && start >= 0) {
                words.add(of(text.substring(start, i), start));
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

    /** The word with its bare form worked out once: the name finder asks for it many times per word. */
    private static Word of(final String text, final int start) {
        int from = 0;
        int to = text.length();
        while (from < to && isWrapping(text.charAt(from))) {
            from++;
        }
        while (to > from && isTrailing(text.charAt(to - 1)) && !isAbbreviation(text.substring(from, to))) {
            to--;
        }
        return new Word(text, start, text.substring(from, to), start + from);
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
        final char last = text.charAt(text.length() - 1);
        return (last == '.' && !isAbbreviation(bare())) || last == ',' || last == ';' || last == ':' || last == '"'
                || last == '?' || last == '!' || last == ')';
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

    /** "Gen.", "Lt.", "U.S." keep their full stop; "Kim." at the end of a sentence does not. */
    private static boolean isAbbreviation(final String word) {
        return word.endsWith(".") && (ABBREVIATIONS.contains(word) || word.indexOf('.') < word.length() - 1);
    }
}
