package newswire.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import newswire.runtime.FlowAudit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "audit", mixinStandardHelpOptions = true,
        header = "Check that every article on the raw topic ended exactly once as an event or a dead letter.",
        description = {"", "Reads the raw, events, claims and dead-letter topics from the beginning as a read_committed "
                + "consumer and compares them by article id. Prints the counts and the first ids lost or doubled; "
                + "exits 1 if any are. Run it when the application has caught up.", ""})
final class AuditCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private NewswireCommand parent;

    @Mixin
    private KafkaOptions kafka;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Stop reading after this long. Default: ${DEFAULT-VALUE}.")
    private long timeoutSeconds;

    @Override
    public Integer call() {
        final FlowAudit.Result result = FlowAudit.of(kafka.config(parent.environment(), spec.commandLine()),
                Duration.ofSeconds(timeoutSeconds));
        spec.commandLine().getOut().println(result.describe());
        return result.exact() ? 0 : 1;
    }
}
