package newswire.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import newswire.broker.EmbeddedBroker;
import newswire.config.NewswireConfig;
import newswire.ingest.ArticleFiles;
import newswire.runtime.StreamsRunner;
import newswire.runtime.TopicAdmin;
import newswire.runtime.TopicTailer;
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
                "Needs nothing but Java: no Docker, no Kafka installation.", ""})
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
        final long started = System.nanoTime();
        final var files = ArticleFiles.list(List.of(dir));
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
            final FlowCount count = new FlowCount(config.topics());
            final var topology = NewswireTopology.of(config);
            try (TopicTailer tailer = new TopicTailer(config, config.topics().outputs(), true);
                 StreamsRunner streams = StreamsRunner.start(topology.build(), StreamsProperties.from(config),
                         Duration.ofSeconds(60));
                 LiveView view = serve ? LiveView.serve(config, streams.kafkaStreams(), self) : null;
                 ShutdownSignal signal = new ShutdownSignal(tailer::wakeup)) {
                final String estimatesTopic = config.topics().estimates();
                final Thread tail = new Thread(() -> tailer.run(record -> {
                    count.count(record);
                    if (!record.topic().equals(estimatesTopic)) {
                        printer.print(record);
                    }
                }, Long.MAX_VALUE, Duration.ofSeconds(timeoutSeconds)), "newswire-demo-tail");
                tail.start();
                final long articles = Publishing.publish(config, files, false, LOG);
                final boolean accounted = count.await(articles, QUIET_MILLIS,
                        System.nanoTime() + Duration.ofSeconds(timeoutSeconds).toNanos());
                tailer.wakeup();
                tail.join();
                printer.printEstimates(count.latestEstimates());
                final double seconds = (System.nanoTime() - started) / 1e9;
                spec.commandLine().getOut().println(json ? count.json(articles, seconds) : count.describe(articles, seconds));
                spec.commandLine().getOut().flush();
                if (!accounted) {
                    spec.commandLine().getErr().println("Not every article was accounted for within " + timeoutSeconds
                            + " s: see the log above.");
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
