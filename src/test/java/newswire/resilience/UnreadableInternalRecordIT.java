package newswire.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import newswire.broker.BrokerExtension;
import newswire.config.NewswireConfig;
import newswire.config.TopicNames;
import newswire.dedupe.Dedupe;
import newswire.dedupe.DedupeFrames;
import newswire.runtime.StreamsRunner;
import newswire.runtime.ThreadReplacements;
import newswire.runtime.TopicAdmin;
import newswire.topology.DeadLetters;
import newswire.topology.NewswireTopology;
import newswire.topology.StreamsProperties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An upgrade that was not drained, on the real broker under exactly-once: records of the dedupe's repartition topics
 * in the shape of an earlier release (a JSON head) reach a running application. Before, the stream thread died on
 * each, every replacement met it again, and the application stopped; now each is a dead letter of the dedupe, filed
 * under its article and pointing at its input, and the application keeps running and processing articles.
 */
@Tag("integration")
class UnreadableInternalRecordIT {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @RegisterExtension
    static final BrokerExtension BROKER = new BrokerExtension();

    @TempDir
    Path stateDir;

    @Test
    void shouldDeadLetterAnEarlierReleasesDedupeRecordAndGoOn() throws Exception {
        // Given a running application
        final String run = Harness.runName();
        final Map<String, String> settings = Harness.settings(BROKER.bootstrapServers(), run, stateDir, 1);
        final NewswireConfig config = Harness.config(settings);
        final TopicNames topics = config.topics();
        final String applicationId = settings.get("application.id");
        final String bands = applicationId + "-" + Dedupe.GROUPS_TOPIC + "-repartition";
        final String verdicts = applicationId + "-" + Dedupe.VERDICTS_TOPIC + "-repartition";
        TopicAdmin.ensureTopics(config);
        final ThreadReplacements replacements = ThreadReplacements.from(config);
        try (StreamsRunner streams = StreamsRunner.start(NewswireTopology.of(config).build(),
                StreamsProperties.from(config), DEADLINE, replacements);
             KafkaProducer<String, byte[]> producer = Harness.producer(BROKER.bootstrapServers());
             Harness.Reader reader = new Harness.Reader(BROKER.bootstrapServers(), topics.events(),
                     topics.deadLetters())) {

            // When a band group with an earlier release's JSON head, for an article read at offset 7 of the input,
            // is on the bands topic before any other record, and nothing follows it
            producer.send(new ProducerRecord<>(bands, 0, "earlier@0:7", DedupeFrames.jsonHeadFrame(
                    "{\"articleId\":\"earlier\",\"delivery\":\"earlier@0:7\",\"partition\":0,\"expected\":1,"
                            + "\"keys\":[\"0:1f\"]}", "{\"id\":\"earlier\"}"))).get();

            // Then it is one dead letter of the dedupe under its article, pointing at the article's input record, with
            // the reason, committed at the next commit although the task has processed no record
            List<ConsumerRecord<byte[], byte[]>> read = reader.readUntil(records ->
                    Harness.count(records, topics.deadLetters()) >= 1, DEADLINE);
            assertThat(Harness.keys(read, topics.deadLetters())).containsExactly("earlier");
            final ConsumerRecord<byte[], byte[]> letter = letters(read, topics).get(0);
            assertThat(Harness.header(letter, DeadLetters.STAGE_HEADER)).isEqualTo(NewswireTopology.DEDUPE);
            assertThat(Harness.header(letter, DeadLetters.MESSAGE_HEADER))
                    .contains("earlier Newswire release").contains("drain the input before upgrading");
            assertThat(Harness.header(letter, DeadLetters.TOPIC_HEADER)).isEqualTo(topics.raw());
            assertThat(Harness.header(letter, DeadLetters.PARTITION_HEADER)).isEqualTo("0");
            assertThat(Harness.header(letter, DeadLetters.OFFSET_HEADER)).isEqualTo("7");
            assertThat(Harness.header(letter, DeadLetters.ORIGINAL_HEADER)).contains(bands + "-0@0");
            assertThat(streams.state()).isEqualTo(KafkaStreams.State.RUNNING);

            // And an article that follows has its event
            Harness.send(producer, topics.raw(), Harness.article(Harness.id(run, 0)));
            producer.flush();
            read = reader.readUntil(records -> Harness.count(records, topics.events()) >= 1, DEADLINE);
            assertThat(Harness.keys(read, topics.events())).containsExactly(Harness.id(run, 0));

            // And when a verdict of an earlier release comes once the task has read records, with nothing after it
            producer.send(new ProducerRecord<>(verdicts, 0, "older@0:9", DedupeFrames.jsonHeadFrame(
                    "{\"articleId\":\"older\",\"delivery\":\"older@0:9\",\"partition\":0,\"expected\":1,"
                            + "\"earliest\":null}", ""))).get();

            // Then its dead letter is committed at the next commit, without waiting for another record
            read = reader.readUntil(records -> Harness.count(records, topics.deadLetters()) >= 2, DEADLINE);
            assertThat(Harness.keys(read, topics.deadLetters())).containsExactly("earlier", "older");
            assertThat(Harness.header(letters(read, topics).get(1), DeadLetters.OFFSET_HEADER)).isEqualTo("9");

            // And the application still processes the next article, no stream thread having died
            Harness.send(producer, topics.raw(), Harness.article(Harness.id(run, 1)));
            producer.flush();
            read = reader.readUntil(records -> Harness.count(records, topics.events()) >= 2, DEADLINE);
            reader.drain(Duration.ofSeconds(1));
            assertThat(Harness.keys(read, topics.events())).containsExactly(Harness.id(run, 0), Harness.id(run, 1));
            assertThat(Harness.count(read, topics.deadLetters())).isEqualTo(2);
            assertThat(streams.state()).isEqualTo(KafkaStreams.State.RUNNING);
            assertThat(replacements.count()).as("stream threads replaced").isZero();
        }
    }

    private static List<ConsumerRecord<byte[], byte[]>> letters(final List<ConsumerRecord<byte[], byte[]>> read,
                                                                final TopicNames topics) {
        return read.stream().filter(record -> record.topic().equals(topics.deadLetters())).toList();
    }
}
