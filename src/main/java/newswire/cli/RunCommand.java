package newswire.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import newswire.config.NewswireConfig;
import newswire.config.TopicNames;
import newswire.ops.InstanceMetrics;
import newswire.ops.OperationsEndpoints;
import newswire.runtime.FlowMetrics;
import newswire.runtime.StreamsRunner;
import newswire.runtime.ThreadReplacements;
import newswire.runtime.TopicAdmin;
import newswire.topology.NewswireTopology;
import newswire.topology.StreamsProperties;
import newswire.view.LiveView;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        header = "Run the Newswire topology against a Kafka cluster until SIGTERM or Ctrl-C.",
        description = {"", "Creates missing topics (newswire.partitions, newswire.replication.factor), then processes "
                + "news.raw with exactly-once semantics. Instances with the same application.id share the work.",
                "", "Local state lives in state.dir (default: $XDG_DATA_HOME/newswire/state, else "
                + "~/.local/share/newswire/state); two instances on one host need one each. A stream thread that fails "
                + "is replaced up to newswire.thread.replacements times within newswire.thread.replacement.window "
                + "(3 in PT10M); past that the application stops and 'run' exits 1 with the reason.", ""})
final class RunCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private NewswireCommand parent;

    @Mixin
    private KafkaOptions kafka;

    @Option(names = "--no-create-topics", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Create missing topics at start. Default: ${DEFAULT-VALUE}.")
    private boolean createTopics;

    @Option(names = "--startup-timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Fail when the application is not running after this long. Default: ${DEFAULT-VALUE}.")
    private long startupTimeoutSeconds;

    @Option(names = "--http-port", paramLabel = "PORT",
            description = "Serve the live web view at /, and GET /estimates, /estimates/{subject}, /metrics (Prometheus), "
                    + "/health, /health/live and /health/ready on this port. The instance announces itself to the "
                    + "others as application.server (host default 127.0.0.1), so that any instance can answer for a "
                    + "subject another one holds.")
    private Integer httpPort;

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "Where Kafka Streams keeps local state (state.dir); wins over --config and KAFKA_STATE_DIR.")
    private Path stateDir;

    @Option(names = "--stats-interval", paramLabel = "SECONDS", defaultValue = "60",
            description = "Log what was read and written (articles, events, claims, dead letters) this often, and at "
                    + "shutdown. Default: ${DEFAULT-VALUE}.")
    private long statsIntervalSeconds;

    @Override
    public Integer call() throws InterruptedException, IOException {
        final NewswireConfig given = kafka.config(parent.environment(), spec.commandLine());
        final HostInfo self = httpPort == null ? null : new HostInfo(advertisedHost(given), httpPort);
        final Map<String, String> own = new HashMap<>();
        if (self != null) {
            own.put(StreamsConfig.APPLICATION_SERVER_CONFIG, self.host() + ":" + self.port());
        }
        if (stateDir != null) {
            own.put(NewswireConfig.STATE_DIR, stateDir.toString());
        }
        final NewswireConfig config = given.with(own);
        LOG.info("Configuration: {}", config.describe());
        kafka.requireCluster(config);
        if (createTopics) {
            TopicAdmin.ensureTopics(config);
        }
        final var topology = NewswireTopology.of(config);
        try (InstanceMetrics metrics = new InstanceMetrics();
             StreamsRunner streams = StreamsRunner.create(topology.build(metrics.counters()),
                     StreamsProperties.from(config, metrics.counters()), ThreadReplacements.from(config))) {
            metrics.bind(streams.kafkaStreams());
            final FlowLog flow = new FlowLog(streams, config.topics());
            // Served from before the start, so that the probes see it starting.
            try (LiveView view = self == null ? null : LiveView.serve(config, streams.kafkaStreams(), self)) {
                if (view != null) {
                    new OperationsEndpoints(streams, metrics).register(view::serve);
                    LOG.info("Web view: http://{}:{}/", self.host(), view.port());
                }
                streams.start(Duration.ofSeconds(startupTimeoutSeconds));
                awaitStop(streams, flow, config);
            }
        }
        return 0;
    }

    private void awaitStop(final StreamsRunner streams, final FlowLog flow, final NewswireConfig config)
            throws InterruptedException {
        try (ShutdownSignal signal = new ShutdownSignal(() -> {
            // Kafka Streams drops its metrics on close: the last counts are read before.
            flow.log();
            streams.close();
        })) {
            LOG.info("Newswire is running: {} → {}; stop with SIGTERM or Ctrl-C", config.topics().raw(),
                    config.topics().outputs());
            while (!streams.awaitStop(Duration.ofSeconds(statsIntervalSeconds))) {
                flow.log();
            }
            final var failure = streams.failure();
            if (failure.isPresent()) {
                throw new IllegalStateException("Newswire stopped in ERROR: " + failure.get());
            }
            LOG.info("Newswire stopped");
        }
    }

    /** Logs this instance's counts, only when they changed, so an idle instance stays quiet. */
    private static final class FlowLog {
        private final StreamsRunner streams;
        private final TopicNames topics;
        private FlowMetrics last;

        private FlowLog(final StreamsRunner streams, final TopicNames topics) {
            this.streams = streams;
            this.topics = topics;
        }

        synchronized void log() {
            final FlowMetrics now = FlowMetrics.of(streams.metrics(), topics);
            if (!now.equals(last)) {
                LOG.info("Since start: {}", now.describe());
                last = now;
            }
        }
    }

    /** The host of a configured application.server, else loopback. */
    private static String advertisedHost(final NewswireConfig config) {
        final String server = config.kafka().get(StreamsConfig.APPLICATION_SERVER_CONFIG);
        return server == null || server.isBlank() ? "127.0.0.1" : server.substring(0, server.lastIndexOf(':'));
    }
}
