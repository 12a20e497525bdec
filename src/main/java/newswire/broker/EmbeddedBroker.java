package newswire.broker;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import newswire.runtime.TopicAdmin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka cluster running inside this JVM: one combined broker+controller in KRaft mode, bound to
 * 127.0.0.1 only, started from Kafka's own jars (no Docker, no downloads).
 *
 * <p>{@link #start(Options)} formats the data directory (unless it already holds a formatted node), starts a
 * {@link KafkaRaftServer} and returns only after a real round trip has worked: create a topic, produce a record,
 * consume it in a consumer group and commit, then delete the topic and the group. The node is set up for a single
 * replica everywhere (offsets, transaction state and share-group state topics included) so that
 * {@code processing.guarantee=exactly_once_v2} and {@code read_committed} consumers work against it; topics are never
 * auto-created, and the first consumer-group rebalance is not delayed.
 *
 * <p>{@link #stop()} shuts the node down and keeps its data directory and port; {@link #restart()} starts it again on
 * the same port with the same data, so clients (Kafka Streams included) reconnect to the same bootstrap address.
 * {@link #close()} shuts down, waits for the broker's threads to end, and deletes the data directory if this class
 * created it. (Two daemon threads, {@code metrics-meter-tick-thread-1/2}, belong to Yammer's JVM-wide metrics
 * registry; they start with the first broker in a JVM and are never stopped, by Kafka or by us.)
 *
 * <p><b>Fatal errors.</b> On a fatal fault (in the controller or in loading metadata, for instance) the broker calls
 * {@code Exit.halt}, which by default halts the whole JVM at once: no shutdown hooks, no test report, no error
 * message from our side. While at least one embedded broker is running this class replaces Kafka's exit and halt
 * procedures with one that logs the fault at ERROR, remembers it (see {@link #fatalError()}) and throws
 * {@link FatalBrokerException} on the calling broker thread instead, as Kafka Streams' own integration tests do
 * (logging alone, as some embedded brokers do, would let the faulty thread carry on as if nothing happened). The
 * price: the procedures are JVM-wide statics, so anything else in the JVM that calls {@code Exit} is intercepted too
 * while a broker runs, and they are reset to Kafka's defaults (not to whatever was installed before) when the last
 * running embedded broker stops. A broker that met a fatal fault is no longer trustworthy: close it, or
 * {@link #restart()} it.
 *
 * <p><b>JVM-wide state.</b> Besides {@code Exit}, a broker leaves its gauges in Kafka's JVM-wide Yammer metrics
 * registry after it has shut down, and they keep the whole stopped broker in memory. When the last running embedded
 * broker stops, that registry is emptied (only the broker uses it), so a JVM can start and stop brokers many times.
 *
 * <p><b>Logging.</b> At INFO a broker logs thousands of lines; applications should set the loggers {@code kafka},
 * {@code org.apache.kafka} and {@code state.change.logger} to WARN.
 *
 * <p>Not a production deployment: one replica, plaintext, no authentication.
 */
public final class EmbeddedBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);

    private static final int NODE_ID = 1;
    private static final String HOST = "127.0.0.1";
    private static final String BROKER_LISTENER = "PLAINTEXT";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    /** Written by the formatter; its presence means the directory already holds a node and must not be reformatted. */
    private static final String META_PROPERTIES = "meta.properties";
    private static final int BIND_ATTEMPTS = 5;
    private static final Duration READINESS_TIMEOUT = Duration.ofSeconds(60);

    private final Options options;
    private final Path dataDir;
    private final boolean ownsDataDir;

    private KafkaRaftServer server;
    private int port;
    private int controllerPort;
    private Duration lastStartup = Duration.ZERO;
    private boolean closed;

    /**
     * How to start the broker.
     *
     * @param port the client (PLAINTEXT) port on 127.0.0.1; 0 picks a free one, which then stays the same across
     *     {@link #restart()}
     * @param dataDir the log and metadata directory; {@code null} makes a temporary one that {@link #close()}
     *     deletes. A directory that already holds a formatted node is reused as it is, so a broker can be started
     *     again on the data of an earlier one.
     * @param brokerProperties broker properties that override the embedded defaults (for instance
     *     {@code num.partitions} or {@code log.cleaner.dedupe.buffer.size}); they are applied last. The node's
     *     identity, roles, listeners and directories are managed here and cannot be overridden.
     */
    public record Options(int port, Path dataDir, Map<String, String> brokerProperties) {

        /** Properties the broker's addressing, formatting and restart depend on. */
        static final Set<String> MANAGED_PROPERTIES = Set.of(
                "process.roles", "node.id", "controller.quorum.voters", "controller.quorum.bootstrap.servers",
                "listeners", "advertised.listeners", "controller.listener.names", "inter.broker.listener.name",
                "listener.security.protocol.map", "log.dirs", "log.dir", "metadata.log.dir");

        public Options {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            brokerProperties = Map.copyOf(Objects.requireNonNull(brokerProperties, "brokerProperties"));
            for (final String name : brokerProperties.keySet()) {
                if (MANAGED_PROPERTIES.contains(name)) {
                    throw new IllegalArgumentException(name + " is managed by EmbeddedBroker and cannot be overridden");
                }
            }
        }

        /** A free port, a temporary data directory, the embedded defaults. */
        public static Options defaults() {
            return new Options(0, null, Map.of());
        }

        public Options withPort(final int newPort) {
            return new Options(newPort, dataDir, brokerProperties);
        }

        public Options withDataDir(final Path newDataDir) {
            return new Options(port, newDataDir, brokerProperties);
        }

        /** Adds or replaces one broker property override. */
        public Options withBrokerProperty(final String name, final String value) {
            final Map<String, String> merged = new LinkedHashMap<>(brokerProperties);
            merged.put(name, value);
            return new Options(port, dataDir, merged);
        }
    }

    /** Thrown on a broker thread in place of halting the JVM; see the class comment. */
    public static final class FatalBrokerException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FatalBrokerException(final String message) {
            super(message);
        }
    }

    private EmbeddedBroker(final Options options, final Path dataDir, final boolean ownsDataDir) {
        this.options = options;
        this.dataDir = dataDir;
        this.ownsDataDir = ownsDataDir;
        this.port = options.port();
    }

    /** Starts a broker with {@link Options#defaults()}. */
    public static EmbeddedBroker start() {
        return start(Options.defaults());
    }

    /**
     * Formats the data directory if needed, starts the node and waits until a produce/consume round trip in a
     * consumer group has worked.
     *
     * @throws IllegalStateException if the broker does not start or does not become ready within 60 seconds; nothing
     *     is left running and a temporary data directory is deleted
     */
    public static EmbeddedBroker start(final Options options) {
        Objects.requireNonNull(options, "options");
        final boolean ownsDataDir = options.dataDir() == null;
        final Path dir;
        try {
            dir = ownsDataDir ? Files.createTempDirectory("newswire-kafka-") : Files.createDirectories(options.dataDir());
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot create the broker data directory", e);
        }
        final EmbeddedBroker broker = new EmbeddedBroker(options, dir.toAbsolutePath(), ownsDataDir);
        try {
            broker.startServer();
            return broker;
        } catch (final RuntimeException e) {
            broker.closeQuietly(e);
            throw e;
        }
    }

    /** {@code 127.0.0.1:port}, for {@code bootstrap.servers}. */
    public synchronized String bootstrapServers() {
        return HOST + ":" + port;
    }

    /** The client port; it stays the same across {@link #stop()} and {@link #restart()}. */
    public synchronized int port() {
        return port;
    }

    /** The options this broker was started with; a {@code port} of 0 there means "chosen at start", see {@link #port()}. */
    public Options options() {
        return options;
    }

    /** The log and metadata directory. */
    public Path dataDir() {
        return dataDir;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** How long the last start or restart took, from formatting to the end of the readiness round trip. */
    public synchronized Duration lastStartupDuration() {
        return lastStartup;
    }

    /** The fatal fault a broker reported instead of halting the JVM, if any; see the class comment. */
    public static Optional<String> fatalError() {
        return BrokerGlobals.fatalError();
    }

    /**
     * Creates the topics that do not exist yet; a topic that already exists is left as it is (its partition count is
     * not checked). Waits until the controller has accepted every creation. Newswire's one way of creating topics,
     * {@link TopicAdmin}, does it.
     */
    public void createTopics(final Collection<NewTopic> topics) {
        if (!isRunning()) {
            throw new IllegalStateException("broker is not running");
        }
        TopicAdmin.createMissing(adminConfig(), topics);
    }

    /** Creates each named topic with the given partition count and one replica, if it does not exist yet. */
    public void createTopics(final int partitions, final String... names) {
        createTopics(Stream.of(names).map(name -> new NewTopic(name, partitions, (short) 1)).toList());
    }

    /**
     * Shuts the node down and waits until it has stopped, keeping the data directory and the port for
     * {@link #restart()}. Does nothing if it is not running.
     */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        final KafkaRaftServer stopping = server;
        server = null;
        final long begin = System.nanoTime();
        try {
            stopping.shutdown();
            stopping.awaitShutdown();
        } finally {
            BrokerGlobals.release();
        }
        LOG.info("Embedded Kafka broker on {} stopped in {} ms", bootstrapServers(), elapsedMillis(begin));
    }

    /**
     * Stops the node if it is running and starts it again on the same port with the same data, returning once the
     * readiness round trip has worked. Records written before the restart are still there.
     *
     * @throws IllegalStateException if the port has been taken meanwhile or the node does not become ready
     */
    public synchronized void restart() {
        if (closed) {
            throw new IllegalStateException("broker is closed");
        }
        stop();
        startServer();
    }

    /** Shuts down, waits for the broker's threads to end, and deletes the data directory if this class made it. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            stop();
        } finally {
            if (ownsDataDir) {
                deleteRecursively(dataDir);
            }
        }
    }

    private void closeQuietly(final Exception cause) {
        try {
            close();
        } catch (final RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private synchronized void startServer() {
        final long begin = System.nanoTime();
        formatIfNeeded();
        final long formatted = System.nanoTime();
        // The broker port is chosen once and then kept; the controller port only matters inside this node
        // (the voters are static, so it is not written at format time) and may change from one start to the next.
        final boolean brokerPortFixed = port != 0;
        if (brokerPortFixed && !canBind(port)) {
            // Fail fast and quietly: the broker itself would log a page of errors for each attempt.
            throw new IllegalStateException("embedded Kafka broker could not bind " + bootstrapServers()
                    + ": the port is in use");
        }
        RuntimeException lastFailure = null;
        for (int attempt = 1; attempt <= BIND_ATTEMPTS; attempt++) {
            final int brokerPort = brokerPortFixed ? port : freePort();
            final int ctrlPort = attempt == 1 && controllerPort != 0 ? controllerPort : freePort();
            final KafkaRaftServer candidate = new KafkaRaftServer(
                    new KafkaConfig(brokerProperties(brokerPort, ctrlPort), false), Time.SYSTEM);
            BrokerGlobals.acquire();
            try {
                candidate.startup();
            } catch (final RuntimeException e) {
                shutdownQuietly(candidate, e);
                BrokerGlobals.release();
                if (!isBindFailure(e)) {
                    throw new IllegalStateException("embedded Kafka broker failed to start", e);
                }
                lastFailure = e;
                LOG.warn("Port {} or {} was taken before the broker could bind it (attempt {} of {})",
                        brokerPort, ctrlPort, attempt, BIND_ATTEMPTS);
                if (brokerPortFixed && attempt > 1) {
                    // Both ports have been tried fresh once; a fixed client port that stays taken will not free up.
                    break;
                }
                continue;
            }
            server = candidate;
            port = brokerPort;
            controllerPort = ctrlPort;
            final long started = System.nanoTime();
            try {
                ReadinessCheck.verify(adminConfig(), READINESS_TIMEOUT);
            } catch (final RuntimeException e) {
                try {
                    stop();
                } catch (final RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
            lastStartup = Duration.ofNanos(System.nanoTime() - begin);
            LOG.info("Embedded Kafka broker ready on {} in {} ms (format {} ms, startup {} ms, readiness round trip {} ms;"
                    + " data in {})", bootstrapServers(), lastStartup.toMillis(),
                    TimeUnit.NANOSECONDS.toMillis(formatted - begin), TimeUnit.NANOSECONDS.toMillis(started - formatted),
                    elapsedMillis(started), dataDir);
            return;
        }
        throw new IllegalStateException("embedded Kafka broker could not bind its ports", lastFailure);
    }

    private void formatIfNeeded() {
        if (Files.exists(dataDir.resolve(META_PROPERTIES))) {
            return;
        }
        final Formatter formatter = new Formatter()
                .setNodeId(NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .setControllerListenerName(CONTROLLER_LISTENER)
                .setMetadataLogDirectory(dataDir.toString())
                .setDirectories(List.of(dataDir.toString()))
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()));
        try {
            formatter.run();
        } catch (final Exception e) {
            throw new IllegalStateException("cannot format the broker data directory " + dataDir, e);
        }
    }

    private Properties brokerProperties(final int brokerPort, final int ctrlPort) {
        final Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + ctrlPort);
        props.put("listeners", BROKER_LISTENER + "://" + HOST + ":" + brokerPort + ","
                + CONTROLLER_LISTENER + "://" + HOST + ":" + ctrlPort);
        props.put("advertised.listeners", BROKER_LISTENER + "://" + HOST + ":" + brokerPort);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("inter.broker.listener.name", BROKER_LISTENER);
        props.put("listener.security.protocol.map", BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("log.dirs", dataDir.toString());
        props.put("metadata.log.dir", dataDir.toString());
        // One node: every internal topic has one replica, or the group and transaction coordinators never load.
        props.put("offsets.topic.replication.factor", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("default.replication.factor", "1");
        props.put("min.insync.replicas", "1");
        // Fewer internal partitions than the 50 a production cluster wants: quicker to create, fewer files.
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.num.partitions", "5");
        props.put("num.partitions", "1");
        // The cleaner's dedupe buffer is allocated on the heap (128 MiB by default); a few MiB suits an embedded node.
        props.put("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024));
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("auto.create.topics.enable", "false");
        props.putAll(options.brokerProperties());
        return props;
    }

    private Map<String, Object> adminConfig() {
        return Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.CLIENT_ID_CONFIG, "newswire-embedded-broker");
    }

    private static void shutdownQuietly(final KafkaRaftServer candidate, final RuntimeException cause) {
        try {
            candidate.shutdown();
            candidate.awaitShutdown();
        } catch (final RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private static boolean isBindFailure(final Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    /** A port that was free a moment ago on 127.0.0.1; the caller retries if someone takes it meanwhile. */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), 0));
            return socket.getLocalPort();
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot find a free port on " + HOST, e);
        }
    }

    private static boolean canBind(final int candidate) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), candidate));
            return true;
        } catch (final IOException e) {
            return false;
        }
    }

    private static void deleteRecursively(final Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (final Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot delete the broker data directory " + root, e);
        }
    }

    private static long elapsedMillis(final long beginNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - beginNanos);
    }
}
