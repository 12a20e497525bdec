package newswire.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import newswire.config.NewswireConfig;
import newswire.runtime.StreamsRunner;
import newswire.runtime.TopicAdmin;
import newswire.topology.NewswireTopology;
import newswire.topology.StreamsProperties;
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
                + "news.raw with exactly-once semantics. Instances with the same application.id share the work.", ""})
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

    @Override
    public Integer call() throws InterruptedException {
        final NewswireConfig config = kafka.config(parent.environment(), spec.commandLine());
        LOG.info("Configuration: {}", config.describe());
        if (createTopics) {
            TopicAdmin.ensureTopics(config);
        }
        final var topology = NewswireTopology.of(config);
        try (StreamsRunner streams = StreamsRunner.start(topology.build(), StreamsProperties.from(config),
                Duration.ofSeconds(startupTimeoutSeconds));
             ShutdownSignal signal = new ShutdownSignal(streams::close)) {
            LOG.info("Newswire is running: {} → {}; stop with SIGTERM or Ctrl-C", config.topics().raw(),
                    config.topics().outputs());
            streams.awaitStop();
            LOG.info("Newswire stopped");
        }
        return 0;
    }
}
