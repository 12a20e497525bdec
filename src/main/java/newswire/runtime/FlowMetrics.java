package newswire.runtime;

import java.util.Map;
import newswire.config.TopicNames;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * Live counts of one running instance, from Kafka Streams' own per-topic metrics ({@code stream-topic-metrics}):
 * records read from the raw topic, and written to the events, claims and dead-letter topics.
 * For a log line or a health endpoint of {@code run}. (The metric's {@code processor-node-id} tag of the dead-letter
 * topic names only the first processor that wrote to it, so it cannot break dead letters down by stage.)
 *
 * <p>These count attempts: after a crash or an aborted transaction, the records processed again are counted again.
 * The committed truth, exactly once, is what {@link FlowAudit} reads.
 */
public record FlowMetrics(long read, long events, long claims, long deadLetters) {

    private static final String GROUP = "stream-topic-metrics";

    /** The counts in {@code metrics} (from {@code KafkaStreams.metrics()}) for Newswire's {@code topics}. */
    public static FlowMetrics of(final Map<MetricName, ? extends Metric> metrics, final TopicNames topics) {
        long read = 0;
        long events = 0;
        long claims = 0;
        long deadLetters = 0;
        for (final Map.Entry<MetricName, ? extends Metric> entry : metrics.entrySet()) {
            final MetricName name = entry.getKey();
            if (!GROUP.equals(name.group())) {
                continue;
            }
            final String topic = name.tags().get("topic");
            final long value = entry.getValue().metricValue() instanceof Number number ? number.longValue() : 0;
            if (name.name().equals("records-consumed-total") && topics.raw().equals(topic)) {
                read += value;
            } else if (name.name().equals("records-produced-total")) {
                if (topics.events().equals(topic)) {
                    events += value;
                } else if (topics.claims().equals(topic)) {
                    claims += value;
                } else if (topics.deadLetters().equals(topic)) {
                    deadLetters += value;
                }
            }
        }
        return new FlowMetrics(read, events, claims, deadLetters);
    }

    /** {@code read 2000 → 1990 events, 3 claims, 10 dead letters}. */
    public String describe() {
        return String.format("read %d → %d events, %d claims, %d dead letters", read, events, claims, deadLetters);
    }
}
