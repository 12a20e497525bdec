package newswire.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads the output topics as a downstream consumer would (read_committed, so a Streams result counts only once its
 * transaction has committed) and times each record from its producer timestamp, which Kafka Streams carries over from
 * the input record to the outputs, to its arrival here. Assigned to every partition, with no consumer group, so there
 * is no rebalance to wait for.
 */
final class OutputReader implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final String deadLetterTopic;
    private final LatencyRecorder latencies;
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong deadLetters = new AtomicLong();
    private final AtomicLong lastArrivalMillis = new AtomicLong();
    private final Thread thread;
    private volatile RuntimeException failure;

    OutputReader(final String bootstrapServers, final Map<String, String> settings, final List<String> topics,
                 final String deadLetterTopic, final LatencyRecorder latencies) {
        final Properties properties = new Properties();
        properties.putAll(ClientSettings.prefixed(settings, "consumer."));
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "newswire-bench-reader");
        this.consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.deadLetterTopic = deadLetterTopic;
        this.latencies = latencies;
        final List<TopicPartition> partitions = new ArrayList<>();
        for (final String topic : topics) {
            for (final PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        this.thread = new Thread(this::run, "newswire-bench-reader");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                final var records = consumer.poll(POLL);
                final long now = System.currentTimeMillis();
                for (final ConsumerRecord<byte[], byte[]> record : records) {
                    latencies.record(now - record.timestamp());
                    if (record.topic().equals(deadLetterTopic)) {
                        deadLetters.incrementAndGet();
                    }
                }
                if (!records.isEmpty()) {
                    lastArrivalMillis.set(now);
                    received.addAndGet(records.count());
                }
            }
        } catch (final WakeupException e) {
            // closing
        } catch (final RuntimeException e) {
            failure = e;
        }
    }

    /** Output records read so far: one per article (an event, or a dead letter), or the input itself for the broker. */
    long received() {
        checkHealthy();
        return received.get();
    }

    long deadLetters() {
        return deadLetters.get();
    }

    /** Wall-clock time of the last poll that returned records. */
    long lastArrivalMillis() {
        return lastArrivalMillis.get();
    }

    private void checkHealthy() {
        if (failure != null) {
            throw new IllegalStateException("the bench consumer failed: " + failure.getMessage(), failure);
        }
    }

    @Override
    public void close() {
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        consumer.close(Duration.ofSeconds(5));
    }
}
