package newswire.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import newswire.config.NewswireConfig;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;

/**
 * Resets the application for a full replay, as Kafka's streams application reset tool does, through the Admin API:
 * the committed offsets of the input topic go back to its earliest records, the application's internal topics
 * (repartition and changelog) are deleted, and this host's local state is wiped. Output topics are left alone. It
 * refuses while any instance of the application is still a member of its consumer group.
 */
public final class ApplicationReset {

    private ApplicationReset() {
    }

    /** What was reset. */
    public record Outcome(Set<TopicPartition> rewound, Set<String> deletedTopics, String localState) {
    }

    /** Some instance of the application still runs: resetting under it would corrupt what it is doing. */
    public static final class ApplicationRunningException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        ApplicationRunningException(final String message) {
            super(message);
        }
    }

    /**
     * @param topology   the application's topology, for Kafka Streams' own clean-up of the local state directory
     * @param properties its Streams properties (application id, state directory)
     */
    public static Outcome reset(final NewswireConfig config, final Topology topology, final Properties properties,
                                final Duration timeout) {
        final String application = config.applicationId();
        try (Admin admin = Admin.create(KafkaClients.properties(config, Map.of()))) {
            requireNoMembers(admin, application, timeout);
            final Set<String> existing = get(admin.listTopics().names(), timeout);
            final Set<String> internal = internalTopics(application, topology.describe()).stream()
                    .filter(existing::contains).collect(Collectors.toCollection(java.util.TreeSet::new));
            final Map<TopicPartition, OffsetAndMetadata> committed =
                    get(admin.listConsumerGroupOffsets(application).partitionsToOffsetAndMetadata(), timeout);
            final Set<TopicPartition> ofInternal = committed.keySet().stream()
                    .filter(partition -> internal.contains(partition.topic())).collect(Collectors.toSet());
            if (!ofInternal.isEmpty()) {
                get(admin.deleteConsumerGroupOffsets(application, ofInternal).all(), timeout);
            }
            final Set<TopicPartition> rewound = existing.contains(config.topics().raw())
                    ? rewindToEarliest(admin, application, config.topics().raw(), timeout) : Set.of();
            if (!internal.isEmpty()) {
                get(admin.deleteTopics(internal).all(), timeout);
            }
            try (KafkaStreams streams = new KafkaStreams(topology, properties)) {
                streams.cleanUp();
            }
            return new Outcome(rewound, internal, config.stateDir().resolve(application).toString());
        }
    }

    /**
     * The internal topics of this topology: {@code <application.id>-<name>-repartition} for its repartition topics and
     * {@code <application.id>-<store>-changelog} for its stores. Named from the topology rather than matched by prefix,
     * so that resetting {@code newswire} leaves {@code newswire-demo}'s topics alone.
     */
    static Set<String> internalTopics(final String application, final TopologyDescription description) {
        final Set<String> topics = new java.util.TreeSet<>();
        for (final TopologyDescription.Subtopology subtopology : description.subtopologies()) {
            for (final TopologyDescription.Node node : subtopology.nodes()) {
                if (node instanceof TopologyDescription.Source source && source.topicSet() != null) {
                    source.topicSet().stream().filter(topic -> topic.endsWith("-repartition"))
                            .forEach(topic -> topics.add(application + "-" + topic));
                } else if (node instanceof TopologyDescription.Processor processor) {
                    processor.stores().forEach(store -> topics.add(application + "-" + store + "-changelog"));
                }
            }
        }
        return topics;
    }

    private static void requireNoMembers(final Admin admin, final String application, final Duration timeout) {
        final ConsumerGroupDescription group;
        try {
            group = get(admin.describeConsumerGroups(List.of(application)).describedGroups().get(application),
                    timeout);
        } catch (final IllegalStateException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return;
            }
            throw e;
        }
        if (!group.members().isEmpty()) {
            throw new ApplicationRunningException("application " + application + " is still running ("
                    + group.members().size() + " member" + (group.members().size() == 1 ? "" : "s") + ": "
                    + group.members().stream().map(member -> member.host()).distinct().sorted()
                    .collect(Collectors.joining(", ")) + "); stop every instance first");
        }
    }

    private static Set<TopicPartition> rewindToEarliest(final Admin admin, final String application,
                                                        final String topic, final Duration timeout) {
        final var description = get(admin.describeTopics(List.of(topic)).allTopicNames(), timeout).get(topic);
        final Map<TopicPartition, OffsetSpec> earliest = description.partitions().stream()
                .collect(Collectors.toMap(partition -> new TopicPartition(topic, partition.partition()),
                        partition -> OffsetSpec.earliest()));
        final Map<TopicPartition, OffsetAndMetadata> offsets = get(admin.listOffsets(earliest).all(), timeout)
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        entry -> new OffsetAndMetadata(entry.getValue().offset())));
        get(admin.alterConsumerGroupOffsets(application, offsets).all(), timeout);
        return offsets.keySet();
    }

    private static <T> T get(final org.apache.kafka.common.KafkaFuture<T> future, final Duration timeout) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (final ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (final TimeoutException e) {
            throw new IllegalStateException("the cluster did not answer within " + timeout, e);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while resetting", e);
        }
    }
}
