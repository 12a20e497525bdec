package newswire.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newswire.config.TopicNames;
import newswire.runtime.RecordView;
import newswire.serde.JsonSerde;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Counts what came out of the topology, to tell when every published article is accounted for: each one ends as
 * exactly one event or one dead letter, and each original event's claims are on the claims topic too. Keeps the latest
 * estimate of each subject, since only the final ones are worth showing. Thread-safe: a tailing thread counts while
 * another waits.
 */
final class FlowCount {

    private final TopicNames topics;
    private long cleaned;
    private long events;
    private long duplicates;
    private long claims;
    private long claimsExpected;
    private long deadLetters;
    private long lastRecordAt = System.nanoTime();
    private final Map<String, ConsumerRecord<byte[], byte[]>> estimates = new LinkedHashMap<>();

    FlowCount(final TopicNames topics) {
        this.topics = topics;
    }

    synchronized void count(final ConsumerRecord<byte[], byte[]> record) {
        lastRecordAt = System.nanoTime();
        if (record.topic().equals(topics.clean())) {
            cleaned++;
        } else if (record.topic().equals(topics.events())) {
            events++;
            final var event = RecordView.parsed(record.value());
            if (event != null && event.hasNonNull("duplicateOf")) {
                duplicates++;
            } else if (event != null) {
                claimsExpected += event.path("claims").size();
            }
        } else if (record.topic().equals(topics.claims())) {
            claims++;
        } else if (record.topic().equals(topics.estimates())) {
            // Re-inserted, not replaced, so the map stays in order of each subject's latest change.
            final String subject = record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8);
            estimates.remove(subject);
            estimates.put(subject, record);
        } else if (record.topic().equals(topics.deadLetters())) {
            deadLetters++;
        }
        notifyAll();
    }

    synchronized boolean accountsFor(final long articles) {
        return events + deadLetters >= articles && claims >= claimsExpected;
    }

    /**
     * Waits until every article is accounted for and then no record has come for {@code quietMillis} (so that the
     * estimates, written after the events, are in), or until the deadline. Returns whether all are accounted for.
     */
    synchronized boolean await(final long articles, final long quietMillis, final long deadlineNanos)
            throws InterruptedException {
        while (System.nanoTime() < deadlineNanos) {
            final long quietFor = (System.nanoTime() - lastRecordAt) / 1_000_000;
            if (accountsFor(articles) && quietFor >= quietMillis) {
                return true;
            }
            wait(Math.max(1, Math.min(quietMillis, (deadlineNanos - System.nanoTime()) / 1_000_000)));
        }
        return accountsFor(articles);
    }

    /** The latest record of each subject on the estimates topic, in the order of their latest changes. */
    synchronized List<ConsumerRecord<byte[], byte[]>> latestEstimates() {
        return new ArrayList<>(estimates.values());
    }

    synchronized String describe(final long articles, final double seconds) {
        return String.format("Summary: %d article%s read → %d event%s (%d near-duplicate%s), %d claim%s, "
                        + "%d estimate%s, %d dead letter%s in %.1f s",
                articles, plural(articles), events, plural(events), duplicates, plural(duplicates), claims,
                plural(claims), estimates.size(), plural(estimates.size()), deadLetters, plural(deadLetters), seconds);
    }

    synchronized ObjectNode json(final long articles, final double seconds) {
        final ObjectNode summary = JsonSerde.mapper().createObjectNode();
        summary.putObject("summary")
                .put("articles", articles)
                .put("cleaned", cleaned)
                .put("events", events)
                .put("duplicates", duplicates)
                .put("claims", claims)
                .put("estimates", estimates.size())
                .put("deadLetters", deadLetters)
                .put("seconds", Math.round(seconds * 10) / 10.0);
        return summary;
    }

    private static String plural(final long count) {
        return count == 1 ? "" : "s";
    }
}
