package newswire.dedupe;

import java.util.ArrayList;
import java.util.List;

/**
 * When two sketches are the same story, and under which keys the index files a sketch so that it meets the others.
 *
 * <p>Same story: the shorter story's shingles are partly in the longer ({@link Sketch#containment} at least
 * {@code minContainment}; a copy with its own headline, chrome or added paragraphs is longer, a trimmed one shorter),
 * the facts agree ({@link Sketch#factsShared} at least {@code minFactsShared}: the dates, figures and names of one are
 * in the other) and no fact of one stands where the other has another ({@link Sketch#conflicts}).
 *
 * <p>Candidates: a sketch is filed under its {@code keys} least shingle hashes. Two stories share a key when one of
 * the shingles they have in common is among the least of both; the shingles of a story's own part are a uniform
 * sample, so a copy that keeps a share c of the original's shingles meets it with probability about
 * 1 - (1 - c)^keys (0.99 at c = 0.25 with 16 keys).
 *
 * @param minContainment the least estimated share of the shorter copy within the longer
 * @param minFactsShared the least share of one copy's naming words (dates, figures, names) found in the other
 * @param keys           how many keys each sketch is filed under
 */
public record SameStory(double minContainment, double minFactsShared, int keys) {

    /** The rule chosen on the tuning half of the pair benchmark (docs/dedupe.md). */
    public static final SameStory STANDARD = new SameStory(0.5, 0.8, 16);

    public SameStory {
        if (keys < 1 || keys > Sketch.SAMPLE) {
            throw new IllegalArgumentException("a sketch is filed under 1 to " + Sketch.SAMPLE + " keys, not " + keys);
        }
    }

    public boolean test(final Sketch sketch, final Sketch other) {
        return sketch.containment(other) >= minContainment && sketch.factsShared(other) >= minFactsShared
                && !sketch.conflicts(other);
    }

    /** The index keys of a sketch: its least shingle hashes in hexadecimal, e.g. {@code 8a03c01b}. */
    public List<String> indexKeys(final Sketch sketch) {
        final int count = Math.min(keys, sketch.sample().length);
        final List<String> indexKeys = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            indexKeys.add(Integer.toHexString(sketch.sample()[i]));
        }
        return indexKeys;
    }
}
