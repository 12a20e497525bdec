package newswire.view;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import newswire.topology.DeadLetters;

/**
 * A dead letter as the page shows it: why (stage, reason, exception), where it was read from, and the start of what
 * it held.
 *
 * @param preview the start of the original value as text, or a note that it is not UTF-8
 */
public record DeadLetter(Instant at, String stage, String reason, String exception, String topic, Integer partition,
                         Long offset, String key, String preview) {

    private static final int PREVIEW_CHARS = 240;
    private static final String UNKNOWN = "unknown";

    /** Reads a dead letter from its headers (as text) and its original key and value. */
    public static DeadLetter of(final Instant at, final Map<String, String> headers, final byte[] key,
                                final byte[] value) {
        return new DeadLetter(at,
                headers.getOrDefault(DeadLetters.STAGE_HEADER, UNKNOWN),
                headers.getOrDefault(DeadLetters.MESSAGE_HEADER, UNKNOWN),
                shortClassName(headers.get(DeadLetters.EXCEPTION_HEADER)),
                headers.get(DeadLetters.TOPIC_HEADER),
                integer(headers.get(DeadLetters.PARTITION_HEADER)),
                longValue(headers.get(DeadLetters.OFFSET_HEADER)),
                key == null ? null : preview(key),
                value == null ? null : preview(value));
    }

    private static String preview(final byte[] bytes) {
        try {
            final String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.length() <= PREVIEW_CHARS ? text : text.substring(0, PREVIEW_CHARS) + "…";
        } catch (final CharacterCodingException e) {
            return bytes.length + " bytes, not UTF-8";
        }
    }

    private static String shortClassName(final String className) {
        return className == null ? null : className.substring(className.lastIndexOf('.') + 1);
    }

    private static Integer integer(final String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (final NumberFormatException e) {
            return null;
        }
    }

    private static Long longValue(final String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (final NumberFormatException e) {
            return null;
        }
    }
}
