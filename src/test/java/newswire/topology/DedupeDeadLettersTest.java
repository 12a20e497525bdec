package newswire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newswire.dedupe.Dedupe;
import newswire.dedupe.DedupeFrames;
import newswire.ops.FlowCounters;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Configurable;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler.Response;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler.Result;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A record of an internal topic that its serde refuses, as Kafka Streams hands it to
 * {@link DeadLetters.OnDeserialization}, or on which a processor throws ({@link DeadLetters.OnProcessing}): a dead
 * letter, filed under its article when it is a record of the dedupe's, and the application resumes.
 */
class DedupeDeadLettersTest {

    private static final String BANDS = "newswire-dedupe-bands-repartition";
    private static final String VERDICTS = "newswire-dedupe-verdicts-repartition";
    private static final SerializationException EARLIER = new SerializationException(
            "a BandGroup written as JSON by an earlier Newswire release: drain the input before upgrading");

    private final DeadLetters.OnDeserialization handler = configured(new DeadLetters.OnDeserialization());

    @Test
    void shouldFileAnEarlierReleasesDedupeRecordUnderItsArticleAndInput() {
        // Given a band group with a JSON head, read at partition 1, offset 42 of the bands topic
        final byte[] frame = DedupeFrames.jsonHeadFrame(
                "{\"articleId\":\"plant-fire\",\"delivery\":\"plant-fire@2:17\",\"partition\":1}", "");

        // When its serde refuses it
        final Response response = handler.handleError(context(BANDS, "plant-fire@2:17", frame),
                record(BANDS, "plant-fire@2:17", frame), EARLIER);

        // Then the application resumes, and the one dead letter names the article and its input on news.raw
        assertThat(response.result()).isEqualTo(Result.RESUME);
        final List<ProducerRecord<byte[], byte[]>> letters = response.deadLetterQueueRecords();
        assertThat(letters).hasSize(1);
        final ProducerRecord<byte[], byte[]> letter = letters.get(0);
        assertThat(letter.topic()).isEqualTo("news.dlq");
        assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("plant-fire");
        assertThat(letter.value()).isNull();
        final Headers headers = letter.headers();
        assertThat(header(headers, DeadLetters.STAGE_HEADER)).isEqualTo(NewswireTopology.DEDUPE);
        assertThat(header(headers, DeadLetters.FAILED_AT_HEADER)).isNotBlank();
        assertThat(header(headers, DeadLetters.EXCEPTION_HEADER)).isEqualTo(SerializationException.class.getName());
        assertThat(header(headers, DeadLetters.MESSAGE_HEADER)).contains("drain the input before upgrading");
        assertThat(header(headers, DeadLetters.TOPIC_HEADER)).isEqualTo("news.raw");
        assertThat(header(headers, DeadLetters.PARTITION_HEADER)).isEqualTo("2");
        assertThat(header(headers, DeadLetters.OFFSET_HEADER)).isEqualTo("17");
        assertThat(header(headers, DeadLetters.ORIGINAL_HEADER)).contains(BANDS + "-1@42");
    }

    @Test
    void shouldPointAtTheInternalRecordWhenItsBytesNameNoInput() {
        // Given a verdict cut short whose key is an article id alone (no partition and offset)
        final String verdicts = "newswire-dedupe-verdicts-repartition";
        final byte[] cut = {0, 0, 0, 40, 1};

        final Response response = handler.handleError(context(verdicts, "dam-report", cut),
                record(verdicts, "dam-report", cut), new SerializationException("a PartitionVerdict frame cut short"));

        // Then it is filed under the article, its headers say where the internal record was read, and it keeps that
        // record's bytes: the only copy once the repartition topic is purged
        final ProducerRecord<byte[], byte[]> letter = response.deadLetterQueueRecords().get(0);
        assertThat(response.result()).isEqualTo(Result.RESUME);
        assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("dam-report");
        assertThat(letter.value()).isEqualTo(cut);
        assertThat(header(letter.headers(), DeadLetters.STAGE_HEADER)).isEqualTo(NewswireTopology.DEDUPE);
        assertThat(header(letter.headers(), DeadLetters.TOPIC_HEADER)).isEqualTo(verdicts);
        assertThat(header(letter.headers(), DeadLetters.PARTITION_HEADER)).isEqualTo("1");
        assertThat(header(letter.headers(), DeadLetters.OFFSET_HEADER)).isEqualTo("42");
        assertThat(header(letter.headers(), DeadLetters.ORIGINAL_HEADER)).contains("were not known");
    }

    @Test
    void shouldKeepTheRecordAsKafkaBuildsItWhenNothingNamesAnArticle() {
        // Given records that name no article: a dedupe record without key or readable head, another topic's record
        final byte[] garbage = {9, 9};
        final String estimates = "newswire-estimates-by-subject-repartition";

        final ProducerRecord<byte[], byte[]> dedupe = handler.handleError(context(BANDS, null, garbage),
                record(BANDS, null, garbage), EARLIER).deadLetterQueueRecords().get(0);
        final Response other = handler.handleError(context(estimates, "troops", garbage),
                record(estimates, "troops", garbage), new SerializationException("unreadable"));

        // Then their dead letters hold the record's own key and bytes, at the internal topic, partition and offset
        assertThat(dedupe.key()).isNull();
        assertThat(dedupe.value()).isEqualTo(garbage);
        assertThat(header(dedupe.headers(), DeadLetters.STAGE_HEADER)).isEqualTo(NewswireTopology.DEDUPE);
        assertThat(header(dedupe.headers(), DeadLetters.TOPIC_HEADER)).isEqualTo(BANDS);
        assertThat(other.result()).isEqualTo(Result.RESUME);
        final ProducerRecord<byte[], byte[]> letter = other.deadLetterQueueRecords().get(0);
        assertThat(letter.value()).isEqualTo(garbage);
        assertThat(header(letter.headers(), DeadLetters.STAGE_HEADER)).isEqualTo("source-of-" + estimates);
        assertThat(header(letter.headers(), DeadLetters.TOPIC_HEADER)).isEqualTo(estimates);
    }

    @Test
    void shouldFileAProcessingFailureOnADedupeRecordUnderItsArticle() {
        // Given a processor after the collector that throws on the verdict in process, read at partition 1, offset 42
        // of the verdicts topic, keyed by the delivery of article "port-strike" read at partition 5, offset 1200
        final String verdicts = "newswire-dedupe-verdicts-repartition";
        final byte[] frame = DedupeFrames.bandGroup("port-strike", "port-strike@5:1200", 0, 1, List.of("0:ab"), null);
        final DeadLetters.OnProcessing processing = configured(new DeadLetters.OnProcessing());

        final ProcessingExceptionHandler.Response response = processing.handleError(
                context(verdicts, "port-strike@5:1200", frame, "event"),
                new Record<>("port-strike", "the event", 0L), new IllegalStateException("a bug"));

        // Then its dead letter is the article's, pointing at its input, as the dedupe's own are (not the delivery's)
        assertThat(response.result()).isEqualTo(ProcessingExceptionHandler.Result.RESUME);
        final ProducerRecord<byte[], byte[]> letter = response.deadLetterQueueRecords().get(0);
        assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("port-strike");
        assertThat(letter.value()).isNull();
        assertThat(header(letter.headers(), DeadLetters.STAGE_HEADER)).isEqualTo("event");
        assertThat(header(letter.headers(), DeadLetters.TOPIC_HEADER)).isEqualTo("news.raw");
        assertThat(header(letter.headers(), DeadLetters.PARTITION_HEADER)).isEqualTo("5");
        assertThat(header(letter.headers(), DeadLetters.OFFSET_HEADER)).isEqualTo("1200");
        assertThat(header(letter.headers(), DeadLetters.ORIGINAL_HEADER)).contains(verdicts + "-1@42");
    }

    @Test
    void shouldKeepAProcessingFailureOnTheInputAsKafkaBuildsIt() {
        final byte[] raw = utf8("{\"id\":\"port-strike@5:1200\"}");
        final DeadLetters.OnProcessing processing = configured(new DeadLetters.OnProcessing());

        final ProducerRecord<byte[], byte[]> letter = processing.handleError(
                context("news.raw", "port-strike@5:1200", raw, "extract"), new Record<>("port-strike@5:1200", raw, 0L),
                new IllegalStateException("a bug")).deadLetterQueueRecords().get(0);

        assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("port-strike@5:1200");
        assertThat(letter.value()).isEqualTo(raw);
        assertThat(header(letter.headers(), DeadLetters.OFFSET_HEADER)).isEqualTo("42");
        assertThat(header(letter.headers(), DeadLetters.ORIGINAL_HEADER)).isNull();
    }

    @Test
    void shouldWithdrawFromEveryIndexPartitionAnArticleWhoseDedupeRecordCouldNotBeRead() {
        // Given the handler of application "newswire", whose dedupe index has 3 partitions
        final DeadLetters.OnDeserialization withdrawing = configured(new DeadLetters.OnDeserialization(),
                Map.of(StreamsConfig.APPLICATION_ID_CONFIG, "newswire", DeadLetters.DEDUPE_PARTITIONS_CONFIG, "3"));
        final byte[] frame = DedupeFrames.jsonHeadFrame("{\"articleId\":\"plant-fire\"}", "");
        final ConsumerRecord<byte[], byte[]> read = new ConsumerRecord<>(BANDS, 1, 42L, 1_700_000_000_000L,
                TimestampType.CREATE_TIME, 0, 0, utf8("plant-fire@2:17"), frame,
                new RecordHeaders(), Optional.empty());

        // When its serde refuses a band group of article "plant-fire"
        final List<ProducerRecord<byte[], byte[]>> sent = withdrawing.handleError(
                context(BANDS, "plant-fire@2:17", frame), read, EARLIER).deadLetterQueueRecords();

        // Then the dead letter goes with one record to each partition of the band groups' topic, keyed by the
        // article and stamped with its time, which withdraws it from the index there
        assertThat(sent.get(0).topic()).isEqualTo("news.dlq");
        final List<ProducerRecord<byte[], byte[]>> withdrawals = sent.subList(1, sent.size());
        assertThat(withdrawals).extracting(ProducerRecord::partition).containsExactly(0, 1, 2);
        assertThat(withdrawals).allSatisfy(withdrawal -> {
            assertThat(withdrawal.topic()).isEqualTo(BANDS);
            assertThat(new String(withdrawal.key(), StandardCharsets.UTF_8)).isEqualTo("plant-fire");
            assertThat(withdrawal.timestamp()).isEqualTo(1_700_000_000_000L);
            assertThat(DedupeFrames.withdrawnBy(withdrawal.value()))
                    .isEqualTo(Map.entry("plant-fire", 1_700_000_000_000L));
        });
    }

    @Test
    void shouldWithdrawAnArticleWhoseVerdictTheTopicRefusedButNotOneWhoseBandGroupItRefused() {
        // Given the production handler of a 3-partition index, and a verdict and a band group of "dam-report"
        final DeadLetters.OnProduction production = configured(new DeadLetters.OnProduction(),
                Map.of(StreamsConfig.APPLICATION_ID_CONFIG, "newswire", DeadLetters.DEDUPE_PARTITIONS_CONFIG, "3"));
        final RecordTooLargeException tooLarge = new RecordTooLargeException("over the limit");

        // When the verdicts' topic refuses the verdict (the index has filed the article), the article is withdrawn
        // from every index partition, at the verdict's time
        final List<ProducerRecord<byte[], byte[]>> verdictRefused = production.handleSerializationError(
                context(BANDS, "dam-report@0:3", utf8("the group"), Dedupe.INDEX_PROCESSOR),
                new ProducerRecord<>(VERDICTS, null, 1_700_000_000_500L, "dam-report@0:3", "the verdict"), tooLarge,
                ProductionExceptionHandler.SerializationExceptionOrigin.VALUE).deadLetterQueueRecords();
        assertThat(verdictRefused).extracting(ProducerRecord::topic).containsExactly("news.dlq", BANDS, BANDS, BANDS);
        assertThat(verdictRefused.subList(1, 4)).allSatisfy(withdrawal -> assertThat(
                DedupeFrames.withdrawnBy(withdrawal.value())).isEqualTo(Map.entry("dam-report", 1_700_000_000_500L)));

        // And with no time on the refused record, at the time of the record in process
        assertThat(production.handleSerializationError(
                context(BANDS, "dam-report@0:4", utf8("the group"), Dedupe.INDEX_PROCESSOR),
                new ProducerRecord<>(VERDICTS, "dam-report@0:4", "the verdict"), tooLarge,
                ProductionExceptionHandler.SerializationExceptionOrigin.VALUE).deadLetterQueueRecords().get(1)
                .timestamp()).isEqualTo(1_700_000_000_000L);

        // And when the bands topic refuses the group that carries the event (sent alone, the article is filed
        // nowhere), nothing is withdrawn
        assertThat(production.handleSerializationError(
                context("news.raw", "dam-report", utf8("the article"), "fingerprint-bands"),
                new ProducerRecord<>(BANDS, "dam-report@0:5", "the group"), tooLarge,
                ProductionExceptionHandler.SerializationExceptionOrigin.VALUE).deadLetterQueueRecords())
                .extracting(ProducerRecord::topic).containsExactly("news.dlq");
    }

    @Test
    void shouldOnlyLogAWithdrawalThatFailedToBeSentReadOrApplied() {
        // Given the handlers of a 3-partition index, and a withdrawal of "gas-leak"
        final Map<String, String> withdrawing = Map.of(StreamsConfig.APPLICATION_ID_CONFIG, "newswire",
                DeadLetters.DEDUPE_PARTITIONS_CONFIG, "3");
        final byte[] withdrawal = Dedupe.withdrawals("newswire", 1, "gas-leak", 1_700_000_000_000L).get(0).value();
        final SimpleMeterRegistry registry = new SimpleMeterRegistry();
        final Map<String, Object> counted = new HashMap<>(withdrawing);
        counted.put(FlowCounters.PROPERTY, new FlowCounters(registry));

        // When its send fails for good, the index throws on it, or it cannot be read (cut short)
        final DeadLetters.OnProduction production = configured(new DeadLetters.OnProduction(), counted);
        final var sent = production.handleError(context(BANDS, "gas-leak@0:1", utf8("a group")),
                new ProducerRecord<>(BANDS, 2, 1_700_000_000_000L, utf8("gas-leak"), withdrawal),
                new org.apache.kafka.common.errors.InvalidTopicException("no such partition"));
        final DeadLetters.OnProcessing processing = configured(new DeadLetters.OnProcessing(), counted);
        final var applied = processing.handleError(
                context(BANDS, "gas-leak", withdrawal, Dedupe.INDEX_PROCESSOR),
                new Record<>("gas-leak", "the withdrawal", 0L), new IllegalStateException("a store closed"));
        final byte[] cut = java.util.Arrays.copyOf(withdrawal, withdrawal.length - 3);
        final DeadLetters.OnDeserialization deserialization = configured(new DeadLetters.OnDeserialization(),
                counted);
        final Response read = deserialization.handleError(context(BANDS, "gas-leak", cut),
                record(BANDS, "gas-leak", cut), new SerializationException("a Withdrawal head cut short"));

        // Then each is resumed with no dead letter and no withdrawal of its own, and nothing is counted
        assertThat(sent.result()).isEqualTo(ProductionExceptionHandler.Result.RESUME);
        assertThat(sent.deadLetterQueueRecords()).isEmpty();
        assertThat(applied.result()).isEqualTo(ProcessingExceptionHandler.Result.RESUME);
        assertThat(applied.deadLetterQueueRecords()).isEmpty();
        assertThat(read.result()).isEqualTo(Result.RESUME);
        assertThat(read.deadLetterQueueRecords()).isEmpty();
        assertThat(registry.find(FlowCounters.DEAD_LETTERS).counters()).isEmpty();
        assertThat(registry.get(FlowCounters.ARTICLES).tag("outcome", "dead_letter").counter().count()).isZero();
    }

    @Test
    void shouldWithdrawAnArticleOnlyWhenItFailedBeforeItsRelease() {
        // Given a verdict of article "port-strike" in process, and the handler of a 2-partition index
        final String verdicts = "newswire-dedupe-verdicts-repartition";
        final byte[] frame = DedupeFrames.bandGroup("port-strike", "port-strike@5:1200", 0, 1, List.of("0:ab"), null);
        final DeadLetters.OnProcessing processing = configured(new DeadLetters.OnProcessing(),
                Map.of(StreamsConfig.APPLICATION_ID_CONFIG, "newswire", DeadLetters.DEDUPE_PARTITIONS_CONFIG, "2"));

        // When the collector throws on it, the article is withdrawn: it is never released
        assertThat(processing.handleError(context(verdicts, "port-strike@5:1200", frame, NewswireTopology.DEDUPE),
                new Record<>("port-strike@5:1200", "the verdict", 0L), new IllegalStateException("a bug"))
                .deadLetterQueueRecords()).extracting(ProducerRecord::topic).containsExactly("news.dlq", BANDS, BANDS);

        // And when a stage after the release throws, it is not: its claims and reports went on, and are counted
        assertThat(processing.handleError(context(verdicts, "port-strike@5:1200", frame, NewswireTopology.CLAIMS),
                new Record<>("port-strike", "the event", 0L), new IllegalStateException("a bug"))
                .deadLetterQueueRecords()).extracting(ProducerRecord::topic).containsExactly("news.dlq");
    }

    @Test
    void shouldWarnOnceAnApplicationWhoseHandlersCannotWithdrawForLackOfTheIndexPartitions() {
        // Given the handlers of an application whose settings lack the index's partitions
        final Logger logger = (Logger) LoggerFactory.getLogger(DeadLetters.class);
        final ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        try {
            // When each of the three is configured, and a handler of an application that has them
            final Map<String, String> unpartitioned = Map.of(StreamsConfig.APPLICATION_ID_CONFIG, "unpartitioned-app");
            configured(new DeadLetters.OnDeserialization(), unpartitioned);
            configured(new DeadLetters.OnProcessing(), unpartitioned);
            configured(new DeadLetters.OnProduction(), unpartitioned);
            configured(new DeadLetters.OnProduction(), Map.of(StreamsConfig.APPLICATION_ID_CONFIG, "partitioned-app",
                    DeadLetters.DEDUPE_PARTITIONS_CONFIG, "2"));

            // Then one WARN line says that nothing will be withdrawn, for the first application only
            assertThat(lines.list).singleElement().satisfies(line -> {
                assertThat(line.getLevel()).isEqualTo(Level.WARN);
                assertThat(line.getFormattedMessage()).contains(DeadLetters.DEDUPE_PARTITIONS_CONFIG,
                        "unpartitioned-app", "not withdrawn");
            });
        } finally {
            logger.detachAppender(lines);
        }
    }

    @Test
    void shouldNameTheInputOfADedupeDeadLetterThatPointsAtItOnly() {
        // A dead letter of the dedupe's stages that points at its article's input: one of maybe several for it
        assertThat(DeadLetters.dedupeInput(NewswireTopology.DEDUPE, "strike", "news.raw", "0", "4", "news.raw"))
                .isEqualTo("strike@0:4");
        assertThat(DeadLetters.dedupeInput(Dedupe.INDEX_PROCESSOR, "strike", "news.raw", "0", "4", "news.raw"))
                .isEqualTo("strike@0:4");
        // Any other is an outcome of its own: another stage, or an input not known (the internal record's topic)
        assertThat(DeadLetters.dedupeInput("parse", "strike", "news.raw", "0", "4", "news.raw")).isNull();
        assertThat(DeadLetters.dedupeInput(NewswireTopology.DEDUPE, "strike", BANDS, "1", "42", "news.raw")).isNull();
    }

    private static <T extends Configurable> T configured(final T handler, final Map<String, ?> more) {
        final Map<String, Object> settings = new HashMap<>(more);
        settings.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "news.dlq");
        settings.put(DeadLetters.INPUT_TOPIC_CONFIG, "news.raw");
        handler.configure(settings);
        return handler;
    }

    private static <T extends Configurable> T configured(final T handler) {
        handler.configure(Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "news.dlq",
                DeadLetters.INPUT_TOPIC_CONFIG, "news.raw"));
        return handler;
    }

    private static ConsumerRecord<byte[], byte[]> record(final String topic, final String key, final byte[] value) {
        return new ConsumerRecord<>(topic, 1, 42L, key == null ? null : utf8(key), value);
    }

    /** What Kafka Streams tells the handler: where the record was read, by which source, and its raw bytes. */
    private static ErrorHandlerContext context(final String topic, final String key, final byte[] value) {
        return context(topic, key, value, "source-of-" + topic);
    }

    private static ErrorHandlerContext context(final String topic, final String key, final byte[] value,
                                               final String processor) {
        return new ErrorHandlerContext() {
            @Override
            public String topic() {
                return topic;
            }

            @Override
            public int partition() {
                return 1;
            }

            @Override
            public long offset() {
                return 42L;
            }

            @Override
            public Headers headers() {
                return new RecordHeaders();
            }

            @Override
            public String processorNodeId() {
                return processor;
            }

            @Override
            public TaskId taskId() {
                return new TaskId(1, 1);
            }

            @Override
            public long timestamp() {
                return 1_700_000_000_000L;
            }

            @Override
            public byte[] sourceRawKey() {
                return key == null ? null : utf8(key);
            }

            @Override
            public byte[] sourceRawValue() {
                return value;
            }
        };
    }

    private static String header(final Headers headers, final String key) {
        return headers.lastHeader(key) == null ? null
                : new String(headers.lastHeader(key).value(), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(final String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
