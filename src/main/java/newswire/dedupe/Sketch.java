package newswire.dedupe;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * What the dedupe keeps of a story to compare it with later ones: the MinHash signature of its word shingles, how many
 * distinct shingles it has, and hashes of the words that name its facts (dates, figures, places, people: words with a
 * digit, capitalised words that do not open a sentence).
 *
 * <p>The share of equal signature values estimates the Jaccard similarity of two stories' shingle sets; with the
 * shingle counts it also estimates how much of the shorter story the longer one contains, which links a trimmed copy
 * to its full text. The facts are kept apart because two reports of different events written from one template
 * share most of their shingles and differ mainly in them: another day, another village, another toll.
 *
 * @param minHashes    for each of {@link #HASHES} hash functions, the least value it takes over the shingles
 * @param shingleCount the number of distinct shingles (0 for a text without words)
 * @param facts        the hashes of the distinct naming words, ascending, at most {@link #MAX_FACTS} (the least
 *                     ones: a sample that two sketches compare below the lower of their highest values)
 */
public record Sketch(int[] minHashes, int shingleCount, int[] facts) {

    public static final int SHINGLE_WORDS = 3;
    public static final int HASHES = 64;
    static final int MAX_FACTS = 64;

    /** Multiply-shift hash functions over the (already mixed) 64-bit shingle hashes; the seed fixes them for good. */
    private static final long[] MULTIPLIERS = new long[HASHES];
    private static final long[] ADDENDS = new long[HASHES];

    static {
        final SplittableRandom random = new SplittableRandom(0x5eed_17L);
        for (int i = 0; i < HASHES; i++) {
            MULTIPLIERS[i] = random.nextLong() | 1;
            ADDENDS[i] = random.nextLong();
        }
    }

    public Sketch {
        if (minHashes.length != HASHES) {
            throw new IllegalArgumentException("a sketch has " + HASHES + " hashes, not " + minHashes.length);
        }
    }

    /** The sketch of a story's text (its paragraphs, without the title, which a republication often changes). */
    public static Sketch of(final String text) {
        final Words.Hashed words = Words.of(text);
        final long[] shingles = shingles(words.hashes());
        final int[] mins = new int[HASHES];
        Arrays.fill(mins, Integer.MAX_VALUE);
        for (final long shingle : shingles) {
            for (int i = 0; i < HASHES; i++) {
                final int value = (int) ((shingle * MULTIPLIERS[i] + ADDENDS[i]) >>> 33);
                if (value < mins[i]) {
                    mins[i] = value;
                }
            }
        }
        return new Sketch(mins, shingles.length, facts(words));
    }

    /** The distinct hashes of every run of {@link #SHINGLE_WORDS} words (of all the words, if there are fewer). */
    private static long[] shingles(final long[] words) {
        if (words.length == 0) {
            return new long[0];
        }
        final int n = Math.max(1, words.length - SHINGLE_WORDS + 1);
        final long[] shingles = new long[n];
        for (int i = 0; i < n; i++) {
            long h = Words.FNV_OFFSET;
            for (int j = i; j < Math.min(words.length, i + SHINGLE_WORDS); j++) {
                h = Words.mix(h ^ words[j]);
            }
            shingles[i] = h;
        }
        return Arrays.stream(shingles).sorted().distinct().toArray();
    }

    private static int[] facts(final Words.Hashed words) {
        final int[] facts = new int[words.count()];
        int count = 0;
        for (int i = 0; i < words.count(); i++) {
            if (words.naming()[i]) {
                facts[count++] = (int) (Words.mix(words.hashes()[i]) >>> 32);
            }
        }
        final int[] distinct = Arrays.stream(facts, 0, count).sorted().distinct().toArray();
        return distinct.length <= MAX_FACTS ? distinct : Arrays.copyOf(distinct, MAX_FACTS);
    }

    /** The estimated Jaccard similarity of the two stories' shingle sets, 0 when either has no words. */
    public double jaccard(final Sketch other) {
        if (shingleCount == 0 || other.shingleCount == 0) {
            return 0;
        }
        int equal = 0;
        for (int i = 0; i < HASHES; i++) {
            if (minHashes[i] == other.minHashes[i]) {
                equal++;
            }
        }
        return (double) equal / HASHES;
    }

    /**
     * The estimated share of the shorter story's shingles that the other contains: |A ∩ B| / min(|A|, |B|), from the
     * Jaccard estimate and the two sizes (|A ∩ B| = J (|A| + |B|) / (1 + J)); at most 1.
     */
    public double containment(final Sketch other) {
        final double jaccard = jaccard(other);
        final int smaller = Math.min(shingleCount, other.shingleCount);
        if (smaller == 0) {
            return 0;
        }
        return Math.min(1, jaccard * (shingleCount + other.shingleCount) / ((1 + jaccard) * smaller));
    }

    /**
     * The share of one story's facts that the other has too, taking the story for which it is highest (so a copy
     * with paragraphs cut or added still agrees); 1 when either story has no facts.
     */
    public double factsShared(final Sketch other) {
        // Both samples hold every fact below the lower of their ceilings, so they are compared below it.
        final long ceiling = Math.min(ceiling(facts), ceiling(other.facts));
        final int mine = below(facts, ceiling);
        final int others = below(other.facts, ceiling);
        if (mine == 0 || others == 0) {
            return 1;
        }
        final int common = common(facts, mine, other.facts, others);
        return Math.max((double) common / mine, (double) common / others);
    }

    private static long ceiling(final int[] sample) {
        return sample.length < MAX_FACTS ? Long.MAX_VALUE : sample[sample.length - 1];
    }

    private static int below(final int[] sorted, final long ceiling) {
        int count = 0;
        while (count < sorted.length && sorted[count] <= ceiling) {
            count++;
        }
        return count;
    }

    private static int common(final int[] sorted, final int length, final int[] otherSorted, final int otherLength) {
        int common = 0;
        for (int i = 0, j = 0; i < length && j < otherLength; ) {
            final int order = Integer.compare(sorted[i], otherSorted[j]);
            if (order == 0) {
                common++;
                i++;
                j++;
            } else if (order < 0) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }

    /** Record equality compares the arrays' contents, not their identity. */
    @Override
    public boolean equals(final Object o) {
        return o instanceof Sketch other && shingleCount == other.shingleCount
                && Arrays.equals(minHashes, other.minHashes) && Arrays.equals(facts, other.facts);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(minHashes) + shingleCount) + Arrays.hashCode(facts);
    }

    @Override
    public String toString() {
        return "Sketch[" + shingleCount + " shingles, " + facts.length + " facts]";
    }
}
