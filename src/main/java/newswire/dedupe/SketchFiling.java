package newswire.dedupe;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import newswire.dedupe.DedupeRecords.BandGroup;
import newswire.dedupe.DedupeRecords.IndexInput;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Sketches an article and sends its band keys to the index, one record per index partition the keys fall in (not one
 * per key): fewer records and fewer serialisations, and the article's sketch travels once to each partition. Each
 * record names the input record it comes from, so two records with one article id in flight together are gathered
 * apart and each gets its event.
 */
final class SketchFiling<V> extends ContextualProcessor<String, V, String, IndexInput> {

    private static final EventFrameSerde<BandGroup> FRAMES = EventFrameSerde.bandGroups();

    private final Dedupe.Stories<V> stories;
    private final SameStory sameStory;
    private final int partitions;
    private final Serializer<V> serializer;
    private final IntPredicate fits;

    /** @param fits whether a band group's frame of so many bytes passes the size limit of the topic it is sent to */
    SketchFiling(final Dedupe.Stories<V> stories, final SameStory sameStory, final int partitions,
                 final IntPredicate fits) {
        this.stories = stories;
        this.sameStory = sameStory;
        this.partitions = partitions;
        this.serializer = stories.serde().serializer();
        this.fits = fits;
    }

    @Override
    public void process(final Record<String, V> record) {
        final String articleId = record.key();
        final String delivery = DedupeRecords.deliveryOf(articleId, context().recordMetadata()
                .map(read -> new DedupeRecords.Input(read.partition(), read.offset())).orElse(null));
        final Sketch sketch = Sketch.of(stories.text().apply(record.value()));
        final Map<Integer, List<String>> byPartition = new TreeMap<>();
        for (final String key : sameStory.indexKeys(sketch)) {
            byPartition.computeIfAbsent(partitionOf(key, partitions), p -> new ArrayList<>()).add(key);
        }
        if (byPartition.isEmpty()) {
            // A story without words is filed nowhere, but still needs one verdict to be released.
            byPartition.put(0, List.of());
        }
        int partitionBits = 0;
        for (final int partition : byPartition.keySet()) {
            partitionBits |= 1 << partition;
        }
        final int expected = partitionBits;
        // The event is written once, here, and crosses the dedupe as these bytes.
        final byte[] event = serializer.serialize(null, record.value());
        final Iterator<Map.Entry<Integer, List<String>>> groups = byPartition.entrySet().iterator();
        final BandGroup first = group(record.key(), delivery, expected, groups.next(), sketch, event);
        // The first group carries the event. One too large for the topic is forwarded alone: the size limit refuses
        // it, and its dead letter keeps the input's bytes, still at hand. Filed by the other groups, the article
        // would be the original of its later copies without ever being released, so they are not sent.
        final boolean tooLarge = !fits.test(FRAMES.frameLength(first));
        context().forward(record.withKey(delivery).withValue(first));
        if (tooLarge) {
            return;
        }
        groups.forEachRemaining(group -> context().forward(record.withKey(delivery)
                .withValue(group(record.key(), delivery, expected, group, sketch, null))));
    }

    private static BandGroup group(final String articleId, final String delivery, final int expected,
                                   final Map.Entry<Integer, List<String>> keys, final Sketch sketch,
                                   final byte[] event) {
        return new BandGroup(articleId, delivery, keys.getKey(), expected, keys.getValue(), sketch, event);
    }

    /** The index partition of a band key: the same wherever the article was read, so copies meet. */
    static int partitionOf(final String bandKey, final int partitions) {
        return Math.floorMod(bandKey.hashCode(), partitions);
    }
}
