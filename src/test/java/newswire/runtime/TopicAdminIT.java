package newswire.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Collectors;
import newswire.broker.EmbeddedBroker;
import newswire.config.NewswireConfig;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The one way topics are created, by Newswire's commands and by the embedded broker alike. */
@Tag("integration")
class TopicAdminIT {

    @Test
    void shouldCreateNewswiresMissingTopicsAndLeaveExistingOnesAsTheyAre() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start()) {
            // Given Newswire's topics named for this test, the raw one already there with one partition
            final String run = UUID.randomUUID().toString().substring(0, 8);
            final NewswireConfig config = NewswireConfig.defaults().with(Map.of(
                    NewswireConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers(),
                    "newswire.partitions", "2",
                    "newswire.topic.raw", "raw-" + run,
                    "newswire.topic.events", "events-" + run,
                    "newswire.topic.estimates", "estimates-" + run));
            broker.createTopics(List.of(new NewTopic("raw-" + run, 1, (short) 1)));

            // When Newswire ensures its topics, twice
            TopicAdmin.ensureTopics(config);
            TopicAdmin.ensureTopics(config);

            // Then the missing ones have newswire.partitions, the raw one keeps its one partition
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    broker.bootstrapServers()))) {
                final Map<String, Integer> partitions = admin.describeTopics(config.topics().all()).allTopicNames()
                        .get().values().stream().collect(Collectors.toMap(TopicDescription::name,
                                description -> description.partitions().size()));
                assertThat(partitions).containsEntry("raw-" + run, 1).containsEntry("events-" + run, 2)
                        .hasSize(config.topics().all().size());
                // And the estimates topic is compacted
                final ConfigResource estimates = new ConfigResource(ConfigResource.Type.TOPIC, "estimates-" + run);
                assertThat(admin.describeConfigs(List.of(estimates)).all().get().get(estimates)
                        .get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
            }
        }
    }

    @Test
    void shouldReturnOnlyOnceAnIdempotentProducerCanWriteToEveryPartitionAtOnce() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start()) {
            for (int round = 0; round < 5; round++) {
                // Given Newswire's topics, new, ensured just now
                final String run = UUID.randomUUID().toString().substring(0, 8);
                final NewswireConfig config = NewswireConfig.defaults().with(Map.of(
                        NewswireConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers(),
                        "newswire.topic.raw", "raw-" + run));
                TopicAdmin.ensureTopics(config);

                // When an idempotent producer, as publish's, writes to each partition of the raw topic at once
                try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                        ProducerConfig.ACKS_CONFIG, "all",
                        ProducerConfig.LINGER_MS_CONFIG, "0",
                        ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000",
                        ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "10000"),
                        new StringSerializer(), new StringSerializer())) {
                    final List<Future<RecordMetadata>> sends = IntStream.range(0, config.partitions())
                            .mapToObj(partition -> producer.send(new ProducerRecord<>("raw-" + run, partition,
                                    "key", "value")))
                            .toList();

                    // Then every record is written at the first attempt: no partition answered NOT_LEADER_OR_FOLLOWER
                    for (final Future<RecordMetadata> send : sends) {
                        assertThat(send.get().offset()).isZero();
                    }
                    assertThat(producer.metrics().entrySet()).filteredOn(metric -> metric.getKey().group()
                            .equals("producer-metrics") && metric.getKey().name().equals("record-retry-total"))
                            .singleElement().extracting(metric -> metric.getValue().metricValue()).isEqualTo(0.0);
                }
            }
        }
    }
}
