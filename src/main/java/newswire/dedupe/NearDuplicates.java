package newswire.dedupe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * When two articles are the same story: their 64-bit SimHash fingerprints differ in at most {@code maxDistance} bits.
 *
 * <p>Comparing every pair is out of the question on a stream, so fingerprints are indexed by bands: the 64 bits are cut
 * into {@value #BANDS} bands of 10 or 11 bits, and only articles that share a band exactly are compared. Two
 * fingerprints at most 5 bits apart always share a band (5 differing bits can touch at most 5 of the 6 bands), so with
 * {@code maxDistance} up to 5 the bands find every near-duplicate. Six bands rather than four because a one-word edit
 * of a 400-word story already moves a 3-word-shingle SimHash by 2 to 4 bits; rather than eight because a narrower band
 * puts more unrelated articles under each key, and each of them is compared.
 */
public final class NearDuplicates {

    public static final int BANDS = 6;
    public static final int MAX_GUARANTEED_DISTANCE = BANDS - 1;
    /** Where each band starts, and where the last ends: 11, 11, 11, 11, 10 and 10 bits. */
    private static final int[] BAND_START = {0, 11, 22, 33, 44, 54, 64};

    private final int maxDistance;

    public NearDuplicates(final int maxDistance) {
        if (maxDistance < 0 || maxDistance > MAX_GUARANTEED_DISTANCE) {
            throw new IllegalArgumentException("the near-duplicate distance must be 0 to " + MAX_GUARANTEED_DISTANCE
                    + " bits, so that the " + BANDS + " bands find every pair; not " + maxDistance);
        }
        this.maxDistance = maxDistance;
    }

    /** The index keys of a fingerprint, one per band: {@code band:bits}, e.g. {@code 2:3f1}. */
    public static List<String> bandKeys(final String fingerprint) {
        final long bits = parse(fingerprint);
        final List<String> keys = new ArrayList<>(BANDS);
        for (int band = 0; band < BANDS; band++) {
            keys.add(String.format(Locale.ROOT, "%d:%03x", band, bandBits(bits, band)));
        }
        return keys;
    }

    private static long bandBits(final long bits, final int band) {
        final int width = BAND_START[band + 1] - BAND_START[band];
        return (bits >>> BAND_START[band]) & ((1L << width) - 1);
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
