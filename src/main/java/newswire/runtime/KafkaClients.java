package newswire.runtime;

import java.util.Map;
import java.util.Properties;
import java.util.Set;
import newswire.config.NewswireConfig;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/** Client properties for the plain producer, consumer and admin clients, from the same configuration as Streams. */
public final class KafkaClients {

    /**
     * Only the settings a plain client knows are passed on (connection, security, tuning), so clients do not warn about
     * Streams-only keys such as {@code application.id}.
     */
    private static final Set<String> KNOWN = union(AdminClientConfig.configNames(), ConsumerConfig.configNames(),
            ProducerConfig.configNames());

    private KafkaClients() {
    }

    public static Properties properties(final NewswireConfig config, final Map<String, Object> overrides) {
        final Properties properties = new Properties();
        config.kafka().forEach((key, value) -> {
            if (KNOWN.contains(key)) {
                properties.put(key, value);
            }
        });
        properties.putAll(overrides);
        return properties;
    }

    @SafeVarargs
    private static Set<String> union(final Set<String>... sets) {
        final java.util.Set<String> all = new java.util.HashSet<>();
        for (final Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }
}
