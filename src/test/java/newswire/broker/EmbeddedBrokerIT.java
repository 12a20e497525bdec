package newswire.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.internals.Exit;
import org.apache.kafka.server.metrics.KafkaYammerMetrics;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Tag("integration")
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class EmbeddedBrokerIT {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBrokerIT.class);
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Test
    void shouldRoundTripTransactionalRecordsWithReadCommitted(final TestInfo info) throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start()) {
            final String topic = uniqueName(info);
            // Given a one-partition topic, so that order is total; created twice to show creation is idempotent
            broker.createTopics(List.of(new NewTopic(topic, 1, (short) 1)));
            broker.createTopics(1, topic);

            // When one transaction commits and a later one aborts
            try (KafkaProducer<String, String> producer = transactionalProducer(broker, topic + "-tx")) {
                producer.initTransactions();
                producer.beginTransaction();
                for (final String value : List.of("a", "b", "c")) {
                    producer.send(new ProducerRecord<>(topic, value, value));
                }
                producer.commitTransaction();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>(topic, "aborted", "aborted"));
                producer.flush();
                producer.abortTransaction();
                // Committed after the aborted record: a reader that gets this far would have met a leaked one.
                producer.beginTransaction();
                producer.send(new ProducerRecord<>(topic, "end", "end"));
                producer.commitTransaction();
            }

            // Then a read_committed consumer in a group sees the committed values only
            final List<String> values = readValues(broker, topic, topic + "-group", IsolationLevel.READ_COMMITTED, 4);
            assertThat(values).containsExactly("a", "b", "c", "end");
        }
    }

    @Test
    void shouldRunAnExactlyOnceV2StreamsApp(@TempDir final Path stateDir, final TestInfo info) {
        try (EmbeddedBroker broker = EmbeddedBroker.start()) {
            // Given input and output topics and an exactly_once_v2 application between them
            final String input = uniqueName(info) + "-in";
            final String output = uniqueName(info) + "-out";
            broker.createTopics(2, input, output);
            try (KafkaStreams streams = upperCaseApp(broker, input, output, stateDir, uniqueName(info))) {
                streams.start();
                // When a record arrives
                produce(broker, input, "breaking");

                // Then its transformed value is committed to the output
                assertThat(readValues(broker, output, output + "-group", IsolationLevel.READ_COMMITTED, 1))
                        .containsExactly("BREAKING");
            }
        }
    }

    @Test
    void shouldKeepAnExactlyOnceV2StreamsAppWorkingAcrossARestart(@TempDir final Path stateDir, final TestInfo info) {
        try (EmbeddedBroker broker = EmbeddedBroker.start()) {
            final String input = uniqueName(info) + "-in";
            final String output = uniqueName(info) + "-out";
            broker.createTopics(1, input, output);
            try (KafkaStreams streams = upperCaseApp(broker, input, output, stateDir, uniqueName(info))) {
                // Given a running app that has processed one record
                streams.start();
                produce(broker, input, "before");
                assertThat(readValues(broker, output, output + "-g1", IsolationLevel.READ_COMMITTED, 1))
                        .containsExactly("BEFORE");

                // When the broker restarts under it
                broker.restart();
                produce(broker, input, "after");

                // Then the app carries on, and nothing is processed twice
                assertThat(readValues(broker, output, output + "-g2", IsolationLevel.READ_COMMITTED, 2))
                        .containsExactly("BEFORE", "AFTER");
            }
        }
    }

    @Test
    void shouldKeepPortAndDataAcrossStopAndRestart(final TestInfo info) {
        try (EmbeddedBroker broker = EmbeddedBroker.start()) {
            final String topic = uniqueName(info);
            final String bootstrap = broker.bootstrapServers();
            broker.createTopics(1, topic);
            try (KafkaProducer<String, String> producer = producer(broker)) {
                // Given a record written before the restart
                producer.send(new ProducerRecord<>(topic, "k", "before")).get(DEADLINE.toSeconds(), TimeUnit.SECONDS);

                // When the broker stops and starts again
                broker.stop();
                assertThat(broker.isRunning()).isFalse();
                broker.restart();
                LOG.info("Restart ready in {} ms", broker.lastStartupDuration().toMillis());

                // Then it listens on the same address, and a client opened before the restart reconnects
                assertThat(broker.isRunning()).isTrue();
                assertThat(broker.bootstrapServers()).isEqualTo(bootstrap);
                producer.send(new ProducerRecord<>(topic, "k", "after")).get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
            } catch (final Exception e) {
                throw new AssertionError(e);
            }
            // And the record from before the restart is still there
            assertThat(readValues(broker, topic, topic + "-group", IsolationLevel.READ_UNCOMMITTED, 2))
                    .containsExactly("before", "after");
        }
    }

    @Test
    void shouldStartAgainOnAnExplicitDataDirAndPort(@TempDir final Path dataDir, final TestInfo info) {
        final String topic = uniqueName(info);
        final EmbeddedBroker.Options options;
        try (EmbeddedBroker first = EmbeddedBroker.start(EmbeddedBroker.Options.defaults().withDataDir(dataDir))) {
            options = first.options().withPort(first.port());
            first.createTopics(1, topic);
            produce(first, topic, "kept");
        }
        // A data directory the caller gave is the caller's: close keeps it
        assertThat(dataDir).isDirectory();

        try (EmbeddedBroker second = EmbeddedBroker.start(options)) {
            assertThat(second.port()).isEqualTo(options.port());
            second.createTopics(1, topic);
            assertThat(readValues(second, topic, topic + "-group", IsolationLevel.READ_COMMITTED, 1))
                    .containsExactly("kept");
        }
    }

    @Test
    void shouldDeleteItsTemporaryDataDirAndLeaveNoThreadsNorMetricsOnClose() throws InterruptedException {
        final Set<Thread> before = Thread.getAllStackTraces().keySet();
        final Path dataDir;
        try (EmbeddedBroker broker = EmbeddedBroker.start()) {
            dataDir = broker.dataDir();
            assertThat(dataDir).isDirectory();
        }
        assertThat(dataDir).doesNotExist();
        // Left there, the broker's gauges would keep the stopped broker in memory.
        assertThat(KafkaYammerMetrics.defaultRegistry().allMetrics()).isEmpty();
        final List<Thread> started = newThreads(before);
        // Yammer metrics (used by the broker) keeps one JVM-wide registry with a daemon "meter tick" pool that
        // outlives every broker; it is started once per JVM, not once per broker, so it is not a leak.
        final List<Thread> perJvm = started.stream().filter(EmbeddedBrokerIT::isYammerTickThread).toList();
        assertThat(perJvm).allMatch(Thread::isDaemon);
        final List<Thread> perBroker = started.stream().filter(thread -> !isYammerTickThread(thread)).toList();
        assertThat(stillAliveAfterJoin(perBroker)).as("threads left behind by the broker").isEmpty();
    }

    @Test
    void shouldApplyBrokerPropertyOverrides(final TestInfo info) throws Exception {
        final EmbeddedBroker.Options options = EmbeddedBroker.Options.defaults().withBrokerProperty("num.partitions", "3");
        try (EmbeddedBroker broker = EmbeddedBroker.start(options);
                Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            // Given a topic created without a partition count, so the broker default applies
            final String topic = uniqueName(info);
            broker.createTopics(List.of(new NewTopic(topic, Optional.empty(), Optional.empty())));

            // Then it has the overridden default
            final TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(DEADLINE.toSeconds(), TimeUnit.SECONDS).get(topic);
            assertThat(description.partitions()).hasSize(3);
        }
    }

    @Test
    void shouldFailClearlyWhenItsGivenPortIsTaken() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            final EmbeddedBroker.Options options = EmbeddedBroker.Options.defaults().withPort(taken.getLocalPort());
            assertThatThrownBy(() -> EmbeddedBroker.start(options))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("could not bind");
        }
    }

    @Test
    void shouldThrowInsteadOfHaltingTheJvmWhileRunning() {
        try (EmbeddedBroker broker = EmbeddedBroker.start()) {
            assertThatThrownBy(() -> Exit.halt(1, "simulated fatal fault"))
                    .isInstanceOf(EmbeddedBroker.FatalBrokerException.class)
                    .hasMessageContaining("simulated fatal fault");
            assertThat(EmbeddedBroker.fatalError()).hasValueSatisfying(
                    message -> assertThat(message).contains("simulated fatal fault"));
            assertThat(broker.isRunning()).isTrue();
        }
    }

    private static KafkaStreams upperCaseApp(final EmbeddedBroker broker, final String input, final String output,
            final Path stateDir, final String applicationId) {
        final StreamsBuilder builder = new StreamsBuilder();
        builder.stream(input, Consumed.with(Serdes.String(), Serdes.String()))
                .mapValues(value -> value.toUpperCase(Locale.ROOT))
                .to(output, Produced.with(Serdes.String(), Serdes.String()));
        final Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        return new KafkaStreams(builder.build(), config);
    }

    private static KafkaProducer<String, String> producer(final EmbeddedBroker broker) {
        final Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private static KafkaProducer<String, String> transactionalProducer(final EmbeddedBroker broker,
            final String transactionalId) {
        final Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private static void produce(final EmbeddedBroker broker, final String topic, final String value) {
        try (KafkaProducer<String, String> producer = producer(broker)) {
            producer.send(new ProducerRecord<>(topic, value, value)).get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        } catch (final Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Reads until {@code expected} values have arrived or the deadline passes, then returns what arrived. */
    private static List<String> readValues(final EmbeddedBroker broker, final String topic, final String group,
            final IsolationLevel isolation, final int expected) {
        final Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation.toString());
        final List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            final long deadline = System.nanoTime() + DEADLINE.toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (final ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    values.add(record.value());
                }
            }
            // Anything that should not be there (an aborted record, a duplicate) would show up in a last poll.
            consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
        }
        return values;
    }

    private static List<Thread> newThreads(final Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(thread -> !before.contains(thread))
                .filter(thread -> !isJvmOrHarnessThread(thread.getName()))
                .toList();
    }

    /** Threads that are not the broker's: started lazily by the JDK or the test harness. */
    private static boolean isJvmOrHarnessThread(final String name) {
        return name.startsWith("ForkJoinPool.commonPool") || name.equals("Attach Listener")
                || name.equals("process reaper") || name.startsWith("junit-") || name.startsWith("surefire");
    }

    private static boolean isYammerTickThread(final Thread thread) {
        return thread.getName().startsWith("metrics-meter-tick-thread-");
    }

    /** Joins each thread until the deadline, then names those still alive. */
    private static Set<String> stillAliveAfterJoin(final List<Thread> threads) throws InterruptedException {
        final long deadline = System.nanoTime() + DEADLINE.toNanos();
        for (final Thread thread : threads) {
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
        return threads.stream().filter(Thread::isAlive).map(Thread::getName).collect(Collectors.toSet());
    }

    private static String uniqueName(final TestInfo info) {
        return info.getTestMethod().orElseThrow().getName() + "-" + System.nanoTime();
    }
}
