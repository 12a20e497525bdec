package newswire.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import newswire.serde.JsonSerde;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * A record as one JSON line: {@code {"topic", "partition", "offset", "key", "headers", "value"}}, with the value as JSON
 * where it is JSON, else as text, else (bytes that are not UTF-8) as {@code {"base64": …}}.
 */
public final class RecordView {

    private static final ObjectMapper MAPPER = JsonSerde.mapper();

    private RecordView() {
    }

    public static ObjectNode json(final ConsumerRecord<byte[], byte[]> record) {
        final ObjectNode node = MAPPER.createObjectNode();
        node.put("topic", record.topic());
        node.put("partition", record.partition());
        node.put("offset", record.offset());
        node.set("key", text(record.key()));
        final ObjectNode headers = node.putObject("headers");
        for (final Header header : record.headers()) {
            headers.set(header.key(), text(header.value()));
        }
        node.set("value", value(record.value()));
        return node;
    }

    public static String jsonLine(final ConsumerRecord<byte[], byte[]> record) {
        try {
            return MAPPER.writeValueAsString(json(record));
        } catch (final JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serializes", e);
        }
    }

    /** The value as a JSON tree, or null when it is not a JSON object or array. */
    public static JsonNode parsed(final byte[] value) {
        if (value == null || value.length == 0 || (value[0] != '{' && value[0] != '[')) {
            return null;
        }
        try {
            return MAPPER.readTree(value);
        } catch (final IOException e) {
            return null;
        }
    }

    private static JsonNode value(final byte[] value) {
        final JsonNode parsed = parsed(value);
        return parsed != null ? parsed : text(value);
    }

    private static JsonNode text(final byte[] bytes) {
        if (bytes == null) {
            return MAPPER.nullNode();
        }
        try {
            return MAPPER.getNodeFactory().textNode(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (final CharacterCodingException e) {
            return MAPPER.createObjectNode().put("base64", Base64.getEncoder().encodeToString(bytes));
        }
    }
}
