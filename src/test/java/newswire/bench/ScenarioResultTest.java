package newswire.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScenarioResultTest {

    @Test
    void shouldShareTheTimedPartsCpuOutPerArticleAndOverItsSeconds() {
        // Given 2,000 articles in 4 s that cost the JVM 6 CPU seconds: 2.5 on Streams' threads, 1.2 compiling
        final ScenarioResult result = new ScenarioResult(Scenario.PIPELINE, 2_000, 8_000_000, 4.0, 10, 20, 30, 300, 0,
                new CpuGauge.Use(4.0, 6.0, 2.5, 1.2));

        // Then each article cost 3 ms of CPU (1.25 ms on Streams' threads, 0.6 ms of JIT) and 1.5 cores were busy
        assertThat(result.articlesPerSec()).isEqualTo(500.0);
        assertThat(result.mbPerSec()).isEqualTo(2.0);
        assertThat(result.cpuMsPerArticle()).isCloseTo(3.0, within(1e-9));
        assertThat(result.streamsCpuMsPerArticle()).isCloseTo(1.25, within(1e-9));
        assertThat(result.jitMsPerArticle()).isCloseTo(0.6, within(1e-9));
        assertThat(result.coresBusy()).isCloseTo(1.5, within(1e-9));
    }

    @Test
    void shouldReportZeroRatherThanDivideByNothing() {
        final ScenarioResult empty = new ScenarioResult(Scenario.BROKER, 0, 0, 0, 0, 0, 0, 0, 0,
                new CpuGauge.Use(0, 1.0, 0, 0));

        assertThat(empty.articlesPerSec()).isZero();
        assertThat(empty.cpuMsPerArticle()).isZero();
        assertThat(empty.coresBusy()).isZero();
    }
}
