package newswire.dedupe;

import static newswire.serde.BinaryFields.LENGTH_BYTES;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import newswire.serde.JsonSerde;

/**
 * What a record of the dedupe's repartition topics still tells when its serde refuses it (an earlier release's JSON
 * head in flight across an upgrade that was not drained, a frame cut short or corrupt): the article it belongs to and
 * where that article's input record was read, so that its dead letter can be filed under the article as every other
 * stage's is. Nothing here throws: whatever cannot be read is left unknown.
 */
public final class UnreadableRecords {


    /**
     * The article a record belongs to, and its input's partition and offset where known.
     *
     * @param articleId      null when neither the record's head nor its key names one
     * @param inputPartition null when the record did not say where its input was read
     * @param inputOffset    null with it
     */
    public record Article(String articleId, Integer inputPartition, Long inputOffset) {

        static final Article UNKNOWN = new Article(null, null, null);

        /** Article {@code articleId}, read at {@code input} (null if not known). */
        static Article of(final String articleId, final DedupeRecords.Input input) {
            return input == null ? new Article(articleId, null, null)
                    : new Article(articleId, input.partition(), input.offset());
        }

        public boolean inputKnown() {
            return inputPartition != null;
        }
    }

    private UnreadableRecords() {
    }

    /**
     * The article of a band group or verdict whose serde refused it. Its head, when it is JSON (an earlier release's
     * frame: its head's length, then the head; or, before frames, the whole record), is read leniently, token by token
     * up to where it is cut or broken, for the fields {@code articleId} and {@code delivery}. What the head does not
     * give, the key does: every release since deliveries were told apart keys these records by the delivery
     * ({@link DedupeRecords#deliveryOf}: the article id, {@code @}, the input's partition and offset).
     */
    public static Article articleOf(final byte[] key, final byte[] value) {
        final Head head = jsonHead(value);
        final String keyText = key == null ? null : new String(key, StandardCharsets.UTF_8);
        final String articleId = head.articleId != null ? head.articleId : idOfDelivery(keyText);
        if (articleId == null) {
            return Article.UNKNOWN;
        }
        DedupeRecords.Input input = head.delivery == null ? null : DedupeRecords.inputOf(articleId, head.delivery);
        if (input == null && keyText != null) {
            input = DedupeRecords.inputOf(articleId, keyText);
        }
        return Article.of(articleId, input);
    }

    /** The article id of a delivery (the key), or the key itself when it names no input: the id alone. */
    private static String idOfDelivery(final String delivery) {
        if (delivery == null || delivery.isEmpty()) {
            return null;
        }
        final int at = delivery.lastIndexOf('@');
        if (at > 0 && DedupeRecords.inputOf(delivery.substring(0, at), delivery) != null) {
            return delivery.substring(0, at);
        }
        return delivery;
    }

    /** The two fields of a JSON head. */
    private record Head(String articleId, String delivery) {

        static final Head NONE = new Head(null, null);
    }

    /** The head's fields if the record holds a JSON head, at its start or after a head length; else none. */
    private static Head jsonHead(final byte[] value) {
        if (value == null || value.length == 0) {
            return Head.NONE;
        }
        if (value[0] == '{') {
            return fieldsOf(value, 0, value.length);
        }
        if (value.length > LENGTH_BYTES && value[LENGTH_BYTES] == '{') {
            final int headLength = ByteBuffer.wrap(value).getInt();
            final int left = value.length - LENGTH_BYTES;
            // A length that the bytes cannot hold (a frame cut short) reads what is there.
            return fieldsOf(value, LENGTH_BYTES, headLength > 0 && headLength <= left ? headLength : left);
        }
        return Head.NONE;
    }

    /** The top-level {@code articleId} and {@code delivery} strings of a JSON object, as far as it can be read. */
    private static Head fieldsOf(final byte[] bytes, final int offset, final int length) {
        String articleId = null;
        String delivery = null;
        try (JsonParser parser = JsonSerde.mapper().getFactory().createParser(bytes, offset, length)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Head.NONE;
            }
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                final String field = parser.currentName();
                final JsonToken valueToken = parser.nextToken();
                if (valueToken == JsonToken.VALUE_STRING && "articleId".equals(field)) {
                    articleId = parser.getText();
                } else if (valueToken == JsonToken.VALUE_STRING && "delivery".equals(field)) {
                    delivery = parser.getText();
                } else {
                    parser.skipChildren(); // the keys, the sketch, the event of the earliest releases
                }
            }
        } catch (final IOException e) {
            // cut short or broken here: what was read before stands
        }
        return new Head(articleId, delivery);
    }
}
