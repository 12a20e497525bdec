package newswire.cli;

import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top command: prints its usage, since all work is done by the subcommands. */
@Command(name = "newswire", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Cleans news articles and extracts structured claims, on Kafka Streams.",
        description = {"", "Articles published to news.raw come out cleaned on news.clean, enriched on news.events, "
                + "as claims on news.claims, or with the reason they failed on news.dlq.", ""},
        subcommands = {DemoCommand.class, RunCommand.class, PublishCommand.class, TailCommand.class,
                ExtractCommand.class, AuditCommand.class, BenchCommand.class, BrokerCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Environment: KAFKA_BOOTSTRAP_SERVERS and any KAFKA_<PROPERTY> (e.g. KAFKA_SASL_JAAS_CONFIG) or "
                + "NEWSWIRE_<SETTING> (e.g. NEWSWIRE_TOPIC_RAW) set the matching property.",
                "Run 'newswire demo' to see the whole flow on an embedded broker."})
public final class NewswireCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    private final Map<String, String> environment;

    NewswireCommand(final Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** The command line with the given process environment, for {@code main} and for tests. */
    public static CommandLine commandLine(final Map<String, String> environment) {
        return new CommandLine(new NewswireCommand(environment)).setCaseInsensitiveEnumValuesAllowed(true);
    }

    Map<String, String> environment() {
        return environment;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
