package newswire.dedupe;

import java.util.Objects;
import newswire.dedupe.DedupeRecords.PartitionVerdict;
import newswire.dedupe.DedupeRecords.PendingVerdict;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Gathers the verdicts of every index partition an input record of an article was sent to (keyed by its delivery,
 * see {@link DedupeRecords#deliveryOf}) and, once all have answered, releases the article keyed by its id, marked
 * with the earliest same story any partition found. The article waits as the bytes the first group brought and is
 * read once, on release.
 */
final class VerdictCollector<V> extends ContextualProcessor<String, PartitionVerdict, String, V> {

    private final Dedupe.Stories<V> stories;
    private final Deserializer<V> deserializer;
    private KeyValueStore<String, PendingVerdict> pending;
    private KeyValueStore<String, byte[]> held;

    VerdictCollector(final Dedupe.Stories<V> stories) {
        this.stories = stories;
        this.deserializer = stories.serde().deserializer();
    }

    @Override
    public void init(final ProcessorContext<String, V> context) {
        super.init(context);
        pending = context.getStateStore(Dedupe.PENDING_STORE);
        held = context.getStateStore(Dedupe.HELD_STORE);
    }

    @Override
    public void process(final Record<String, PartitionVerdict> record) {
        final String delivery = record.key();
        final PartitionVerdict verdict = record.value();
        final boolean bringsEvent = verdict.event() != null;
        final PendingVerdict before = pending.get(delivery);
        final PendingVerdict after = (before == null ? PendingVerdict.NONE : before).with(verdict);
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
}
