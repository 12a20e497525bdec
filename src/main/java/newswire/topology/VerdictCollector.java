package newswire.topology;

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
 * marked with the earliest near-duplicate any band found, with its estimate reports.
 */
final class VerdictCollector extends ContextualProcessor<String, BandVerdict, String, ReportedEvent> {

    private static final int ALL_BANDS = (1 << NearDuplicates.BANDS) - 1;

    private final String pendingStore;
    private final String heldStore;
    private KeyValueStore<String, PendingVerdict> pending;
    private KeyValueStore<String, ReportedEvent> held;

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
        if (record.value().event() != null) {
            held.put(delivery, new ReportedEvent(record.value().event(), record.value().reports()));
        }
        final PendingVerdict before = pending.get(delivery);
        final PendingVerdict after = (before == null ? PendingVerdict.NONE : before).with(record.value());
        final ReportedEvent event = after.bandsAnswered() == ALL_BANDS ? heldEvent(delivery, after) : null;
        if (event == null) {
            pending.put(delivery, after);
            return;
        }
        pending.delete(delivery);
        held.delete(delivery);
        final String duplicateOf = after.earliest() == null ? null : after.earliest().articleId();
        context().forward(record.withKey(event.event().id())
                .withValue(new ReportedEvent(event.event().withDuplicateOf(duplicateOf), event.reports())));
    }

    private ReportedEvent heldEvent(final String delivery, final PendingVerdict verdict) {
        final ReportedEvent event = held.get(delivery);
        return event != null || verdict.event() == null ? event : new ReportedEvent(verdict.event(), verdict.reports());
    }
}
