package newswire.runtime;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import newswire.config.NewswireConfig;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates topics where they are missing; existing topics are left exactly as they are. The one place Newswire creates
 * topics: its own at start ({@code run}, {@code publish}, {@code demo}), and any the embedded broker is asked for.
 *
 * <p>It returns only once the broker serves every partition of the topics, not when the controller has accepted them:
 * a KRaft controller accepts a topic before the broker has loaded it, and an idempotent producer that writes in that
 * gap meets NOT_LEADER_OR_FOLLOWER and then, seen on the embedded broker, OUT_OF_ORDER_SEQUENCE_NUMBER retries that
 * stall the partition until the send times out two minutes later.
 */
public final class TopicAdmin {

    /** How long the cluster may take to list topics, to accept the creations, and to serve their partitions. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final Duration SERVED_POLL = Duration.ofMillis(50);

    private static final Logger LOG = LoggerFactory.getLogger(TopicAdmin.class);

    private TopicAdmin() {
    }

    /** Newswire's topics, with {@code newswire.partitions} and {@code newswire.replication.factor}. */
    public static void ensureTopics(final NewswireConfig config) {
        try {
            createMissing(KafkaClients.properties(config, Map.of()),
                    config.topics().all().stream().map(name -> newTopic(config, name)).toList());
        } catch (final IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + " (bootstrap servers " + config.bootstrapServers() + ")",
                    e.getCause());
        }
    }

    /**
     * Creates those of {@code topics} that do not exist yet, with the admin client of {@code adminSettings}, and
     * waits until each partition of every one of {@code topics} has a leader that answers for it. A topic someone
     * else creates meanwhile is fine.
     *
     * @throws IllegalStateException if the topics cannot be listed, one cannot be created, or their partitions are not
     *     served within {@link #TIMEOUT}
     */
    public static void createMissing(final Map<?, ?> adminSettings, final Collection<NewTopic> topics) {
        if (topics.isEmpty()) {
            return;
        }
        final Map<String, Object> settings = new java.util.HashMap<>();
        adminSettings.forEach((key, value) -> settings.put(key.toString(), value));
        try (Admin admin = Admin.create(settings)) {
            final Set<String> existing = admin.listTopics().names().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            final List<NewTopic> missing = topics.stream().filter(topic -> !existing.contains(topic.name())).toList();
            for (final var result : admin.createTopics(missing).values().entrySet()) {
                try {
                    result.getValue().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                    LOG.info("Created topic {}", describe(missing, result.getKey()));
                } catch (final ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + result.getKey() + ": "
                                + e.getCause().getMessage(), e.getCause());
                    }
                }
            }
            awaitServed(admin, topics.stream().map(NewTopic::name).toList(), System.nanoTime() + TIMEOUT.toNanos());
        } catch (final ExecutionException e) {
            throw new IllegalStateException("cannot list topics: " + e.getCause().getMessage(), e.getCause());
        } catch (final TimeoutException e) {
            throw new IllegalStateException("no answer from the cluster about topics within " + TIMEOUT, e);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }

    private static void awaitServed(final Admin admin, final List<String> names, final long deadline)
            throws InterruptedException {
        while (!allServed(admin, names)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the partitions of " + names + " are not served by a leader within "
                        + TIMEOUT);
            }
            Thread.sleep(SERVED_POLL.toMillis());
        }
    }

    /**
     * Whether every partition has a leader in the metadata and that leader tells its end offset: the metadata says who
     * leads as soon as the controller decides it, the end offset comes from the broker's replica manager, which says
     * NOT_LEADER_OR_FOLLOWER until it hosts the partition.
     */
    private static boolean allServed(final Admin admin, final List<String> names) throws InterruptedException {
        try {
            final Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
            for (final TopicDescription topic : admin.describeTopics(names).allTopicNames().get().values()) {
                for (final TopicPartitionInfo partition : topic.partitions()) {
                    if (partition.leader() == null || partition.leader().isEmpty()) {
                        return false;
                    }
                    partitions.put(new TopicPartition(topic.name(), partition.partition()), OffsetSpec.latest());
                }
            }
            admin.listOffsets(partitions).all().get();
            return true;
        } catch (final ExecutionException e) {
            // not known to the broker yet (UnknownTopicOrPartition), or not led yet: ask again
            return false;
        }
    }

    /** The estimates topic holds one current value per subject, so it is compacted, not deleted by age. */
    private static NewTopic newTopic(final NewswireConfig config, final String name) {
        final NewTopic topic = new NewTopic(name, config.partitions(), config.replicationFactor());
        return name.equals(config.topics().estimates())
                ? topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))
                : topic;
    }

    /** {@code news.raw (3 partitions, replication factor 1)}, or the broker's defaults where the topic left them. */
    private static String describe(final List<NewTopic> topics, final String name) {
        final NewTopic topic = topics.stream().filter(candidate -> candidate.name().equals(name)).findFirst()
                .orElseThrow();
        return name + " (" + (topic.numPartitions() < 0 ? "default" : topic.numPartitions()) + " partitions, "
                + "replication factor " + (topic.replicationFactor() < 0 ? "default" : topic.replicationFactor()) + ")";
    }
}
