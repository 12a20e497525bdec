package newswire.text;

/** The characters words are made of: letters and digits, compared lower-cased. */
public final class WordChars {

    /**
     * {@link #lower} of each ASCII character: a table, because letters, spaces and punctuation alternate too
     * irregularly for the processor to predict the comparisons (a tenth of the cleaner's time went to them), and most
     * of every article is ASCII or Hangul.
     */
    private static final byte[] ASCII = new byte[0x80];

    static {
        for (int c = 0; c < 0x80; c++) {
            ASCII[c] = (byte) (Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : -1);
        }
    }

    private WordChars() {
    }

    /** The code point lower-cased when it is a letter or digit, else -1. */
    public static int lower(final int codePoint) {
        if (codePoint < 0x80) {
            return ASCII[codePoint];
        }
        if (isHangulSyllable(codePoint)) {
            return codePoint;
        }
        return Character.isLetterOrDigit(codePoint) ? Character.toLowerCase(codePoint) : -1;
    }

    /**
     * Whether the code point is a Hangul syllable: a letter without case, answered without the character tables, two
     * lookups in them per character of every Korean text.
     */
    public static boolean isHangulSyllable(final int codePoint) {
        return codePoint >= 0xAC00 && codePoint <= 0xD7A3;
    }

    /**
     * Whether the code point is a letter of a script written without spaces between words (Chinese characters,
     * Japanese kana): a line of them is one "word" however long it runs, so its length says what its words would.
     * Answered from the blocks those scripts share before the character tables are asked.
     */
    public static boolean isUnspacedLetter(final int codePoint) {
        if (codePoint < 0x3040 || codePoint > 0x9FFF && (codePoint < 0xF900 || codePoint > 0xFAFF)) {
            return false;
        }
        final Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
