package newswire.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import newswire.broker.BrokerExtension;
import newswire.config.NewswireConfig;
import newswire.config.TopicNames;
import newswire.runtime.FlowAudit;
import newswire.runtime.StreamsRunner;
import newswire.runtime.ThreadReplacements;
import newswire.runtime.TopicAdmin;
import newswire.topology.NewswireTopology;
import newswire.topology.StreamsProperties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scale and rebalance: two instances with the same {@code application.id} share 6-partition topics; one is stopped in
 * the middle of the stream, so the other takes its partitions over, and started again, so they are shared anew. Every
 * article has exactly one event in the end: nothing lost, nothing doubled.
 */
@Tag("integration")
class RebalanceIT {

    private static final Duration DEADLINE = Duration.ofSeconds(90);
    private static final int PARTITIONS = 6;
    private static final int ARTICLES = 1_500;

    @RegisterExtension
    static final BrokerExtension BROKER = new BrokerExtension();

    @TempDir
    Path dir;

    @Test
    void shouldShareThePartitionsAndLoseOrDoubleNothingWhenAnInstanceStopsAndComesBack() throws Exception {
        // Given two instances of one application on 6-partition topics, each with a state directory of its own
        final String run = Harness.runName();
        final Map<String, String> settings = Harness.settings(BROKER.bootstrapServers(), run, dir, PARTITIONS);
        final NewswireConfig config = Harness.config(settings);
        final NewswireConfig configA = config.with(Map.of("state.dir", dir.resolve("a").toString()));
        final NewswireConfig configB = config.with(Map.of("state.dir", dir.resolve("b").toString()));
        final TopicNames topics = config.topics();
        TopicAdmin.ensureTopics(config);
        final List<String> ids = IntStream.range(0, ARTICLES).mapToObj(n -> Harness.id(run, n)).toList();
        final int third = ARTICLES / 3;

        try (KafkaProducer<String, byte[]> producer = Harness.producer(BROKER.bootstrapServers());
             Harness.Reader reader = new Harness.Reader(BROKER.bootstrapServers(), topics.events(),
                     topics.deadLetters());
             Admin admin = Admin.create(Map.of("bootstrap.servers", BROKER.bootstrapServers()));
             StreamsRunner a = start(configA)) {
            StreamsRunner b = start(configB);
            try {
                awaitMembers(admin, config.applicationId(), 2);

                // When the first third is published and instance B is stopped while they work on it
                ids.subList(0, third).forEach(id -> Harness.send(producer, topics.raw(), Harness.article(id)));
                producer.flush();
                reader.readUntil(records -> Harness.count(records, topics.events()) >= third / 3, DEADLINE);
                b.close();

                // And the second third is published while A works alone, and B is started again
                ids.subList(third, 2 * third).forEach(id -> Harness.send(producer, topics.raw(), Harness.article(id)));
                producer.flush();
                awaitMembers(admin, config.applicationId(), 1);
                reader.readUntil(records -> Harness.count(records, topics.events()) >= third + third / 2, DEADLINE);
                b = start(configB);
                awaitMembers(admin, config.applicationId(), 2);
                ids.subList(2 * third, ARTICLES).forEach(id -> Harness.send(producer, topics.raw(),
                        Harness.article(id)));
                producer.flush();

                // Then every article has exactly one committed event
                final List<ConsumerRecord<byte[], byte[]>> read = reader.readUntil(records ->
                        Set.copyOf(Harness.keys(records, topics.events())).size() >= ARTICLES, DEADLINE);
                reader.drain(Duration.ofSeconds(2));
                final List<String> eventKeys = Harness.keys(read, topics.events());
                assertThat(new TreeSet<>(eventKeys)).as("none missing").isEqualTo(new TreeSet<>(ids));
                assertThat(eventKeys).as("none twice").hasSize(ARTICLES);
                assertThat(Harness.count(read, topics.deadLetters())).isZero();
                final FlowAudit.Result audit = FlowAudit.of(config, DEADLINE);
                assertThat(audit.exact()).as(audit.describe()).isTrue();
                assertThat(audit.events()).isEqualTo(ARTICLES);
                assertThat(read.stream().filter(r -> r.topic().equals(topics.events())).map(ConsumerRecord::partition)
                        .distinct().count()).as("events keyed over all partitions").isEqualTo(PARTITIONS);
            } finally {
                b.close();
            }
        }
    }

    private static StreamsRunner start(final NewswireConfig config) {
        final var topology = NewswireTopology.of(config).build();
        return StreamsRunner.start(topology, StreamsProperties.from(config), DEADLINE,
                ThreadReplacements.from(config));
    }

    /** Waits until the group has {@code count} members and every one of them owns some of the raw partitions. */
    private static void awaitMembers(final Admin admin, final String group, final int count) throws Exception {
        Harness.await(count + " members sharing the partitions", DEADLINE, () -> {
            try {
                final ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group))
                        .describedGroups().get(group).get();
                final var members = description.members();
                return members.size() == count && members.stream().allMatch(RebalanceIT::ownsPartitions)
                        && members.stream().mapToInt(m -> m.assignment().topicPartitions().size()).sum()
                        >= PARTITIONS;
            } catch (final Exception e) {
                return false;
            }
        });
    }

    private static boolean ownsPartitions(final MemberDescription member) {
        return !member.assignment().topicPartitions().isEmpty();
    }
}
