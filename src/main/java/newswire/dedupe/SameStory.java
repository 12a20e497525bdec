package newswire.dedupe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * When two sketches are the same story, and under which keys the index files a sketch so that it meets the others.
 *
 * <p>Same story: the shorter story's shingles are mostly in the longer ({@link Sketch#containment} at least
 * {@code minContainment}; a copy with its own headline, chrome or added paragraphs is longer, a trimmed one shorter)
 * and the facts agree ({@link Sketch#factsShared} at least {@code minFactsShared}: the dates, figures and names of one
 * are in the other).
 *
 * <p>Candidates: the signature is cut into {@code bands} bands of {@code rows} values, and each band is a key of the
 * index (locality-sensitive hashing); two stories are compared when they share a key. Two stories of Jaccard
 * similarity J share a key with probability 1 - (1 - J^rows)^bands.
 *
 * @param minContainment   the least estimated share of the shorter copy within the longer
 * @param minFactsShared   the least share of one copy's naming words (dates, figures, names) found in the other
 * @param bands            how many keys each sketch is filed under
 * @param rows             how many signature values make one key
 */
public record SameStory(double minContainment, double minFactsShared, int bands, int rows) {

    /** The rule chosen on the tuning half of the pair benchmark (docs/dedupe.md). */
    public static final SameStory STANDARD = new SameStory(0.65, 0.9, 32, 2);

    public SameStory {
        if (bands < 1 || rows < 1 || bands * rows > Sketch.HASHES) {
            throw new IllegalArgumentException(bands + " bands of " + rows + " rows do not fit in a signature of "
                    + Sketch.HASHES + " hashes");
        }
    }

    public boolean test(final Sketch sketch, final Sketch other) {
        return sketch.factsShared(other) >= minFactsShared && sketch.containment(other) >= minContainment;
    }

    /** The index keys of a sketch, one per band: {@code band:hash}, e.g. {@code 7:3fa2c01b3fa2c01b}. */
    public List<String> bandKeys(final Sketch sketch) {
        final List<String> keys = new ArrayList<>(bands);
        if (sketch.shingleCount() == 0) {
            return keys;
        }
        for (int band = 0; band < bands; band++) {
            long h = Words.FNV_OFFSET;
            for (int row = band * rows; row < (band + 1) * rows; row++) {
                h = Words.mix(h ^ sketch.minHashes()[row]);
            }
            keys.add(String.format(Locale.ROOT, "%d:%016x", band, h));
        }
        return keys;
    }
}
