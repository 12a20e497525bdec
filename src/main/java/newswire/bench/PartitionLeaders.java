package newswire.bench;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;

/**
 * Waits until the broker serves every partition of some new topics: each has a leader, and that leader answers for it. A KRaft controller accepts a topic before the
 * broker has loaded it, and an idempotent producer that writes in that gap gets NOT_LEADER_OR_FOLLOWER and, seen here,
 * a run of OUT_OF_ORDER_SEQUENCE_NUMBER retries that stalls the partition: no timing should start before this returns.
 */
final class PartitionLeaders {

    private PartitionLeaders() {
    }

    static void await(final String bootstrapServers, final Collection<String> topics, final Duration timeout) {
        final long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            while (true) {
                if (allLed(admin, topics) && allServed(admin, topics)) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the partitions of " + topics + " have no leader after " + timeout);
                }
                Thread.sleep(50);
            }
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for partition leaders", e);
        }
    }

    /**
     * Asks each partition's leader for its end offset. Unlike the metadata above, that is answered by the broker's
     * replica manager, which says NOT_LEADER_OR_FOLLOWER until it hosts the partition.
     */
    private static boolean allServed(final Admin admin, final Collection<String> topics) throws InterruptedException {
        try {
            final Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
            for (final TopicDescription topic : admin.describeTopics(topics).allTopicNames().get().values()) {
                for (final TopicPartitionInfo partition : topic.partitions()) {
                    partitions.put(new TopicPartition(topic.name(), partition.partition()), OffsetSpec.latest());
                }
            }
            admin.listOffsets(partitions).all().get();
            return true;
        } catch (final ExecutionException e) {
            return false;
        }
    }

    private static boolean allLed(final Admin admin, final Collection<String> topics) throws InterruptedException {
        try {
            for (final TopicDescription topic : admin.describeTopics(topics).allTopicNames().get().values()) {
                if (topic.partitions().isEmpty()
                        || topic.partitions().stream().anyMatch(p -> p.leader() == null || p.leader().isEmpty())) {
                    return false;
                }
            }
            return true;
        } catch (final ExecutionException e) {
            // not known to the broker yet (UnknownTopicOrPartition): ask again
            return false;
        }
    }
}
