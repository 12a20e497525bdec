package newswire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import newswire.model.ArticleEvent;
import newswire.serde.JsonSerde;
import newswire.topology.DedupeRecords.BandVerdict;
import newswire.topology.DedupeRecords.PendingVerdict;
import newswire.topology.DedupeRecords.Seen;
import newswire.topology.EstimateReports.ReportedEvent;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The collector releases one event per input record, once all six bands have answered for that record. */
class VerdictCollectorTest {

    private static final ReportedEvent REPORTED = TopologyFixture.reportedSeed();
    private static final ArticleEvent EVENT = REPORTED.event();

    private final MockProcessorContext<String, ReportedEvent> context = new MockProcessorContext<>();
    private final VerdictCollector collector = new VerdictCollector("pending", "held");
    private final JsonSerde<PendingVerdict> pendingJson = new JsonSerde<>(PendingVerdict.class);

    @BeforeEach
    void initStores() {
        addStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("pending"), Serdes.String(), pendingJson)
                .withLoggingDisabled().build());
        addStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("held"), Serdes.String(), Serdes.ByteArray())
                .withLoggingDisabled().build());
        collector.init(context);
    }

    @Test
    void shouldReleaseEachOfTwoRecordsOfOneArticleWhoseVerdictsInterleave() {
        // Given two records of the same article (a replay while the first is still in the dedupe), bands interleaved
        final String first = DedupeRecords.deliveryOf("seed", "0:10");
        final String second = DedupeRecords.deliveryOf("seed", "0:11");
        for (int band = 5; band >= 0; band--) {
            collector.process(verdict(first, band, null));
            collector.process(verdict(second, (band + 3) % 6, null));
        }

        // Then each record's event is released once, keyed by article id, and nothing is left behind
        final List<String> releasedKeys = context.forwarded().stream().map(forward -> forward.record().key())
                .map(String.class::cast).toList();
        assertThat(releasedKeys).containsExactly("seed", "seed");
        assertThat(count("pending")).isZero();
        assertThat(count("held")).isZero();
    }

    @Test
    void shouldReleaseTheEventBand0BroughtMarkedWithTheEarliestNearArticleAnyBandFound() {
        final String delivery = DedupeRecords.deliveryOf("seed", "2:7");
        for (int band = 0; band < 6; band++) {
            final Seen found = band == 2 ? new Seen("later", "0", 200) : band == 4 ? new Seen("earlier", "0", 100) : null;
            collector.process(verdict(delivery, band, found));
        }

        assertThat(context.forwarded()).singleElement().satisfies(released -> assertThat(released.record().value())
                .isEqualTo(new ReportedEvent(EVENT.withDuplicateOf("earlier"), REPORTED.reports())));
    }

    @Test
    void shouldReleaseAnEventHeldAndPendingAsTheReleaseBeforeFramesLeftThem() {
        // Given band 0 answered under the earlier release: its pending verdict in that release's JSON, and the held
        // event as that release's JsonSerde<ReportedEvent> wrote it
        final String delivery = DedupeRecords.deliveryOf("seed", "1:3");
        final KeyValueStore<String, PendingVerdict> pending = context.getStateStore("pending");
        final String pendingThen = "{\"bandsAnswered\":1,\"earliest\":null,\"event\":null,\"reports\":null}";
        pending.put(delivery, pendingJson.deserialize(null, pendingThen.getBytes(StandardCharsets.UTF_8)));
        final KeyValueStore<String, byte[]> held = context.getStateStore("held");
        held.put(delivery, new JsonSerde<>(ReportedEvent.class).serialize(null, REPORTED));

        // When the other five bands answer under this release
        for (int band = 1; band < 6; band++) {
            collector.process(verdict(delivery, band, null));
        }

        // Then the event is released as it was held
        assertThat(context.forwarded()).singleElement()
                .satisfies(released -> assertThat(released.record().value()).isEqualTo(REPORTED));
        assertThat(count("held")).isZero();
    }

    /** A verdict as the band index forwards it: keyed by the delivery it is about; band 0's carries the event. */
    private static Record<String, BandVerdict> verdict(final String delivery, final int band, final Seen found) {
        final BandVerdict verdict = new BandVerdict("seed", delivery, band, found,
                band == 0 ? DedupeRecords.EVENT_JSON.serialize(null, REPORTED) : null);
        return new Record<>(verdict.delivery(), verdict, 0L);
    }

    private long count(final String store) {
        final KeyValueStore<String, ?> kv = context.getStateStore(store);
        return kv.approximateNumEntries();
    }

    @SuppressWarnings("deprecation") // MockProcessorContext still offers no other way to init a store
    private void addStore(final KeyValueStore<String, ?> store) {
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
    }
}
