package newswire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newswire.dedupe.NearDuplicates;
import newswire.model.ArticleEvent;
import newswire.topology.DedupeRecords.BandEntry;
import newswire.topology.EstimateReports.ReportedEvent;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

/** An article's event filed under its six band keys, each entry naming the input record it came from. */
class FingerprintBandsTest {

    private static final ReportedEvent REPORTED = TopologyFixture.reportedSeed();
    private static final ArticleEvent EVENT = REPORTED.event();

    @Test
    void shouldFileTheEventUnderItsSixBandKeysWithTheEventAsJsonOnBandZeroOnly() {
        final List<BandEntry> entries = entriesOfRecordAt(4);

        assertThat(entries).extracting(BandEntry::band).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(DedupeRecords.EVENT_JSON.deserialize(null, entries.get(0).event())).isEqualTo(REPORTED);
        assertThat(entries.subList(1, 6)).allSatisfy(entry -> assertThat(entry.event()).isNull());
    }

    @Test
    void shouldTellTwoRecordsOfOneArticleApart() {
        final String first = entriesOfRecordAt(4).get(0).delivery();
        final String second = entriesOfRecordAt(5).get(0).delivery();

        assertThat(first).isEqualTo("seed@1:4").isNotEqualTo(second);
        assertThat(entriesOfRecordAt(4)).extracting(BandEntry::delivery).containsOnly(first);
    }

    private static List<BandEntry> entriesOfRecordAt(final long offset) {
        final MockProcessorContext<String, BandEntry> context = new MockProcessorContext<>();
        context.setRecordMetadata("news.raw", 1, offset);
        final FingerprintBands bands = new FingerprintBands();
        bands.init(context);
        bands.process(new Record<>("seed", REPORTED, 0L));
        final List<String> keys = context.forwarded().stream().map(f -> (String) f.record().key()).toList();
        assertThat(keys).isEqualTo(NearDuplicates.bandKeys(EVENT.article().fingerprint()));
        return context.forwarded().stream().map(f -> (BandEntry) f.record().value()).toList();
    }
}
