package newswire.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import newswire.broker.EmbeddedBroker;
import newswire.config.NewswireConfig;
import newswire.topology.StreamsProperties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stream thread that fails on every attempt is replaced a bounded number of times, then the application stops. */
@Tag("integration")
class ThreadReplacementIT {

    private static final Duration DEADLINE = Duration.ofSeconds(180);

    @Test
    void shouldReplaceAFailingThreadUpToTheLimitThenShutDownSayingWhy(@TempDir final Path dir) throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start()) {
            // Given a topology whose one processor fails with an Error (which no exception handler takes) every time
            final String run = UUID.randomUUID().toString().substring(0, 8);
            final NewswireConfig config = NewswireConfig.defaults().with(Map.of(
                    NewswireConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers(),
                    "application.id", "newswire-threads-" + run,
                    "state.dir", dir.toString(),
                    // A replacement thread gets the partitions once the dead one's session ends: 6 s, not 45.
                    "session.timeout.ms", "6000",
                    "newswire.topic.raw", "raw-" + run));
            broker.createTopics(1, "raw-" + run);
            final AtomicInteger attempts = new AtomicInteger();
            final StreamsBuilder builder = new StreamsBuilder();
            builder.stream("raw-" + run, Consumed.with(Serdes.String(), Serdes.ByteArray())).foreach((key, value) -> {
                attempts.incrementAndGet();
                throw new AssertionError("a fault no fresh thread escapes");
            });

            // When a record arrives, with room for two replacements
            try (StreamsRunner streams = StreamsRunner.start(builder.build(), StreamsProperties.from(config), DEADLINE,
                    new ThreadReplacements(2, Duration.ofMinutes(10)));
                 ArticlePublisher publisher = new ArticlePublisher(config)) {
                publisher.publishBytes("k", "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)).get();

                // Then the thread fails three times (the first, two replacements) and the application stops in ERROR
                assertThat(streams.awaitStop(DEADLINE)).as("stopped").isTrue();
                assertThat(streams.state()).isEqualTo(KafkaStreams.State.ERROR);
                assertThat(attempts.get()).isEqualTo(3);
                assertThat(streams.failure()).hasValue("a stream thread failed more than 2 times within PT10M, last "
                        + "with AssertionError: a fault no fresh thread escapes");
            }
        }
    }
}
