package newswire.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import newswire.testing.DevArticles;
import org.junit.jupiter.api.Test;

class SketchTest {

    /**
     * Sketches are stored in the dedupe's window and compared with those of later articles, possibly sketched by a newer
     * release: the bytes must not change. These digests are of the bytes the release before session 21 wrote.
     */
    @Test
    void shouldSketchAsEarlierReleases() throws Exception {
        final String seed = DevArticles.seedText();

        assertThat(digest(seed)).isEqualTo("eb52ce3d05ecd04fc61c4db4fdf74cc5a56d6d6a5b42670255937d34e31c1af1");
        assertThat(digest("서울 Ünïcödé 𝐀𝐁 café naïve 北韓 test. Officials in Gwangju said 12 people were hurt."))
                .isEqualTo("a8080363cd2ff9f6d99938ea0c4f8f3375b05fdef9b72894db11c94ec550ef52");
        // Every shingle three times: the repeats are counted once.
        assertThat(digest((seed + "\n\n").repeat(3)))
                .isEqualTo("8e262b154be3b6eba7f3bae2b217620dee74a73ac1b89fa8764c1d63beaa80b9");
        assertThat(digest("")).isEqualTo("8150a65e854b9bbbd52eefd048eb025c76fe48f0475c0f942c9db9eda40a94c3");
    }

    @Test
    void shouldTakeTheLeastDistinctHighHalvesAsSortingAllWould() {
        final SplittableRandom random = new SplittableRandom(17);
        for (final int size : new int[] {0, 1, 2, 63, 64, 128, 129, 300, 5_000}) {
            final long[] uniform = random.longs(size).toArray();
            assertThat(Shingles.least(uniform, Sketch.SAMPLE)).isEqualTo(leastBySorting(uniform));
            assertThat(Shingles.distinct(uniform)).isEqualTo(distinctBySorting(uniform));
        }
    }

    @Test
    void shouldTakeEveryHashWhenRepeatsLeaveTooFewUnderTheCeiling() {
        // 2,000 shingles of only 40 distinct values: below the ceiling of a 2,000-shingle story fall too few distinct
        // high halves, so all are taken.
        final SplittableRandom random = new SplittableRandom(21);
        final long[] values = random.longs(40).toArray();
        final long[] repeated = LongStream.range(0, 2_000).map(i -> values[(int) (i % values.length)]).toArray();

        assertThat(Shingles.least(repeated, Sketch.SAMPLE)).isEqualTo(leastBySorting(repeated)).hasSize(40);
        assertThat(Shingles.distinct(repeated)).isEqualTo(40);
    }

    @Test
    void shouldTellHashesOfOneHighHalfApart() {
        // Two shingles that share their high half are two shingles, but one value of the sample.
        final long[] sharing = {0x1234_5678_0000_0001L, 0x1234_5678_0000_0002L, 0x1234_5678_0000_0001L};

        assertThat(Shingles.distinct(sharing)).isEqualTo(2);
        assertThat(Shingles.least(sharing, Sketch.SAMPLE)).containsExactly(0x1234_5678);
    }

    /** What the sketch took before: every hash sorted as a signed long, repeats of a high half skipped. */
    private static int[] leastBySorting(final long[] hashes) {
        return Arrays.stream(hashes).sorted().mapToInt(hash -> (int) (hash >>> 32)).distinct().limit(Sketch.SAMPLE)
                .toArray();
    }

    private static int distinctBySorting(final long[] hashes) {
        return (int) Arrays.stream(hashes).distinct().count();
    }

    private static String digest(final String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Sketch.of(text).bytes()));
    }
}
