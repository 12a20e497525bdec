package newswire.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import newswire.config.NewswireConfig;
import newswire.runtime.ClusterCheck;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Where the Kafka cluster is and how to talk to it: the options of every subcommand that uses one. */
final class KafkaOptions {

    @Option(names = {"-b", "--bootstrap-servers"}, paramLabel = "HOST:PORT[,…]",
            description = "Kafka bootstrap servers. Default: $KAFKA_BOOTSTRAP_SERVERS, else bootstrap.servers in --config.")
    String bootstrapServers;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Properties file: any Kafka client or Streams property (security, tuning) and newswire.* "
                    + "settings (newswire.topic.raw, newswire.partitions, newswire.max.article.chars, …).")
    Path configFile;

    @Option(names = {"-D", "--set"}, paramLabel = "KEY=VALUE",
            description = "One setting, as in --config; wins over the file and the environment. Repeatable.")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--connect-timeout", paramLabel = "SECONDS", defaultValue = "15",
            description = "Fail when no broker answers at the bootstrap address within this long. "
                    + "Default: ${DEFAULT-VALUE}.")
    long connectTimeoutSeconds;

    Duration connectTimeout() {
        return Duration.ofSeconds(connectTimeoutSeconds);
    }

    /** Returns once a broker at the configured address has answered: fails fast, in one line, when none does. */
    void requireCluster(final NewswireConfig config) {
        ClusterCheck.requireCluster(config, connectTimeout());
    }

    /** The layered configuration; fails with a usage error when no bootstrap server is given anywhere. */
    NewswireConfig config(final Map<String, String> environment, final picocli.CommandLine commandLine) {
        final Map<String, String> flags = new LinkedHashMap<>(settings);
        if (bootstrapServers != null) {
            flags.put(NewswireConfig.BOOTSTRAP_SERVERS, bootstrapServers);
        }
        final NewswireConfig config;
        try {
            config = NewswireConfig.load(configFile, environment, flags);
        } catch (final RuntimeException e) {
            throw new ParameterException(commandLine, e.getMessage(), e);
        }
        if (config.bootstrapServers() == null || config.bootstrapServers().isBlank()) {
            throw new ParameterException(commandLine, "No Kafka cluster given: use --bootstrap-servers, set "
                    + "KAFKA_BOOTSTRAP_SERVERS, or put bootstrap.servers in a --config file. "
                    + "(To try Newswire without one, run 'newswire demo'.)");
        }
        return config;
    }

}
