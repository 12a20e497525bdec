package newswire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import newswire.config.NewswireConfig;
import org.junit.jupiter.api.Test;

/** Newswire's Streams defaults, and that the configuration wins over them. */
class StreamsPropertiesTest {

    @Test
    void shouldRunExactlyOnceWithBatchedCompressedProduction() {
        final Properties properties = StreamsProperties.from(NewswireConfig.defaults());

        assertThat(properties).containsEntry("processing.guarantee", "exactly_once_v2")
                .containsEntry("producer.linger.ms", "5")
                .containsEntry("producer.batch.size", "131072")
                .containsEntry("producer.compression.type", "lz4");
    }

    @Test
    void shouldLetTheConfigurationOverrideTheDefaults() {
        final NewswireConfig config = NewswireConfig.load(null, Map.of(),
                Map.of("producer.compression.type", "zstd", "producer.linger.ms", "0",
                        "processing.guarantee", "at_least_once"));

        final Properties properties = StreamsProperties.from(config);

        assertThat(properties).containsEntry("producer.compression.type", "zstd")
                .containsEntry("producer.linger.ms", "0")
                .containsEntry("processing.guarantee", "at_least_once");
    }
}
