package newswire.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KafkaStreams.State;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a topology: starts it, waits until it is running, replaces a stream thread that dies a bounded number of times
 * (then shuts the application down, keeping the reason), and closes it on a deadline.
 */
public final class StreamsRunner implements AutoCloseable {

    /** How long {@link #close()} waits for in-flight transactions to commit before giving up. */
    public static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);
    /** How long {@link #close()} then waits for the state listener to hear of NOT_RUNNING. */
    private static final Duration LISTENER_GRACE = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(StreamsRunner.class);

    private final KafkaStreams streams;
    private final CountDownLatch running = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean failed;
    private volatile String failure;

    private StreamsRunner(final KafkaStreams streams) {
        this.streams = streams;
    }

    /**
     * Starts the topology and returns once it is running, or throws if it has not within {@code timeout}.
     *
     * @param replacements how many failed stream threads to replace before shutting the application down
     */
    public static StreamsRunner start(final Topology topology, final Properties properties, final Duration timeout,
                                      final ThreadReplacements replacements) {
        return create(topology, properties, replacements).start(timeout);
    }

    /**
     * The topology's client, not started yet: so that its metrics and health can be served while it starts
     * ({@link #start(Duration)}).
     */
    public static StreamsRunner create(final Topology topology, final Properties properties,
                                       final ThreadReplacements replacements) {
        final KafkaStreams streams = newClient(topology, properties);
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
            // unexpected fault in a thread, which a fresh thread may well not meet again, up to a point.
            LOG.debug("The stream thread's failure", exception);
            if (replacements.tryReplace(Instant.now())) {
                LOG.error("A stream thread failed ({}); replacing it ({} of at most {} within {})", rootCause(exception),
                        replacements.count(), replacements.limit(), replacements.window());
                return StreamThreadExceptionResponse.REPLACE_THREAD;
            }
            runner.failure = "a stream thread failed more than " + replacements.limit() + " times within "
                    + replacements.window() + ", last with " + rootCause(exception);
            LOG.error("Shutting the application down: {}", runner.failure);
            return StreamThreadExceptionResponse.SHUTDOWN_APPLICATION;
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
                throw new IllegalStateException(failure().orElse("Kafka Streams did not reach RUNNING within "
                        + timeout + " (state " + state + "); is the broker reachable?"));
            }
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            streams.close(CLOSE_TIMEOUT);
            throw new IllegalStateException("interrupted while starting Kafka Streams", e);
        }
        return this;
    }

    /**
     * A new client; a state directory another instance holds is the person's mistake (two {@code run}s on one host
     * with one application id), so it is said in those words.
     */
    private static KafkaStreams newClient(final Topology topology, final Properties properties) {
        try {
            return new KafkaStreams(topology, properties);
        } catch (final StreamsException e) {
            if (String.valueOf(e.getMessage()).contains("multiple instances")) {
                throw new IllegalStateException("the state directory " + properties.get(StreamsConfig.STATE_DIR_CONFIG)
                        + " is in use by another instance of " + properties.get(StreamsConfig.APPLICATION_ID_CONFIG)
                        + " on this host: stop it, or give this one a state directory of its own (--state-dir)", e);
            }
            throw e;
        }
    }

    /** Why the application stopped in ERROR, if it did. */
    public Optional<String> failure() {
        if (streams.state() != State.ERROR && failure == null) {
            return Optional.empty();
        }
        return Optional.of(failure != null ? failure : "Kafka Streams stopped in ERROR (the log above says why)");
    }

    private static String rootCause(final Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
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

    private void awaitListener() {
        try {
            stopped.await(LISTENER_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        // Leave the consumer group on the way out, so the remaining instances take the partitions over at once rather
        // than after session.timeout.ms (45 s by default) of nobody processing them.
        if (!streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(CLOSE_TIMEOUT))) {
            LOG.warn("Kafka Streams did not close within {}", CLOSE_TIMEOUT);
        } else {
            // Kafka calls the state listener after close() has seen NOT_RUNNING, on its own daemon thread: without the
            // wait, an exit right after close() can cut off the listener's last line ("PENDING_SHUTDOWN -> NOT_RUNNING")
            awaitListener();
        }
        stopped.countDown();
    }
}
