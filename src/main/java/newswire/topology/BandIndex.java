package newswire.topology;

import java.time.Duration;
import newswire.dedupe.NearDuplicates;
import newswire.topology.DedupeRecords.BandEntry;
import newswire.topology.DedupeRecords.BandVerdict;
import newswire.topology.DedupeRecords.Seen;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The index of one band of fingerprints: for each article filed under a band key, finds the earliest article already
 * filed there, within the window either side of its time, whose fingerprint is near; files the article if it found
 * none. "Already filed" makes the first article of a story to arrive its original, and every copy points to it.
 * Keyed by band key, so the index is partitioned across instances; the window store drops what falls out of the window
 * by itself.
 */
final class BandIndex extends ContextualProcessor<String, BandEntry, String, BandVerdict> {

    private final String storeName;
    private final Duration window;
    private final NearDuplicates nearDuplicates;
    private WindowStore<String, Seen> index;

    BandIndex(final String storeName, final Duration window, final NearDuplicates nearDuplicates) {
        this.storeName = storeName;
        this.window = window;
        this.nearDuplicates = nearDuplicates;
    }

    @Override
    public void init(final org.apache.kafka.streams.processor.api.ProcessorContext<String, BandVerdict> context) {
        super.init(context);
        index = context.getStateStore(storeName);
    }

    @Override
    public void process(final Record<String, BandEntry> record) {
        final BandEntry entry = record.value();
        final long timestamp = record.timestamp();
        Seen earliest = null;
        boolean nearOneFiled = false;
        try (KeyValueIterator<Long, Seen> filed = index.fetch(record.key(), timestamp - window.toMillis(),
                timestamp + window.toMillis())) {
            while (filed.hasNext()) {
                final KeyValue<Long, Seen> candidate = filed.next();
                final Seen seen = candidate.value;
                if (seen.articleId().equals(entry.articleId())
                        || !nearDuplicates.areNear(seen.fingerprint(), entry.fingerprint())) {
                    continue;
                }
                nearOneFiled = true;
                // Every band that finds a near original says so; the collector keeps the earliest of them all.
                if (earliest == null || seen.isBefore(earliest.articleId(), earliest.timestamp())) {
                    earliest = seen;
                }
            }
        }
        // Only an article near nothing filed here is filed, so a story republished n times costs n lookups, not n²
        // comparisons (filing every copy stalled the bench at 1,166 of 20,000 copies of one story). The price: a copy
        // that drifts further from a copy than from the original may not be linked (README, near-duplicates).
        if (!nearOneFiled) {
            index.put(record.key(), new Seen(entry.articleId(), entry.fingerprint(), timestamp), timestamp);
        }
        // The event's bytes go on to the collector unread.
        final BandVerdict verdict = new BandVerdict(entry.articleId(), entry.delivery(), entry.band(), earliest,
                entry.event());
        context().forward(record.withKey(verdict.delivery()).withValue(verdict));
    }
}
