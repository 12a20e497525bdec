package newswire.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import newswire.config.NewswireConfig;
import newswire.config.TopicNames;
import newswire.ingest.ArticleRecords;
import newswire.model.RawArticle;
import newswire.runtime.ArticlePublisher;
import newswire.runtime.RecordView;
import newswire.runtime.StreamsRunner;
import newswire.runtime.ThreadReplacements;
import newswire.runtime.TopicAdmin;
import newswire.runtime.TopicTailer;
import newswire.topology.NewswireTopology;
import newswire.topology.StreamsProperties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole flow against a real broker: the application as {@code run} starts it, the seed folder as {@code publish}
 * sends it, and the events read back as a downstream consumer reads them. Each broker (embedded, or in a container)
 * runs this same test.
 */
abstract class SeedFlowContract {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    Path stateDir;

    /** The bootstrap servers of a running broker. */
    abstract String bootstrapServers();

    @Test
    void shouldCleanAndExtractTheSeedArticlesAndPoisonRecordsEndAsDeadLetters() throws Exception {
        // Given a running application on topics of its own
        final String run = UUID.randomUUID().toString().substring(0, 8);
        final NewswireConfig config = NewswireConfig.defaults().with(Map.of(
                NewswireConfig.BOOTSTRAP_SERVERS, bootstrapServers(),
                "application.id", "newswire-it-" + run,
                "state.dir", stateDir.toString(),
                "commit.interval.ms", "100",
                "newswire.topic.raw", "raw-" + run,
                "newswire.topic.clean", "clean-" + run,
                "newswire.topic.events", "events-" + run,
                "newswire.topic.claims", "claims-" + run,
                "newswire.topic.dlq", "dlq-" + run));
        final TopicNames topics = config.topics();
        TopicAdmin.ensureTopics(config);
        final var topology = NewswireTopology.of(config).build();
        try (StreamsRunner streams = StreamsRunner.start(topology, StreamsProperties.from(config), DEADLINE,
                ThreadReplacements.from(config));
             ArticlePublisher publisher = new ArticlePublisher(config);
             TopicTailer tailer = new TopicTailer(config, topics.outputs(), true)) {

            // When the seed folder and a poison record are published
            final List<RawArticle> seeds = ArticleRecords.readAll(List.of(Path.of("seeds")));
            for (final RawArticle seed : seeds) {
                publisher.publish(seed).get();
            }
            publisher.publishBytes("poison", new byte[] {0x00, (byte) 0xFE, 0x7B}).get();

            // Then every seed has its event, with the claims on the claims topic, and the poison its dead letter
            final List<ConsumerRecord<byte[], byte[]>> read = new ArrayList<>();
            final int expected = seeds.size() * 2 + 2 + 1; // clean + event per seed, two claims, one dead letter
            tailer.run(read::add, expected, DEADLINE);
            assertThat(read).hasSize(expected);

            final List<JsonNode> events = values(read, topics.events());
            assertThat(events).hasSize(seeds.size());
            final JsonNode event = events.get(0);
            assertThat(event.path("id").asText()).isEqualTo(seeds.get(0).id());
            assertThat(event.path("article").path("title").asText())
                    .isEqualTo("Yoon, NATO chief agree to share information on North's dispatch of troops to Russia");
            assertThat(event.path("article").path("publishedAt").asText()).isEqualTo("2024-10-21T18:59:00+09:00");
            assertThat(event.path("claims")).extracting(claim -> claim.path("quantity").path("value").asLong())
                    .containsExactly(1500L, 12000L);
            assertThat(values(read, topics.claims())).hasSize(2);
            assertThat(values(read, topics.clean())).hasSize(seeds.size());

            final List<ConsumerRecord<byte[], byte[]>> deadLetters = read.stream()
                    .filter(record -> record.topic().equals(topics.deadLetters())).toList();
            assertThat(deadLetters).singleElement().satisfies(deadLetter -> {
                assertThat(deadLetter.value()).containsExactly(0x00, (byte) 0xFE, 0x7B);
                assertThat(RecordView.json(deadLetter).path("headers").path("newswire.stage").asText())
                        .isEqualTo(NewswireTopology.PARSE);
                assertThat(RecordView.json(deadLetter).path("headers").path("__streams.errors.topic").asText())
                        .isEqualTo(topics.raw());
            });
            assertThat(streams.state()).isEqualTo(org.apache.kafka.streams.KafkaStreams.State.RUNNING);
        }
    }

    private static List<JsonNode> values(final List<ConsumerRecord<byte[], byte[]>> records, final String topic) {
        return records.stream().filter(record -> record.topic().equals(topic))
                .map(record -> RecordView.parsed(record.value())).toList();
    }

}
