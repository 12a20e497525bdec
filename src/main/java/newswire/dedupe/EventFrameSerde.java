package newswire.dedupe;

import java.nio.ByteBuffer;
import java.util.Arrays;
import newswire.serde.JsonSerde;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A dedupe record as a frame: the length of its JSON (4 bytes, big-endian), its JSON without the event, then the
 * event's bytes verbatim, to the end (none on the bands that do not carry it). Reading a record copies the event's
 * bytes but never parses them, so the article is not read or written as JSON at each hop of the dedupe.
 */
final class EventFrameSerde<T extends DedupeRecords.CarriesEvent<T>> implements Serde<T> {

    private static final int LENGTH_BYTES = Integer.BYTES;

    private final JsonSerde<T> json;
    private final String typeName;

    EventFrameSerde(final Class<T> type) {
        this.json = new JsonSerde<>(type);
        this.typeName = type.getSimpleName();
    }

    byte[] serialize(final String topic, final T data) {
        if (data == null) {
            return null;
        }
        final byte[] head = json.serialize(topic, data);
        final byte[] event = data.event() == null ? new byte[0] : data.event();
        return ByteBuffer.allocate(LENGTH_BYTES + head.length + event.length)
                .putInt(head.length).put(head).put(event).array();
    }

    T deserialize(final String topic, final byte[] frame) {
        if (frame == null) {
            return null;
        }
        if (frame.length < LENGTH_BYTES) {
            throw new SerializationException("a " + typeName + " frame cut short: " + frame.length
                    + " bytes, fewer than the " + LENGTH_BYTES + " of its length");
        }
        final int headLength = ByteBuffer.wrap(frame).getInt();
        if (headLength < 0 || headLength > frame.length - LENGTH_BYTES) {
            // Releases before frames wrote a JSON object: its first byte, '{', makes a length of 2 GB.
            throw new SerializationException(frame[0] == '{'
                    ? "a " + typeName + " written as JSON by an earlier Newswire release: drain the input before "
                            + "upgrading (docs/resilience.md, Upgrades)"
                    : "a " + typeName + " frame of " + frame.length + " bytes says its JSON is " + headLength
                            + " bytes long");
        }
        final int eventStart = LENGTH_BYTES + headLength;
        final T head = json.deserialize(topic, Arrays.copyOfRange(frame, LENGTH_BYTES, eventStart));
        return head.withEvent(eventStart == frame.length ? null : Arrays.copyOfRange(frame, eventStart, frame.length));
    }

    @Override
    public Serializer<T> serializer() {
        return this::serialize;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this::deserialize;
    }
}
