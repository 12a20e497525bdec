package newswire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The quality gate: the dev set's scores must not fall below the floors the issue sets. */
class DevSetScoreTest {

    @Test
    void shouldScoreTheDevSetAboveTheFloors() {
        // Given the labelled dev set, When it is extracted
        final Map<String, DevSet.Score> tiers = DevSet.score(ClaimExtractor.standard());
        tiers.forEach((tier, score) -> {
            System.out.println(tier + ": " + score);
            score.notes.forEach(note -> System.out.println("  " + note));
        });

        // Then
        assertThat(tiers.get("en").f1()).as("English F1").isGreaterThanOrEqualTo(0.95);
        assertThat(tiers.get("ko").f1()).as("Korean F1").isGreaterThanOrEqualTo(0.90);
        tiers.values().forEach(score -> assertThat(score.statusOk)
                .as("status right on matched claims").isGreaterThanOrEqualTo((int) Math.ceil(0.95 * score.statusAll)));
    }
}
