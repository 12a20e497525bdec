package newswire.dedupe;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Tells {@link SketchFiling} whether the band group it just forwarded was refused by the topic's serializer (the size
 * limit: the event it carries is too large). Kafka Streams serializes a record on the stream thread, inside the
 * processor's {@code forward}, and hands a refusal to the production exception handler, which makes the input a dead
 * letter and lets processing go on: the processor is not told. Without this, the article's other groups were still
 * sent and filed it in their index partitions, so later copies named an original that never reached the events topic.
 * Per thread, because one serde serves every task of every stream thread.
 */
final class RefusedGroups {

    private final ThreadLocal<boolean[]> refused = ThreadLocal.withInitial(() -> new boolean[1]);

    /** {@code serde}, its serializer noting on this thread each value it refuses. */
    <T> Serde<T> watching(final Serde<T> serde) {
        final Serializer<T> serializer = serde.serializer();
        return Serdes.serdeFrom((topic, value) -> {
            try {
                return serializer.serialize(topic, value);
            } catch (final RuntimeException e) {
                refused.get()[0] = true;
                throw e;
            }
        }, serde.deserializer());
    }

    /** Runs {@code send} and says whether a serializer {@link #watching watched} refused a value meanwhile. */
    boolean whileSending(final Runnable send) {
        final boolean[] flag = refused.get();
        flag[0] = false;
        send.run();
        return flag[0];
    }
}
