package newswire.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import newswire.dedupe.DedupeRecords.PartitionVerdict;
import newswire.dedupe.DedupeRecords.PendingVerdict;
import newswire.dedupe.DedupeRecords.Seen;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.Punctuator;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The collector releases one article per input record, once every partition it was sent to has answered. */
class VerdictCollectorTest {

    /** Articles as plain strings: the dedupe knows nothing of what it carries. */
    static final Dedupe.Stories<String> STORIES = new Dedupe.Stories<>(Serdes.String(), text -> text,
            (text, duplicateOf) -> duplicateOf == null ? text : text + " [copy of " + duplicateOf + "]");
    private static final String STORY = "Seoul said 1,500 North Korean troops were sent to Russia.";
    /** Partitions 0, 1 and 3 hold the article's keys. */
    private static final int EXPECTED = 0b1011;

    private static final Duration WINDOW = Duration.ofDays(7);

    private final MockProcessorContext<String, String> context = new MockProcessorContext<>();
    private final VerdictCollector<String> collector = new VerdictCollector<>(STORIES, WINDOW);

    @BeforeEach
    void initStores() {
        addStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(Dedupe.PENDING_STORE), Serdes.String(),
                PendingVerdict.serde()).withLoggingDisabled().build());
        addStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(Dedupe.HELD_STORE), Serdes.String(),
                Serdes.ByteArray()).withLoggingDisabled().build());
        collector.init(context);
    }

    @Test
    void shouldReleaseEachOfTwoRecordsOfOneArticleWhoseVerdictsInterleave() {
        // Given two records of the same article (a replay while the first is still in the dedupe), verdicts interleaved
        final String first = DedupeRecords.deliveryOf("seed", new DedupeRecords.Input(0, 10));
        final String second = DedupeRecords.deliveryOf("seed", new DedupeRecords.Input(0, 11));
        for (final int partition : new int[] {3, 1, 0}) {
            collector.process(verdict(first, partition, null));
            collector.process(verdict(second, partition == 3 ? 0 : partition == 0 ? 3 : 1, null));
        }

        // Then each record's article is released once, keyed by article id, and nothing is left behind
        final List<String> releasedKeys = context.forwarded().stream().map(forward -> forward.record().key())
                .map(String.class::cast).toList();
        assertThat(releasedKeys).containsExactly("seed", "seed");
        assertThat(count(Dedupe.PENDING_STORE)).isZero();
        assertThat(count(Dedupe.HELD_STORE)).isZero();
    }

    @Test
    void shouldWaitForEveryPartitionAndMarkTheArticleWithTheEarliestCopyAnyFound() {
        final String delivery = DedupeRecords.deliveryOf("seed", new DedupeRecords.Input(2, 7));
        collector.process(verdict(delivery, 1, new Seen("later", 200)));
        collector.process(verdict(delivery, 0, null));
        assertThat(context.forwarded()).isEmpty();

        collector.process(verdict(delivery, 3, new Seen("earlier", 100)));

        assertThat(context.forwarded()).singleElement().satisfies(released -> assertThat(released.record().value())
                .isEqualTo(STORY + " [copy of earlier]"));
    }

    @Test
    void shouldSweepAnArticleWhoseVerdictsDidNotAllComeWithinTheWindowAndTheMargin() {
        // Given an article whose verdicts of partitions 0 and 1 came at time 1,000, its partition 3's never
        final String stuck = DedupeRecords.deliveryOf("seed", new DedupeRecords.Input(0, 3));
        collector.process(verdict(stuck, 0, null).withTimestamp(1_000L));
        collector.process(verdict(stuck, 1, null).withTimestamp(1_000L));
        final Punctuator sweep = context.scheduledPunctuators().get(0).getPunctuator();
        final long kept = WINDOW.plus(VerdictCollector.MARGIN).toMillis();

        // When stream time reaches the window and the margin past it, it stays; once past, it is swept
        sweep.punctuate(1_000L + kept);
        assertThat(count(Dedupe.PENDING_STORE)).isOne();
        assertThat(count(Dedupe.HELD_STORE)).isOne();
        sweep.punctuate(1_001L + kept);

        // Then neither its verdicts nor its event are held any more, and nothing was released
        assertThat(count(Dedupe.PENDING_STORE)).isZero();
        assertThat(count(Dedupe.HELD_STORE)).isZero();
        assertThat(context.forwarded()).isEmpty();
        assertThat(context.scheduledPunctuators().get(0).getType()).isEqualTo(PunctuationType.STREAM_TIME);
    }

    @Test
    void shouldGiveAnEntryOfAnEarlierReleaseTheTimeOfTheFirstSweepThatSeesIt() {
        // Given an entry as the release before entries had a time wrote it, in flight across the upgrade
        final String delivery = DedupeRecords.deliveryOf("seed", new DedupeRecords.Input(0, 5));
        final KeyValueStore<String, PendingVerdict> pending = context.getStateStore(Dedupe.PENDING_STORE);
        pending.put(delivery, new PendingVerdict(0b0001, EXPECTED, null, PendingVerdict.UNTIMED));
        final Punctuator sweep = context.scheduledPunctuators().get(0).getPunctuator();
        final long kept = WINDOW.plus(VerdictCollector.MARGIN).toMillis();

        // When a sweep sees it, it is not swept but stamped; a window and the margin later it is swept
        sweep.punctuate(500_000L);
        assertThat(pending.get(delivery).arrivedAt()).isEqualTo(500_000L);
        sweep.punctuate(500_000L + kept + 1);
        assertThat(pending.get(delivery)).isNull();
    }

    @Test
    void shouldKeepTheTimeOfTheFirstVerdict() {
        final String delivery = DedupeRecords.deliveryOf("seed", new DedupeRecords.Input(0, 6));
        collector.process(verdict(delivery, 1, null).withTimestamp(2_000L));
        collector.process(verdict(delivery, 3, null).withTimestamp(9_000L));

        final KeyValueStore<String, PendingVerdict> pending = context.getStateStore(Dedupe.PENDING_STORE);
        assertThat(pending.get(delivery).arrivedAt()).isEqualTo(2_000L);
    }

    /** A verdict as the index forwards it: keyed by the delivery it is about; partition 0's carries the article. */
    private static Record<String, PartitionVerdict> verdict(final String delivery, final int partition,
                                                            final Seen found) {
        final PartitionVerdict verdict = new PartitionVerdict("seed", delivery, partition, EXPECTED, found,
                partition == 0 ? STORY.getBytes(StandardCharsets.UTF_8) : null);
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
