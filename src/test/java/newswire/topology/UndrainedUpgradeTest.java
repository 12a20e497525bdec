package newswire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newswire.dedupe.Dedupe;
import newswire.dedupe.DedupeFrames;
import newswire.dedupe.UnreadableEventException;
import newswire.runtime.FlowAudit;
import newswire.serde.BinaryFields;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/**
 * An upgrade without the drain docs/resilience.md asks for: an article that crossed the dedupe's repartition topics
 * with its event in an earlier release's layout, or whose band groups or verdicts are themselves of an earlier layout
 * (or cut short). They cannot be read; their dead letters still name the article and its input record, as every other
 * stage's do, and the next article goes through.
 */
class UndrainedUpgradeTest {

    /**
     * For the records a topic's deserializer refuses. The driver's producer shows a transaction's records once it
     * commits and discards the open transaction's when it shows what was sent: the dead letters Kafka Streams writes
     * for a refused record, before any record is processed, would be discarded under exactly-once. Without
     * transactions they are shown as sent; {@code UnreadableInternalRecordIT} shows them under exactly-once.
     */
    private static final Map<String, String> AT_LEAST_ONCE = Map.of("processing.guarantee", "at_least_once");
    /** The dedupe's band groups topic, keyed by the delivery as the verdicts topic is. */
    private static final String BANDS = "newswire-" + Dedupe.GROUPS_TOPIC + "-repartition";
    /** The dedupe's verdicts topic, whose records are keyed by the delivery (article id, partition and offset). */
    private static final String VERDICTS = "newswire-" + Dedupe.VERDICTS_TOPIC + "-repartition";

    @Test
    void shouldDeadLetterAnEventOfAnEarlierLayoutUnderItsArticleAndInput() {
        try (TopologyFixture fixture = new TopologyFixture()) {
            // Given the last verdict of article "seed", read at partition 0, offset 4 of the input, carrying its event
            // as a release with a JSON head wrote it
            final TestInputTopic<String, byte[]> verdicts = fixture.driver.createInputTopic(VERDICTS,
                    new StringSerializer(), new ByteArraySerializer());
            verdicts.pipeInput("seed@0:4", verdict("seed", "seed@0:4", earlierPreparedEvent()));

            // Then it is one dead letter, filed under the article's id, pointing at its input
            assertThat(fixture.events.isEmpty()).isTrue();
            final TestRecord<byte[], byte[]> deadLetter = fixture.deadLetters.readRecord();
            assertThat(fixture.deadLetters.isEmpty()).isTrue();
            assertThat(new String(deadLetter.key(), StandardCharsets.UTF_8)).isEqualTo("seed");
            assertThat(deadLetter.value()).isNull();
            final Headers headers = deadLetter.headers();
            assertThat(header(headers, DeadLetters.STAGE_HEADER)).isEqualTo(NewswireTopology.DEDUPE);
            assertThat(header(headers, DeadLetters.EXCEPTION_HEADER)).isEqualTo(UnreadableEventException.class.getName());
            assertThat(header(headers, DeadLetters.MESSAGE_HEADER))
                    .contains("article seed").contains("drain the input before upgrading");
            assertThat(header(headers, DeadLetters.TOPIC_HEADER)).isEqualTo(fixture.topics.raw().name());
            assertThat(header(headers, DeadLetters.PARTITION_HEADER)).isEqualTo("0");
            assertThat(header(headers, DeadLetters.OFFSET_HEADER)).isEqualTo("4");
            assertThat(header(headers, DeadLetters.ORIGINAL_HEADER)).contains(VERDICTS + "-0@0");

            // And the application goes on: the next article becomes its event
            fixture.raw.pipeInput("next", TopologyFixture.seed("next"));
            assertThat(fixture.events.readRecord().key()).isEqualTo("next");
            assertThat(fixture.deadLetters.isEmpty()).isTrue();
        }
    }

    @Test
    void shouldDeadLetterTheBandGroupsOfAnEarlierReleaseAndAccountForTheirArticleOnce() {
        try (TopologyFixture fixture = new TopologyFixture(AT_LEAST_ONCE)) {
            // Given article "seed", read at partition 0, offset 4 of the input, whose two band groups are on the bands
            // topic with the JSON heads of releases before session 19 (the first carries the event)
            final TestInputTopic<String, byte[]> bands = fixture.driver.createInputTopic(BANDS,
                    new StringSerializer(), new ByteArraySerializer());
            bands.pipeInput("seed@0:4", DedupeFrames.jsonHeadFrame("{\"articleId\":\"seed\",\"delivery\":\"seed@0:4\","
                    + "\"partition\":0,\"expected\":3,\"keys\":[\"1:a\"],\"sketch\":\"AAEC\"}", "{\"id\":\"seed\"}"));
            bands.pipeInput("seed@0:4", DedupeFrames.jsonHeadFrame("{\"articleId\":\"seed\",\"delivery\":\"seed@0:4\","
                    + "\"partition\":1,\"expected\":3,\"keys\":[\"2:b\"],\"sketch\":\"AAEC\"}", ""));

            // And the next article comes
            fixture.raw.pipeInput("next", TopologyFixture.seed("next"));

            // Then each is a dead letter of the dedupe under the article's id, pointing at its input, with the reason
            final List<TestRecord<byte[], byte[]>> letters = fixture.deadLetters.readRecordsToList();
            assertThat(letters).hasSize(2);
            for (final TestRecord<byte[], byte[]> letter : letters) {
                assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("seed");
                assertThat(header(letter.headers(), DeadLetters.STAGE_HEADER)).isEqualTo(NewswireTopology.DEDUPE);
                assertThat(header(letter.headers(), DeadLetters.MESSAGE_HEADER))
                        .contains("earlier Newswire release").contains("drain the input before upgrading");
                assertThat(header(letter.headers(), DeadLetters.TOPIC_HEADER)).isEqualTo(fixture.topics.raw().name());
                assertThat(header(letter.headers(), DeadLetters.PARTITION_HEADER)).isEqualTo("0");
                assertThat(header(letter.headers(), DeadLetters.OFFSET_HEADER)).isEqualTo("4");
                assertThat(header(letter.headers(), DeadLetters.ORIGINAL_HEADER)).contains(BANDS + "-0@");
            }

            // And an audit counts the article once: its input, its two dead letters
            final FlowAudit audit = new FlowAudit(fixture.config.topics());
            audit.add(new ConsumerRecord<>(fixture.topics.raw().name(), 0, 4L, utf8("seed"), utf8("{}")));
            letters.forEach(letter -> audit.add(consumed(fixture.topics.deadLetters().name(), letter)));
            assertThat(audit.result().exact()).as(audit.result().describe()).isTrue();
            assertThat(audit.result().deadLetters()).isEqualTo(2);

            // And the application went on: the next article became its event
            assertThat(fixture.events.readRecord().key()).isEqualTo("next");
            assertThat(fixture.events.isEmpty()).isTrue();
        }
    }

    @Test
    void shouldSweepWhatTheDedupeHeldForAnArticleOneOfWhoseRecordsWasDeadLetteredOnceTheWindowIsPast() {
        try (TopologyFixture fixture = new TopologyFixture(AT_LEAST_ONCE)) {
            // Given article "seed", read at partition 0, offset 4 of the input, with keys in index partitions 0 and 1:
            // its group for partition 0 readable, carrying its event, the other with an earlier release's JSON head
            final TestInputTopic<String, byte[]> bands = fixture.driver.createInputTopic(BANDS,
                    new StringSerializer(), new ByteArraySerializer());
            final Instant published = Instant.parse("2026-03-02T08:00:00Z");
            bands.pipeInput("seed@0:4", DedupeFrames.bandGroup("seed", "seed@0:4", 0, 0b11, List.of("0:1f"),
                    utf8("{\"id\":\"seed\"}")), published);
            bands.pipeInput("seed@0:4", DedupeFrames.jsonHeadFrame("{\"articleId\":\"seed\",\"delivery\":"
                    + "\"seed@0:4\",\"partition\":1,\"expected\":3,\"keys\":[\"1:2e\"]}", ""), published);

            // Then the article has no event and one dead letter, and the dedupe holds its first verdict and its event
            assertThat(fixture.events.isEmpty()).isTrue();
            final List<TestRecord<byte[], byte[]>> letters = fixture.deadLetters.readRecordsToList();
            assertThat(letters).singleElement().satisfies(letter ->
                    assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("seed"));
            assertThat(entries(fixture, Dedupe.PENDING_STORE)).containsExactly("seed@0:4");
            assertThat(entries(fixture, Dedupe.HELD_STORE)).containsExactly("seed@0:4");

            // When an article comes within the window and the margin, the entries stay: its verdict may still come
            final Duration kept = fixture.config.dedupeWindow().plusHours(1);
            fixture.raw.pipeInput("inside", TopologyFixture.seed("inside"), published.plus(kept).minusSeconds(60));
            assertThat(entries(fixture, Dedupe.PENDING_STORE)).containsExactly("seed@0:4");

            // And when one comes past them, both entries are gone, with no other outcome for the article
            fixture.raw.pipeInput("past", TopologyFixture.seed("past"), published.plus(kept).plusSeconds(60));
            assertThat(entries(fixture, Dedupe.PENDING_STORE)).isEmpty();
            assertThat(entries(fixture, Dedupe.HELD_STORE)).isEmpty();
            assertThat(fixture.events.readKeyValuesToList()).extracting(event -> event.key)
                    .containsExactly("inside", "past");
            assertThat(fixture.deadLetters.isEmpty()).isTrue();
        }
    }

    @Test
    void shouldDeadLetterAVerdictCutShortAndGoOn() {
        try (TopologyFixture fixture = new TopologyFixture(AT_LEAST_ONCE)) {
            // Given a verdict of article "dam" cut in its head: its length says more bytes than follow
            final TestInputTopic<String, byte[]> verdicts = fixture.driver.createInputTopic(VERDICTS,
                    new StringSerializer(), new ByteArraySerializer());
            final byte[] whole = verdict("dam", "dam@3:8", new byte[0]);
            verdicts.pipeInput("dam@3:8", Arrays.copyOf(whole, whole.length - 6));
            fixture.raw.pipeInput("next", TopologyFixture.seed("next"));

            // Then it is a dead letter under its article, pointing at its input, which the key names
            final TestRecord<byte[], byte[]> letter = fixture.deadLetters.readRecord();
            assertThat(fixture.deadLetters.isEmpty()).isTrue();
            assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("dam");
            assertThat(header(letter.headers(), DeadLetters.STAGE_HEADER)).isEqualTo(NewswireTopology.DEDUPE);
            assertThat(header(letter.headers(), DeadLetters.EXCEPTION_HEADER)).endsWith("SerializationException");
            assertThat(header(letter.headers(), DeadLetters.PARTITION_HEADER)).isEqualTo("3");
            assertThat(header(letter.headers(), DeadLetters.OFFSET_HEADER)).isEqualTo("8");

            // And the next article went through
            assertThat(fixture.events.readRecord().key()).isEqualTo("next");
        }
    }

    /** The keys of a dedupe store. */
    private static List<String> entries(final TopologyFixture fixture, final String store) {
        final KeyValueStore<String, ?> entries = fixture.driver.getKeyValueStore(store);
        final List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, ?> all = entries.all()) {
            all.forEachRemaining(entry -> keys.add(entry.key));
        }
        return keys;
    }

    private static ConsumerRecord<byte[], byte[]> consumed(final String topic, final TestRecord<byte[], byte[]> record) {
        return new ConsumerRecord<>(topic, 0, 0L, 0L, TimestampType.CREATE_TIME, 0, 0, record.key(), record.value(),
                record.headers(), Optional.empty());
    }

    private static byte[] utf8(final String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A prepared event as releases before session 20 wrote it: the length of a JSON head, the head, the event. */
    private static byte[] earlierPreparedEvent() {
        final byte[] head = "{\"id\":\"seed\",\"eventBytes\":2}".getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(Integer.BYTES + head.length + 2).putInt(head.length).put(head)
                .put("{}".getBytes(StandardCharsets.UTF_8)).array();
    }

    /** The only verdict an article filed in index partition 0 waits for, carrying its event, as the dedupe frames it. */
    private static byte[] verdict(final String articleId, final String delivery, final byte[] event) {
        return BinaryFields.frame((byte) 1, articleId, (id, out) -> {
            BinaryFields.writeString(out, id);
            BinaryFields.writeString(out, delivery);
            out.writeInt(0);
            out.writeInt(1);
            out.writeBoolean(false);
        }, event.length).put(event).array();
    }

    private static String header(final Headers headers, final String key) {
        return headers.lastHeader(key) == null ? null
                : new String(headers.lastHeader(key).value(), StandardCharsets.UTF_8);
    }
}
