package newswire.bench;

import newswire.model.RawArticle;
import newswire.pipeline.ArticleValidator;
import newswire.topology.Topics;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The Newswire topology with its work taken out: the same input, parse (the same JSON serde) and validation, and the
 * same two outputs per article (the clean and events topics, an article-sized JSON document each), but no cleaning,
 * extraction or enrichment: the validated {@code RawArticle} is written as it is. The gap between this and the real
 * topology is what the article work costs inside Kafka Streams; the gap between this and the broker is Streams' own.
 *
 * <pre>
 * news.raw ─► parse ─► validate ─┬─► news.clean   (RawArticle JSON)
 *                                └─► news.events  (RawArticle JSON)
 * </pre>
 */
public final class PassThroughTopology {

    private final Topics topics;
    private final ArticleValidator validator;

    public PassThroughTopology(final Topics topics, final ArticleValidator validator) {
        this.topics = topics;
        this.validator = validator;
    }

    public Topology build() {
        final StreamsBuilder builder = new StreamsBuilder();
        final String raw = topics.raw().name();
        final Deserializer<RawArticle> parser = topics.raw().valueSerde().deserializer();
        final KStream<String, RawArticle> articles = builder
                .stream(raw, Consumed.with(topics.raw().keySerde(), Serdes.ByteArray()).withName("read-raw"))
                .mapValues(bytes -> parser.deserialize(raw, bytes), Named.as("parse"))
                .mapValues(validator::validate, Named.as("validate"));
        // The raw serde writes what the real topology's CleanArticle and ArticleEvent serdes would: one JSON document
        // about the size of the article.
        final Produced<String, RawArticle> produced = Produced.with(topics.raw().keySerde(), topics.raw().valueSerde());
        articles.to(topics.clean().name(), produced.withName("write-clean"));
        articles.to(topics.events().name(), produced.withName("write-events"));
        return builder.build();
    }
}
