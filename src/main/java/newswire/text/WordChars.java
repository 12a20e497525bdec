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
        return Character.isLetterOrDigit(codePoint) ? Character.toLowerCase(codePoint) : -1;
    }
}
