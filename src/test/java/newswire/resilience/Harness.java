package newswire.resilience;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import newswire.config.NewswireConfig;
import newswire.model.RawArticle;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import newswire.serde.JsonSerde;

/** What the resilience integration tests share: unique topics per run, articles, a read_committed reader, deadlines. */
final class Harness {

    private static final JsonSerde<RawArticle> JSON = new JsonSerde<>(RawArticle.class);

    private Harness() {
    }

    /** A unique run name, so that each test has topics and an application id of its own on a shared broker. */
    static String runName() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** The settings of one run: its own topics and application id, short commits, a state directory. */
    static Map<String, String> settings(final String bootstrap, final String run, final Path stateDir,
                                        final int partitions) {
        final Map<String, String> settings = new HashMap<>();
        settings.put(NewswireConfig.BOOTSTRAP_SERVERS, bootstrap);
        settings.put("application.id", "newswire-res-" + run);
        settings.put("state.dir", stateDir.toString());
        settings.put("commit.interval.ms", "100");
        settings.put(NewswireConfig.PARTITIONS, String.valueOf(partitions));
        settings.put("newswire.topic.raw", "raw-" + run);
        settings.put("newswire.topic.clean", "clean-" + run);
        settings.put("newswire.topic.events", "events-" + run);
        settings.put("newswire.topic.claims", "claims-" + run);
        settings.put("newswire.topic.estimates", "estimates-" + run);
        settings.put("newswire.topic.dlq", "dlq-" + run);
        return settings;
    }

    static NewswireConfig config(final Map<String, String> settings) {
        return NewswireConfig.defaults().with(settings);
    }

    /** The same settings as environment variables, the way {@code newswire run} reads them in a child process. */
    static Map<String, String> environment(final Map<String, String> settings) {
        final Map<String, String> environment = new HashMap<>();
        settings.forEach((key, value) -> {
            final String variable = key.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
            environment.put(key.startsWith("newswire.") ? variable : "KAFKA_" + variable, value);
        });
        return environment;
    }

    /** A small article: the content does not matter to these tests, only that each one has an event. */
    static RawArticle article(final String id) {
        return new RawArticle(id, id + ".txt", RawArticle.TEXT_PLAIN,
                "Article " + id + ".\n\nSome 1,500 troops were reported.", "2024-10-21T10:00:00Z",
                null, null, null, null);
    }

    static String id(final String run, final int n) {
        return run + "-" + n;
    }

    static byte[] json(final RawArticle article) {
        return JSON.serialize("raw", article);
    }

    /** An idempotent producer of raw articles. */
    static KafkaProducer<String, byte[]> producer(final String bootstrap) {
        final Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        // Sends keep being retried while a broker restarts
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "120000");
        return new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer());
    }

    static void send(final KafkaProducer<String, byte[]> producer, final String topic, final RawArticle article) {
        producer.send(new ProducerRecord<>(topic, article.id(), json(article)), (metadata, exception) -> {
            if (exception != null) {
                throw new IllegalStateException("cannot publish " + article.id(), exception);
            }
        });
    }

    /**
     * Reads topics from the beginning as a downstream consumer does: committed transactions only. It assigns itself
     * every partition rather than joining a consumer group: a group that has committed nothing starts again from the
     * beginning after each rebalance, and a broker restart causes one (the consumer sees the partitions' metadata
     * change), so a group reader would read every record it had read before the restart a second time and count
     * duplicates that are not on the topic. Topics that do not exist yet are assigned once they appear.
     */
    static final class Reader implements AutoCloseable {

        private static final Duration POLL = Duration.ofMillis(200);

        private final KafkaConsumer<byte[], byte[]> consumer;
        private final List<String> topics;
        private final Set<String> assignedTopics = new HashSet<>();
        private final List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();

        Reader(final String bootstrap, final String... topics) {
            final Properties properties = new Properties();
            properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            // The position only ever moves forward from the beginning: any reset would misreport the topic, so fail.
            properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none");
            consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
            this.topics = List.of(topics);
            assignNewTopics();
        }

        /** Polls until {@code done} says so over everything read so far, or the deadline passes. */
        List<ConsumerRecord<byte[], byte[]>> readUntil(final java.util.function.Predicate<List<ConsumerRecord<byte[], byte[]>>> done,
                                                       final Duration deadline) {
            final long end = System.nanoTime() + deadline.toNanos();
            while (!done.test(records) && System.nanoTime() < end) {
                poll();
            }
            return records;
        }

        /** Polls for {@code quiet} more, to catch anything that would arrive late (a duplicate, say). */
        List<ConsumerRecord<byte[], byte[]>> drain(final Duration quiet) {
            final long end = System.nanoTime() + quiet.toNanos();
            while (System.nanoTime() < end) {
                poll();
            }
            return records;
        }

        private void poll() {
            assignNewTopics();
            if (consumer.assignment().isEmpty()) {
                // None of the topics exists yet (the application under test creates them): wait as a poll would.
                LockSupport.parkNanos(POLL.toNanos());
                return;
            }
            consumer.poll(POLL).forEach(records::add);
        }

        private void assignNewTopics() {
            if (assignedTopics.size() == topics.size()) {
                return;
            }
            final Map<String, List<PartitionInfo>> existing = consumer.listTopics(Duration.ofSeconds(10));
            final List<TopicPartition> added = new ArrayList<>();
            for (final String topic : topics) {
                if (!assignedTopics.contains(topic) && existing.containsKey(topic)) {
                    assignedTopics.add(topic);
                    existing.get(topic).forEach(info -> added.add(new TopicPartition(topic, info.partition())));
                }
            }
            if (!added.isEmpty()) {
                final Set<TopicPartition> all = new HashSet<>(consumer.assignment());
                all.addAll(added);
                consumer.assign(all);
                consumer.seekToBeginning(added);
            }
        }

        List<ConsumerRecord<byte[], byte[]>> records() {
            return records;
        }

        @Override
        public void close() {
            consumer.close();
        }
    }

    static List<String> keys(final List<ConsumerRecord<byte[], byte[]>> records, final String topic) {
        return records.stream().filter(record -> record.topic().equals(topic))
                .map(record -> record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8))
                .toList();
    }

    static long count(final List<ConsumerRecord<byte[], byte[]>> records, final String topic) {
        return records.stream().filter(record -> record.topic().equals(topic)).count();
    }

    /** Waits for a condition with a deadline, checking every 50 ms: readiness is polled for, never slept for. */
    static void await(final String what, final Duration deadline, final BooleanSupplier condition)
            throws InterruptedException {
        final long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError(what + ": not within " + deadline);
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    static String header(final ConsumerRecord<byte[], byte[]> record, final String name) {
        final var header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
