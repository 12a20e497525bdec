package newswire.bench;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends slices of the corpus to the input topic, as fast as the producer goes or on a fixed schedule (an open
 * load: article {@code i} of a slice is due at {@code start + i / rate}, whether or not the earlier ones have come
 * out). Settings match {@code newswire publish} (idempotent, acks=all); {@code producer.}-prefixed bench settings
 * apply on top. Leaves the record timestamp to the producer, which stamps it at {@code send}: the latency clock
 * starts there.
 */
final class LoadProducer implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final String topic;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    LoadProducer(final String bootstrapServers, final Map<String, String> settings, final String topic) {
        final Properties properties = new Properties();
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.putAll(ClientSettings.prefixed(settings, "producer."));
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, "newswire-bench-producer");
        this.producer = new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer());
        this.topic = topic;
    }

    /** Sends the slice's articles in order, then flushes. */
    void send(final Corpus.Slice slice, final double rate) {
        final long start = System.nanoTime();
        for (int i = 0; i < slice.size(); i++) {
            if (rate > 0) {
                final long due = start + (long) (i * 1e9 / rate);
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
            producer.send(new ProducerRecord<>(topic, slice.key(i), slice.value(i)), (metadata, exception) -> {
                if (exception != null) {
                    failure.compareAndSet(null, exception);
                }
            });
            sent.incrementAndGet();
            checkHealthy();
        }
        producer.flush();
        checkHealthy();
    }

    long sent() {
        return sent.get();
    }

    private void checkHealthy() {
        final Exception exception = failure.get();
        if (exception != null) {
            throw new IllegalStateException("the bench producer failed: " + exception.getMessage(), exception);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
