package newswire.topology;

import java.util.List;
import newswire.dedupe.NearDuplicates;
import newswire.model.ArticleEvent;
import newswire.topology.DedupeRecords.BandEntry;
import newswire.topology.EstimateReports.ReportedEvent;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Files an article's event under its six fingerprint band keys, on its way to the band index. Each entry names the
 * input record it comes from, so two records with one article id in flight together are gathered apart and each gets
 * its event.
 */
final class FingerprintBands extends ContextualProcessor<String, ReportedEvent, String, BandEntry> {

    @Override
    public void process(final Record<String, ReportedEvent> record) {
        final ArticleEvent event = record.value().event();
        final String delivery = DedupeRecords.deliveryOf(event.id(), context().recordMetadata()
                .map(read -> read.partition() + ":" + read.offset()).orElse(null));
        final String fingerprint = event.article().fingerprint();
        // The event (with its reports) is written as JSON once, here, and crosses the dedupe as these bytes.
        final byte[] eventJson = DedupeRecords.EVENT_JSON.serialize(null, record.value());
        final List<String> keys = NearDuplicates.bandKeys(fingerprint);
        for (int band = 0; band < keys.size(); band++) {
            // Only band 0 carries the event, so the article crosses the repartitions once in full. It is forwarded
            // first: the size limit refuses a too-large event before any entry is sent (NewswireTopology.build).
            context().forward(record.withKey(keys.get(band)).withValue(new BandEntry(event.id(), delivery, fingerprint,
                    band, band == 0 ? eventJson : null)));
        }
    }
}
