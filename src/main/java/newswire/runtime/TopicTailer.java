package newswire.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import newswire.config.NewswireConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads topics as a downstream consumer would: committed transactions only, without joining any consumer group, so
 * tailing never moves anybody's offsets. Records are handed over as bytes; rendering is the caller's business.
 */
public final class TopicTailer implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);

    private final KafkaConsumer<byte[], byte[]> consumer;

    public TopicTailer(final NewswireConfig config, final List<String> topics, final boolean fromBeginning) {
        this.consumer = new KafkaConsumer<>(KafkaClients.properties(config, Map.of(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.GROUP_ID_CONFIG, "newswire-tail-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, fromBeginning ? "earliest" : "latest")),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(topics);
    }

    /**
     * Hands each record to {@code sink} until {@code maxRecords} were read, {@code idle} passed with no record, or
     * {@link #wakeup()} was called. Returns the number of records read.
     */
    public long run(final Consumer<ConsumerRecord<byte[], byte[]>> sink, final long maxRecords, final Duration idle) {
        long read = 0;
        long lastRecordAt = System.nanoTime();
        try {
            while (read < maxRecords && System.nanoTime() - lastRecordAt < idle.toNanos()) {
                for (final ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    sink.accept(record);
                    lastRecordAt = System.nanoTime();
                    if (++read >= maxRecords) {
                        break;
                    }
                }
            }
        } catch (final WakeupException e) {
            // asked to stop
        }
        return read;
    }

    /** Makes a running {@link #run} return; safe to call from any thread. */
    public void wakeup() {
        consumer.wakeup();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
