package newswire.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import newswire.broker.BrokerExtension;
import newswire.config.NewswireConfig;
import newswire.config.TopicNames;
import newswire.runtime.FlowAudit;
import newswire.runtime.StreamsRunner;
import newswire.runtime.ThreadReplacements;
import newswire.runtime.TopicAdmin;
import newswire.topology.NewswireTopology;
import newswire.topology.StreamsProperties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The broker goes away for a few seconds in the middle of the stream and comes back on the same port with the same
 * data. Newswire, left alone, recovers and loses nothing: every article has exactly one event in the end.
 */
@Tag("integration")
class BrokerRestartIT {

    private static final Duration DEADLINE = Duration.ofSeconds(120);
    private static final Duration OUTAGE = Duration.ofSeconds(4);
    private static final int ARTICLES = 2_000;
    /**
     * Articles published before the broker stops: enough that the application is still busy with them when it does
     * (with 500 of 1,000, a faster pipeline had once finished them all before the broker was down).
     */
    private static final int BEFORE_STOP = 1_500;

    @RegisterExtension
    static final BrokerExtension BROKER = new BrokerExtension();

    @TempDir
    Path dir;

    @Test
    void shouldRecoverOnItsOwnAndLoseNothingWhenTheBrokerRestartsMidStream() throws Exception {
        // Given a running application on 3-partition topics
        final String run = Harness.runName();
        final NewswireConfig config = Harness.config(Harness.settings(BROKER.bootstrapServers(), run, dir, 3));
        final TopicNames topics = config.topics();
        TopicAdmin.ensureTopics(config);
        final List<String> ids = IntStream.range(0, ARTICLES).mapToObj(n -> Harness.id(run, n)).toList();
        final var topology = NewswireTopology.of(config).build();
        try (StreamsRunner streams = StreamsRunner.start(topology, StreamsProperties.from(config), DEADLINE,
                ThreadReplacements.from(config));
             KafkaProducer<String, byte[]> producer = Harness.producer(BROKER.bootstrapServers());
             Harness.Reader reader = new Harness.Reader(BROKER.bootstrapServers(), topics.events(),
                     topics.deadLetters())) {

            // When most of the stream is published, and the broker stops while it is being processed
            ids.subList(0, BEFORE_STOP).forEach(id -> Harness.send(producer, topics.raw(), Harness.article(id)));
            producer.flush();
            reader.readUntil(records -> Harness.count(records, topics.events()) >= ARTICLES / 100, DEADLINE);
            BROKER.broker().stop();
            final long eventsAtStop = Harness.count(reader.records(), topics.events());
            assertThat(eventsAtStop).as("stopped mid-stream").isBetween((long) ARTICLES / 100, BEFORE_STOP - 1L);

            // And it is started again on the same port with the same data after a few seconds, while the rest is
            // sent. Another thread restarts it: a send may block (up to max.block.ms) until the broker is back.
            final CompletableFuture<Void> restarted = CompletableFuture.runAsync(BROKER.broker()::restart,
                    CompletableFuture.delayedExecutor(OUTAGE.toMillis(), TimeUnit.MILLISECONDS));
            ids.subList(BEFORE_STOP, ARTICLES).forEach(id -> Harness.send(producer, topics.raw(), Harness.article(id)));
            restarted.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
            producer.flush();

            // Then, with nobody touching the application, every article has exactly one committed event
            final List<ConsumerRecord<byte[], byte[]>> read = reader.readUntil(records ->
                    Set.copyOf(Harness.keys(records, topics.events())).size() >= ARTICLES, DEADLINE);
            reader.drain(Duration.ofSeconds(2));
            final List<String> eventKeys = Harness.keys(read, topics.events());
            assertThat(new TreeSet<>(eventKeys)).as("none missing").isEqualTo(new TreeSet<>(ids));
            assertThat(eventKeys).as("none twice").hasSize(ARTICLES);
            assertThat(Harness.count(read, topics.deadLetters())).isZero();
            final FlowAudit.Result audit = FlowAudit.of(config, DEADLINE);
            assertThat(audit.exact()).as(audit.describe()).isTrue();
            assertThat(audit.events()).isEqualTo(ARTICLES);
            assertThat(streams.state()).isEqualTo(KafkaStreams.State.RUNNING);
        }
    }
}
