package newswire.serde;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Strings and byte arrays in the binary heads of internal frames (the dedupe's records, the prepared event): each as
 * its length (a big-endian int) and its bytes, strings in UTF-8, with no length limit. A length that claims more
 * bytes than are left is refused before anything is allocated, so a malformed head costs an exception, not 2 GB.
 */
public final class BinaryFields {

    private BinaryFields() {
    }

    public static void writeString(final DataOutputStream out, final String value) throws IOException {
        writeBytes(out, value.getBytes(StandardCharsets.UTF_8));
    }

    public static String readString(final DataInputStream in) throws IOException {
        return new String(readBytes(in), StandardCharsets.UTF_8);
    }

    /** A string that may be null: a flag, then the string if there is one. */
    public static void writeOptionalString(final DataOutputStream out, final String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            writeString(out, value);
        }
    }

    public static String readOptionalString(final DataInputStream in) throws IOException {
        return in.readBoolean() ? readString(in) : null;
    }

    public static void writeBytes(final DataOutputStream out, final byte[] value) throws IOException {
        out.writeInt(value.length);
        out.write(value);
    }

    /** The next length-prefixed bytes; an {@link IllegalArgumentException} if the length is not what is left. */
    public static byte[] readBytes(final DataInputStream in) throws IOException {
        final int length = readCount(in, in.available());
        final byte[] value = new byte[length];
        in.readFully(value);
        return value;
    }

    /**
     * A count of things read next (a length, a number of entries), refused with an {@link IllegalArgumentException}
     * if it is negative or over {@code most}: for a list, each entry takes at least a byte, so what is left bounds it.
     */
    public static int readCount(final DataInputStream in, final int most) throws IOException {
        final int count = in.readInt();
        if (count < 0 || count > most) {
            throw new IllegalArgumentException("a count of " + count + " with " + in.available() + " bytes left");
        }
        return count;
    }
}
