package newswire.clean;

import java.util.Arrays;

/**
 * 64-bit SimHash over word shingles: articles that share most of their wording get fingerprints a few bits apart,
 * which the dedupe stage compares by Hamming distance. Deterministic across JVMs (FNV-1a, not {@code hashCode}).
 */
final class SimHash {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private SimHash() {
    }

    /** The fingerprint of {@code text} as 16 lower-case hex digits. */
    static String fingerprint(final String text, final int shingleWords) {
        final long[] wordHashes = wordHashes(text);
        final int n = Math.max(1, wordHashes.length - shingleWords + 1);
        // A shingle's hash folds its words' hashes in order, so no shingle string is ever built. Its first fold
        // depends on its first word alone: done once per word here, not once per shingle.
        final long[] opening = new long[wordHashes.length];
        for (int j = 0; j < wordHashes.length; j++) {
            opening[j] = mix(FNV_OFFSET ^ wordHashes[j]);
        }
        final BitCounter ones = new BitCounter();
        for (int i = 0; i < n; i++) {
            long h = i < opening.length ? opening[i] : FNV_OFFSET;
            for (int j = i + 1; j < Math.min(wordHashes.length, i + shingleWords); j++) {
                h = mix(h ^ wordHashes[j]);
            }
            ones.add(h);
        }
        final long hash = ones.majority(n);
        final String hex = Long.toHexString(hash);
        return "0".repeat(16 - hex.length()) + hex;
    }

    /**
     * FNV-1a of each word's lower-cased UTF-8 bytes, a word being a run of letters and digits. The bytes are hashed as
     * they are encoded, so no word string is built.
     */
    private static long[] wordHashes(final String text) {
        long[] hashes = new long[64];
        int count = 0;
        long h = FNV_OFFSET;
        boolean inWord = false;
        for (int i = 0; i <= text.length(); ) {
            final int cp = i < text.length() ? text.codePointAt(i) : ' ';
            i += i < text.length() ? Character.charCount(cp) : 1;
            final int lower = TextNormalizer.lowerWordChar(cp);
            if (lower >= 0) {
                h = fnv1a64(h, lower);
                inWord = true;
            } else if (inWord) {
                if (count == hashes.length) {
                    hashes = Arrays.copyOf(hashes, count * 2);
                }
                hashes[count++] = h;
                h = FNV_OFFSET;
                inWord = false;
            }
        }
        return Arrays.copyOf(hashes, count);
    }

    /**
     * Counts, for each of the 64 bit positions, how many added words had that bit set. Eight counters share a long, one
     * byte each (SWAR), so adding a word is eight table lookups and additions instead of 64 branches; the bytes are
     * emptied into ints before they can overflow.
     */
    private static final class BitCounter {

        /** For each byte value, a long with 1 in byte k where bit k of the value is set. */
        private static final long[] SPREAD = new long[256];

        static {
            for (int value = 0; value < 256; value++) {
                for (int k = 0; k < 8; k++) {
                    if ((value & (1 << k)) != 0) {
                        SPREAD[value] |= 1L << (8 * k);
                    }
                }
            }
        }

        private final long[] packed = new long[8];
        private final int[] counts = new int[64];
        private int pending;

        void add(final long word) {
            for (int b = 0; b < 8; b++) {
                packed[b] += SPREAD[(int) (word >>> (8 * b)) & 0xFF];
            }
            if (++pending == 255) {
                flush();
            }
        }

        /** The word whose bit k is set when more than half of {@code added} words had it set. */
        long majority(final int added) {
            flush();
            long result = 0;
            for (int bit = 0; bit < 64; bit++) {
                if (counts[bit] * 2 > added) {
                    result |= 1L << bit;
                }
            }
            return result;
        }

        private void flush() {
            for (int b = 0; b < 8; b++) {
                for (int k = 0; k < 8; k++) {
                    counts[8 * b + k] += (int) (packed[b] >>> (8 * k)) & 0xFF;
                }
                packed[b] = 0;
            }
            pending = 0;
        }
    }

    /** The 64-bit finaliser of MurmurHash3: spreads every input bit over the whole word. */
    private static long mix(final long value) {
        long h = value;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    private static long fnv1a64(final long hash, final int codePoint) {
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
