package newswire.topology;

import java.util.Objects;
import newswire.dedupe.NearDuplicates;
import newswire.topology.DedupeRecords.BandVerdict;
import newswire.topology.DedupeRecords.PendingVerdict;
import newswire.topology.EstimateReports.ReportedEvent;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Gathers the verdicts of every band for one input record of an article (keyed by its delivery, see
 * {@link DedupeRecords#deliveryOf}) and, once all have answered, releases the article's event keyed by article id,
 * marked with the earliest near-duplicate any band found, with its estimate reports. The event waits as the bytes band
 * 0's verdict brought ({@link DedupeRecords#EVENT_JSON}) and is parsed once, on release.
 */
final class VerdictCollector extends ContextualProcessor<String, BandVerdict, String, ReportedEvent> {

    private static final int ALL_BANDS = (1 << NearDuplicates.BANDS) - 1;

    private final String pendingStore;
    private final String heldStore;
    private KeyValueStore<String, PendingVerdict> pending;
    private KeyValueStore<String, byte[]> held;

    VerdictCollector(final String pendingStore, final String heldStore) {
        this.pendingStore = pendingStore;
        this.heldStore = heldStore;
    }

    @Override
    public void init(final ProcessorContext<String, ReportedEvent> context) {
        super.init(context);
        pending = context.getStateStore(pendingStore);
        held = context.getStateStore(heldStore);
    }

    @Override
    public void process(final Record<String, BandVerdict> record) {
        final String delivery = record.key();
        final BandVerdict verdict = record.value();
        final boolean bringsEvent = verdict.event() != null;
        final PendingVerdict before = pending.get(delivery);
        final PendingVerdict after = (before == null ? PendingVerdict.NONE : before).with(verdict);
        if (after.bandsAnswered() != ALL_BANDS) {
            if (bringsEvent) {
                held.put(delivery, verdict.event());
            }
            pending.put(delivery, after);
            return;
        }
        // The event is held only if it came before the last verdict; when it comes last it is released as it came.
        final byte[] eventJson = bringsEvent ? verdict.event() : Objects.requireNonNull(held.get(delivery),
                () -> "every band answered for " + delivery + ", but no event is held for it");
        pending.delete(delivery);
        if (!bringsEvent) {
            held.delete(delivery);
        }
        final ReportedEvent reported = DedupeRecords.EVENT_JSON.deserialize(null, eventJson);
        final String duplicateOf = after.earliest() == null ? null : after.earliest().articleId();
        context().forward(record.withKey(reported.event().id())
                .withValue(new ReportedEvent(reported.event().withDuplicateOf(duplicateOf), reported.reports())));
    }
}
