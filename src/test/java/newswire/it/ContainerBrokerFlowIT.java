package newswire.it;

import org.junit.jupiter.api.Tag;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The seed flow on Apache Kafka's own container image, for machines with Docker. Where there is no Docker engine it is
 * reported as skipped ("Docker is not available"), not failed: the embedded-broker run covers the flow there.
 */
@Tag("integration")
@Testcontainers(disabledWithoutDocker = true)
class ContainerBrokerFlowIT extends SeedFlowContract {

    @Container
    private static final KafkaContainer KAFKA = new KafkaContainer(
            DockerImageName.parse(System.getProperty("newswire.kafka.image", "apache/kafka:4.4.0")));

    @Override
    String bootstrapServers() {
        return KAFKA.getBootstrapServers();
    }
}
