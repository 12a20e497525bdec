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
}
