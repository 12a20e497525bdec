package newswire.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThreadReplacementsTest {

    private static final Instant START = Instant.parse("2026-12-05T12:00:00Z");

    @Test
    void shouldReplaceUpToTheLimitWithinTheWindowThenRefuse() {
        final ThreadReplacements replacements = new ThreadReplacements(3, Duration.ofMinutes(10));

        assertThat(replacements.tryReplace(START)).isTrue();
        assertThat(replacements.tryReplace(START.plusSeconds(60))).isTrue();
        assertThat(replacements.tryReplace(START.plusSeconds(120))).isTrue();
        assertThat(replacements.count()).isEqualTo(3);
        assertThat(replacements.tryReplace(START.plusSeconds(180))).isFalse();
    }

    @Test
    void shouldForgetFailuresOlderThanTheWindow() {
        final ThreadReplacements replacements = new ThreadReplacements(2, Duration.ofMinutes(10));
        replacements.tryReplace(START);
        replacements.tryReplace(START.plusSeconds(300));

        assertThat(replacements.tryReplace(START.plusSeconds(599))).isFalse();
        assertThat(replacements.tryReplace(START.plusSeconds(600))).isTrue();
        assertThat(replacements.count()).isEqualTo(2);
    }

    @Test
    void shouldNeverReplaceWithALimitOfZero() {
        assertThat(new ThreadReplacements(0, Duration.ofMinutes(10)).tryReplace(START)).isFalse();
    }
}
