package newswire.dedupe;

import java.util.Arrays;
import newswire.dedupe.DedupeRecords.BandGroup;
import newswire.dedupe.DedupeRecords.IndexInput;
import newswire.dedupe.DedupeRecords.PartitionVerdict;
import newswire.dedupe.DedupeRecords.Withdrawal;
import newswire.serde.BinaryFields;
import newswire.serde.BinaryFields.FieldReader;
import newswire.serde.BinaryFields.FieldWriter;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A dedupe record as a frame: the length of its head (4 bytes, big-endian), the head (a layout byte, then the
 * record's fields but the event, in binary: {@link BinaryFields}), then the event's bytes verbatim, to the end (none
 * on the records that do not carry it). Reading a record copies the event's bytes but never parses them, so the
 * article is not read or written as JSON at each hop of the dedupe. The heads were JSON until session 19: reading
 * and writing them was 3 % of the stream thread, the largest Kafka-side cost after the stages
 * (docs/performance.md).
 */
final class EventFrameSerde<T extends DedupeRecords.CarriesEvent<T>> implements Serde<T> {

    /**
     * The head's first byte: the version of its layout, counted up from 1 when a record's head changes. The heads of
     * earlier releases were JSON objects, whose first byte is '{'.
     */
    static final byte HEAD_LAYOUT = 1;
    /**
     * The head's first byte on a {@link Withdrawal}, which shares the band groups' topic and has no event: a tag ('W'),
     * not a version, far outside the range the band group's layout counts through, so its next layouts stay free.
     */
    static final byte WITHDRAWAL_TAG = 'W';

    private final FieldWriter<T> writer;
    private final FieldReader<T> reader;
    private final String typeName;

    private EventFrameSerde(final FieldWriter<T> writer, final FieldReader<T> reader, final String typeName) {
        this.writer = writer;
        this.reader = reader;
        this.typeName = typeName;
    }

    static EventFrameSerde<BandGroup> bandGroups() {
        return new EventFrameSerde<>(BandGroup::writeHead, BandGroup::readHead, BandGroup.class.getSimpleName());
    }

    /**
     * The records of the band groups' topic: band groups as {@link #bandGroups()} frames them, and withdrawals, told
     * apart by the first byte of their head (a withdrawal's is {@link #WITHDRAWAL_TAG}), so a band group's frame is as
     * it was.
     */
    static Serde<IndexInput> indexInputs() {
        final EventFrameSerde<BandGroup> groups = bandGroups();
        return Serdes.serdeFrom(
                (topic, record) -> record instanceof Withdrawal withdrawal ? withdrawal(withdrawal)
                        : groups.serialize(topic, (BandGroup) record),
                (topic, frame) -> isWithdrawal(frame)
                        ? BinaryFields.readHead(frame, WITHDRAWAL_TAG, "a Withdrawal", Withdrawal::readHead)
                        : groups.deserialize(topic, frame));
    }

    static byte[] withdrawal(final Withdrawal withdrawal) {
        return BinaryFields.frame(WITHDRAWAL_TAG, withdrawal, Withdrawal::writeHead, 0).array();
    }

    /** Whether {@code frame}, read from the band groups' topic, is a withdrawal's (whole or not). */
    static boolean isWithdrawal(final byte[] frame) {
        return frame != null && frame.length > BinaryFields.LENGTH_BYTES
                && frame[BinaryFields.LENGTH_BYTES] == WITHDRAWAL_TAG;
    }

    /**
     * The bytes {@link #serialize} would write for {@code data}, counted without writing its event: the head is
     * written (a few hundred bytes), the event only measured.
     */
    int frameLength(final T data) {
        return BinaryFields.LENGTH_BYTES + BinaryFields.laidOut(HEAD_LAYOUT, data, writer).length
                + (data.event() == null ? 0 : data.event().length);
    }

    static EventFrameSerde<PartitionVerdict> verdicts() {
        return new EventFrameSerde<>(PartitionVerdict::writeHead, PartitionVerdict::readHead,
                PartitionVerdict.class.getSimpleName());
    }

    byte[] serialize(final String topic, final T data) {
        if (data == null) {
            return null;
        }
        final byte[] event = data.event() == null ? new byte[0] : data.event();
        return BinaryFields.frame(HEAD_LAYOUT, data, writer, event.length).put(event).array();
    }

    T deserialize(final String topic, final byte[] frame) {
        if (frame == null) {
            return null;
        }
        final T read = BinaryFields.readHead(frame, HEAD_LAYOUT, "a " + typeName, reader, "a " + typeName
                + " written as JSON by an earlier Newswire release: drain the input before upgrading "
                + "(docs/resilience.md, Upgrades)");
        final int eventStart = BinaryFields.partsStart(frame);
        return read.withEvent(eventStart == frame.length ? null : Arrays.copyOfRange(frame, eventStart, frame.length));
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
