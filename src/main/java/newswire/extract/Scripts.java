package newswire.extract;

/** Character classes the tokenizer, the sentence splitter and the gazetteer agree on. */
final class Scripts {

    private Scripts() {
    }

    static boolean isHangul(final char c) {
        return (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\u1100' && c <= '\u11FF') || (c >= '\u3130' && c <= '\u318F');
    }

    /** Unicode's final consonants of a Hangul syllable (none first): ㄴ, ㄹ and ㅆ by their places in that order. */
    static final int FINAL_NIEUN = 4;
    static final int FINAL_RIEUL = 8;
    static final int FINAL_SSANG_SIOT = 20;
    private static final int FINAL_CONSONANTS = 28;

    /**
     * The final consonant of a precomposed Hangul syllable, by its place in Unicode's order (0 for none; see
     * {@link #FINAL_NIEUN}), or -1 for any other character: syllables come in blocks of 28 finals from 가 on.
     */
    static int finalConsonant(final char c) {
        return c >= '\uAC00' && c <= '\uD7A3' ? (c - '\uAC00') % FINAL_CONSONANTS : -1;
    }

    /** A letter of a script that separates words with spaces and marks case (Latin, Cyrillic, Greek). */
    static boolean isCasedLetter(final char c) {
        return Character.isLetter(c) && !isHangul(c) && !isCjk(c);
    }

    static boolean isCjk(final char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static boolean isDigit(final char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isApostrophe(final char c) {
        return c == '\'' || c == '\u2019';
    }

    /** A quotation mark, straight or curly, single or double, or a Korean corner bracket. */
    static boolean isQuote(final String text) {
        return text.length() == 1 && "\"'\u201C\u201D\u2018\u2019\u300C\u300D\u300E\u300F".indexOf(text.charAt(0)) >= 0;
    }

    static boolean isSpace(final char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    /** The Korean numerals that scale the digits before them: 3천 is 3,000, 1만2000 is 12,000. */
    static boolean isKoreanScale(final char c) {
        return c == '백' || c == '천' || c == '만' || c == '억';
    }
}
