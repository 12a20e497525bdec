package newswire.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top command: all work is done by the subcommands, so without one it prints its usage and exits 2. Its one option,
 * {@code --verbose}, is inherited by every subcommand.
 */
@Command(name = "newswire", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Cleans news articles and extracts structured claims, on Kafka Streams.",
        description = {"", "Articles published to news.raw come out cleaned on news.clean, enriched on news.events, "
                + "as claims on news.claims, or with the reason they failed on news.dlq.", ""},
        subcommands = {DemoCommand.class, RunCommand.class, PublishCommand.class, TailCommand.class,
                ExtractCommand.class, AuditCommand.class, ResetCommand.class, BenchCommand.class,
                BrokerCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Environment: KAFKA_BOOTSTRAP_SERVERS and any KAFKA_<PROPERTY> (e.g. KAFKA_SASL_JAAS_CONFIG) or "
                + "NEWSWIRE_<SETTING> (e.g. NEWSWIRE_TOPIC_RAW) set the matching property.",
                "Run 'newswire demo' to see the whole flow on an embedded broker."})
public final class NewswireCommand implements Callable<Integer> {

    static final String VERBOSE = "--verbose";

    @Spec
    private CommandSpec spec;

    @Option(names = VERBOSE, scope = ScopeType.INHERIT,
            description = "Show Kafka's own log and the stack trace of an error, not just one line.")
    private boolean verbose;

    private final Map<String, String> environment;

    NewswireCommand(final Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** The command line with the given process environment, for {@code main} and for tests. */
    public static CommandLine commandLine(final Map<String, String> environment) {
        return Failures.install(new CommandLine(new NewswireCommand(environment))
                .setCaseInsensitiveEnumValuesAllowed(true));
    }

    Map<String, String> environment() {
        return environment;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }
}
