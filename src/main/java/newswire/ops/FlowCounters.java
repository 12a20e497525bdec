package newswire.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import newswire.model.ClaimKind;

/**
 * Newswire's own counters, the one place that counts what the topology put out: articles by outcome, claims by
 * kind, dead letters by stage, dedupe links. The topology calls it where it writes events and claims, the dead-letter
 * handlers where they write a dead letter.
 *
 * <p>They count attempts, as Kafka Streams' own metrics do: an input processed again after an aborted transaction
 * (a crash, a rebalance under exactly-once) is counted again. The committed truth is what {@code audit} reads.
 *
 * <p>Prometheus names: {@code newswire_articles_total{outcome="event"|"duplicate"|"dead_letter"}},
 * {@code newswire_claims_total{kind}}, {@code newswire_dead_letters_total{stage}},
 * {@code newswire_dedupe_links_total}.
 */
public final class FlowCounters {

    /**
     * The Streams property under which the dead-letter handlers, which Kafka Streams makes from their class names,
     * find the counters of their application.
     */
    public static final String PROPERTY = "newswire.flow.counters";

    public static final String ARTICLES = "newswire.articles";
    public static final String CLAIMS = "newswire.claims";
    public static final String DEAD_LETTERS = "newswire.dead.letters";
    public static final String DEDUPE_LINKS = "newswire.dedupe.links";

    /**
     * The inputs with several dead letters remembered, to count each as one article: an article's records in the
     * dedupe are read within moments of each other, so the last few thousand inputs are enough. The memory is bounded
     * whatever flows: 4,096 entries of about 150 bytes plus the article id each (an entry is the id, a partition and
     * an offset).
     */
    public static final int INPUTS_KEPT = 4_096;

    private final MeterRegistry registry;
    private final Counter events;
    private final Counter duplicates;
    private final Counter deadLetteredArticles;
    private final Counter dedupeLinks;
    private final Map<ClaimKind, Counter> claims = new EnumMap<>(ClaimKind.class);
    private final RecentSet countedInputs = new RecentSet(INPUTS_KEPT);

    public FlowCounters(final MeterRegistry registry) {
        this.registry = registry;
        // Registered up front, so a scrape shows every outcome and kind at 0 before the first article comes.
        events = article("event");
        duplicates = article("duplicate");
        deadLetteredArticles = article("dead_letter");
        dedupeLinks = Counter.builder(DEDUPE_LINKS)
                .description("Events that name an earlier near-duplicate article (duplicateOf)").register(registry);
        for (final ClaimKind kind : ClaimKind.values()) {
            claims.put(kind, Counter.builder(CLAIMS).tag("kind", kind.json())
                    .description("Claims written to the claims topic, by kind").register(registry));
        }
    }

    /** Counters that count into nothing: for a topology or handler run without a metrics endpoint. */
    public static FlowCounters none() {
        return new FlowCounters(new CompositeMeterRegistry());
    }

    /** The counters in these Streams settings (see {@link #PROPERTY}), else {@link #none()}. */
    public static FlowCounters in(final Map<String, ?> settings) {
        return settings.get(PROPERTY) instanceof FlowCounters counters ? counters : none();
    }

    /** {@code properties} with these counters, for {@link #in}. */
    public Properties addTo(final Properties properties) {
        properties.put(PROPERTY, this);
        return properties;
    }

    /**
     * An event was written: an article's outcome, and a dedupe link when it names an earlier copy.
     *
     * @param duplicateOf the event's {@code duplicateOf}: the earlier copy's id, or null
     */
    public void event(final String duplicateOf) {
        if (duplicateOf == null) {
            events.increment();
        } else {
            duplicates.increment();
            dedupeLinks.increment();
        }
    }

    /** A claim of this kind was written to the claims topic. */
    public void claim(final ClaimKind kind) {
        claims.get(kind).increment();
    }

    /**
     * A dead letter was written for an input that failed in {@code stage}. It counts as an article dead-lettered
     * unless an earlier dead letter named the same {@code input} and that input is still among the last
     * {@link #INPUTS_KEPT} named: then its article was counted already. Each instance keeps its own, so an article
     * whose dead letters were written by two instances counts once in each.
     *
     * @param input the input record the dead letter accounts for when an article may have several (its records in
     *              the dedupe: {@code DeadLetters.dedupeInput}), or null when the dead letter is an article's only one
     */
    public void deadLetter(final String stage, final String input) {
        if (input == null || countedInputs.add(input)) {
            deadLetteredArticles.increment();
        }
        Counter.builder(DEAD_LETTERS).tag("stage", stage)
                .description("Dead letters written, by the stage that failed").register(registry).increment();
    }

    private Counter article(final String outcome) {
        return Counter.builder(ARTICLES).tag("outcome", outcome)
                .description("Articles by how they ended: an event, an event flagged as a near-duplicate, a dead letter")
                .register(registry);
    }

    @Override
    public String toString() {
        // Kafka Streams logs its configuration, this object included.
        return "FlowCounters";
    }
}
