package newswire.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import newswire.broker.BrokerExtension;
import newswire.config.NewswireConfig;
import newswire.config.TopicNames;
import newswire.dedupe.Dedupe;
import newswire.model.RawArticle;
import newswire.pipeline.ArticlePipeline;
import newswire.runtime.FlowMetrics;
import newswire.runtime.StreamsRunner;
import newswire.runtime.ThreadReplacements;
import newswire.runtime.TopicAdmin;
import newswire.topology.DeadLetters;
import newswire.topology.NewswireTopology;
import newswire.topology.StreamsProperties;
import newswire.topology.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A result the producer cannot write, on the real broker: an article whose event is larger than the events topic's
 * {@code max.message.bytes}. It must end on the dead-letter topic (keyed by the article id, with the reason), the
 * articles around it must have their events, and the application must keep running, under exactly-once.
 */
@Tag("integration")
class TooLargeForTheBrokerIT {

    private static final Duration DEADLINE = Duration.ofSeconds(60);
    /** Small articles have events of about 1 KB; the big one's event is several times this. */
    private static final int EVENTS_MAX_MESSAGE_BYTES = 4_000;

    @RegisterExtension
    static final BrokerExtension BROKER = new BrokerExtension();

    @TempDir
    Path stateDir;

    @Test
    void shouldDeadLetterAnArticleWhoseEventTheBrokerRefusesAndGoOn() throws Exception {
        // Given an events topic that takes at most 4,000 bytes a record, and a running application
        final String run = Harness.runName();
        final Map<String, String> settings = Harness.settings(BROKER.bootstrapServers(), run, stateDir, 1);
        // The operator's rule: max.request.size no higher than the smallest max.message.bytes of the outputs
        settings.put("max.request.size", String.valueOf(EVENTS_MAX_MESSAGE_BYTES));
        final NewswireConfig config = Harness.config(settings);
        final TopicNames topics = config.topics();
        BROKER.broker().createTopics(List.of(new NewTopic(topics.events(), 1, (short) 1)
                .configs(Map.of("max.message.bytes", String.valueOf(EVENTS_MAX_MESSAGE_BYTES)))));
        TopicAdmin.ensureTopics(config);
        final var topology = NewswireTopology.of(config).build();
        try (StreamsRunner streams = StreamsRunner.start(topology, StreamsProperties.from(config), DEADLINE,
                ThreadReplacements.from(config));
             KafkaProducer<String, byte[]> producer = Harness.producer(BROKER.bootstrapServers());
             Harness.Reader reader = new Harness.Reader(BROKER.bootstrapServers(), topics.events(),
                     topics.deadLetters())) {

            // When a big article (its raw record fits news.raw; its event does not fit the events topic) comes
            // between small ones
            final RawArticle big = new RawArticle(run + "-big", "big.txt", RawArticle.TEXT_PLAIN,
                    bigBody(), "2024-10-21T10:00:00Z",
                    null, null, null, null);
            assertThat(Harness.json(big).length).isGreaterThan(EVENTS_MAX_MESSAGE_BYTES);
            for (int n = 0; n < 3; n++) {
                Harness.send(producer, topics.raw(), Harness.article(Harness.id(run, n)));
            }
            Harness.send(producer, topics.raw(), big);
            for (int n = 3; n < 6; n++) {
                Harness.send(producer, topics.raw(), Harness.article(Harness.id(run, n)));
            }
            producer.flush();
            final long start = System.nanoTime();

            // Then every small article has its event, once, and the big one is a dead letter of the produce stage
            final List<ConsumerRecord<byte[], byte[]>> read = reader.readUntil(records ->
                    Harness.count(records, topics.events()) >= 6 && Harness.count(records, topics.deadLetters()) >= 1,
                    DEADLINE);
            reader.drain(Duration.ofSeconds(1));
            assertThat(System.nanoTime() - start).as("no stall: well under the producer's 60 s max.block.ms")
                    .isLessThan(Duration.ofSeconds(30).toNanos());
            assertThat(Harness.keys(read, topics.events())).containsExactlyInAnyOrder(
                    Harness.id(run, 0), Harness.id(run, 1), Harness.id(run, 2),
                    Harness.id(run, 3), Harness.id(run, 4), Harness.id(run, 5));
            final List<ConsumerRecord<byte[], byte[]>> letters = read.stream()
                    .filter(record -> record.topic().equals(topics.deadLetters())).toList();
            assertThat(letters).hasSize(1);
            final ConsumerRecord<byte[], byte[]> letter = letters.get(0);
            assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo(big.id());
            assertThat(Harness.header(letter, DeadLetters.STAGE_HEADER)).isEqualTo(DeadLetters.PRODUCE_STAGE);
            assertThat(Harness.header(letter, DeadLetters.EXCEPTION_HEADER)).contains("RecordTooLarge");
            // The event is first written whole on its way to dedupe, so that is where the limit refuses it
            assertThat(Harness.header(letter, DeadLetters.OUTPUT_TOPIC_HEADER))
                    .endsWith(Dedupe.GROUPS_TOPIC + "-repartition");

            // And as the input itself is over max.request.size, the dead letter holds its beginning and says where the
            // whole of it is: that record on the raw topic has the length and SHA-256 the headers give
            final byte[] original = Harness.json(big);
            assertThat(original).startsWith(letter.value());
            assertThat(Harness.header(letter, DeadLetters.TRUNCATED_HEADER)).isEqualTo(String.valueOf(original.length));
            assertThat(Harness.header(letter, DeadLetters.SHA256_HEADER)).isEqualTo(sha256(original));
            assertThat(Harness.header(letter, DeadLetters.TOPIC_HEADER)).isEqualTo(topics.raw());
            assertThat(Harness.header(letter, DeadLetters.PARTITION_HEADER)).isEqualTo("0");
            assertThat(Harness.header(letter, DeadLetters.OFFSET_HEADER)).isEqualTo("3");
            assertThat(streams.state()).isEqualTo(KafkaStreams.State.RUNNING);

            // And the instance's live counts (what `run` can log) agree
            final FlowMetrics counts = FlowMetrics.of(streams.metrics(), topics);
            assertThat(counts.read()).as(counts.describe()).isEqualTo(7);
            assertThat(counts.events()).as(counts.describe()).isEqualTo(6);
            assertThat(counts.deadLetters()).as(counts.describe()).isEqualTo(1);
            System.err.println("TooLargeForTheBrokerIT: " + counts.describe());
        }
    }

    private static String sha256(final byte[] bytes) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** Eight different paragraphs: the cleaner keeps a repeated paragraph once, so repeats would not make it big. */
    private static String bigBody() {
        final StringBuilder body = new StringBuilder("A big article\n\n");
        for (int paragraph = 1; paragraph <= 8; paragraph++) {
            body.append("Section ").append(paragraph).append(" of the report. ")
                    .append(("Line " + paragraph + " goes on at length. ").repeat(40)).append("\n\n");
        }
        return body.toString();
    }
}
