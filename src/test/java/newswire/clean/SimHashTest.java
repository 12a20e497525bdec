package newswire.clean;

import newswire.dedupe.NearDuplicates;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimHashTest {

    private static final String STORY = "South Korea will send a team of intelligence officers to Ukraine to monitor North "
            + "Korea's troop deployment, a senior presidential official said on Wednesday. The official said around 3,000 "
            + "of the roughly 11,000 North Korean soldiers in Russia had moved closer to the front lines.";

    @Test
    void shouldGiveSixteenHexDigits() {
        assertThat(SimHash.fingerprint(STORY, 3)).matches("[0-9a-f]{16}");
        assertThat(SimHash.fingerprint("", 3)).matches("[0-9a-f]{16}");
    }

    @Test
    void shouldPutNearDuplicatesCloseTogether() {
        final String edited = STORY.replace("Wednesday", "Thursday");

        assertThat(NearDuplicates.distance(SimHash.fingerprint(STORY, 3), SimHash.fingerprint(edited, 3))).isLessThanOrEqualTo(10);
    }

    @Test
    void shouldPutDifferentStoriesFarApart() {
        final String other = "Samsung Electronics said its third-quarter operating profit rose 274 percent to 9.1 trillion "
                + "won, beating analysts' forecasts, as memory chip prices recovered and smartphone shipments grew.";

        assertThat(NearDuplicates.distance(SimHash.fingerprint(STORY, 3), SimHash.fingerprint(other, 3))).isGreaterThan(16);
    }

    @Test
    void shouldIgnoreCaseAndPunctuation() {
        assertThat(SimHash.fingerprint("NATO, Seoul agree!", 3)).isEqualTo(SimHash.fingerprint("nato seoul agree", 3));
    }
}
