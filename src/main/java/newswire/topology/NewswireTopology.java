package newswire.topology;

import java.time.Duration;
import java.util.Set;
import newswire.clean.LearnedTemplate;
import newswire.config.NewswireConfig;
import newswire.config.TemplateSettings;
import newswire.dedupe.Dedupe;
import newswire.estimate.EstimateBook;
import newswire.model.CleanArticle;
import newswire.model.Estimate;
import newswire.model.RawArticle;
import newswire.ops.FlowCounters;
import newswire.pipeline.ArticlePipeline;
import newswire.serde.JsonSerde;
import newswire.topology.EstimateReports.SubjectReport;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The Newswire data flow. The application, the demo and the tests all build it here.
 *
 * <pre>
 * topic           key          value
 * news.raw        article id   RawArticle JSON       (input)
 * news.clean      article id   CleanArticle JSON
 * news.events     article id   ArticleEvent JSON     (the main downstream contract; CloudEvents headers)
 * news.claims     claim id     Claim JSON            (claims of articles that are not near-duplicates)
 * news.estimates  subject      Estimate JSON         (compacted: the latest view of each subject)
 * news.dlq        original     original bytes        (headers: stage, error, source topic, partition, offset)
 *
 * news.raw ─► parse ─► validate ─► clean ─► templates ─┬─► extract ─► enrich ─► estimate-reports ─┐
 *                                                     └─► news.clean                             │
 *   ┌────────────────────────────────────────────────────────────────────────────────────────────┘
 *   └─► dedupe ─┬─► cloudevents ─► news.events
 *               ├─► claims ─► news.claims
 *               └─► estimate ─► news.estimates
 * (any stage) ─► news.dlq, through the exception handlers of {@link DeadLetters}
 * </pre>
 *
 * <p>The processor names are the stage names written on dead letters. Up to estimate-reports, articles stay keyed by
 * id, so those stages never repartition, and every stage that works on an article's content is one of them: their
 * dead letters hold the article's original key and bytes. The dedupe ({@link Dedupe}: its own repartition topics and
 * stores) marks each event with the earlier copy of its story, if any; estimates
 * are grouped by subject ({@value #ESTIMATES_BY_SUBJECT}) into the store {@value #ESTIMATES_STORE}, which
 * {@code run --http-port} serves. The template memory ({@value #TEMPLATES_STORE}, keyed by source) is local to each task:
 * a source's articles spread over the partitions by id, and each task learns the source's template from its share,
 * which costs no repartition (docs/templates.md).
 * Every state store is changelog-backed and partitioned, so instances with one {@code application.id} share it.
 */
public final class NewswireTopology {

    public static final String PARSE = "parse";
    public static final String VALIDATE = "validate";
    public static final String CLEAN = "clean";
    public static final String TEMPLATES = "templates";
    public static final String EXTRACT = "extract";
    public static final String ENRICH = "enrich";
    public static final String ESTIMATE_REPORTS = "estimate-reports";
    public static final String DEDUPE = "dedupe";
    public static final String CLAIMS = "claims";
    public static final String ESTIMATE = "estimate";

    /**
     * The stages that read an article's several records in the dedupe: the index and the collector. Their dead
     * letters may be several for one article (one per record), counted as one ({@link DeadLetters#dedupeInput}).
     */
    public static final Set<String> DEDUPE_STAGES = Set.of(Dedupe.INDEX_PROCESSOR, DEDUPE);
    /**
     * The stages whose failure leaves an article unreleased after the index may have filed it, so it is withdrawn
     * from the index ({@link Dedupe#withdrawals}). Today the same stages as {@link #DEDUPE_STAGES}, but for another
     * reason: a stage counted once need not be one whose article is withdrawn, nor the reverse.
     */
    public static final Set<String> BEFORE_RELEASE_STAGES = Set.of(Dedupe.INDEX_PROCESSOR, DEDUPE);

    public static final String ESTIMATES_BY_SUBJECT = "estimates-by-subject";
    public static final String ESTIMATES_STORE = "estimates";
    public static final String TEMPLATES_STORE = "source-templates";

    private final Topics topics;
    private final ArticlePipeline pipeline;
    private final Duration dedupeWindow;
    private final int dedupePartitions;
    private final TemplateSettings templates;

    /**
     * How the event crosses the dedupe: as its {@link PreparedEvent}, the JSON of the event, its claims and its reports
     * written once before the first repartition; the event's is never read back.
     */
    static final Serde<PreparedEvent> PREPARED_EVENTS = PreparedEvent.Frames.serde();

    public NewswireTopology(final Topics topics, final ArticlePipeline pipeline, final Duration dedupeWindow,
                            final int dedupePartitions, final TemplateSettings templates) {
        this.topics = topics;
        this.pipeline = pipeline;
        this.dedupeWindow = dedupeWindow;
        this.dedupePartitions = dedupePartitions;
        this.templates = templates;
    }

    /** The topology with the topics, stages and dedupe settings of {@code config}. */
    public static NewswireTopology of(final NewswireConfig config) {
        return of(config, Topics.from(config), ArticlePipeline.standard(config));
    }

    /** The topology of {@code config} with other topics or stages (tests inject failing stages this way). */
    public static NewswireTopology of(final NewswireConfig config, final Topics topics, final ArticlePipeline pipeline) {
        return new NewswireTopology(topics, pipeline, config.dedupeWindow(), config.partitions(),
                config.templates());
    }

    public Topology build() {
        return build(FlowCounters.none());
    }

    /** The topology, counting the events and claims it writes into {@code counters}. */
    public Topology build(final FlowCounters counters) {
        final StreamsBuilder builder = new StreamsBuilder();

        // Read bytes and parse in a processor, so that a record that is not a RawArticle fails in a named stage and
        // reaches the dead-letter topic through the same handler as every other failure.
        final Deserializer<RawArticle> parser = topics.raw().valueSerde().deserializer();
        // An in-memory LRU map: its bound is the memory's (max sources), and an evicted source is deleted from the
        // changelog too. Cached, so a source's memory reaches the changelog once a commit, not once an article.
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.lruMap(TEMPLATES_STORE, templates.maxSources()),
                Serdes.String(), new JsonSerde<>(LearnedTemplate.class)).withCachingEnabled());
        final KStream<String, CleanArticle> clean = builder
                .stream(topics.raw().name(), Consumed.with(topics.raw().keySerde(), Serdes.ByteArray()).withName("read-raw"))
                .mapValues(bytes -> parser.deserialize(topics.raw().name(), bytes), Named.as(PARSE))
                .mapValues(pipeline::validate, Named.as(VALIDATE))
                .mapValues(pipeline::clean, Named.as(CLEAN))
                .processValues(() -> new TemplateSifting(templates), Named.as(TEMPLATES), TEMPLATES_STORE);

        // A dead letter holds the input's raw bytes, and only this sub-topology's input is the article (after a
        // repartition it is an internal record): so every stage that works on an article's content runs here, estimate
        // reports included, and the stages after the repartitions only file, route and add up what these computed.
        // Kafka Streams releases the raw bytes once a sink has sent a record: so every stage runs before this
        // sub-topology's first sink, and that sink writes the largest result (the event, on its way to dedupe), the
        // one a size limit refuses. Children run in the order they are added here.
        final KStream<String, PreparedEvent> enriched = clean
                .mapValues(pipeline::extract, Named.as(EXTRACT))
                .mapValues(pipeline::enrich, Named.as(ENRICH))
                .processValues(EstimateReports::new, Named.as(ESTIMATE_REPORTS));

        final KStream<String, PreparedEvent> released = dedupe(builder, enriched);
        clean.to(topics.clean().name(), topics.clean().produced("write-clean"));
        // Counted in the processors that hand the events and claims to their sinks: the processor names are the
        // stage names of dead letters and metrics, so counting adds none.
        released.mapValues(prepared -> {
                    counters.event(prepared.duplicateOf());
                    return prepared;
                }, Named.as("event"))
                .processValues(CloudEventHeaders::new, Named.as("cloudevents"))
                .to(topics.events().name(), topics.producedAsWritten(topics.events(), "write-events"));

        // A near-duplicate's claims are on its event, but are neither repeated as claims nor counted in estimates.
        final KStream<String, PreparedEvent> originals = released.filter(
                (id, prepared) -> prepared.duplicateOf() == null, Named.as("originals"));
        originals.flatMap((id, prepared) -> prepared.claims().stream().map(claim -> {
                    counters.claim(claim.kind());
                    return KeyValue.pair(claim.id(), claim.json());
                }).toList(), Named.as(CLAIMS))
                .to(topics.claims().name(), topics.producedAsWritten(topics.claims(), "write-claims"));
        originals.flatMap((id, prepared) -> prepared.reports().stream()
                                .map(report -> KeyValue.pair(report.subject(), report.json())).toList(),
                        Named.as("subject-reports"))
                .groupByKey(Grouped.with(ESTIMATES_BY_SUBJECT, Serdes.String(), Serdes.ByteArray()))
                .aggregate(() -> null, (subject, written, estimate) -> {
                            final SubjectReport report = PreparedEvent.REPORT_JSON.deserialize(null, written);
                            return EstimateBook.add(estimate, report.subject(), report.report());
                        },
                        Named.as(ESTIMATE),
                        Materialized.<String, Estimate, KeyValueStore<Bytes, byte[]>>as(ESTIMATES_STORE)
                                .withKeySerde(topics.estimates().keySerde())
                                .withValueSerde(topics.estimates().valueSerde()))
                .toStream(Named.as("estimate-changes"))
                .to(topics.estimates().name(), topics.estimates().produced("write-estimates"));

        return builder.build();
    }

    private KStream<String, PreparedEvent> dedupe(final StreamsBuilder builder,
                                                  final KStream<String, PreparedEvent> events) {
        return Dedupe.attach(builder, events, new Dedupe.Stories<>(PREPARED_EVENTS, PreparedEvent::body,
                        PreparedEvent::withDuplicateOf),
                DEDUPE, dedupeWindow, dedupePartitions, topics);
    }
}
