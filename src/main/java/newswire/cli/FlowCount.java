package newswire.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicLong;
import newswire.config.TopicNames;
import newswire.runtime.RecordView;
import newswire.serde.JsonSerde;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Counts what came out of the topology, to tell when every published article is accounted for: each one ends as
 * exactly one event or one dead letter, and each event's claims are on the claims topic too.
 */
final class FlowCount {

    private final TopicNames topics;
    private final AtomicLong cleaned = new AtomicLong();
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong claims = new AtomicLong();
    private final AtomicLong claimsInEvents = new AtomicLong();
    private final AtomicLong deadLetters = new AtomicLong();

    FlowCount(final TopicNames topics) {
        this.topics = topics;
    }

    void count(final ConsumerRecord<byte[], byte[]> record) {
        if (record.topic().equals(topics.clean())) {
            cleaned.incrementAndGet();
        } else if (record.topic().equals(topics.events())) {
            events.incrementAndGet();
            final var event = RecordView.parsed(record.value());
            claimsInEvents.addAndGet(event == null ? 0 : event.path("claims").size());
        } else if (record.topic().equals(topics.claims())) {
            claims.incrementAndGet();
        } else if (record.topic().equals(topics.deadLetters())) {
            deadLetters.incrementAndGet();
        }
    }

    boolean accountsFor(final long articles) {
        return events.get() + deadLetters.get() >= articles && claims.get() >= claimsInEvents.get();
    }

    String describe(final long articles, final double seconds) {
        return String.format("Summary: %d article%s read → %d event%s, %d claim%s, %d dead letter%s (%d cleaned) in %.1f s",
                articles, plural(articles), events.get(), plural(events.get()), claims.get(), plural(claims.get()),
                deadLetters.get(), plural(deadLetters.get()), cleaned.get(), seconds);
    }

    ObjectNode json(final long articles, final double seconds) {
        final ObjectNode summary = JsonSerde.mapper().createObjectNode();
        summary.putObject("summary")
                .put("articles", articles)
                .put("cleaned", cleaned.get())
                .put("events", events.get())
                .put("claims", claims.get())
                .put("deadLetters", deadLetters.get())
                .put("seconds", Math.round(seconds * 10) / 10.0);
        return summary;
    }

    private static String plural(final long count) {
        return count == 1 ? "" : "s";
    }
}
