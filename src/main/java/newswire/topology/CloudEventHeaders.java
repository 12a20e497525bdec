package newswire.topology;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.ContextualFixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Makes each event a CloudEvent in the binary content mode of the CloudEvents Kafka protocol binding (v1.0): the
 * attributes as {@code ce_*} headers, the JSON event as the value (written before the dedupe, {@link PreparedEvent}).
 * The envelope fields stay in the JSON body too, so consumers that ignore headers lose nothing.
 */
final class CloudEventHeaders extends ContextualFixedKeyProcessor<String, PreparedEvent, byte[]> {

    static final String SPEC_VERSION = "ce_specversion";
    static final String ID = "ce_id";
    static final String TYPE = "ce_type";
    static final String SOURCE = "ce_source";
    static final String TIME = "ce_time";
    static final String SUBJECT = "ce_subject";
    static final String CONTENT_TYPE = "content-type";

    @Override
    public void process(final FixedKeyRecord<String, PreparedEvent> record) {
        final PreparedEvent.Head event = record.value().head();
        final Headers headers = record.headers();
        set(headers, SPEC_VERSION, "1.0");
        set(headers, ID, event.id());
        set(headers, TYPE, event.type());
        set(headers, SOURCE, event.source() == null ? "newswire" : event.source());
        set(headers, TIME, event.time());
        set(headers, SUBJECT, event.subject());
        set(headers, CONTENT_TYPE, "application/json");
        context().forward(record.withValue(record.value().event()));
    }

    /** Replaces a header, so that an input record's own {@code ce_*} headers never leak onto the event. */
    private static void set(final Headers headers, final String name, final String value) {
        headers.remove(name);
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
