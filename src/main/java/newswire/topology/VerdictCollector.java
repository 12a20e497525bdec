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
 * Gathers the verdicts of every band for an article (keyed by article id again) and, once all have answered, releases
 * the article's event, marked with the earliest near-duplicate any band found, with its estimate reports.
 */
final class VerdictCollector extends ContextualProcessor<String, BandVerdict, String, ReportedEvent> {

    private static final int ALL_BANDS = (1 << NearDuplicates.BANDS) - 1;

    private final String storeName;
    private KeyValueStore<String, PendingVerdict> pending;

    VerdictCollector(final String storeName) {
        this.storeName = storeName;
    }

    @Override
    public void init(final ProcessorContext<String, ReportedEvent> context) {
        super.init(context);
        pending = context.getStateStore(storeName);
    }

    @Override
    public void process(final Record<String, BandVerdict> record) {
        final PendingVerdict before = pending.get(record.key());
        final PendingVerdict after = (before == null ? PendingVerdict.NONE : before).with(record.value());
        if (after.bandsAnswered() != ALL_BANDS || after.event() == null) {
            pending.put(record.key(), after);
            return;
        }
        pending.delete(record.key());
        final String duplicateOf = after.earliest() == null ? null : after.earliest().articleId();
        context().forward(record.withValue(new ReportedEvent(after.event().withDuplicateOf(duplicateOf),
                after.reports())));
    }
}
