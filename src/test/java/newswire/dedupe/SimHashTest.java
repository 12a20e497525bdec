package newswire.dedupe;

import newswire.testing.DevArticles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimHashTest {

    private static final String STORY = "South Korea will send a team of intelligence officers to Ukraine to monitor North "
            + "Korea's troop deployment, a senior presidential official said on Wednesday. The official said around 3,000 "
            + "of the roughly 11,000 North Korean soldiers in Russia had moved closer to the front lines.";

    @Test
    void shouldGiveSixteenHexDigits() {
        assertThat(SimHash.fingerprint(STORY)).matches("[0-9a-f]{16}");
        assertThat(SimHash.fingerprint("")).matches("[0-9a-f]{16}");
    }

    @Test
    void shouldPutNearDuplicatesCloseTogether() {
        final String edited = STORY.replace("Wednesday", "Thursday");

        assertThat(distance(SimHash.fingerprint(STORY), SimHash.fingerprint(edited))).isLessThanOrEqualTo(10);
    }

    @Test
    void shouldPutDifferentStoriesFarApart() {
        final String other = "Samsung Electronics said its third-quarter operating profit rose 274 percent to 9.1 trillion "
                + "won, beating analysts' forecasts, as memory chip prices recovered and smartphone shipments grew.";

        assertThat(distance(SimHash.fingerprint(STORY), SimHash.fingerprint(other))).isGreaterThan(16);
    }

    /**
     * Fingerprints are stored in the dedupe window and compared with those of later articles, possibly computed by a
     * newer version: the function must not change. These values are the ones version 0.1.0 computed.
     */
    @Test
    void shouldComputeTheSameFingerprintsAsEarlierVersions() {
        assertThat(SimHash.fingerprint(STORY)).isEqualTo("1b8678892ae71403");
        assertThat(SimHash.fingerprint("서울 Ünïcödé 𝐀𝐁 café naïve 北韓 test")).isEqualTo("6d3f9f65cde31f96");
        // Over 255 shingles, where the per-bit counters are emptied into wider ones.
        assertThat(SimHash.fingerprint(DevArticles.seedText())).isEqualTo("311753e0baff4678");
    }

    @Test
    void shouldCountEveryShingleOfALongText() {
        // Past 255 shingles the per-bit counters are emptied into wider ones; a long text must still be one story.
        final String longStory = STORY.repeat(40);

        assertThat(distance(SimHash.fingerprint(longStory), SimHash.fingerprint(STORY)))
                .isLessThanOrEqualTo(6);
    }

    @Test
    void shouldIgnoreCaseAndPunctuation() {
        assertThat(SimHash.fingerprint("NATO, Seoul agree!")).isEqualTo(SimHash.fingerprint("nato seoul agree"));
    }

    private static int distance(final String fingerprint, final String other) {
        return Long.bitCount(Long.parseUnsignedLong(fingerprint, 16) ^ Long.parseUnsignedLong(other, 16));
    }
}
