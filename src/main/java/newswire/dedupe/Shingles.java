package newswire.dedupe;

import java.util.Arrays;

/**
 * The shingles of a story as its {@link Sketch} keeps them: how many distinct ones it has and the least of their
 * hashes, found without sorting them all: the shingles, hashed and every one sorted, were a third of the sketch's
 * time. A set counts the distinct ones, and only the hashes below a ceiling that about twice the sample fall under
 * are sorted (docs/performance.md, session 21).
 */
final class Shingles {

    /** Words per shingle. */
    static final int WORDS = 3;

    private Shingles() {
    }

    /**
     * The hash of every run of {@value #WORDS} words in order (of all the words if fewer; none for a
     * text without words): a shingle's hash folds its words' hashes in order, so no shingle string is ever built.
     *
     * @param words the words' hashes, the first {@code count} of the array
     */
    static long[] hashes(final long[] words, final int count) {
        if (count == 0) {
            return new long[0];
        }
        final int n = Math.max(1, count - WORDS + 1);
        final long[] shingles = new long[n];
        for (int i = 0; i < n; i++) {
            long h = Words.FNV_OFFSET;
            for (int j = i; j < Math.min(count, i + WORDS); j++) {
                h = Words.mix(h ^ words[j]);
            }
            shingles[i] = h;
        }
        return shingles;
    }

    /**
     * How many distinct values {@code hashes} holds: an open-addressing set of their places, indexed by their low
     * bits (the hashes are uniform), at most two thirds full.
     */
    static int distinct(final long[] hashes) {
        final int[] places = new int[Integer.highestOneBit(hashes.length * 3 + 1)];
        final int mask = places.length - 1;
        int distinct = 0;
        for (int i = 0; i < hashes.length; i++) {
            int slot = (int) hashes[i] & mask;
            while (places[slot] != 0 && hashes[places[slot] - 1] != hashes[i]) {
                slot = (slot + 1) & mask;
            }
            if (places[slot] == 0) {
                places[slot] = i + 1;
                distinct++;
            }
        }
        return distinct;
    }

    /**
     * The least {@code size} distinct high halves of {@code hashes}, ascending as signed ints (all of them if fewer):
     * what the least distinct hashes, sorted as signed longs, give with their repeated high halves skipped.
     */
    static int[] least(final long[] hashes, final int size) {
        // The high halves are uniform over the ints: below this ceiling fall about twice size of them. If repeats
        // leave fewer than size distinct ones there, all are taken; otherwise the least size of those are the least.
        long ceiling = hashes.length <= 2 * size ? Long.MAX_VALUE
                : Integer.MIN_VALUE + (1L << Integer.SIZE) * 2 * size / hashes.length;
        final int[] highs = new int[hashes.length];
        while (true) {
            int candidates = 0;
            for (final long hash : hashes) {
                final int high = (int) (hash >>> Integer.SIZE);
                if (high < ceiling) {
                    highs[candidates++] = high;
                }
            }
            Arrays.sort(highs, 0, candidates);
            int distinct = 0;
            for (int i = 0; i < candidates && distinct < size; i++) {
                if (distinct == 0 || highs[distinct - 1] != highs[i]) {
                    highs[distinct++] = highs[i];
                }
            }
            if (distinct == size || ceiling == Long.MAX_VALUE) {
                return Arrays.copyOf(highs, distinct);
            }
            ceiling = Long.MAX_VALUE;
        }
    }
}
