package newswire.dedupe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newswire.dedupe.DedupeRecords.BandGroup;
import newswire.dedupe.DedupeRecords.IndexInput;
import newswire.dedupe.DedupeRecords.PartitionVerdict;
import newswire.dedupe.DedupeRecords.Seen;
import newswire.dedupe.DedupeRecords.Withdrawal;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.WindowStore;

/**
 * One partition of the index: for an article's band keys that belong here, finds the earliest article already filed
 * under any of them, within the window either side of its time, that is the same story ({@link SameStory}); files the
 * article under the keys where it found none. "Already filed" makes the first copy of a story to arrive its original,
 * and every copy points to it. The sketches of filed articles are kept once per partition, apart from the keys, so a
 * key costs a few bytes; both stores are window stores and drop what falls out of the window by themselves.
 *
 * <p>An article withdrawn ({@link Withdrawal}: dead-lettered before its release) has its sketch replaced here by
 * {@link #WITHDRAWN}, kept for the window as sketches are. Its entries under the keys stay until they expire, but the
 * marker is the same story as nothing, so no later copy names it, and a later copy is filed under those keys in its
 * place. The marker also stays the article's filing when a band group of it comes after the withdrawal (under
 * at-least-once, a group still in flight or sent again on replay): the group is answered but files nothing.
 */
final class BandIndex extends ContextualProcessor<String, IndexInput, String, PartitionVerdict> {

    /**
     * The most articles filed under one key within the window, and so the most one key's lookup compares. A shingle
     * common to many stories ("one of the") whose hash is small is among the least of most articles that have it;
     * unbounded, its key would make every such article compare with all of them. A full key takes no more articles;
     * copies still meet under the story's other keys.
     */
    static final int MOST_PER_KEY = 32;

    /**
     * What a withdrawn article's sketch is replaced with: the sketch of no words. No article is filed with it (a story
     * without shingles has no band keys), so it marks the withdrawal alone; it is the same story as nothing, and a
     * release before the marker, reading it from the store or its changelog, takes it so.
     */
    static final Sketch WITHDRAWN = new Sketch(0, new int[0], new int[0], new int[0]);

    private final Duration window;
    private final SameStory sameStory;
    private WindowStore<String, Seen> index;
    private WindowStore<String, Sketch> sketches;

    BandIndex(final Duration window, final SameStory sameStory) {
        this.window = window;
        this.sameStory = sameStory;
    }

    @Override
    public void init(final ProcessorContext<String, PartitionVerdict> context) {
        super.init(context);
        index = context.getStateStore(Dedupe.INDEX_STORE);
        sketches = context.getStateStore(Dedupe.SKETCH_STORE);
    }

    @Override
    public void process(final Record<String, IndexInput> record) {
        if (record.value() instanceof Withdrawal withdrawal) {
            sketches.put(withdrawal.articleId(), WITHDRAWN, withdrawal.time());
        } else {
            file(record.withValue((BandGroup) record.value()));
        }
    }

    private void file(final Record<String, BandGroup> record) {
        final BandGroup group = record.value();
        final long timestamp = record.timestamp();
        final Map<String, Boolean> compared = new HashMap<>();
        Seen earliest = null;
        final List<String> toFileUnder = new ArrayList<>();
        for (final String key : group.keys()) {
            boolean sameOneFiled = false;
            int filedHere = 0;
            try (KeyValueIterator<Long, Seen> candidates = index.fetch(key, timestamp - window.toMillis(),
                    timestamp + window.toMillis())) {
                while (candidates.hasNext() && filedHere < MOST_PER_KEY) {
                    final Seen seen = candidates.next().value;
                    filedHere++;
                    if (seen.articleId().equals(group.articleId())
                            || !compared.computeIfAbsent(seen.articleId(), id -> isSameStory(seen, group.sketch()))) {
                        continue;
                    }
                    sameOneFiled = true;
                    // Every key that finds an original says so; the collector keeps the earliest of them all.
                    earliest = Seen.earlier(earliest, seen);
                }
            }
            // Only an article that is the same story as nothing filed under a key is filed there, so a story
            // republished n times costs n lookups, not n² comparisons.
            if (!sameOneFiled && filedHere < MOST_PER_KEY) {
                toFileUnder.add(key);
            }
        }
        // Asked only when the article would be filed under a key: one store read per filing.
        if (!toFileUnder.isEmpty() && !WITHDRAWN.equals(sketches.fetch(group.articleId(), timestamp))) {
            final Seen filed = new Seen(group.articleId(), timestamp);
            toFileUnder.forEach(key -> index.put(key, filed, timestamp));
            sketches.put(group.articleId(), group.sketch(), timestamp);
        }
        // The event's bytes go on to the collector unread.
        context().forward(record.withValue(new PartitionVerdict(group.articleId(), group.delivery(), group.partition(),
                group.expected(), earliest, group.event())));
    }

    private boolean isSameStory(final Seen seen, final Sketch sketch) {
        final Sketch filed = sketches.fetch(seen.articleId(), seen.timestamp());
        return filed != null && sameStory.test(filed, sketch);
    }
}
