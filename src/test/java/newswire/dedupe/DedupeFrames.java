package newswire.dedupe;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Records of the dedupe's repartition topics as tests put them there, of this release and of earlier ones. */
public final class DedupeFrames {

    private DedupeFrames() {
    }

    /** A band group or verdict as releases from issue 8 to session 19 framed it: a JSON head, then the event. */
    public static byte[] jsonHeadFrame(final String head, final String event) {
        final byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
        final byte[] eventBytes = event.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(Integer.BYTES + headBytes.length + eventBytes.length).putInt(headBytes.length)
                .put(headBytes).put(eventBytes).array();
    }

    /**
     * A band group as this release frames it, with a small sketch of its own: the keys of {@code delivery}'s article
     * that belong to index {@code partition}, of the partitions {@code expected} (one bit each), carrying
     * {@code event} (null for none).
     */
    public static byte[] bandGroup(final String articleId, final String delivery, final int partition,
                                   final int expected, final List<String> keys, final byte[] event) {
        final int[] sample = {-7, 3, 11, 42};
        return EventFrameSerde.bandGroups().serialize(null, new DedupeRecords.BandGroup(articleId, delivery, partition,
                expected, keys, new Sketch(sample.length, sample, new int[0], new int[0]), event));
    }

    /**
     * The band groups this release sends for an article of {@code text}, by index partition ({@code partitions} of
     * them), as {@link SketchFiling} makes them: its real sketch and keys, the lowest partition's carrying
     * {@code event}.
     */
    public static Map<Integer, byte[]> bandGroupsOf(final String articleId, final String delivery, final String text,
                                                    final int partitions, final byte[] event) {
        final Sketch sketch = Sketch.of(text);
        final Map<Integer, List<String>> keys = new TreeMap<>();
        for (final String key : SameStory.STANDARD.indexKeys(sketch)) {
            keys.computeIfAbsent(SketchFiling.partitionOf(key, partitions), p -> new ArrayList<>()).add(key);
        }
        final int expected = keys.keySet().stream().mapToInt(partition -> 1 << partition).reduce(0, (a, b) -> a | b);
        final Map<Integer, byte[]> groups = new TreeMap<>();
        keys.forEach((partition, ofPartition) -> groups.put(partition, EventFrameSerde.bandGroups().serialize(null,
                new DedupeRecords.BandGroup(articleId, delivery, partition, expected, ofPartition, sketch,
                        groups.isEmpty() ? event : null))));
        return groups;
    }

    /**
     * What a frame of the band groups' topic withdraws, read as the index reads it: the article id and its time, or
     * null if it is a band group.
     */
    public static Map.Entry<String, Long> withdrawnBy(final byte[] frame) {
        return EventFrameSerde.indexInputs().deserializer().deserialize(null, frame)
                instanceof DedupeRecords.Withdrawal withdrawal ? Map.entry(withdrawal.articleId(), withdrawal.time())
                : null;
    }
}
