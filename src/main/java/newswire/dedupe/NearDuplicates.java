package newswire.dedupe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * When two articles are the same story: their 64-bit SimHash fingerprints differ in at most {@code maxDistance} bits.
 *
 * <p>Comparing every pair is out of the question on a stream, so fingerprints are indexed by bands: the 64 bits are cut
 * into {@value #BANDS} bands of 16, and only articles that share a band exactly are compared. Two fingerprints at most
 * 3 bits apart always share a band (3 differing bits can touch at most 3 of the 4 bands), so with {@code maxDistance}
 * up to 3 the bands find every near-duplicate; a larger distance would find only some.
 */
public final class NearDuplicates {

    public static final int BANDS = 4;
    public static final int MAX_GUARANTEED_DISTANCE = BANDS - 1;
    private static final int BAND_BITS = Long.SIZE / BANDS;
    private static final long BAND_MASK = (1L << BAND_BITS) - 1;

    private final int maxDistance;

    public NearDuplicates(final int maxDistance) {
        if (maxDistance < 0 || maxDistance > MAX_GUARANTEED_DISTANCE) {
            throw new IllegalArgumentException("the near-duplicate distance must be 0 to " + MAX_GUARANTEED_DISTANCE
                    + " bits, so that the " + BANDS + " bands find every pair; not " + maxDistance);
        }
        this.maxDistance = maxDistance;
    }

    /** The index keys of a fingerprint, one per band: {@code band:bits}, e.g. {@code 2:af03}. */
    public static List<String> bandKeys(final String fingerprint) {
        final long bits = parse(fingerprint);
        final List<String> keys = new ArrayList<>(BANDS);
        for (int band = 0; band < BANDS; band++) {
            keys.add(String.format(Locale.ROOT, "%d:%04x", band, (bits >>> (band * BAND_BITS)) & BAND_MASK));
        }
        return keys;
    }

    /**
     * The lowest band in which two fingerprints agree, or -1. A pair sharing several bands meets in several index
     * partitions; only this band's decides about the pair, so that the partitions can never disagree about which of
     * the two came first.
     */
    public static int lowestSharedBand(final String fingerprint, final String other) {
        final long difference = parse(fingerprint) ^ parse(other);
        for (int band = 0; band < BANDS; band++) {
            if (((difference >>> (band * BAND_BITS)) & BAND_MASK) == 0) {
                return band;
            }
        }
        return -1;
    }

    public boolean areNear(final String fingerprint, final String other) {
        return distance(fingerprint, other) <= maxDistance;
    }

    /** The number of bits in which two fingerprints differ. */
    public static int distance(final String fingerprint, final String other) {
        return Long.bitCount(parse(fingerprint) ^ parse(other));
    }

    private static long parse(final String fingerprint) {
        if (fingerprint == null || fingerprint.length() != 16) {
            throw new IllegalArgumentException("a fingerprint is 16 hex digits, not '" + fingerprint + "'");
        }
        return Long.parseUnsignedLong(fingerprint, 16);
    }
}
