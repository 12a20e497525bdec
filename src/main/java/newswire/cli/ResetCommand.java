package newswire.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import newswire.config.NewswireConfig;
import newswire.runtime.ApplicationReset;
import newswire.topology.NewswireTopology;
import newswire.topology.StreamsProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "reset", mixinStandardHelpOptions = true,
        header = "Reset the application so that the next 'run' processes the raw topic again from its start.",
        description = {"", "As Kafka's streams application reset tool does: moves the application's committed offsets "
                + "of the raw topic to its earliest records, deletes its internal topics (<application.id>-…"
                + "-repartition and -changelog: the dedupe index and the estimates with them) and this host's local "
                + "state (state.dir/<application.id>). Output topics are not touched: the replay appends to them, "
                + "with the same article ids, so consumers can deduplicate.",
                "", "Refuses (exit 1) while any instance of the application runs. Run it on every host that ran an "
                + "instance, or those hosts wipe their stale local state at their next start.", ""})
final class ResetCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private NewswireCommand parent;

    @Mixin
    private KafkaOptions kafka;

    @Option(names = "--state-dir", paramLabel = "DIR", description = "The state.dir 'run' used, if not the default.")
    private Path stateDir;

    @Override
    public Integer call() {
        final NewswireConfig given = kafka.config(parent.environment(), spec.commandLine());
        final NewswireConfig config = stateDir == null ? given
                : given.with(Map.of(NewswireConfig.STATE_DIR, stateDir.toString()));
        kafka.requireCluster(config);
        final ApplicationReset.Outcome outcome = ApplicationReset.reset(config, NewswireTopology.of(config).build(),
                StreamsProperties.from(config), Duration.ofSeconds(60));
        final var out = spec.commandLine().getOut();
        out.println("Reset application " + config.applicationId() + ": " + config.topics().raw() + " from its start ("
                + outcome.rewound().size() + " partitions); deleted " + outcome.deletedTopics().size()
                + " internal topics " + outcome.deletedTopics() + "; wiped local state " + outcome.localState());
        return 0;
    }
}
