package newswire.dedupe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import newswire.dedupe.DedupeRecords.PartitionVerdict;
import newswire.dedupe.DedupeRecords.PendingVerdict;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers the verdicts of every index partition an input record of an article was sent to (keyed by its delivery,
 * see {@link DedupeRecords#deliveryOf}) and, once all have answered, releases the article keyed by its id, marked
 * with the earliest same story any partition found. The article waits as the bytes the first group brought and is
 * read once, on release.
 *
 * <p>An article some of whose band groups or verdicts were dead-lettered (unreadable: an undrained upgrade, a corrupt
 * record) never completes, and its entries in the two stores, which do not expire by themselves, would stay forever.
 * Every {@link #SWEEP_EVERY} of stream time the collector removes the entries whose first verdict is older than the
 * window and {@link #MARGIN}: by then a copy of the article could no longer be compared with anything the index keeps.
 * Nothing else is said of the article: its dead letter already accounts for it.
 */
final class VerdictCollector<V> extends ContextualProcessor<String, PartitionVerdict, String, V> {

    /**
     * How much later than the window an entry is swept. An article's verdicts carry its own time, so stream time
     * passes its first one by more than the window only when its other index partitions lag the rest by as much.
     */
    static final Duration MARGIN = Duration.ofHours(1);
    /** How often, in stream time, the pending entries are looked over. */
    static final Duration SWEEP_EVERY = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(VerdictCollector.class);

    private final Dedupe.Stories<V> stories;
    private final Deserializer<V> deserializer;
    private final Duration kept;
    private KeyValueStore<String, PendingVerdict> pending;
    private KeyValueStore<String, byte[]> held;

    /** @param window the dedupe's window: an entry older than it and {@link #MARGIN} is swept */
    VerdictCollector(final Dedupe.Stories<V> stories, final Duration window) {
        this.stories = stories;
        this.deserializer = stories.serde().deserializer();
        this.kept = window.plus(MARGIN);
    }

    @Override
    public void init(final ProcessorContext<String, V> context) {
        super.init(context);
        pending = context.getStateStore(Dedupe.PENDING_STORE);
        held = context.getStateStore(Dedupe.HELD_STORE);
        context.schedule(SWEEP_EVERY, PunctuationType.STREAM_TIME, this::sweep);
    }

    @Override
    public void process(final Record<String, PartitionVerdict> record) {
        final String delivery = record.key();
        final PartitionVerdict verdict = record.value();
        final boolean bringsEvent = verdict.event() != null;
        final PendingVerdict before = pending.get(delivery);
        final PendingVerdict after = (before == null ? PendingVerdict.NONE : before).with(verdict, record.timestamp());
        if (!after.complete()) {
            if (bringsEvent) {
                held.put(delivery, verdict.event());
            }
            pending.put(delivery, after);
            return;
        }
        // The event is held only if it came before the last verdict; when it comes last it is released as it came.
        final byte[] event = bringsEvent ? verdict.event() : Objects.requireNonNull(held.get(delivery),
                () -> "every partition answered for " + delivery + ", but no event is held for it");
        if (before != null) {
            pending.delete(delivery);
        }
        if (!bringsEvent) {
            held.delete(delivery);
        }
        final String duplicateOf = after.earliest() == null ? null : after.earliest().articleId();
        context().forward(record.withKey(verdict.articleId())
                .withValue(stories.duplicateOf().apply(read(verdict.articleId(), delivery, event), duplicateOf)));
    }

    /**
     * The article's event, read once, on release. Bytes that cannot be read fail the verdict in process, an internal
     * record: the exception names the article and its input, for its dead letter.
     */
    private V read(final String articleId, final String delivery, final byte[] event) {
        try {
            return deserializer.deserialize(null, event);
        } catch (final RuntimeException e) {
            throw UnreadableEventException.of(articleId, delivery, e);
        }
    }

    /**
     * Removes the entries whose first verdict came more than the window and the margin before {@code streamTime},
     * with their held events, and logs how many, once. An entry an earlier release wrote, without a time, is given
     * this one, and is swept that much later.
     */
    void sweep(final long streamTime) {
        final long oldest = streamTime - kept.toMillis();
        final List<String> expired = new ArrayList<>();
        final List<KeyValue<String, PendingVerdict>> untimed = new ArrayList<>();
        try (KeyValueIterator<String, PendingVerdict> entries = pending.all()) {
            while (entries.hasNext()) {
                final KeyValue<String, PendingVerdict> entry = entries.next();
                if (entry.value.arrivedAt() == PendingVerdict.UNTIMED) {
                    untimed.add(KeyValue.pair(entry.key, entry.value.timedAt(streamTime)));
                } else if (entry.value.arrivedAt() < oldest) {
                    expired.add(entry.key);
                }
            }
        }
        untimed.forEach(entry -> pending.put(entry.key, entry.value));
        int events = 0;
        for (final String delivery : expired) {
            pending.delete(delivery);
            if (held.delete(delivery) != null) {
                events++;
            }
        }
        if (!expired.isEmpty()) {
            LOG.warn("Removed {} articles from {} (and {} of their events from {}) whose verdicts had not all come "
                    + "within {} of the first: some of their records in the dedupe were dead letters, which account "
                    + "for them", expired.size(), Dedupe.PENDING_STORE, events, Dedupe.HELD_STORE, kept);
        }
    }
}
