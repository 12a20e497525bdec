package newswire.topology;

import newswire.model.ArticleEvent;
import newswire.model.CleanArticle;
import newswire.model.RawArticle;
import newswire.pipeline.ArticlePipeline;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

/**
 * The Newswire data flow. The application, the demo and the tests all build it here.
 *
 * <pre>
 * topic          key         value
 * news.raw       article id  RawArticle JSON       (input)
 * news.clean     article id  CleanArticle JSON
 * news.events    article id  ArticleEvent JSON     (the main downstream contract)
 * news.claims    claim id    Claim JSON
 * news.dlq       original    original bytes        (headers: stage, error, source topic, partition, offset)
 *
 * news.raw ─► parse ─► validate ─► clean ─┬─► extract ─► enrich ─┬─► news.events
 *                                         │                      └─► claims ─► news.claims
 *                                         └─► news.clean
 * (any stage) ─► news.dlq, through the exception handlers of {@link DeadLetters}
 * </pre>
 *
 * <p>The processor names are the stage names written on dead letters. Articles stay keyed by their id throughout, so
 * no stage repartitions and instances share the work by input partition.
 */
public final class NewswireTopology {

    public static final String PARSE = "parse";
    public static final String VALIDATE = "validate";
    public static final String CLEAN = "clean";
    public static final String EXTRACT = "extract";
    public static final String ENRICH = "enrich";
    public static final String CLAIMS = "claims";

    private final Topics topics;
    private final ArticlePipeline pipeline;

    public NewswireTopology(final Topics topics, final ArticlePipeline pipeline) {
        this.topics = topics;
        this.pipeline = pipeline;
    }

    public Topology build() {
        final StreamsBuilder builder = new StreamsBuilder();

        // Read bytes and parse in a processor, so that a record that is not a RawArticle fails in a named stage and
        // reaches the dead-letter topic through the same handler as every other failure.
        final Deserializer<RawArticle> parser = topics.raw().valueSerde().deserializer();
        final KStream<String, CleanArticle> clean = builder
                .stream(topics.raw().name(), Consumed.with(topics.raw().keySerde(), Serdes.ByteArray()).withName("read-raw"))
                .mapValues(bytes -> parser.deserialize(topics.raw().name(), bytes), Named.as(PARSE))
                .mapValues(pipeline::validate, Named.as(VALIDATE))
                .mapValues(pipeline::clean, Named.as(CLEAN));

        // Kafka Streams releases the input's raw bytes once a sink has sent a record, and a dead letter needs them: so
        // every stage runs before the first sink, and the first sink writes the largest result (the event), the one a
        // size limit refuses. Children run in the order they are added here.
        final KStream<String, ArticleEvent> events = clean
                .mapValues(pipeline::extract, Named.as(EXTRACT))
                .mapValues(pipeline::enrich, Named.as(ENRICH));
        events.to(topics.events().name(), topics.events().produced("write-events"));

        events.flatMap((articleId, event) -> event.claims().stream()
                        .map(claim -> KeyValue.pair(claim.id(), claim)).toList(), Named.as(CLAIMS))
                .to(topics.claims().name(), topics.claims().produced("write-claims"));

        clean.to(topics.clean().name(), topics.clean().produced("write-clean"));

        return builder.build();
    }

}
