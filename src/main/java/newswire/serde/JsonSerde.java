package newswire.serde;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The one JSON serde for every Newswire record. Unknown fields are tolerated on input, so producers may add fields
 * without breaking us; a null payload (a tombstone) deserializes to null, as Kafka's own serdes do, and the topology
 * decides what a tombstone means.
 */
public final class JsonSerde<T> implements Serde<T>, Serializer<T>, Deserializer<T> {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            // Reads records' components through generated lambdas instead of reflective calls: the same JSON for
            // less CPU on the stream thread, which writes every event, claim and report (docs/performance.md).
            .addModule(new BlackbirdModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    /**
     * Each thread's buffer to write into: {@code writeValueAsBytes} gathers a long document in fresh segments and then
     * copies them into the result, so a 10 kB event cost twice its size in garbage; written here, only the result is
     * new. Serializers call no serde inside a write, so one buffer a thread is never in use twice at once.
     */
    private static final ThreadLocal<Output> OUTPUT = ThreadLocal.withInitial(Output::new);

    private final Class<T> type;

    public JsonSerde(final Class<T> type) {
        this.type = type;
    }

    /** The mapper behind every serde, for code that writes the same JSON outside Kafka (the {@code extract} command). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    @Override
    public byte[] serialize(final String topic, final T data) {
        if (data == null) {
            return null;
        }
        final Output output = OUTPUT.get();
        try {
            MAPPER.writeValue(output, data);
            return output.toByteArray();
        } catch (final IOException e) {
            throw new SerializationException("cannot write " + type.getSimpleName() + " as JSON", e);
        } finally {
            output.clear();
        }
    }

    @Override
    public T deserialize(final String topic, final byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            return MAPPER.readValue(data, type);
        } catch (final JacksonException e) {
            throw new SerializationException("not a " + type.getSimpleName() + " JSON document: " + e.getOriginalMessage(), e);
        } catch (final IOException e) {
            throw new SerializationException("cannot read " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void configure(final Map<String, ?> configs, final boolean isKey) {
        // nothing to configure: one mapper serves keys and values alike
    }

    @Override
    public void close() {
        // nothing to release: the mapper is shared and stateless
    }

    @Override
    public Serializer<T> serializer() {
        return this;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this;
    }

    /** A reusable buffer that lets go of its array when one document made it larger than a thread should keep. */
    private static final class Output extends ByteArrayOutputStream {

        private static final int KEPT_BYTES = 64 * 1024;

        Output() {
            super(KEPT_BYTES / 4);
        }

        void clear() {
            reset();
            if (buf.length > KEPT_BYTES) {
                buf = new byte[KEPT_BYTES / 4];
            }
        }
    }
}
