package newswire.runtime;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import newswire.config.NewswireConfig;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates Newswire's topics where they are missing; existing topics are left exactly as they are. */
public final class TopicAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(TopicAdmin.class);

    private TopicAdmin() {
    }

    /** The estimates topic holds one current value per subject, so it is compacted, not deleted by age. */
    private static NewTopic newTopic(final NewswireConfig config, final String name) {
        final NewTopic topic = new NewTopic(name, config.partitions(), config.replicationFactor());
        return name.equals(config.topics().estimates())
                ? topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))
                : topic;
    }

    public static void ensureTopics(final NewswireConfig config) {
        try (Admin admin = Admin.create(KafkaClients.properties(config, Map.of()))) {
            final Set<String> existing = admin.listTopics().names().get();
            final Set<NewTopic> missing = config.topics().all().stream()
                    .filter(name -> !existing.contains(name))
                    .map(name -> newTopic(config, name))
                    .collect(Collectors.toSet());
            if (missing.isEmpty()) {
                return;
            }
            for (final var result : admin.createTopics(missing).values().entrySet()) {
                try {
                    result.getValue().get();
                    LOG.info("Created topic {} ({} partitions, replication factor {})", result.getKey(),
                            config.partitions(), config.replicationFactor());
                } catch (final ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + result.getKey() + ": "
                                + e.getCause().getMessage(), e.getCause());
                    }
                }
            }
        } catch (final ExecutionException e) {
            throw new IllegalStateException("cannot list topics on " + config.bootstrapServers() + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }
}
