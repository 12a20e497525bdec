package newswire.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import com.fasterxml.jackson.databind.JsonNode;
import newswire.config.NewswireConfig;
import newswire.model.RawArticle;
import newswire.serde.JsonSerde;
import newswire.topology.NewswireTopology;
import newswire.topology.StreamsProperties;
import newswire.topology.Topics;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/** Runs articles through the real topology in a test driver, for the examples of the consumer's guide. */
final class TopologyRun {

    private TopologyRun() {
    }

    /** A state directory of its own: other builds on this host run the same tests at the same time. */
    private static String stateDirectory() {
        try {
            return Files.createTempDirectory("newswire-contract-run").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last value of each key on news.estimates after the articles, one minute apart, keyed by subject key. */
    static Map<String, JsonNode> latestEstimates(final List<RawArticle> articles) {
        final NewswireConfig config = NewswireConfig.defaults().with(Map.of("max.task.idle.ms", "0"));
        final Topics topics = Topics.named(config.topics());
        final Properties properties = StreamsProperties.from(config);
        properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDirectory());
        try (TopologyTestDriver driver = new TopologyTestDriver(NewswireTopology.of(config).build(), properties)) {
            final var raw = driver.createInputTopic(topics.raw().name(), new StringSerializer(),
                    new ByteArraySerializer());
            final var estimates = driver.createOutputTopic(topics.estimates().name(), new StringDeserializer(),
                    new ByteArrayDeserializer());
            final JsonSerde<RawArticle> json = new JsonSerde<>(RawArticle.class);
            Instant time = Instant.parse("2024-10-21T10:00:00Z");
            for (final RawArticle article : articles) {
                raw.pipeInput(new TestRecord<>(article.id(), json.serialize(topics.raw().name(), article), time));
                time = time.plusSeconds(60);
            }
            final Map<String, JsonNode> latest = new TreeMap<>();
            for (final var record : estimates.readRecordsToList()) {
                latest.put(record.key(), JsonSerde.mapper().readTree(record.value()));
            }
            return latest;
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
