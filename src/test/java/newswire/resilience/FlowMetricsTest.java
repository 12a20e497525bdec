package newswire.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.Properties;
import newswire.config.NewswireConfig;
import newswire.pipeline.ArticlePipeline;
import newswire.runtime.FlowMetrics;
import newswire.topology.NewswireTopology;
import newswire.topology.StreamsProperties;
import newswire.topology.Topics;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;

/** The live counts {@code run} can log, read from Kafka Streams' own metrics. */
class FlowMetricsTest {

    @Test
    void shouldCountWhatWasReadAndWrittenAndTheDeadLetters() throws IOException {
        // Given the topology
        final NewswireConfig config = NewswireConfig.defaults().with(Map.of("max.task.idle.ms", "0"));
        final Properties properties = StreamsProperties.from(config);
        properties.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("newswire-ttd-metrics").toString());
        try (TopologyTestDriver driver = new TopologyTestDriver(
                NewswireTopology.of(config).build(), properties)) {
            final TestInputTopic<String, byte[]> raw = driver.createInputTopic(config.topics().raw(),
                    new StringSerializer(), new ByteArraySerializer());

            // When two articles, a record that is not JSON and an empty article are read
            raw.pipeInput("a", utf8("{\"id\":\"a\",\"body\":\"A title\\n\\nSome text of the story.\"}"));
            raw.pipeInput("b", utf8("{\"id\":\"b\",\"body\":\"Another title\\n\\nMore text of another story.\"}"));
            raw.pipeInput("c", utf8("not json"));
            raw.pipeInput("d", utf8("{\"id\":\"d\",\"body\":\"\"}"));

            // Then the counts say so
            final FlowMetrics counts = FlowMetrics.of(driver.metrics(), config.topics());
            assertThat(counts.read()).isEqualTo(4);
            assertThat(counts.events()).isEqualTo(2);
            assertThat(counts.claims()).isZero();
            assertThat(counts.deadLetters()).isEqualTo(2);
            assertThat(counts.describe()).isEqualTo("read 4 → 2 events, 0 claims, 2 dead letters");
        }
    }

    private static byte[] utf8(final String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
