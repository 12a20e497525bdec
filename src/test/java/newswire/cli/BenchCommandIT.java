package newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import newswire.serde.JsonSerde;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code newswire bench --json} on a small corpus: all three scenarios run and report figures (speed is not judged). */
@Tag("integration")
class BenchCommandIT {

    private static final List<String> FIGURES = List.of("articlesPerSec", "mbPerSec", "p50Ms", "p95Ms", "p99Ms",
            "peakHeapMb", "cpuMsPerArticle", "streamsCpuMsPerArticle", "jitMsPerArticle", "coresBusy");

    @Test
    @Timeout(120)
    void shouldMeasureTheBrokerThePassThroughAndThePipelineOnOneEmbeddedBroker() throws IOException {
        // When the bench runs over seeds/ with 300 articles and a short warm-up, on one partition to start quicker
        final CommandLineRunner result = CommandLineRunner.run("bench", "seeds", "--articles", "300", "--warmup", "30",
                "--json", "--set", "newswire.partitions=1");

        // Then it exits cleanly and prints one JSON object with a section per scenario, every figure positive
        assertThat(result.exitCode()).as(result.err()).isZero();
        final JsonNode report = JsonSerde.mapper().readTree(result.out());
        assertThat(report.fieldNames()).toIterable().containsExactly("broker", "passthrough", "pipeline");
        for (final String scenario : List.of("broker", "passthrough", "pipeline")) {
            final JsonNode section = report.path(scenario);
            assertThat(section.path("articles").asInt()).as(scenario).isEqualTo(300);
            assertThat(section.path("deadLetters").asLong()).as(scenario).isZero();
            for (final String figure : FIGURES) {
                assertThat(section.path(figure).isNumber()).as(scenario + "." + figure).isTrue();
            }
            assertThat(section.path("articlesPerSec").asDouble()).as(scenario).isPositive();
            assertThat(section.path("mbPerSec").asDouble()).as(scenario).isPositive();
            assertThat(section.path("p99Ms").asDouble()).as(scenario).isGreaterThanOrEqualTo(
                    section.path("p50Ms").asDouble());
            assertThat(section.path("peakHeapMb").asDouble()).as(scenario).isPositive();
            assertThat(section.path("cpuMsPerArticle").asDouble()).as(scenario).isPositive();
        }
        // Streams' threads are charged only where Streams runs
        assertThat(report.path("broker").path("streamsCpuMsPerArticle").asDouble()).isZero();
        assertThat(report.path("passthrough").path("streamsCpuMsPerArticle").asDouble()).isPositive();
        assertThat(report.path("pipeline").path("streamsCpuMsPerArticle").asDouble()).isPositive();

        // And progress went to stderr, not into the JSON
        assertThat(result.err()).contains("[pipeline]");
    }
}
