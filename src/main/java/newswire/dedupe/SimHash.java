package newswire.dedupe;

/**
 * 64-bit SimHash over word shingles: articles that share most of their wording get fingerprints a few bits apart,
 * the {@code fingerprint} every clean article carries. Deterministic across JVMs (FNV-1a, not {@code hashCode}): the
 * values must not change, since consumers may have stored them: so the shingle length is a constant, not a setting.
 */
public final class SimHash {

    /** Words per shingle. */
    private static final int SHINGLE_WORDS = 3;

    private SimHash() {
    }

    /** The fingerprint of {@code text} as 16 lower-case hex digits. */
    public static String fingerprint(final String text) {
        final Words.Hashed words = Words.of(text);
        return fingerprint(words.hashes(), words.count());
    }

    /** The fingerprint of the text whose words {@code words} hashed, the same as {@link #fingerprint(String)} of it. */
    public static String fingerprint(final WordHashes words) {
        return fingerprint(words.hashesUnder(), words.count());
    }

    /** @param wordHashes the hashes of the text's words, the first {@code words} of the array */
    private static String fingerprint(final long[] wordHashes, final int words) {
        final int n = Math.max(1, words - SHINGLE_WORDS + 1);
        final BitCounter ones = new BitCounter();
        for (int i = 0; i < n; i++) {
            // A shingle's hash folds its words' hashes in order, so no shingle string is ever built.
            long h = i < words ? Words.mix(Words.FNV_OFFSET ^ wordHashes[i]) : Words.FNV_OFFSET;
            for (int j = i + 1; j < Math.min(words, i + SHINGLE_WORDS); j++) {
                h = Words.mix(h ^ wordHashes[j]);
            }
            ones.add(h);
        }
        final long hash = ones.majority(n);
        final String hex = Long.toHexString(hash);
        return "0".repeat(16 - hex.length()) + hex;
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
}
