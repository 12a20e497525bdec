package newswire.cli;

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
import newswire.runtime.ThreadReplacements;
import newswire.runtime.TopicAdmin;
import newswire.runtime.TopicTailer;
import newswire.topology.NewswireTopology;
import newswire.topology.StreamsProperties;
import org.apache.kafka.common.utils.Utils;
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
        try (EmbeddedBroker broker = EmbeddedBroker.start()) {
            final NewswireConfig config = NewswireConfig.defaults().with(Map.of(
                    NewswireConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers(),
                    "application.id", "newswire-demo",
                    "state.dir", stateDir.toString(),
                    // Show results as they happen rather than in batches.
                    "commit.interval.ms", "100")).with(settings);
            TopicAdmin.ensureTopics(config);
            final RecordPrinter printer = new RecordPrinter(spec.commandLine().getOut(), config.topics(), json);
            final FlowCount count = new FlowCount(config.topics());
            final var topology = NewswireTopology.of(config);
            try (TopicTailer tailer = new TopicTailer(config, config.topics().outputs(), true);
                 StreamsRunner streams = StreamsRunner.start(topology.build(), StreamsProperties.from(config),
                         Duration.ofSeconds(60), ThreadReplacements.from(config));
                 ShutdownSignal signal = new ShutdownSignal(tailer::wakeup)) {
                final String estimatesTopic = config.topics().estimates();
                final Thread tail = new Thread(() -> tailer.run(record -> {
                    count.count(record);
                    if (!record.topic().equals(estimatesTopic)) {
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
                spec.commandLine().getOut().println(json ? count.json(articles, seconds) : count.describe(articles, seconds));
                spec.commandLine().getOut().flush();
                if (!accounted) {
                    spec.commandLine().getErr().println("Not every article was accounted for within " + timeoutSeconds
                            + " s: see the log above (with --verbose, Kafka's too).");
                    return 1;
                }
                return 0;
            }
        } finally {
            Utils.delete(stateDir.toFile());
        }
    }

}
