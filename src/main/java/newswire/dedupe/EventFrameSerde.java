package newswire.dedupe;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import newswire.dedupe.DedupeRecords.BandGroup;
import newswire.dedupe.DedupeRecords.PartitionVerdict;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A dedupe record as a frame: the length of its head (4 bytes, big-endian), the head (a layout byte, then the
 * record's fields but the event, in binary: {@link HeadWriter}), then the event's bytes verbatim, to the end (none
 * on the records that do not carry it). Reading a record copies the event's bytes but never parses them, so the
 * article is not read or written as JSON at each hop of the dedupe. The heads were JSON until session 19: reading
 * and writing them was 3 % of the stream thread, the largest Kafka-side cost after the stages
 * (docs/performance.md).
 */
final class EventFrameSerde<T extends DedupeRecords.CarriesEvent<T>> implements Serde<T> {

    private static final int LENGTH_BYTES = Integer.BYTES;
    /** The head's first byte. The heads of earlier releases were JSON objects, whose first byte is '{'. */
    private static final byte HEAD_LAYOUT = 1;

    /** How one kind of record's fields, all but the event, are written into a head. */
    @FunctionalInterface
    interface HeadWriter<T> {

        void write(T record, DataOutputStream out) throws IOException;
    }

    /** How they are read back. */
    @FunctionalInterface
    interface HeadReader<T> {

        T read(DataInputStream in) throws IOException;
    }

    private final HeadWriter<T> writer;
    private final HeadReader<T> reader;
    private final String typeName;

    private EventFrameSerde(final HeadWriter<T> writer, final HeadReader<T> reader, final String typeName) {
        this.writer = writer;
        this.reader = reader;
        this.typeName = typeName;
    }

    static EventFrameSerde<BandGroup> bandGroups() {
        return new EventFrameSerde<>(BandGroup::writeHead, BandGroup::readHead, BandGroup.class.getSimpleName());
    }

    static EventFrameSerde<PartitionVerdict> verdicts() {
        return new EventFrameSerde<>(PartitionVerdict::writeHead, PartitionVerdict::readHead,
                PartitionVerdict.class.getSimpleName());
    }

    byte[] serialize(final String topic, final T data) {
        if (data == null) {
            return null;
        }
        final ByteArrayOutputStream written = new ByteArrayOutputStream(256);
        try {
            final DataOutputStream out = new DataOutputStream(written);
            out.writeByte(HEAD_LAYOUT);
            writer.write(data, out);
        } catch (final IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        final byte[] event = data.event() == null ? new byte[0] : data.event();
        return ByteBuffer.allocate(LENGTH_BYTES + written.size() + event.length)
                .putInt(written.size()).put(written.toByteArray()).put(event).array();
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
            throw new SerializationException(frame[0] == '{' ? earlierRelease()
                    : "a " + typeName + " frame of " + frame.length + " bytes says its head is " + headLength
                            + " bytes long");
        }
        if (headLength > 0 && frame[LENGTH_BYTES] == '{') {
            throw new SerializationException(earlierRelease());
        }
        final int eventStart = LENGTH_BYTES + headLength;
        final T read;
        try {
            final DataInputStream in = new DataInputStream(new ByteArrayInputStream(frame, LENGTH_BYTES, headLength));
            final byte layout = in.readByte();
            if (layout != HEAD_LAYOUT) {
                throw new SerializationException("a " + typeName + " head of layout " + layout + ", not "
                        + HEAD_LAYOUT + ": written by another Newswire release");
            }
            read = reader.read(in);
            if (in.available() > 0) {
                throw new SerializationException("a " + typeName + " head has " + in.available()
                        + " bytes after its last field");
            }
        } catch (final EOFException | IllegalArgumentException e) {
            throw new SerializationException("a " + typeName + " head cut short or malformed (" + headLength
                    + " bytes): " + e, e);
        } catch (final IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayInputStream does not fail but at its end
        }
        return read.withEvent(eventStart == frame.length ? null : Arrays.copyOfRange(frame, eventStart, frame.length));
    }

    private String earlierRelease() {
        return "a " + typeName + " written as JSON by an earlier Newswire release: drain the input before upgrading "
                + "(docs/resilience.md, Upgrades)";
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
