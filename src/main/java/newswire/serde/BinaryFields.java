package newswire.serde;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;

/**
 * The binary layouts of internal records (the dedupe's frames and store entries, the prepared event): a layout byte,
 * then the fields in order, strings and byte arrays each as its length (a big-endian int) and its bytes, strings in
 * UTF-8, numbers as big-endian ints and longs. A frame is the length of such a head, the head, then parts the head
 * gives the lengths of, verbatim. A length that claims more bytes than are left is refused before anything is
 * allocated, so a malformed record costs a {@link SerializationException}, not 2 GB; so is a record cut anywhere.
 */
public final class BinaryFields {

    /** The bytes of a length: of a frame's head, of a string or byte array field. */
    public static final int LENGTH_BYTES = Integer.BYTES;

    /** How one kind of record writes its fields after the layout byte. */
    @FunctionalInterface
    public interface FieldWriter<T> {

        void write(T record, DataOutputStream out) throws IOException;
    }

    /**
     * How it reads them back, from a buffer positioned after the layout byte: a field cut short throws a
     * {@link BufferUnderflowException}, a malformed one an {@link IllegalArgumentException}. A buffer, not a
     * stream: the index reads an entry for every article filed under each key it looks up.
     */
    @FunctionalInterface
    public interface FieldReader<T> {

        T read(ByteBuffer in);
    }

    private BinaryFields() {
    }

    /** {@code record} as its layout byte and its fields. */
    public static <T> byte[] laidOut(final byte layout, final T record, final FieldWriter<T> fields) {
        return written(layout, record, fields).toByteArray();
    }

    /**
     * The record {@code bytes} hold as {@link #laidOut} wrote it, refused with a {@link SerializationException}
     * naming {@code what} if its first byte is not {@code layout}, a field is cut short or malformed, or bytes are
     * left after the last field.
     */
    public static <T> T read(final byte[] bytes, final byte layout, final String what, final FieldReader<T> fields) {
        return read(bytes, 0, bytes.length, layout, what, fields);
    }

    /**
     * A frame: the length of {@code record}'s head (its layout byte and fields), the head, then room for
     * {@code partsLength} bytes, which the caller puts into the buffer returned, positioned there.
     */
    public static <T> ByteBuffer frame(final byte layout, final T record, final FieldWriter<T> head,
                                       final int partsLength) {
        final ByteArrayOutputStream written = written(layout, record, head);
        return ByteBuffer.allocate(LENGTH_BYTES + written.size() + partsLength).putInt(written.size())
                .put(written.toByteArray());
    }

    /**
     * The head of a frame as {@link #frame} wrote it. A frame whose head is JSON (an earlier release's: '{' first, or
     * after the length) is refused with {@code earlierRelease}; the other refusals are {@link #read}'s.
     */
    public static <T> T readHead(final byte[] frame, final byte layout, final String what,
                                 final FieldReader<T> head, final String earlierRelease) {
        if (frame.length > 0 && frame[0] == '{') {
            throw new SerializationException(earlierRelease);
        }
        final int headLength = headLength(frame, what);
        if (headLength > 0 && frame[LENGTH_BYTES] == '{') {
            throw new SerializationException(earlierRelease);
        }
        return read(frame, LENGTH_BYTES, headLength, layout, what + " head", head);
    }

    /** The head of a frame as {@link #frame} wrote it, of a record no release wrote with a JSON head. */
    public static <T> T readHead(final byte[] frame, final byte layout, final String what, final FieldReader<T> head) {
        return read(frame, LENGTH_BYTES, headLength(frame, what), layout, what + " head", head);
    }

    private static int headLength(final byte[] frame, final String what) {
        if (frame.length < LENGTH_BYTES) {
            throw new SerializationException(what + " frame cut short: " + frame.length + " bytes, fewer than the "
                    + LENGTH_BYTES + " of its head's length");
        }
        final int headLength = ByteBuffer.wrap(frame).getInt();
        if (headLength < 0 || headLength > frame.length - LENGTH_BYTES) {
            throw new SerializationException(what + " frame of " + frame.length + " bytes says its head is "
                    + headLength + " bytes long");
        }
        return headLength;
    }

    /** Where the parts of {@code frame} begin, after its head; only for a frame {@link #readHead} has read. */
    public static int partsStart(final byte[] frame) {
        return LENGTH_BYTES + ByteBuffer.wrap(frame).getInt();
    }

    private static <T> ByteArrayOutputStream written(final byte layout, final T record, final FieldWriter<T> fields) {
        final ByteArrayOutputStream written = new ByteArrayOutputStream(256);
        try {
            final DataOutputStream out = new DataOutputStream(written);
            out.writeByte(layout);
            fields.write(record, out);
        } catch (final IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return written;
    }

    private static <T> T read(final byte[] bytes, final int offset, final int length, final byte layout,
                              final String what, final FieldReader<T> fields) {
        if (length == 0 || bytes[offset] != layout) {
            throw new SerializationException(what + " of layout " + (length == 0 ? "(none: no bytes)"
                    : String.valueOf(bytes[offset])) + ", not " + layout + ": written by another Newswire release");
        }
        try {
            final ByteBuffer in = ByteBuffer.wrap(bytes, offset + 1, length - 1);
            final T read = fields.read(in);
            if (in.hasRemaining()) {
                throw new SerializationException(what + " has " + in.remaining() + " bytes after its last field");
            }
            return read;
        } catch (final BufferUnderflowException | IllegalArgumentException e) {
            throw new SerializationException(what + " cut short or malformed (" + length + " bytes): " + e, e);
        }
    }

    public static void writeString(final DataOutputStream out, final String value) throws IOException {
        writeBytes(out, value.getBytes(StandardCharsets.UTF_8));
    }

    public static String readString(final ByteBuffer in) {
        final int length = readLength(in);
        final String value = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return value;
    }

    /** A field that may be null: a flag, then the field if there is one. */
    public static <T> void writeOptional(final DataOutputStream out, final T value, final FieldWriter<T> field)
            throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            field.write(value, out);
        }
    }

    /** A field as {@link #writeOptional} wrote it, or null (any flag byte but 0 is true, as for writeBoolean). */
    public static <T> T readOptional(final ByteBuffer in, final FieldReader<T> field) {
        return in.get() != 0 ? field.read(in) : null;
    }

    /** A string that may be null ({@link #writeOptional}). */
    public static void writeOptionalString(final DataOutputStream out, final String value) throws IOException {
        writeOptional(out, value, (string, to) -> writeString(to, string));
    }

    public static String readOptionalString(final ByteBuffer in) {
        return readOptional(in, BinaryFields::readString);
    }

    public static void writeBytes(final DataOutputStream out, final byte[] value) throws IOException {
        out.writeInt(value.length);
        out.write(value);
    }

    /**
     * The next length-prefixed bytes; an {@link IllegalArgumentException} if the length is negative or more than
     * what is left.
     */
    public static byte[] readBytes(final ByteBuffer in) {
        final byte[] value = new byte[readLength(in)];
        in.get(value);
        return value;
    }

    /** A length, checked against what is left after it. */
    private static int readLength(final ByteBuffer in) {
        final int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new IllegalArgumentException("a length of " + length + " with " + in.remaining() + " bytes left");
        }
        return length;
    }

    /**
     * A count of things read next (a length, a number of entries), refused with an {@link IllegalArgumentException}
     * if it is negative or over {@code most}: for a list, each entry takes at least a byte, so what is left bounds it.
     */
    public static int readCount(final ByteBuffer in, final int most) {
        final int count = in.getInt();
        if (count < 0 || count > most) {
            throw new IllegalArgumentException("a count of " + count + " with " + in.remaining() + " bytes left");
        }
        return count;
    }
}
