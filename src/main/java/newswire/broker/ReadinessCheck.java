package newswire.broker;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Proves a broker usable the way Kafka's own test harness does ({@code verifyClusterReadiness}): create a topic,
 * produce a record, read it back in a consumer group and commit (which loads the group coordinator), then delete the
 * group and the topic. An open port or an unfenced broker is not enough.
 */
final class ReadinessCheck {

    private static final Logger LOG = LoggerFactory.getLogger(ReadinessCheck.class);
    private static final Duration POLL = Duration.ofMillis(100);

    private ReadinessCheck() {
    }

    static void verify(final Map<String, Object> adminConfig, final Duration timeout) {
        final long deadline = System.nanoTime() + timeout.toNanos();
        final String name = "newswire-readiness-" + Uuid.randomUuid();
        final String value = "ready-" + System.nanoTime();
        final long begin = System.nanoTime();
        try (Admin admin = Admin.create(adminConfig)) {
            await(admin.createTopics(List.of(new NewTopic(name, 1, (short) 1))).all(), deadline, "create topic " + name);
            final long created = System.nanoTime();
            final long produced;
            final long consumed;
            try {
                produce(adminConfig, name, value, deadline);
                produced = System.nanoTime();
                consume(adminConfig, name, value, deadline);
                consumed = System.nanoTime();
            } finally {
                cleanUp(admin, name, deadline);
            }
            LOG.debug("Readiness round trip: create topic {} ms, produce {} ms, consume in a group and commit {} ms,"
                    + " clean up {} ms", millis(created - begin), millis(produced - created), millis(consumed - produced),
                    millis(System.nanoTime() - consumed));
        }
    }

    private static void produce(final Map<String, Object> base, final String topic, final String value,
            final long deadline) {
        final Map<String, Object> config = new HashMap<>(base);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            await(producer.send(new ProducerRecord<>(topic, "readiness", value)), deadline, "produce to " + topic);
        }
    }

    private static void consume(final Map<String, Object> base, final String group, final String value,
            final long deadline) {
        final Map<String, Object> config = new HashMap<>(base);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(group));
            while (System.nanoTime() < deadline) {
                for (final ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    if (value.equals(record.value())) {
                        consumer.commitSync(remaining(deadline));
                        return;
                    }
                }
            }
        }
        throw new IllegalStateException("embedded broker not ready: the readiness record was not consumed in time");
    }

    /** Best effort: a leftover readiness topic or group is harmless, so failures here are only logged. */
    private static void cleanUp(final Admin admin, final String name, final long deadline) {
        try {
            await(admin.deleteConsumerGroups(List.of(name)).all(), deadline, "delete group " + name);
        } catch (final RuntimeException e) {
            LOG.warn("Could not delete the readiness consumer group {}", name, e);
        }
        try {
            await(admin.deleteTopics(List.of(name)).all(), deadline, "delete topic " + name);
        } catch (final RuntimeException e) {
            LOG.warn("Could not delete the readiness topic {}", name, e);
        }
    }

    private static <T> T await(final Future<T> future, final long deadline, final String what) {
        try {
            return future.get(remaining(deadline).toNanos(), TimeUnit.NANOSECONDS);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + what, e);
        } catch (final ExecutionException e) {
            throw new IllegalStateException("embedded broker not ready: cannot " + what, e.getCause());
        } catch (final TimeoutException e) {
            throw new IllegalStateException("embedded broker not ready: timed out trying to " + what, e);
        }
    }

    private static long millis(final long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    private static Duration remaining(final long deadline) {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }
}
