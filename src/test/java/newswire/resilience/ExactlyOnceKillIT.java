package newswire.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import newswire.broker.BrokerExtension;
import newswire.config.TopicNames;
import newswire.runtime.FlowAudit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Exactly once through a crash: {@code newswire run} (the packaged jar, a process of its own) is killed with SIGKILL in
 * the middle of a stream of 2,000 articles, with no chance to commit or close anything, and started again. A
 * downstream {@code read_committed} consumer then sees exactly one event per article: none missing, none twice.
 */
@Tag("integration")
class ExactlyOnceKillIT {

    private static final Path JAR = Path.of("target/newswire.jar");
    private static final Duration DEADLINE = Duration.ofSeconds(90);
    private static final int ARTICLES = 2_000;
    /** The first run is killed once this many events are committed: well inside the stream. */
    private static final int KILL_AFTER_EVENTS = 300;

    @RegisterExtension
    static final BrokerExtension BROKER = new BrokerExtension();

    @TempDir
    Path dir;

    @Test
    void shouldWriteExactlyOneEventPerArticleWhenTheProcessIsKilledMidStreamAndStartedAgain() throws Exception {
        // Given `newswire run` as a child process, configured through its environment
        final String run = Harness.runName();
        final Map<String, String> settings = new HashMap<>(
                Harness.settings(BROKER.bootstrapServers(), run, dir.resolve("state"), 3));
        // A killed member never leaves the group: let the broker notice within seconds rather than 45
        settings.put("session.timeout.ms", "6000");
        settings.put("heartbeat.interval.ms", "1000");
        final TopicNames topics = Harness.config(settings).topics();
        final List<String> ids = IntStream.range(0, ARTICLES).mapToObj(n -> Harness.id(run, n)).toList();

        try (KafkaProducer<String, byte[]> producer = Harness.producer(BROKER.bootstrapServers());
             Harness.Reader reader = new Harness.Reader(BROKER.bootstrapServers(), topics.events(),
                     topics.deadLetters())) {
            final long begin = System.nanoTime();
            final Process first = start(settings, dir.resolve("run-1.log"));
            final int eventsAtKill;
            try {
                awaitLog(first, dir.resolve("run-1.log"), "Newswire is running");

                // When the first half of the stream is published and the process is killed while processing it
                ids.subList(0, ARTICLES / 2).forEach(id -> Harness.send(producer, topics.raw(), Harness.article(id)));
                producer.flush();
                reader.readUntil(records -> Harness.count(records, topics.events()) >= KILL_AFTER_EVENTS, DEADLINE);
            } finally {
                first.destroyForcibly();
            }
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).as("killed").isTrue();
            assertThat(first.exitValue()).as("SIGKILL").isEqualTo(137);
            eventsAtKill = (int) Harness.count(reader.records(), topics.events());
            assertThat(eventsAtKill).as("killed mid-stream").isBetween(KILL_AFTER_EVENTS, ARTICLES - 1);

            // And the second half is published while it is down, and it is started again
            ids.subList(ARTICLES / 2, ARTICLES).forEach(id -> Harness.send(producer, topics.raw(), Harness.article(id)));
            producer.flush();
            final long killedAt = System.nanoTime();
            final Process second = start(settings, dir.resolve("run-2.log"));
            try {
                // Then every article has exactly one committed event, and nothing was dead-lettered
                final List<ConsumerRecord<byte[], byte[]>> read = reader.readUntil(records ->
                        Set.copyOf(Harness.keys(records, topics.events())).size() >= ARTICLES, DEADLINE);
                // Anything late (a duplicate from a replayed transaction) would show within a few commit intervals
                final long caughtUpAt = System.nanoTime();
                reader.drain(Duration.ofSeconds(3));
                final List<String> eventKeys = Harness.keys(read, topics.events());
                assertThat(new TreeSet<>(eventKeys)).as("none missing").isEqualTo(new TreeSet<>(ids));
                assertThat(duplicates(eventKeys)).as("none twice").isEmpty();
                assertThat(eventKeys).hasSize(ARTICLES);
                assertThat(Harness.count(read, topics.deadLetters())).as("no dead letters").isZero();
                final FlowAudit.Result audit = FlowAudit.of(Harness.config(settings), DEADLINE);
                assertThat(audit.exact()).as(audit.describe()).isTrue();
                assertThat(audit.read()).isEqualTo(ARTICLES);
                System.err.printf("ExactlyOnceKillIT: killed after %d committed events, %d ms after the first start; "
                        + "all %d events %d ms after the restart; %d records on the events topic counting aborted "
                        + "ones%n", eventsAtKill, (killedAt - begin) / 1_000_000, eventKeys.size(),
                        (caughtUpAt - killedAt) / 1_000_000, uncommittedCount(topics.events()));
            } finally {
                second.destroy();
                second.waitFor(60, TimeUnit.SECONDS);
            }
        }
    }

    private Process start(final Map<String, String> settings, final Path log) throws IOException {
        final ProcessBuilder builder = new ProcessBuilder(javaCommand(), "-Xmx256m", "-jar", JAR.toString(), "run")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Harness.environment(settings));
        return builder.start();
    }

    /** How many records the events topic holds when aborted transactions are counted too (read_uncommitted). */
    private long uncommittedCount(final String topic) {
        final var properties = new java.util.Properties();
        properties.put("bootstrap.servers", BROKER.bootstrapServers());
        properties.put("isolation.level", "read_uncommitted");
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<byte[], byte[]>(properties,
                new org.apache.kafka.common.serialization.ByteArrayDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            final var partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new org.apache.kafka.common.TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long count = 0;
            final long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            final Map<org.apache.kafka.common.TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (System.nanoTime() < end && partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                count += consumer.poll(Duration.ofMillis(200)).count();
            }
            return count;
        }
    }

    private static Map<String, Long> duplicates(final List<String> keys) {
        return keys.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream().filter(entry -> entry.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static void awaitLog(final Process process, final Path log, final String line) throws Exception {
        Harness.await("'" + line + "' in " + log, DEADLINE, () -> {
            if (!process.isAlive()) {
                throw new AssertionError("newswire run exited with " + process.exitValue() + ":\n" + read(log));
            }
            return read(log).contains(line);
        });
    }

    private static String read(final Path log) {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (final IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
