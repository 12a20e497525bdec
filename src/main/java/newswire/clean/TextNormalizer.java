package newswire.clean;

import java.text.Normalizer;
import java.util.Arrays;
import newswire.dedupe.WordHashes;
import newswire.text.WordChars;

/** Unicode and whitespace normalisation, each a single pass over the text so hostile input stays linear. */
final class TextNormalizer {

    static final char REPLACEMENT = '\uFFFD';

    private TextNormalizer() {
    }

    /**
     * NFC, one {@code \n} per line break, every other space-like character as one plain space, no control or zero-width
     * characters, and no spaces at the ends of lines.
     */
    static String normalize(final String text) {
        final String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        // Most articles arrive normal already: up to the first character this loop would change, the text is its own
        // result, and an article with none is returned as it came, not copied character by character into a new one.
        final int unchanged = unchangedPrefix(nfc);
        if (unchanged == nfc.length()) {
            return nfc.strip();
        }
        // A char array rather than a StringBuilder: this loop sees every character of every article.
        final char[] out = new char[nfc.length()];
        nfc.getChars(0, unchanged, out, 0);
        int length = unchanged;
        boolean pendingSpace = false;
        for (int i = unchanged; i < nfc.length(); i++) {
            final char c = nfc.charAt(i);
            // Printable ASCII, most of any article, is kept without the tests below.
            if (c <= ' ' || c >= 0x7F) {
                if (c == '\r' && i + 1 < nfc.length() && nfc.charAt(i + 1) == '\n') {
                    continue;
                }
                if (c == '\r' || isLineBreak(c)) {
                    pendingSpace = false;
                    while (length > 0 && out[length - 1] == ' ') {
                        length--;
                    }
                    out[length++] = '\n';
                    continue;
                }
                if (isSpace(c)) {
                    pendingSpace = true;
                    continue;
                }
                if (isInvisible(c)) {
                    continue;
                }
            }
            if (pendingSpace && length > 0 && out[length - 1] != '\n') {
                out[length++] = ' ';
            }
            pendingSpace = false;
            out[length++] = c;
        }
        return new String(out, 0, length).strip();
    }

    /**
     * How many characters {@link #normalize} keeps as they are before the first it would drop, replace or move: it
     * keeps a {@code \n}, a character that is neither space-like nor invisible, and a single plain space between two
     * of the latter. The prefix ends with no pending space, so normalising may carry on from there.
     */
    private static int unchangedPrefix(final String text) {
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (c == ' ') {
                if (i == 0 || !keptAsIs(text.charAt(i - 1)) || i + 1 == text.length()
                        || !keptAsIs(text.charAt(i + 1))) {
                    return i;
                }
            } else if (c != '\n' && !keptAsIs(c)) {
                return i;
            }
        }
        return text.length();
    }

    /** A character {@link #normalize} copies whatever surrounds it: not a line break, space-like or invisible. */
    private static boolean keptAsIs(final char c) {
        if (c > ' ' && c < 0x7F) {
            return true;
        }
        // Every space-like, invisible and line-breaking character but the byte-order mark is at or below U+3000:
        // Hangul and CJK are answered here.
        if (c > '\u3000') {
            return c != '\uFEFF';
        }
        return c >= 0x7F && !isLineBreak(c) && !isSpace(c) && !isInvisible(c);
    }

    private static boolean isLineBreak(final char c) {
        return c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    /** Normalises and puts the whole text on one line: what a paragraph should look like. */
    static String oneLine(final String text) {
        return normalize(text).replace('\n', ' ');
    }

    /** Letters and digits only, lower-cased: two paragraphs with the same key differ only in spacing and punctuation. */
    static String comparisonKey(final String text) {
        return comparisonKey(text, null);
    }

    /**
     * As {@link #comparisonKey(String)}, hashing the text's words into {@code words} (if not null) on the way: the
     * letters and digits a key is made of are the ones the story's fingerprint hashes, so a paragraph is read once for
     * both.
     */
    static String comparisonKey(final String text, final WordHashes words) {
        final KeyReader key = new KeyReader();
        key.read(text, words);
        return key.toString();
    }

    /**
     * Reads the comparison keys of texts one after another into one buffer, with each key's {@link String#hashCode}:
     * the sifter compares every paragraph's key with the title's and the ones before it, and a {@code String} made of
     * each, and the array it was built in, were a tenth of the bytes the cleaner allocates. Mutable; one per article.
     */
    static final class KeyReader {

        private char[] chars = new char[0];
        private int length;
        private int hash;

        /** Reads the key of {@code text} in place of the one before, hashing its words into {@code words} if not null. */
        void read(final String text, final WordHashes words) {
            // Room for every character of the text, doubled for the longer paragraphs after it; it grows while reading
            // only for a capital whose small letter needs a surrogate pair where the capital did not (none in Unicode
            // today).
            if (chars.length < text.length()) {
                chars = new char[Math.max(text.length(), 2 * chars.length)];
            }
            length = 0;
            int h = 0;
            // The word's hash is kept here and handed over when the word ends: kept in WordHashes, it was stored and
            // read back for every letter, in series with the multiplications that make it.
            long word = WordHashes.EMPTY_WORD;
            boolean inWord = false;
            for (int i = 0; i < text.length(); ) {
                final int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                final int lower = WordChars.lower(cp);
                if (lower < 0) {
                    if (inWord && words != null) {
                        words.add(word);
                    }
                    word = WordHashes.EMPTY_WORD;
                    inWord = false;
                    continue;
                }
                word = WordHashes.next(word, lower);
                inWord = true;
                if (Character.isBmpCodePoint(lower)) {
                    chars[length++] = (char) lower;
                    h = 31 * h + lower;
                    continue;
                }
                if (length + 2 > chars.length) {
                    chars = Arrays.copyOf(chars, chars.length + 2);
                }
                chars[length++] = Character.highSurrogate(lower);
                chars[length++] = Character.lowSurrogate(lower);
                h = 31 * (31 * h + Character.highSurrogate(lower)) + Character.lowSurrogate(lower);
            }
            if (inWord && words != null) {
                words.add(word);
            }
            hash = h;
        }

        /** The key's length in chars. */
        int length() {
            return length;
        }

        /** {@link String#hashCode} of the key. */
        int hash() {
            return hash;
        }

        /** Whether the key is {@code key}. */
        boolean sameAs(final String key) {
            if (key.length() != length || key.hashCode() != hash) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (key.charAt(i) != chars[i]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            return new String(chars, 0, length);
        }
    }

    static double garbledShare(final String text) {
        if (text.isEmpty()) {
            return 0;
        }
        long bad = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == REPLACEMENT) {
                bad++;
            }
        }
        return (double) bad / text.length();
    }

    static String withoutReplacementChars(final String text) {
        return text.indexOf(REPLACEMENT) < 0 ? text : oneLine(text.replace(REPLACEMENT, ' '));
    }

    static boolean containsHangul(final CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isHangul(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isHangul(final char c) {
        return (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\u1100' && c <= '\u11FF') || (c >= '\u3130' && c <= '\u318F');
    }

    private static boolean isSpace(final char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u000B' || c == '\u00A0' || c == '\u3000'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u1680';
    }

    private static boolean isInvisible(final char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
                || (Character.isISOControl(c) && c != '\n');
    }
}
