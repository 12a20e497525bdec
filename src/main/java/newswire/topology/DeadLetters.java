package newswire.topology;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes every failure to the dead-letter topic instead of stopping the application, through Kafka Streams' own
 * exception handlers and its built-in dead-letter queue ({@code errors.dead.letter.queue.topic.name}, KIP-1034).
 *
 * <p>Records are read as bytes and parsed by a processor, so parse errors are processing errors too.
 * Kafka writes the original key and value bytes with the {@code __streams.errors.*} headers (exception class,
 * message, stack trace, source topic, partition and offset). Newswire adds the stage that failed and when: the stage of
 * a processing failure is the name of the processor that threw, so the topology's processor names are the stage names.
 */
public final class DeadLetters {

    public static final String STAGE_HEADER = "newswire.stage";
    public static final String FAILED_AT_HEADER = "newswire.failed.at";
    public static final String PRODUCE_STAGE = "produce";

    /** The header names Kafka Streams itself writes on a dead letter. */
    public static final String EXCEPTION_HEADER = "__streams.errors.exception";
    public static final String MESSAGE_HEADER = "__streams.errors.message";
    public static final String TOPIC_HEADER = "__streams.errors.topic";
    public static final String PARTITION_HEADER = "__streams.errors.partition";
    public static final String OFFSET_HEADER = "__streams.errors.offset";

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

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

    /** An exception thrown by one of the topology's processors: validation, cleaning, extraction, enrichment. */
    public static final class OnProcessing extends LogAndContinueProcessingExceptionHandler {
        @Override
        public Response handleError(final ErrorHandlerContext context, final Record<?, ?> record,
                                    final Exception exception) {
            final Response response = super.handleError(context, record, exception);
            stamped(response.deadLetterQueueRecords(), context.processorNodeId());
            return response;
        }
    }

    /**
     * A result the producer cannot write or serialize (too large for the broker, say). Retriable errors are retried, as
     * Kafka's default handler does; the rest send the input record that produced it to the dead-letter topic.
     */
    public static final class OnProduction implements ProductionExceptionHandler {

        private String deadLetterTopic;

        @Override
        public void configure(final java.util.Map<String, ?> configs) {
            final Object topic = configs.get(org.apache.kafka.streams.StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
            deadLetterTopic = topic == null ? null : topic.toString();
        }

        @Override
        public Response handleError(final ErrorHandlerContext context, final ProducerRecord<byte[], byte[]> record,
                                    final Exception exception) {
            if (exception instanceof RetriableException) {
                return Response.retry();
            }
            return deadLetter(context, record.topic(), exception);
        }

        @Override
        public Response handleSerializationError(final ErrorHandlerContext context, final ProducerRecord record,
                                                 final Exception exception,
                                                 final SerializationExceptionOrigin origin) {
            return deadLetter(context, record.topic(), exception);
        }

        private Response deadLetter(final ErrorHandlerContext context, final String outputTopic,
                                    final Exception exception) {
            LOG.warn("Cannot write to {} the result of {}-{}@{}; sending the input to the dead-letter topic: {}",
                    outputTopic, context.topic(), context.partition(), context.offset(), exception.toString());
            if (deadLetterTopic == null) {
                return Response.resume();
            }
            final ProducerRecord<byte[], byte[]> deadLetter = new ProducerRecord<>(deadLetterTopic, null,
                    context.timestamp(), context.sourceRawKey(), context.sourceRawValue());
            deadLetter.headers().add(EXCEPTION_HEADER, utf8(exception.getClass().getName()));
            deadLetter.headers().add(MESSAGE_HEADER, utf8(String.valueOf(exception.getMessage())));
            deadLetter.headers().add(TOPIC_HEADER, utf8(context.topic()));
            deadLetter.headers().add(PARTITION_HEADER, utf8(String.valueOf(context.partition())));
            deadLetter.headers().add(OFFSET_HEADER, utf8(String.valueOf(context.offset())));
            return Response.resume(stamped(List.of(deadLetter), PRODUCE_STAGE));
        }

        private static byte[] utf8(final String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }
}
