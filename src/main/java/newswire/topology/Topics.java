package newswire.topology;

import newswire.config.NewswireConfig;
import newswire.config.TopicNames;
import newswire.dedupe.Dedupe;
import newswire.model.ArticleEvent;
import newswire.model.Claim;
import newswire.model.CleanArticle;
import newswire.model.Estimate;
import newswire.model.RawArticle;
import newswire.serde.JsonSerde;
import newswire.serde.SizeLimitedSerde;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.Produced;

/**
 * Newswire's topics with their serdes, built from the configured names.
 *
 * @param deadLetters    key and value are the original bytes of the failed record, whatever they were
 * @param maxRecordBytes the largest value the topology may write to any topic; larger ones become dead letters
 */
public record Topics(Topic<String, RawArticle> raw, Topic<String, CleanArticle> clean,
                     Topic<String, ArticleEvent> events, Topic<String, Claim> claims,
                     Topic<String, Estimate> estimates, Topic<byte[], byte[]> deadLetters, int maxRecordBytes)
        implements Dedupe.InternalSerde {

    public static Topics named(final TopicNames names) {
        return new Topics(
                new Topic<>(names.raw(), Serdes.String(), new JsonSerde<>(RawArticle.class)),
                new Topic<>(names.clean(), Serdes.String(), new JsonSerde<>(CleanArticle.class)),
                new Topic<>(names.events(), Serdes.String(), new JsonSerde<>(ArticleEvent.class)),
                new Topic<>(names.claims(), Serdes.String(), new JsonSerde<>(Claim.class)),
                new Topic<>(names.estimates(), Serdes.String(), new JsonSerde<>(Estimate.class)),
                new Topic<>(names.deadLetters(), Serdes.ByteArray(), Serdes.ByteArray()), Integer.MAX_VALUE);
    }

    /**
     * The serde of records on an internal (repartition) topic under the same size limit as the outputs: the event
     * crosses the dedupe repartition topics in full, so that is where a too-large result is first met.
     */
    public <V> Serde<V> internal(final Serde<V> serde) {
        return maxRecordBytes == Integer.MAX_VALUE ? serde : new SizeLimitedSerde<>(serde, maxRecordBytes);
    }

    /** The dedupe's repartition topics are internal ones: {@link #internal}. */
    @Override
    public <V> Serde<V> wrap(final Serde<V> serde) {
        return internal(serde);
    }

    /** Whether a value of {@code bytes} passes the size limit of {@link #internal}. */
    @Override
    public boolean fits(final int bytes) {
        return maxRecordBytes == Integer.MAX_VALUE || SizeLimitedSerde.fits(bytes, maxRecordBytes);
    }

    /**
     * How values of {@code topic} already written by its serde are sent to it: as those bytes, under the same size
     * limit as the topic's own serde (the events and claims are written before the dedupe, {@link PreparedEvent}).
     */
    <V> Produced<String, byte[]> producedAsWritten(final Topic<String, V> topic, final String processorName) {
        return Produced.with(topic.keySerde(), internal(Serdes.ByteArray())).withName(processorName);
    }

    /**
     * The topics of {@code config}, with every output limited to what the producer may send ({@code max.request.size},
     * or {@code producer.max.request.size}; Kafka's default is 1 MiB): a larger result becomes a dead letter instead
     * of stalling the application, see {@link SizeLimitedSerde}. Set {@code max.request.size} no higher than the
     * smallest {@code max.message.bytes} of the output and dead-letter topics.
     */
    public static Topics from(final NewswireConfig config) {
        return named(config.topics()).limitedTo(maxRequestSize(config.kafka()));
    }

    /** These topics with every output's values limited to {@code maxRecordBytes}; see {@link SizeLimitedSerde}. */
    public Topics limitedTo(final int maxRecordBytes) {
        return new Topics(raw, limited(clean, maxRecordBytes), limited(events, maxRecordBytes),
                limited(claims, maxRecordBytes), limited(estimates, maxRecordBytes), deadLetters, maxRecordBytes);
    }

    /** The producer's {@code max.request.size} in these Streams or client settings, else Kafka's default. */
    public static int maxRequestSize(final java.util.Map<String, ?> settings) {
        Object value = settings.get(org.apache.kafka.streams.StreamsConfig.producerPrefix(
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG));
        if (value == null) {
            value = settings.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        }
        return value == null ? 1024 * 1024 : Integer.parseInt(value.toString().strip());
    }

    private static <V> Topic<String, V> limited(final Topic<String, V> topic, final int maxRecordBytes) {
        return new Topic<>(topic.name(), topic.keySerde(), new SizeLimitedSerde<>(topic.valueSerde(), maxRecordBytes));
    }
}
