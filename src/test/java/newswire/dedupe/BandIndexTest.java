package newswire.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import newswire.dedupe.DedupeRecords.BandGroup;
import newswire.dedupe.DedupeRecords.IndexInput;
import newswire.dedupe.DedupeRecords.PartitionVerdict;
import newswire.dedupe.DedupeRecords.Seen;
import newswire.dedupe.DedupeRecords.Withdrawal;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One index partition: finds the earliest same story under an article's keys, and keeps each key bounded. */
class BandIndexTest {

    private static final Duration WINDOW = Duration.ofDays(7);
    private static final String HOT_KEY = Integer.toHexString(Integer.MIN_VALUE);

    private final MockProcessorContext<String, PartitionVerdict> context = new MockProcessorContext<>();
    private final BandIndex index = new BandIndex(WINDOW, SameStory.STANDARD);
    private WindowStore<String, Seen> filed;

    @BeforeEach
    void initStores() {
        filed = Stores.windowStoreBuilder(Stores.inMemoryWindowStore(Dedupe.INDEX_STORE, WINDOW, WINDOW, true),
                Serdes.String(), Seen.serde()).withLoggingDisabled().build();
        final WindowStore<String, Sketch> sketches = Stores.windowStoreBuilder(
                Stores.inMemoryWindowStore(Dedupe.SKETCH_STORE, WINDOW, WINDOW, false), Serdes.String(),
                Serdes.serdeFrom((topic, sketch) -> sketch.bytes(), (topic, bytes) -> Sketch.fromBytes(bytes)))
                .withLoggingDisabled().build();
        filed.init(context.getStateStoreContext(), filed);
        sketches.init(context.getStateStoreContext(), sketches);
        context.addStateStore(filed);
        context.addStateStore(sketches);
        index.init(context);
    }

    @Test
    void shouldFileNoMoreThanItsBoundUnderAKeyManyStoriesShareAndStillFindACopy() {
        // Given more different stories than a key holds, all with the same least shingle (a common phrase)
        final int stories = BandIndex.MOST_PER_KEY + 8;
        for (int story = 0; story < stories; story++) {
            index.process(group("story-" + story, storySketch(story), story));
        }

        try (KeyValueIterator<?, Seen> underHotKey = filed.fetch(HOT_KEY, 0, stories)) {
            int count = 0;
            while (underHotKey.hasNext()) {
                underHotKey.next();
                count++;
            }
            assertThat(count).isEqualTo(BandIndex.MOST_PER_KEY);
        }
        assertThat(context.forwarded()).allSatisfy(verdict -> assertThat(verdict.record().value().earliest()).isNull());

        // A copy of a story filed after the key was full is still found, under the story's own keys
        context.resetForwards();
        index.process(group("copy", storySketch(stories - 1), stories));
        assertThat(context.forwarded()).singleElement().satisfies(verdict ->
                assertThat(verdict.record().value().earliest().articleId()).isEqualTo("story-" + (stories - 1)));
    }

    @Test
    void shouldNameNoWithdrawnArticleAsAnOriginalAndFileTheNextCopyInItsPlace() {
        // Given a story filed, then withdrawn: it became a dead letter before the dedupe released it
        index.process(group("original", storySketch(1), 10));
        context.resetForwards();
        index.process(new Record<>("original", new Withdrawal("original", 10), 11));
        assertThat(context.forwarded()).as("a withdrawal is answered by no verdict").isEmpty();

        // When two copies of it come, then the first names no original, and the second names the first
        index.process(group("copy", storySketch(1), 20));
        index.process(group("second-copy", storySketch(1), 30));
        assertThat(context.forwarded()).extracting(verdict -> verdict.record().value().earliest() == null ? null
                : verdict.record().value().earliest().articleId()).containsExactly(null, "copy");
    }

    @Test
    void shouldFileNothingOfABandGroupThatComesAfterItsArticlesWithdrawal() {
        // Given an article withdrawn before its band group is read (at-least-once: still in flight, or replayed)
        index.process(new Record<>("late", new Withdrawal("late", 10), 10));

        // When its group comes, it is answered, but filed under none of its keys
        index.process(group("late", storySketch(3), 10));
        assertThat(context.forwarded()).singleElement().satisfies(verdict ->
                assertThat(verdict.record().value().earliest()).isNull());
        try (KeyValueIterator<?, Seen> underHotKey = filed.fetch(HOT_KEY, 0, 100)) {
            assertThat(underHotKey.hasNext()).as("an index entry of the withdrawn article").isFalse();
        }

        // And two copies of it: the first names no original, the second names the first
        index.process(group("copy", storySketch(3), 20));
        index.process(group("second-copy", storySketch(3), 30));
        assertThat(context.forwarded()).extracting(verdict -> verdict.record().value().earliest() == null ? null
                : verdict.record().value().earliest().articleId()).containsExactly(null, null, "copy");
    }

    @Test
    void shouldMarkAWithdrawalWithASketchNoArticleIsFiledWithAndThatIsNoStory() {
        // An article is filed under its keys: the marker has none, so no article is filed with it
        assertThat(SameStory.STANDARD.indexKeys(BandIndex.WITHDRAWN)).isEmpty();
        // Read back from the store (by this release or an earlier one), it is the same story as nothing
        final Sketch stored = Sketch.fromBytes(BandIndex.WITHDRAWN.bytes());
        assertThat(stored).isEqualTo(BandIndex.WITHDRAWN);
        assertThat(SameStory.STANDARD.test(stored, storySketch(4))).isFalse();
        assertThat(SameStory.STANDARD.test(storySketch(4), stored)).isFalse();
    }

    @Test
    void shouldStillNameAnOriginalThatAnotherArticleWithdrawalDoesNotConcern() {
        // Given a story filed, and the withdrawal of another article, and of this one at another time
        index.process(group("original", storySketch(2), 10));
        index.process(new Record<>("other", new Withdrawal("other", 10), 11));
        index.process(new Record<>("original", new Withdrawal("original", 9), 12));
        context.resetForwards();

        // Then a copy still names it
        index.process(group("copy", storySketch(2), 20));
        assertThat(context.forwarded()).singleElement().satisfies(verdict ->
                assertThat(verdict.record().value().earliest().articleId()).isEqualTo("original"));
    }

    /** A story of 40 shingles: the least is the same in every story, the others its own. */
    private static Sketch storySketch(final int story) {
        final int[] sample = IntStream.range(0, 40)
                .map(i -> i == 0 ? Integer.MIN_VALUE : Integer.MIN_VALUE + 1 + story * 1000 + i).toArray();
        return new Sketch(sample.length, sample, new int[0], new int[0]);
    }

    private static Record<String, IndexInput> group(final String articleId, final Sketch sketch, final long time) {
        final List<String> keys = SameStory.STANDARD.indexKeys(sketch);
        return new Record<>(articleId, new BandGroup(articleId, articleId, 0, 1, keys, sketch, null), time);
    }
}
