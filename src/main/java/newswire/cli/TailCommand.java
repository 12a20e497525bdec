package newswire.cli;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import newswire.runtime.ClusterCheck;
import newswire.runtime.TopicTailer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "tail", mixinStandardHelpOptions = true,
        header = "Print the records of topics as they arrive.",
        description = {"", "Reads committed records only, in no consumer group (tailing moves nobody's offsets). "
                + "Stops on Ctrl-C, after --max records, or after --timeout seconds without a record. "
                + "A topic the cluster does not have is an error (exit 1), not an endless wait.", ""})
final class TailCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private NewswireCommand parent;

    @Mixin
    private KafkaOptions kafka;

    @Parameters(arity = "1..*", paramLabel = "TOPIC", description = "Topics to read, e.g. news.events news.dlq.")
    private List<String> topics;

    @Option(names = "--json", description = "One JSON line per record: topic, partition, offset, key, headers, value.")
    private boolean json;

    @Option(names = "--from-beginning", description = "Start at the oldest record instead of the next new one.")
    private boolean fromBeginning;

    @Option(names = "--max", paramLabel = "N", description = "Stop after N records.")
    private long max = Long.MAX_VALUE;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Stop after this many seconds with no record.")
    private Long timeoutSeconds;

    @Override
    public Integer call() {
        final var config = kafka.config(parent.environment(), spec.commandLine());
        ClusterCheck.requireTopics(config, topics, kafka.connectTimeout());
        final RecordPrinter printer = new RecordPrinter(spec.commandLine().getOut(), config.topics(), json);
        final Duration idle = timeoutSeconds == null ? Duration.ofDays(365 * 100L) : Duration.ofSeconds(timeoutSeconds);
        try (TopicTailer tailer = new TopicTailer(config, topics, fromBeginning);
             ShutdownSignal signal = new ShutdownSignal(tailer::wakeup)) {
            tailer.run(printer::print, max, idle);
        }
        return 0;
    }
}
