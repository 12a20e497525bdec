package newswire.topology;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import newswire.dedupe.Dedupe;
import newswire.dedupe.UnreadableEventException;
import newswire.dedupe.UnreadableRecords;
import newswire.ops.FlowCounters;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes every failure to the dead-letter topic instead of stopping the application, through Kafka Streams' own
 * exception handlers and its built-in dead-letter queue ({@code errors.dead.letter.queue.topic.name}, KIP-1034).
 *
 * <p>Records of {@code news.raw} are read as bytes and parsed by a processor, so parse errors are processing errors
 * too; a record of an internal topic that cannot be read is handled by {@link OnDeserialization}.
 * Kafka writes the original key and value bytes with the {@code __streams.errors.*} headers (exception class,
 * message, stack trace, source topic, partition and offset). Newswire adds the stage that failed and when: the stage of
 * a processing failure is the name of the processor that threw, so the topology's processor names are the stage names.
 */
public final class DeadLetters {

    public static final String STAGE_HEADER = "newswire.stage";
    public static final String FAILED_AT_HEADER = "newswire.failed.at";
    public static final String PRODUCE_STAGE = "produce";
    /**
     * The setting that names the topology's input topic, for the dead letters of failures after a repartition that
     * still know their article's input record ({@link UnreadableEventException}).
     */
    public static final String INPUT_TOPIC_CONFIG = "newswire.input.topic";
    /**
     * The setting that gives the dedupe index's partitions, to withdraw from each an article that failed between the
     * index and its release ({@link Dedupe#withdrawals}); without it nothing is withdrawn, which is logged. Set by
     * {@link StreamsProperties} from the partitions the topology is built with, over any value in the kafka settings.
     */
    public static final String DEDUPE_PARTITIONS_CONFIG = "newswire.dedupe.partitions";

    /** The header names Kafka Streams itself writes on a dead letter. */
    public static final String EXCEPTION_HEADER = "__streams.errors.exception";
    public static final String MESSAGE_HEADER = "__streams.errors.message";
    public static final String TOPIC_HEADER = "__streams.errors.topic";
    public static final String PARTITION_HEADER = "__streams.errors.partition";
    public static final String OFFSET_HEADER = "__streams.errors.offset";

    public static final String STACKTRACE_HEADER = "__streams.errors.stacktrace";
    /** Which output could not be written (produce stage only). */
    public static final String OUTPUT_TOPIC_HEADER = "newswire.output.topic";
    /** Present when the dead letter does not carry the input's bytes, saying why. */
    public static final String ORIGINAL_HEADER = "newswire.original";
    /** Present when the value was cut to fit: the original length in bytes, and its SHA-256 (hex). */
    public static final String TRUNCATED_HEADER = "newswire.truncated.from.bytes";
    public static final String SHA256_HEADER = "newswire.original.sha256";

    /** Framing of a record in a batch, with room to spare; see {@link #fitted}. */
    private static final int RECORD_OVERHEAD_BYTES = 512;

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);
    /** The applications already warned of a missing {@value #DEDUPE_PARTITIONS_CONFIG}: each handler reads it. */
    private static final Set<String> WARNED_UNPARTITIONED = ConcurrentHashMap.newKeySet();

    private DeadLetters() {
    }

    static List<ProducerRecord<byte[], byte[]>> stamped(final List<ProducerRecord<byte[], byte[]>> deadLetters,
                                                        final String stage) {
        final byte[] now = Instant.now().toString().getBytes(StandardCharsets.UTF_8);
        for (final ProducerRecord<byte[], byte[]> deadLetter : deadLetters) {
            deadLetter.headers().add(STAGE_HEADER, stage.getBytes(StandardCharsets.UTF_8));
            deadLetter.headers().add(FAILED_AT_HEADER, now);
        }
        return deadLetters;
    }

    private static List<ProducerRecord<byte[], byte[]>> counted(final List<ProducerRecord<byte[], byte[]>> deadLetters,
                                                                final String stage, final String inputTopic,
                                                                final FlowCounters counters) {
        deadLetters.forEach(deadLetter -> counters.deadLetter(stage,
                dedupeInput(name -> header(deadLetter.headers(), name), deadLetter.key(), inputTopic)));
        return deadLetters;
    }

    /**
     * {@link #dedupeInput(String, String, String, String, String, String) dedupeInput} of a dead letter read or
     * written, given its key and how to read its headers ({@code header}: the value of the header of that name, or
     * null or "?" if it has none).
     */
    public static String dedupeInput(final Function<String, String> header, final byte[] key,
                                     final String inputTopic) {
        return dedupeInput(header.apply(STAGE_HEADER), key == null ? null : new String(key, StandardCharsets.UTF_8),
                header.apply(TOPIC_HEADER), header.apply(PARTITION_HEADER), header.apply(OFFSET_HEADER), inputTopic);
    }

    /**
     * The input record a dead letter accounts for, when it may be one of several for one article: a dead letter of
     * the dedupe's stages ({@link NewswireTopology#DEDUPE_STAGES}), keyed by its article, whose topic header names the
     * input topic, as the article, its partition and its offset; null for any other, which is an outcome of its own.
     * An article crosses the dedupe as several records, and each that cannot be read is a dead letter pointing at the
     * same input: counted by this, they are one article. (The audit counts them so too.)
     */
    static String dedupeInput(final String stage, final String key, final String topic, final String partition,
                              final String offset, final String inputTopic) {
        return key == null || inputTopic == null || !NewswireTopology.DEDUPE_STAGES.contains(stage)
                || !inputTopic.equals(topic) ? null : key + "@" + partition + ":" + offset;
    }

    /**
     * Dead letters that fit in one producer request. A dead letter carries the input's bytes and a stack trace, so it
     * can be larger than anything the input topic held; one the producer refuses would be lost (and, under
     * exactly-once, would stall the application). A dead letter over {@code maxRecordBytes} loses its stack trace
     * first; if it is still too large, its value is cut to fit, and the headers give the original length and SHA-256,
     * while the topic, partition and offset headers say where the whole input still is.
     */
    static List<ProducerRecord<byte[], byte[]>> fitted(final List<ProducerRecord<byte[], byte[]>> deadLetters,
                                                       final int maxRecordBytes) {
        return deadLetters.stream().map(deadLetter -> fitted(deadLetter, maxRecordBytes)).toList();
    }

    private static ProducerRecord<byte[], byte[]> fitted(final ProducerRecord<byte[], byte[]> deadLetter,
                                                         final int maxRecordBytes) {
        if (size(deadLetter) <= maxRecordBytes) {
            return deadLetter;
        }
        final Headers headers = new RecordHeaders(deadLetter.headers().toArray());
        headers.remove(STACKTRACE_HEADER);
        final byte[] value = deadLetter.value();
        final ProducerRecord<byte[], byte[]> withoutTrace = new ProducerRecord<>(deadLetter.topic(),
                deadLetter.partition(), deadLetter.timestamp(), deadLetter.key(), value, headers);
        if (size(withoutTrace) <= maxRecordBytes || value == null) {
            return withoutTrace;
        }
        headers.add(TRUNCATED_HEADER, utf8(String.valueOf(value.length)));
        headers.add(SHA256_HEADER, utf8(sha256(value)));
        final int room = Math.max(0, maxRecordBytes - (size(withoutTrace) - value.length));
        LOG.error("The dead letter of {} bytes for {} is over {} bytes (max.request.size): its value is cut to {} bytes",
                value.length, deadLetter.topic(), maxRecordBytes, room);
        return new ProducerRecord<>(deadLetter.topic(), deadLetter.partition(), deadLetter.timestamp(),
                deadLetter.key(), java.util.Arrays.copyOf(value, room), headers);
    }

    private static int size(final ProducerRecord<byte[], byte[]> record) {
        int size = RECORD_OVERHEAD_BYTES + (record.key() == null ? 0 : record.key().length)
                + (record.value() == null ? 0 : record.value().length);
        for (final Header header : record.headers()) {
            size += header.key().length() + (header.value() == null ? 0 : header.value().length);
        }
        return size;
    }

    private static String sha256(final byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (final java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static byte[] utf8(final String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * One line per dead letter: the stage, the reason, and where the input was read. The stack trace travels in the
     * dead letter's headers, where whoever looks into it finds it; the log says that the record went there.
     */
    private static void log(final String stage, final ErrorHandlerContext context, final Exception exception,
                            final String more) {
        LOG.warn("Dead letter: stage {}, reason {}, from {}-{}@{}{}", stage,
                exception.getMessage() == null ? exception.getClass().getSimpleName()
                        : exception.getClass().getSimpleName() + ": " + exception.getMessage().lines().findFirst()
                        .orElse(""), context.topic(), context.partition(), context.offset(), more);
    }

    /**
     * A withdrawal ({@link Dedupe#withdrawals}) that could not be sent, read, or applied by the index: logged, with no
     * dead letter and no withdrawals of its own. It is no article; answered with more
     * withdrawals, a lasting failure would make more at each turn, as a failed dead letter answered with another could
     * loop. What it leaves: its article may still be filed in that index partition, as if it had not been sent.
     */
    private static void failedWithdrawal(final String stage, final ErrorHandlerContext context,
                                         final Exception exception) {
        LOG.error("A withdrawal from the dedupe's index failed in stage {} ({}-{}@{}): {}; no dead letter for it, "
                + "and its article may still be filed there", stage, context.topic(), context.partition(),
                context.offset(), exception.toString());
    }

    /** The line, naming the article a dead letter is filed under, if any. */
    private static void log(final String stage, final ErrorHandlerContext context, final Exception exception,
                            final UnreadableRecords.Article article) {
        log(stage, context, exception, article == null ? "" : ", article " + article.articleId());
    }

    /**
     * What the handlers read from the Streams configuration, and how they finish the dead letters of one failure.
     *
     * @param maxRecordBytes the most a dead letter may be ({@link #fitted})
     * @param counters       where each dead letter is counted
     * @param inputTopic     the topology's input topic, where an article that crossed the dedupe was read (null if
     *                       not set)
     * @param applicationId  the application's id, which names the dedupe's topics (null if not set)
     * @param dedupePartitions the dedupe index's partitions (0 if not set: nothing is withdrawn)
     */
    private record Settings(int maxRecordBytes, FlowCounters counters, String inputTopic, String applicationId,
                            int dedupePartitions) {

        static final Settings DEFAULTS = new Settings(Topics.maxRequestSize(Map.of()), FlowCounters.none(), null,
                null, 0);

        static Settings of(final Map<String, ?> configs) {
            final Object input = configs.get(INPUT_TOPIC_CONFIG);
            final Object applicationId = configs.get(StreamsConfig.APPLICATION_ID_CONFIG);
            final Object partitions = configs.get(DEDUPE_PARTITIONS_CONFIG);
            if (applicationId != null && partitions == null && WARNED_UNPARTITIONED.add(applicationId.toString())) {
                LOG.warn("{} is not set for application {}: an article dead-lettered in the dedupe before its release "
                        + "is not withdrawn from the index, and a later copy of its story may name it as its "
                        + "original (docs/resilience.md)", DEDUPE_PARTITIONS_CONFIG, applicationId);
            }
            return new Settings(Topics.maxRequestSize(configs), FlowCounters.in(configs),
                    input == null ? null : input.toString(), applicationId == null ? null : applicationId.toString(),
                    partitions == null ? 0 : Integer.parseInt(partitions.toString()));
        }

        /**
         * The dead letters of a failure in the dedupe before the article's release, followed by the records that
         * withdraw the article from the index ({@link Dedupe#withdrawals}; none if {@code article} is null or the
         * settings lack the application or the partitions), sent in the same transaction: a later copy then names no
         * original that never reached the events topic.
         */
        List<ProducerRecord<byte[], byte[]>> withWithdrawal(final List<ProducerRecord<byte[], byte[]>> deadLetters,
                                                            final UnreadableRecords.Article article, final long time) {
            if (article == null || article.articleId() == null || applicationId == null || dedupePartitions == 0) {
                return deadLetters;
            }
            LOG.info("Withdrawing article {} from the dedupe's index: it will not be released", article.articleId());
            final List<ProducerRecord<byte[], byte[]>> sent = new ArrayList<>(deadLetters);
            sent.addAll(Dedupe.withdrawals(applicationId, dedupePartitions, article.articleId(), time));
            return sent;
        }

        /**
         * The dead letters Kafka built, as they are sent: filed under {@code article} if there is one
         * ({@link #ofArticle}), stamped with {@code stage}, fitted to one request, and counted.
         */
        List<ProducerRecord<byte[], byte[]>> finished(final List<ProducerRecord<byte[], byte[]>> deadLetters,
                                                      final UnreadableRecords.Article article, final String stage) {
            final List<ProducerRecord<byte[], byte[]>> filed = article == null ? deadLetters
                    : deadLetters.stream().map(deadLetter -> ofArticle(deadLetter, inputTopic, article)).toList();
            return counted(fitted(stamped(filed, stage), maxRecordBytes), stage, inputTopic, counters);
        }
    }

    /**
     * The article whose record of the dedupe's repartition topics failed, read from {@code topic}, or null if the
     * record was read from another topic or nothing names an article. Those records are keyed by the delivery and
     * hold a dedupe frame, out of contract: whether the frame could not be read ({@link OnDeserialization}) or a
     * processor reading it threw ({@link OnProcessing}), the dead letter is filed under the article instead, so an
     * audit pairs it with the article's input. The exception names it when it is an {@link UnreadableEventException};
     * else the record's key and bytes ({@link UnreadableRecords#articleOf}).
     */
    private static UnreadableRecords.Article articleOf(final String topic, final Exception exception, final byte[] key,
                                                       final byte[] value) {
        if (!Dedupe.isDedupeTopic(topic)) {
            return null;
        }
        final UnreadableRecords.Article article = exception instanceof UnreadableEventException unreadable
                ? unreadable.article() : UnreadableRecords.articleOf(key, value);
        return article.articleId() == null ? null : article;
    }

    /**
     * An exception thrown by one of the topology's processors: validation, cleaning, extraction, enrichment. Kafka's
     * handler builds the dead letter; its log line (a stack trace at WARN for every record) is turned off in
     * logback.xml, and this one logs a line of its own. A processor that threw on a record of the dedupe's repartition
     * topics files it under the article ({@link #articleOf}).
     */
    public static final class OnProcessing extends LogAndContinueProcessingExceptionHandler {

        private Settings settings = Settings.DEFAULTS;

        @Override
        public void configure(final Map<String, ?> configs) {
            super.configure(configs);
            settings = Settings.of(configs);
        }

        @Override
        public Response handleError(final ErrorHandlerContext context, final Record<?, ?> record,
                                    final Exception exception) {
            final String stage = context.processorNodeId();
            if (Dedupe.isWithdrawal(context.topic(), context.sourceRawValue())) {
                failedWithdrawal(stage, context, exception);
                return Response.resume();
            }
            final Response response = super.handleError(context, record, exception);
            final UnreadableRecords.Article article = articleOf(context.topic(), exception, context.sourceRawKey(),
                    context.sourceRawValue());
            log(stage, context, exception, article);
            final List<ProducerRecord<byte[], byte[]>> deadLetters = settings.finished(
                    response.deadLetterQueueRecords(), article, stage);
            // After the collector the article is released: its claims and reports go out whatever a later stage does.
            return Response.resume(NewswireTopology.BEFORE_RELEASE_STAGES.contains(stage)
                    ? settings.withWithdrawal(deadLetters, article, context.timestamp()) : deadLetters);
        }
    }

    /**
     * The dead letter of an article that had crossed the dedupe's repartition topics, built by Kafka from an internal
     * record (keyed by the delivery, its value a dedupe frame). It is filed under the article's id instead, so an audit
     * pairs it with the article's input, and its topic, partition and offset headers are the input record's, where its
     * bytes still are, when the dedupe knew them; {@value #ORIGINAL_HEADER} names the internal record that failed.
     * Its value is then none (the article's bytes are on the input topic); when the input is not known, it keeps the
     * internal record's bytes, the only copy left once the repartition topic is purged.
     */
    private static ProducerRecord<byte[], byte[]> ofArticle(final ProducerRecord<byte[], byte[]> deadLetter,
                                                            final String inputTopic,
                                                            final UnreadableRecords.Article article) {
        final Headers headers = new RecordHeaders(deadLetter.headers().toArray());
        final boolean inputKnown = inputTopic != null && article.inputKnown();
        final String internal = header(headers, TOPIC_HEADER) + "-" + header(headers, PARTITION_HEADER) + "@"
                + header(headers, OFFSET_HEADER);
        if (inputKnown) {
            headers.remove(TOPIC_HEADER).remove(PARTITION_HEADER).remove(OFFSET_HEADER);
            headers.add(TOPIC_HEADER, utf8(inputTopic));
            headers.add(PARTITION_HEADER, utf8(String.valueOf(article.inputPartition())));
            headers.add(OFFSET_HEADER, utf8(String.valueOf(article.inputOffset())));
        }
        headers.add(ORIGINAL_HEADER, utf8(inputKnown
                ? "unavailable: the article had crossed the dedupe's repartition topics; its input is at the topic, "
                        + "partition and offset of the other headers; the internal record that failed is " + internal
                : "unavailable: the article had crossed the dedupe's repartition topics and its input's partition "
                        + "and offset were not known; the value is the bytes of the internal record that failed, "
                        + internal));
        return new ProducerRecord<>(deadLetter.topic(), deadLetter.partition(), deadLetter.timestamp(),
                utf8(article.articleId()), inputKnown ? null : deadLetter.value(), headers);
    }

    private static String header(final Headers headers, final String key) {
        final Header header = headers.lastHeader(key);
        return header == null || header.value() == null ? "?" : new String(header.value(), StandardCharsets.UTF_8);
    }

    /**
     * A record that cannot be read from its topic. Newswire reads {@code news.raw} as bytes and parses them in the
     * {@code parse} stage, so this is a record of an internal topic: in practice a band group or verdict of the dedupe
     * that its serde refuses, because an upgrade was not drained (an earlier release's JSON head) or its bytes are cut
     * short or corrupt. Without this handler the stream thread would die on it, and every thread that replaced it would
     * meet it again. It becomes a dead letter of stage {@value NewswireTopology#DEDUPE}, filed under the article its
     * key or head names and pointing at that article's input record ({@link #articleOf}), and the application goes
     * on. A record of any other topic that cannot be read is a dead letter as Kafka builds it, its stage the name of
     * the source that read it.
     */
    public static final class OnDeserialization extends LogAndContinueExceptionHandler {

        private Settings settings = Settings.DEFAULTS;

        @Override
        public void configure(final Map<String, ?> configs) {
            super.configure(configs);
            settings = Settings.of(configs);
        }

        @Override
        public Response handleError(final ErrorHandlerContext context, final ConsumerRecord<byte[], byte[]> record,
                                    final Exception exception) {
            final String stage = Dedupe.isDedupeTopic(record.topic()) ? NewswireTopology.DEDUPE
                    : context.processorNodeId();
            if (Dedupe.isWithdrawal(record.topic(), record.value())) {
                failedWithdrawal(stage, context, exception);
                return Response.resume();
            }
            final Response response = super.handleError(context, record, exception);
            final UnreadableRecords.Article article = articleOf(record.topic(), exception, record.key(),
                    record.value());
            log(stage, context, exception, article);
            return Response.resume(settings.withWithdrawal(
                    settings.finished(response.deadLetterQueueRecords(), article, stage), article, record.timestamp()));
        }
    }

    /**
     * A result the producer cannot write or serialize (too large for the broker, say). Retriable errors are retried, as
     * Kafka's default handler does; the rest send the input record that produced it to the dead-letter topic.
     */
    public static final class OnProduction implements ProductionExceptionHandler {

        private String deadLetterTopic;
        private Settings settings = Settings.DEFAULTS;
        private final java.util.concurrent.atomic.AtomicReference<String> lastDeadLettered =
                new java.util.concurrent.atomic.AtomicReference<>();

        @Override
        public void configure(final Map<String, ?> configs) {
            final Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
            deadLetterTopic = topic == null ? null : topic.toString();
            settings = Settings.of(configs);
        }

        /**
         * A send the producer or broker refused. This runs on the producer's callback, after the input's raw bytes were
         * released and possibly while another input is being processed, so the context's raw key and value are trusted
         * only when the key is that of the refused record. Under exactly-once the transaction is lost anyway (the
         * input is processed again), which is why {@link newswire.serde.SizeLimitedSerde} refuses oversized results before sending.
         */
        @Override
        public Response handleError(final ErrorHandlerContext context, final ProducerRecord<byte[], byte[]> record,
                                    final Exception exception) {
            if (exception instanceof RetriableException) {
                return Response.retry();
            }
            if (record.topic().equals(deadLetterTopic)) {
                // Never answer a failed dead letter with another one: that could loop.
                LOG.error("Cannot write a dead letter for {}-{}@{} to {}: {}", context.topic(), context.partition(),
                        context.offset(), deadLetterTopic, exception.toString());
                return Response.resume();
            }
            if (Dedupe.isWithdrawal(record.topic(), record.value())) {
                failedWithdrawal(PRODUCE_STAGE, context, exception);
                return Response.resume();
            }
            final boolean sameInput = context.sourceRawKey() != null
                    && java.util.Arrays.equals(context.sourceRawKey(), record.key());
            return deadLetter(context, record, exception, sameInput);
        }

        /** A result that cannot be serialized, or is too large to send: on the stream thread, with the input at hand. */
        @Override
        public Response handleSerializationError(final ErrorHandlerContext context, final ProducerRecord record,
                                                 final Exception exception,
                                                 final SerializationExceptionOrigin origin) {
            return deadLetter(context, record, exception, true);
        }

        private Response deadLetter(final ErrorHandlerContext context, final ProducerRecord<?, ?> failed,
                                    final Exception exception, final boolean contextIsTheInput) {
            final String outputTopic = failed.topic();
            log(PRODUCE_STAGE, context, exception, ", its result refused by " + outputTopic);
            if (deadLetterTopic == null) {
                return Response.resume();
            }
            // An input whose event is too large usually has a clean article too large as well: one dead letter is
            // enough. Only a second output of the same pass is skipped: when the input is processed again (after an
            // aborted transaction took its first dead letter with it), its first refused output is dead-lettered anew.
            final String input = context.topic() + "-" + context.partition() + "@" + context.offset() + " ";
            final String previous = lastDeadLettered.get();
            if (contextIsTheInput && previous != null && previous.startsWith(input)
                    && !previous.equals(input + outputTopic)) {
                return Response.resume();
            }
            lastDeadLettered.set(input + outputTopic);
            final boolean rawAtHand = contextIsTheInput && context.sourceRawValue() != null;
            // Without the input's bytes (Kafka Streams released them) the dead letter still names the article: the key
            // of the refused result is the article id for events and clean articles.
            final byte[] key = rawAtHand || (contextIsTheInput && context.sourceRawKey() != null)
                    ? context.sourceRawKey() : keyBytes(failed.key());
            final ProducerRecord<byte[], byte[]> deadLetter = new ProducerRecord<>(deadLetterTopic, null,
                    context.timestamp(), key, rawAtHand ? context.sourceRawValue() : null);
            deadLetter.headers().add(OUTPUT_TOPIC_HEADER, utf8(outputTopic));
            if (!rawAtHand) {
                deadLetter.headers().add(ORIGINAL_HEADER, utf8(contextIsTheInput
                        ? "unavailable: Kafka Streams had released the input's bytes; read them at the topic, "
                                + "partition and offset of the other headers"
                        : "unavailable: the send failed after Kafka Streams had moved on; the key is the refused "
                                + "result's, and the topic, partition and offset headers are those of the record in "
                                + "process when the failure was reported, not necessarily this input's"));
            }
            deadLetter.headers().add(EXCEPTION_HEADER, utf8(exception.getClass().getName()));
            deadLetter.headers().add(MESSAGE_HEADER, utf8(String.valueOf(exception.getMessage())));
            deadLetter.headers().add(TOPIC_HEADER, utf8(String.valueOf(context.topic())));
            deadLetter.headers().add(PARTITION_HEADER, utf8(String.valueOf(context.partition())));
            deadLetter.headers().add(OFFSET_HEADER, utf8(String.valueOf(context.offset())));
            final List<ProducerRecord<byte[], byte[]>> deadLetters = settings.finished(List.of(deadLetter), null,
                    PRODUCE_STAGE);
            // A verdict the topic refused: the index has filed the article. (A band group refused is one whose event is
            // too large, sent alone: the article was filed nowhere.)
            return Response.resume(Dedupe.isVerdictsTopic(outputTopic) ? settings.withWithdrawal(deadLetters,
                    UnreadableRecords.articleOf(keyBytes(failed.key()), null),
                    failed.timestamp() == null ? context.timestamp() : failed.timestamp()) : deadLetters);
        }

        private static byte[] keyBytes(final Object key) {
            if (key instanceof byte[] bytes) {
                return bytes;
            }
            return key == null ? null : utf8(key.toString());
        }
    }
}
