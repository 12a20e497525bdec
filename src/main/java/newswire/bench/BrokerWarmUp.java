package newswire.bench;

import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Gets a new broker's one-time costs out of the way before anything is timed: the first transactional producer makes
 * the broker create and load {@code __transaction_state}, which would otherwise land on whichever Streams scenario
 * runs first and make it look slower than the ones after it.
 */
final class BrokerWarmUp {

    static final String TOPIC = "bench.warmup";

    private BrokerWarmUp() {
    }

    static void run(final newswire.broker.EmbeddedBroker broker) {
        broker.createTopics(1, TOPIC);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "newswire-bench-warmup",
                ProducerConfig.CLIENT_ID_CONFIG, "newswire-bench-warmup"),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(TOPIC, new byte[0]));
            producer.commitTransaction();
        }
    }
}
