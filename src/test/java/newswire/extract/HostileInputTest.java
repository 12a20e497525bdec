package newswire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import newswire.model.Claim;
import org.junit.jupiter.api.Test;

/**
 * Hostile input must finish: every pass is linear, and every look-around is bounded. The timeout is generous on
 * purpose; it catches a quadratic pass (minutes on these inputs), not a slow machine.
 */
class HostileInputTest {

    private static final Duration GENEROUS = Duration.ofSeconds(60);
    private static final int MEGABYTE = 1 << 20;

    /** What was read, small enough for a failure message to print. */
    private static List<String> extract(final String... paragraphs) {
        final List<Claim> claims = assertTimeoutPreemptively(GENEROUS, () -> Articles.claims(paragraphs));
        return claims.stream().map(c -> c.kind().json() + " " + c.quantity().value() + " " + c.quantity().low() + " "
                + c.quantity().high() + " @" + c.evidence().start()).toList();
    }

    private static String repeat(final String unit, final int length) {
        final StringBuilder text = new StringBuilder(length + unit.length());
        while (text.length() < length) {
            text.append(unit);
        }
        return text.toString();
    }

    @Test
    void shouldFinishOnAMegabyteLineOfDigitsAndCommas() {
        assertThat(extract(repeat("1,", MEGABYTE))).isEmpty();
        assertThat(extract(repeat("1,000", MEGABYTE) + " troops were sent")).isEmpty();
        assertThat(extract(repeat("9", MEGABYTE) + " soldiers were killed")).isEmpty();
        assertThat(extract(repeat("1.1", MEGABYTE / 4))).isEmpty();
    }

    @Test
    void shouldFinishOnASentenceOfAHundredThousandWords() {
        // Given one sentence with no full stop: claims, places, speakers and cues over and over
        final String words = repeat("Russia said about 1,500 North Korean soldiers could be sent to Kursk and ",
                700_000);

        // When
        final List<String> claims = extract(words);

        // Then the claim is read (once: the same figure is one claim)
        assertThat(words.split(" ").length).isGreaterThan(100_000);
        assertThat(claims).containsExactly("troops 1500 null null @0");
    }

    @Test
    void shouldFinishOnAHundredThousandRandomWords() {
        // Given words drawn from the lexicon's own cues, numbers and names, without punctuation
        final String[] vocabulary = {"troops", "killed", "said", "according", "to", "the", "number", "of", "1,500",
            "two", "thousand", "million", "hundreds", "between", "and", "Russia", "North", "Korean", "Kremlin",
            "will", "could", "denied", "at", "least", "up", "officials", "he", "that", "명", "1만2000", "북한군",
            "밝혔다", "에", "따르면", "파병하기로", "결정", "missiles", "fired", "were", "wounded", "one"};
        final Random random = new Random(42);
        final StringBuilder text = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            text.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
        }

        // When / Then: it finishes, and what it returns is well formed
        assertThat(extract(text.toString())).allSatisfy(claim -> assertThat(claim).endsWith("@0"));
    }

    @Test
    void shouldFinishOnALongRunOfNumberWordsAndInitialisms() {
        assertThat(extract(repeat("million ", MEGABYTE / 4), repeat("one ", MEGABYTE / 4),
                repeat("U.S.", MEGABYTE / 4), repeat("a.", MEGABYTE / 4), repeat("북한군", MEGABYTE / 4)))
                .isNotNull();
    }
}
