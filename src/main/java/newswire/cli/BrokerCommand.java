package newswire.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import newswire.broker.EmbeddedBroker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "broker", mixinStandardHelpOptions = true,
        header = "Run a single-node Kafka broker in this process until SIGTERM or Ctrl-C.",
        description = {"", "KRaft mode, bound to 127.0.0.1 only, from Kafka's own jars: for trying 'run', 'publish' "
                + "and 'tail' on a machine with no Kafka. Prints its bootstrap address on one line once it is ready. "
                + "Its data is deleted on exit unless --data-dir is given.", ""})
final class BrokerCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "0",
            description = "Port for clients; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    private int port;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Keep the broker's data here across restarts.")
    private Path dataDir;

    @Override
    public Integer call() throws InterruptedException {
        final EmbeddedBroker.Options options = EmbeddedBroker.Options.defaults().withPort(port).withDataDir(dataDir);
        try (EmbeddedBroker broker = EmbeddedBroker.start(options);
             ShutdownSignal signal = new ShutdownSignal()) {
            spec.commandLine().getOut().println(broker.bootstrapServers());
            spec.commandLine().getOut().flush();
            signal.await();
        }
        return 0;
    }
}
