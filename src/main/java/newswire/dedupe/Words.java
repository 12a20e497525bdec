package newswire.dedupe;

import java.util.Arrays;
import newswire.text.WordChars;

/**
 * A text as the dedupe reads it: runs of letters and digits, lower-cased, each hashed (FNV-1a of its UTF-8 bytes) as
 * it is read, so no word string is built. Every fingerprint and sketch of the dedupe starts from these hashes; they are
 * deterministic across JVMs (no {@code hashCode}), since sketches are stored and compared with later articles'.
 */
final class Words {

    static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /**
     * The hash of every word in order, which of them name something (a word with a digit: a date, a figure; or a
     * capitalised word that does not open a sentence or line: a place, a person, an organisation), and the sentence
     * each stands in, counted from 0 (a sentence ends at '.', '!', '?' or a line break): the first {@code count} of
     * each array, which are not cut to that length (every article is sketched, and the copies and the arrays' doubling
     * were two thirds of the bytes allocated here).
     */
    record Hashed(long[] hashes, boolean[] naming, int[] sentence, int count) {
    }

    private Words() {
    }

    static Hashed of(final String text) {
        // Prose has about one word in six characters: room for one in five at once, where doubling from 64 copied
        // each array three times for an ordinary article.
        int capacity = Math.max(16, text.length() / 5);
        long[] hashes = new long[capacity];
        boolean[] naming = new boolean[capacity];
        int[] sentence = new int[capacity];
        int count = 0;
        int sentences = 0;
        boolean opensSentence = true;
        final int length = text.length();
        int i = 0;
        while (i < length) {
            int cp = text.codePointAt(i);
            int lower = WordChars.lower(cp);
            i += Character.charCount(cp);
            if (lower < 0) {
                // Between words: a line break ends a sentence, and so does a full stop not already after one.
                if (cp == '\n') {
                    opensSentence = true;
                    sentences++;
                } else if (cp != ' ' && !isWhitespace(cp)) {
                    final boolean ends = cp == '.' || cp == '!' || cp == '?';
                    sentences += ends && !opensSentence ? 1 : 0;
                    opensSentence |= ends;
                }
                continue;
            }
            // A word, read to its end in a loop of its own: its letters are most of the text.
            final int wordSentence = sentences;
            boolean names = !opensSentence && isUpperCase(cp);
            long h = FNV_OFFSET;
            do {
                h = fnv1a64(h, lower);
                names |= lower >= '0' && lower <= '9';
                if (i == length) {
                    cp = ' ';
                    break;
                }
                cp = text.codePointAt(i);
                lower = WordChars.lower(cp);
                i += Character.charCount(cp);
            } while (lower >= 0);
            // The character that ended the word opens a sentence only if it ends one.
            opensSentence = cp == '.' || cp == '!' || cp == '?' || cp == '\n';
            sentences += opensSentence ? 1 : 0;
            if (count == capacity) {
                capacity *= 2;
                hashes = Arrays.copyOf(hashes, capacity);
                naming = Arrays.copyOf(naming, capacity);
                sentence = Arrays.copyOf(sentence, capacity);
            }
            naming[count] = names;
            sentence[count] = wordSentence;
            hashes[count++] = h;
        }
        return new Hashed(hashes, naming, sentence, count);
    }

    /**
     * {@link Character#isUpperCase(int)}, answered for ASCII without the character tables: this scan runs over every
     * character of every article, most of them ASCII.
     */
    private static boolean isUpperCase(final int cp) {
        return cp < 0x80 ? cp >= 'A' && cp <= 'Z' : Character.isUpperCase(cp);
    }

    /** {@link Character#isWhitespace(int)}, answered for ASCII without the character tables (see above). */
    private static boolean isWhitespace(final int cp) {
        return cp < 0x80 ? cp == ' ' || (cp >= '\t' && cp <= '\r') || (cp >= 0x1C && cp <= 0x1F)
                : Character.isWhitespace(cp);
    }

    /** The 64-bit finaliser of MurmurHash3: spreads every input bit over the whole word. */
    static long mix(final long value) {
        long h = value;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** {@code hash} with the UTF-8 bytes of {@code codePoint} folded in (FNV-1a). */
    static long fnv1a64(final long hash, final int codePoint) {
        if (codePoint < 0x80) {
            return byteStep(hash, codePoint);
        }
        if (codePoint < 0x800) {
            return byteStep(byteStep(hash, 0xC0 | (codePoint >> 6)), 0x80 | (codePoint & 0x3F));
        }
        if (codePoint < 0x10000) {
            return byteStep(byteStep(byteStep(hash, 0xE0 | (codePoint >> 12)), 0x80 | ((codePoint >> 6) & 0x3F)),
                    0x80 | (codePoint & 0x3F));
        }
        return byteStep(byteStep(byteStep(byteStep(hash, 0xF0 | (codePoint >> 18)), 0x80 | ((codePoint >> 12) & 0x3F)),
                0x80 | ((codePoint >> 6) & 0x3F)), 0x80 | (codePoint & 0x3F));
    }

    private static long byteStep(final long hash, final int unsignedByte) {
        return (hash ^ unsignedByte) * FNV_PRIME;
    }
}
