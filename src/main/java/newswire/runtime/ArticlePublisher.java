package newswire.runtime;

import java.util.Map;
import java.util.concurrent.Future;
import newswire.config.NewswireConfig;
import newswire.model.RawArticle;
import newswire.serde.JsonSerde;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes articles to the raw topic, keyed by article id: as {@code RawArticle} JSON, or as bytes verbatim. */
public final class ArticlePublisher implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final String topic;
    private final JsonSerde<RawArticle> json = new JsonSerde<>(RawArticle.class);

    public ArticlePublisher(final NewswireConfig config) {
        // Idempotent, so a retried send cannot write an article twice.
        this.producer = new KafkaProducer<>(KafkaClients.properties(config, Map.of(
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.ACKS_CONFIG, "all")), new StringSerializer(), new ByteArraySerializer());
        this.topic = config.topics().raw();
    }

    public Future<RecordMetadata> publish(final RawArticle article) {
        return publishBytes(article.id(), json.serialize(topic, article));
    }

    /** Sends {@code value} as it is: for replaying dead letters and for testing bad input. */
    public Future<RecordMetadata> publishBytes(final String key, final byte[] value) {
        return producer.send(new ProducerRecord<>(topic, key, value));
    }

    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
