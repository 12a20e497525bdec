package newswire.topology;

import newswire.config.TopicNames;
import newswire.model.ArticleEvent;
import newswire.model.Claim;
import newswire.model.CleanArticle;
import newswire.model.Estimate;
import newswire.model.RawArticle;
import newswire.serde.JsonSerde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Newswire's topics with their serdes, built from the configured names.
 *
 * @param deadLetters key and value are the original bytes of the failed record, whatever they were
 */
public record Topics(Topic<String, RawArticle> raw, Topic<String, CleanArticle> clean,
                     Topic<String, ArticleEvent> events, Topic<String, Claim> claims,
                     Topic<String, Estimate> estimates, Topic<byte[], byte[]> deadLetters) {

    public static Topics named(final TopicNames names) {
        return new Topics(
                new Topic<>(names.raw(), Serdes.String(), new JsonSerde<>(RawArticle.class)),
                new Topic<>(names.clean(), Serdes.String(), new JsonSerde<>(CleanArticle.class)),
                new Topic<>(names.events(), Serdes.String(), new JsonSerde<>(ArticleEvent.class)),
                new Topic<>(names.claims(), Serdes.String(), new JsonSerde<>(Claim.class)),
                new Topic<>(names.estimates(), Serdes.String(), new JsonSerde<>(Estimate.class)),
                new Topic<>(names.deadLetters(), Serdes.ByteArray(), Serdes.ByteArray()));
    }
}
