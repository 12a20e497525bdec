package newswire.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import newswire.broker.EmbeddedBroker;
import newswire.config.NewswireConfig;
import newswire.ingest.ArticleFiles;
import newswire.runtime.FlowAudit;
import newswire.runtime.StreamsRunner;
import newswire.runtime.ThreadReplacements;
import newswire.runtime.TopicAdmin;
import newswire.runtime.TopicTailer;
import newswire.serde.JsonSerde;
import newswire.topology.NewswireTopology;
import newswire.topology.StreamsProperties;
import newswire.view.LiveView;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The whole flow on one machine: an embedded broker, the topology, a folder of articles, and what comes out. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        header = "Run the whole flow over a folder of articles on an embedded Kafka broker, then stop.",
        description = {"", "Starts a single-node Kafka broker in this process (KRaft, 127.0.0.1, a free port), creates "
                + "the topics, runs the topology, publishes the articles of DIR, shows every output record as it "
                + "arrives, then the final estimate of each subject, and ends with a summary once every article is "
                + "accounted for (an event or a dead letter).",
                "Needs nothing but Java: no Docker, no Kafka installation. Kafka's own log is shown only with "
                + "--verbose.", ""})
final class DemoCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCommand.class);
    /** Estimates are written after the events, at the next commit; this much silence means they are all in. */
    private static final long QUIET_MILLIS = 1_500;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "seeds",
            description = "Folder (or file) of .txt, .html and .jsonl articles. Default: ${DEFAULT-VALUE}.")
    private Path dir;

    @Option(names = "--json", description = "Print each output record, and then the summary, as one JSON line.")
    private boolean json;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Give up when the articles are not all accounted for after this long. Default: ${DEFAULT-VALUE}.")
    private long timeoutSeconds;

    @Option(names = {"-D", "--set"}, paramLabel = "KEY=VALUE",
            description = "A Newswire, Streams or client setting for the demo run, as in 'newswire run --set'.")
    private Map<String, String> settings = Map.of();

    @Option(names = "--serve", description = "Serve the live web view (and /estimates, /health) while the demo runs, "
            + "and keep running after the summary until Ctrl-C or SIGTERM.")
    private boolean serve;

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "8080",
            description = "With --serve: the port on 127.0.0.1; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    private int httpPort;

    @Override
    public Integer call() throws Exception {
        // The demo shows the flow; Kafka's notes on its own workings (metadata retries, a temporary state directory)
        // are for --verbose.
        try (Logging.Levels levels = Failures.isVerbose(spec.commandLine()) ? Logging.Levels.NONE
                : Logging.quietKafka()) {
            return demo();
        }
    }

    private Integer demo() throws Exception {
        final long started = System.nanoTime();
        final var files = ArticleFiles.list(List.of(dir), true);
        final Path stateDir = Files.createTempDirectory("newswire-demo-state");
        final HostInfo self = serve ? new HostInfo("127.0.0.1", httpPort == 0 ? freePort() : httpPort) : null;
        try (EmbeddedBroker broker = EmbeddedBroker.start()) {
            final NewswireConfig config = NewswireConfig.defaults().with(Map.of(
                    NewswireConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers(),
                    "application.id", "newswire-demo",
                    "state.dir", stateDir.toString(),
                    // Show results as they happen rather than in batches.
                    "commit.interval.ms", "100")).with(serve ? Map.of(StreamsConfig.APPLICATION_SERVER_CONFIG,
                    self.host() + ":" + self.port()) : Map.of()).with(settings);
            TopicAdmin.ensureTopics(config);
            final RecordPrinter printer = new RecordPrinter(spec.commandLine().getOut(), config.topics(), json);
            final FlowAudit count = new FlowAudit(config.topics());
            final var topology = NewswireTopology.of(config);
            final List<String> tailed = new ArrayList<>(config.topics().outputs());
            tailed.add(config.topics().raw());
            try (TopicTailer tailer = new TopicTailer(config, tailed, true);
                 StreamsRunner streams = StreamsRunner.start(topology.build(), StreamsProperties.from(config),
                         Duration.ofSeconds(60), ThreadReplacements.from(config));
                 LiveView view = serve ? LiveView.serve(config, streams.kafkaStreams(), self) : null;
                 ShutdownSignal signal = new ShutdownSignal(tailer::wakeup)) {
                final Set<String> unprinted = Set.of(config.topics().estimates(), config.topics().raw());
                final Thread tail = new Thread(() -> tailer.run(record -> {
                    count.add(record);
                    if (!unprinted.contains(record.topic())) {
                        printer.print(record);
                    }
                }, Long.MAX_VALUE, Duration.ofSeconds(timeoutSeconds)), "newswire-demo-tail");
                tail.start();
                final Publishing.Outcome published = Publishing.publish(config, files, false,
                        spec.commandLine().getErr());
                LOG.info(published.describe(config.topics().raw()));
                final long articles = published.published();
                final boolean accounted = count.await(articles, QUIET_MILLIS,
                        System.nanoTime() + Duration.ofSeconds(timeoutSeconds).toNanos());
                tailer.wakeup();
                tail.join();
                printer.printEstimates(count.latestEstimates());
                final double seconds = (System.nanoTime() - started) / 1e9;
                final FlowAudit.Result result = count.result();
                spec.commandLine().getOut().println(json ? json(result, articles, seconds)
                        : describe(result, articles, seconds));
                spec.commandLine().getOut().flush();
                if (!accounted) {
                    spec.commandLine().getErr().println("Not every article was accounted for within " + timeoutSeconds
                            + " s: see the log above (with --verbose, Kafka's too).");
                }
                if (view != null) {
                    spec.commandLine().getOut().printf("%nWeb view: http://%s:%d/  (broker %s; stop with Ctrl-C)%n",
                            self.host(), view.port(), broker.bootstrapServers());
                    spec.commandLine().getOut().flush();
                    signal.await();
                }
                return accounted ? 0 : 1;
            }
        } finally {
            Utils.delete(stateDir.toFile());
        }
    }

    private static String describe(final FlowAudit.Result result, final long articles, final double seconds) {
        return String.format("Summary: %d article%s read → %d event%s (%d near-duplicate%s), %d claim%s, "
                        + "%d estimate%s, %d dead letter%s in %.1f s",
                articles, plural(articles), result.events(), plural(result.events()), result.duplicates(),
                plural(result.duplicates()), result.claims(), plural(result.claims()), result.estimates(),
                plural(result.estimates()), result.deadLetters(), plural(result.deadLetters()), seconds);
    }

    private static ObjectNode json(final FlowAudit.Result result, final long articles, final double seconds) {
        final ObjectNode summary = JsonSerde.mapper().createObjectNode();
        summary.putObject("summary")
                .put("articles", articles)
                .put("cleaned", result.cleaned())
                .put("events", result.events())
                .put("duplicates", result.duplicates())
                .put("claims", result.claims())
                .put("estimates", result.estimates())
                .put("deadLetters", result.deadLetters())
                .put("seconds", Math.round(seconds * 10) / 10.0);
        return summary;
    }

    private static String plural(final long count) {
        return count == 1 ? "" : "s";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
