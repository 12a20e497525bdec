package newswire.runtime;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KafkaStreams.State;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a topology: starts it, waits until it is running, replaces a stream thread that dies rather than stopping the
 * application, and closes it on a deadline.
 */
public final class StreamsRunner implements AutoCloseable {

    /** How long {@link #close()} waits for in-flight transactions to commit before giving up. */
    public static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(StreamsRunner.class);

    private final KafkaStreams streams;
    private final CountDownLatch running = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean failed;

    private StreamsRunner(final KafkaStreams streams) {
        this.streams = streams;
    }

    /** Starts the topology and returns once it is running, or throws if it has not within {@code timeout}. */
    public static StreamsRunner start(final Topology topology, final Properties properties, final Duration timeout) {
        return create(topology, properties).start(timeout);
    }

    /**
     * The topology's client, not started yet: so that its metrics and health can be served while it starts
     * ({@link #start(Duration)}).
     */
    public static StreamsRunner create(final Topology topology, final Properties properties) {
        final KafkaStreams streams = new KafkaStreams(topology, properties);
        final StreamsRunner runner = new StreamsRunner(streams);
        streams.setStateListener((now, before) -> {
            LOG.info("Kafka Streams {} -> {}", before, now);
            if (now == State.RUNNING) {
                runner.running.countDown();
            }
            if (now == State.PENDING_ERROR || now == State.ERROR) {
                runner.failed = true;
            }
            if (now == State.NOT_RUNNING || now == State.ERROR) {
                runner.stopped.countDown();
                runner.running.countDown();
            }
        });
        streams.setUncaughtExceptionHandler(exception -> {
            // A poison record never gets here (the exception handlers send it to the dead-letter topic); this is an
            // unexpected fault in a thread, which a fresh thread may well not meet again.
            LOG.error("A stream thread died; replacing it", exception);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        return runner;
    }

    /** Starts the topology and returns once it is running, or throws if it has not within {@code timeout}. */
    public StreamsRunner start(final Duration timeout) {
        streams.start();
        try {
            if (!running.await(timeout.toMillis(), TimeUnit.MILLISECONDS) || streams.state() != State.RUNNING) {
                final State state = streams.state();
                streams.close(CLOSE_TIMEOUT);
                throw new IllegalStateException("Kafka Streams did not reach RUNNING within " + timeout
                        + " (state " + state + "); is the broker reachable?");
            }
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            streams.close(CLOSE_TIMEOUT);
            throw new IllegalStateException("interrupted while starting Kafka Streams", e);
        }
        return this;
    }

    /** The running client, for interactive queries. */
    public KafkaStreams kafkaStreams() {
        return streams;
    }

    public State state() {
        return streams.state();
    }

    /** Whether Kafka Streams has failed (reached ERROR) since it started: a stop after that is not an orderly one. */
    public boolean hasFailed() {
        return failed;
    }

    /** Kafka Streams' metrics of this instance; {@link FlowMetrics#of} reads Newswire's counts from them. */
    public java.util.Map<org.apache.kafka.common.MetricName, ? extends org.apache.kafka.common.Metric> metrics() {
        return streams.metrics();
    }

    /** Waits up to {@code timeout} for the application to stop (after {@link #close()} or a fatal error). */
    public boolean awaitStop(final Duration timeout) throws InterruptedException {
        return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        // Leave the consumer group on the way out, so the remaining instances take the partitions over at once rather
        // than after session.timeout.ms (45 s by default) of nobody processing them.
        if (!streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(CLOSE_TIMEOUT))) {
            LOG.warn("Kafka Streams did not close within {}", CLOSE_TIMEOUT);
        }
        stopped.countDown();
    }
}
