package newswire.dedupe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import newswire.dedupe.DedupeRecords.BandGroup;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Sketches an article and sends its band keys to the index, one record per index partition the keys fall in (not one
 * per key): fewer records and fewer serialisations, and the article's sketch travels once to each partition. Each
 * record names the input record it comes from, so two records with one article id in flight together are gathered
 * apart and each gets its event.
 */
final class SketchFiling<V> extends ContextualProcessor<String, V, String, BandGroup> {

    private final Dedupe.Stories<V> stories;
    private final SameStory sameStory;
    private final int partitions;
    private final Serializer<V> serializer;

    SketchFiling(final Dedupe.Stories<V> stories, final SameStory sameStory, final int partitions) {
        this.stories = stories;
        this.sameStory = sameStory;
        this.partitions = partitions;
        this.serializer = stories.serde().serializer();
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
        int expected = 0;
        for (final int partition : byPartition.keySet()) {
            expected |= 1 << partition;
        }
        // The event is written once, here, and crosses the dedupe as these bytes.
        byte[] event = serializer.serialize(null, record.value());
        for (final Map.Entry<Integer, List<String>> group : byPartition.entrySet()) {
            // The first group carries the event and is forwarded first: the size limit refuses a too-large event
            // before any other group is sent.
            context().forward(record.withKey(delivery).withValue(new BandGroup(articleId, delivery, group.getKey(),
                    expected, group.getValue(), sketch, event)));
            event = null;
        }
    }

    /** The index partition of a band key: the same wherever the article was read, so copies meet. */
    static int partitionOf(final String bandKey, final int partitions) {
        return Math.floorMod(bandKey.hashCode(), partitions);
    }
}
