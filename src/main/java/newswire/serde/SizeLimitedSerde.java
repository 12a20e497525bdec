package newswire.serde;

import java.util.Map;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A serde whose serializer refuses a value too large to be written, before the producer sees it.
 *
 * <p>Why: under {@code exactly_once_v2} a record the broker or the producer refuses (RecordTooLargeException) puts
 * the producer's transaction into an abortable state, whatever the production exception handler answers. The task is
 * then re-created and the same input processed again, for ever, and the application makes no progress (measured on
 * the embedded broker: {@code TooLargeForTheBrokerIT}). A serializer that throws instead is handled synchronously,
 * on the stream thread, by the production exception handler's {@code handleSerializationError}
 * ({@code newswire.topology.DeadLetters.OnProduction}), before anything is sent: the
 * transaction stays healthy and the input goes to the dead-letter topic with its original bytes.
 */
public final class SizeLimitedSerde<T> implements Serde<T>, Serializer<T> {

    /** Room for the key, the headers Kafka Streams copies from the input, and the record's own framing. */
    static final int HEADROOM_BYTES = 1024;

    private final Serde<T> delegate;
    private final int maxRecordBytes;

    public SizeLimitedSerde(final Serde<T> delegate, final int maxRecordBytes) {
        this.delegate = delegate;
        this.maxRecordBytes = maxRecordBytes;
    }

    @Override
    public byte[] serialize(final String topic, final T data) {
        final byte[] bytes = delegate.serializer().serialize(topic, data);
        if (bytes != null && !fits(bytes.length, maxRecordBytes)) {
            throw new RecordTooLargeException("a record of " + bytes.length + " bytes for " + topic
                    + " is over the limit of " + (maxRecordBytes - HEADROOM_BYTES) + " bytes (max.request.size "
                    + maxRecordBytes + " less " + HEADROOM_BYTES + " for key and headers)");
        }
        return bytes;
    }

    /** Whether a value of {@code bytes} passes the limit of {@code maxRecordBytes} (less room for key and headers). */
    public static boolean fits(final int bytes, final int maxRecordBytes) {
        return bytes <= maxRecordBytes - HEADROOM_BYTES;
    }

    @Override
    public void configure(final Map<String, ?> configs, final boolean isKey) {
        delegate.configure(configs, isKey);
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public Serializer<T> serializer() {
        return this;
    }

    @Override
    public Deserializer<T> deserializer() {
        return delegate.deserializer();
    }
}
