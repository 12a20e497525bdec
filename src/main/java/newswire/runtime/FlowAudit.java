package newswire.runtime;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import newswire.config.NewswireConfig;
import newswire.config.TopicNames;
import newswire.dedupe.Dedupe;
import newswire.topology.DeadLetters;
import newswire.topology.NewswireTopology;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Accounts for every input, as a downstream consumer sees the topics: each record read from the raw topic must have
 * ended as exactly one event or one dead letter, and each original event's claims must be on the claims topic. The one
 * place that decides it: for {@code audit} and the tests over a topic's whole history ({@link #of}), and for
 * {@code demo} as the records come ({@link #add}, {@link #await}). Inputs and outputs are compared key by key (the
 * article id), so an article published twice is expected twice. Thread-safe: a tailing thread adds while another waits.
 *
 * <p>While the application is still processing, recent inputs show as lost: audit once it has caught up.
 */
public final class FlowAudit {

    private static final Duration POLL = Duration.ofMillis(200);

    private final TopicNames topics;
    private final Map<String, Long> inputs = new HashMap<>();
    private final Map<String, Long> outputs = new HashMap<>();
    /** The raw records (article id, partition, offset) a dedupe dead letter already accounted for. */
    private final Set<String> dedupeInputs = new HashSet<>();
    /** The article ids of dedupe dead letters that could not say which raw record they are of. */
    private final Set<String> dedupeUnplaced = new HashSet<>();
    private long read;
    private long cleaned;
    private long events;
    private long duplicates;
    private long claims;
    private long claimsExpected;
    private long deadLetters;
    private long withdrawalsUnread;
    private long lastRecordAt = System.nanoTime();
    private final Map<String, ConsumerRecord<byte[], byte[]>> estimates = new LinkedHashMap<>();

    public FlowAudit(final TopicNames topics) {
        this.topics = topics;
    }

    /**
     * What an audit found.
     *
     * @param claimsExpected the claims of the events that are not near-duplicates
     * @param estimates      subjects with an estimate
     * @param lost           article ids with fewer outputs (events plus dead letters) than inputs, with how many are missing
     * @param doubled        article ids with more outputs than inputs, with how many are extra
     * @param maybeOneArticle the doubled ids with several dedupe dead letters whose input was not known: they may be
     *                        one article's records in the dedupe, each dead-lettered, rather than two outcomes
     * @param withdrawalsUnread dead letters that are a withdrawal from the dedupe's index an earlier release could not
     *                          read ({@link Dedupe#withdrawals}): no article's outcome, so counted in none
     */
    public record Result(long read, long cleaned, long events, long duplicates, long claims, long claimsExpected,
                         long deadLetters, long estimates, Map<String, Long> lost, Map<String, Long> doubled,
                         Set<String> maybeOneArticle, long withdrawalsUnread) {

        public Result {
            lost = Map.copyOf(lost);
            doubled = Map.copyOf(doubled);
            maybeOneArticle = Set.copyOf(maybeOneArticle);
        }

        /** Every input is accounted for exactly once. */
        public boolean exact() {
            return lost.isEmpty() && doubled.isEmpty();
        }

        /** One line for a log: the counts, and the first few ids that are lost or doubled. */
        public String describe() {
            return String.format("%d read → %d events, %d claims, %d dead letters; %d lost %s, %d doubled %s", read,
                    events, claims, deadLetters, lost.size(), sample(lost.keySet()), doubled.size(),
                    sample(doubled.keySet())) + (maybeOneArticle.isEmpty() ? "" : String.format(
                    " (%d of them %s with dedupe dead letters whose input was not known: these may be one "
                            + "article's records in the dedupe, not two outcomes)", maybeOneArticle.size(),
                    sample(maybeOneArticle))) + (withdrawalsUnread == 0 ? "" : String.format(
                    "; %d of the dead letters withdrawals an earlier release could not read, no article's outcome",
                    withdrawalsUnread));
        }

        private static String sample(final Set<String> ids) {
            return ids.stream().sorted().limit(5).toList().toString();
        }
    }

    /** Audits the topics of {@code config} from their beginning to their current end, giving up after {@code timeout}. */
    public static Result of(final NewswireConfig config, final Duration timeout) {
        final TopicNames topics = config.topics();
        final FlowAudit audit = new FlowAudit(topics);
        readAll(config, List.of(topics.raw(), topics.events(), topics.claims(), topics.deadLetters()), timeout,
                audit::add);
        return audit.result();
    }

    /** Counts a record of the raw topic or of an output topic. */
    public synchronized void add(final ConsumerRecord<byte[], byte[]> record) {
        lastRecordAt = System.nanoTime();
        final String key = record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8);
        final String topic = record.topic();
        if (topic.equals(topics.raw())) {
            read++;
            inputs.merge(key, 1L, Long::sum);
        } else if (topic.equals(topics.clean())) {
            cleaned++;
        } else if (topic.equals(topics.events())) {
            events++;
            outputs.merge(key, 1L, Long::sum);
            final var event = RecordView.parsed(record.value());
            if (event != null && event.hasNonNull("duplicateOf")) {
                duplicates++;
            } else if (event != null) {
                claimsExpected += event.path("claims").size();
            }
        } else if (topic.equals(topics.claims())) {
            claims++;
        } else if (topic.equals(topics.estimates())) {
            // Re-inserted, not replaced, so the map stays in order of each subject's latest change.
            estimates.remove(key);
            estimates.put(key, record);
        } else if (topic.equals(topics.deadLetters())) {
            deadLetters++;
            if (isUnreadWithdrawal(record)) {
                withdrawalsUnread++;
            } else if (!anotherPartOfADedupeInput(key, record)) {
                outputs.merge(key, 1L, Long::sum);
            }
        }
        notifyAll();
    }

    /**
     * Whether {@code deadLetter} is a dead letter of the dedupe's stages for an input record that one before it
     * already accounted for. An article crosses the dedupe's repartition topics as several records (one band group,
     * then one verdict, per index partition its band keys fall in): when they cannot be read (an undrained upgrade) or
     * the index throws on them, each is a dead letter under the article's id, pointing at the same record of the raw
     * topic, and they account for that one input once. No such article has an event: it is released only when every
     * one of its records was read. Those that could not say their raw record each count, and are named in the result.
     */
    private boolean anotherPartOfADedupeInput(final String key, final ConsumerRecord<byte[], byte[]> deadLetter) {
        if (!NewswireTopology.DEDUPE_STAGES.contains(String.valueOf(header(deadLetter, DeadLetters.STAGE_HEADER)))) {
            return false;
        }
        if (!topics.raw().equals(header(deadLetter, DeadLetters.TOPIC_HEADER))) {
            dedupeUnplaced.add(key);
            return false;
        }
        return !dedupeInputs.add(key + "\n" + header(deadLetter, DeadLetters.PARTITION_HEADER) + "@"
                + header(deadLetter, DeadLetters.OFFSET_HEADER));
    }

    /**
     * Whether {@code deadLetter} is of a withdrawal from the dedupe's index rather than of an article: a release that
     * has no withdrawals cannot read one and dead-letters it under the article's id, with no input known, so it keeps
     * the withdrawal's bytes and the band groups' topic (docs/resilience.md, Upgrades). Counted as the article's, it
     * would show the article doubled; this release makes no such dead letter.
     */
    private static boolean isUnreadWithdrawal(final ConsumerRecord<byte[], byte[]> deadLetter) {
        return Dedupe.isWithdrawal(header(deadLetter, DeadLetters.TOPIC_HEADER), deadLetter.value());
    }

    private static String header(final ConsumerRecord<byte[], byte[]> record, final String name) {
        final Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public synchronized Result result() {
        final Map<String, Long> lost = new TreeMap<>();
        final Map<String, Long> doubled = new TreeMap<>();
        inputs.forEach((key, in) -> {
            final long out = outputs.getOrDefault(key, 0L);
            if (out < in) {
                lost.put(key, in - out);
            } else if (out > in) {
                doubled.put(key, out - in);
            }
        });
        outputs.forEach((key, out) -> {
            if (!inputs.containsKey(key)) {
                doubled.put(key, out);
            }
        });
        final Set<String> maybeOneArticle = new HashSet<>(dedupeUnplaced);
        maybeOneArticle.retainAll(doubled.keySet());
        return new Result(read, cleaned, events, duplicates, claims, claimsExpected, deadLetters, estimates.size(),
                lost, doubled, maybeOneArticle, withdrawalsUnread);
    }

    /**
     * Waits until {@code articles} inputs were read and each is accounted for with its claims, and then no record has
     * come for {@code quietMillis} (so that the estimates, written after the events, are in), or until the deadline.
     * Returns whether all are accounted for.
     */
    public synchronized boolean await(final long articles, final long quietMillis, final long deadlineNanos)
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
    public synchronized List<ConsumerRecord<byte[], byte[]>> latestEstimates() {
        return new ArrayList<>(estimates.values());
    }

    private boolean accountsFor(final long articles) {
        final Result result = result();
        return read >= articles && result.lost().isEmpty() && claims >= claimsExpected;
    }

    private static void readAll(final NewswireConfig config, final List<String> topics, final Duration timeout,
                                final java.util.function.Consumer<ConsumerRecord<byte[], byte[]>> sink) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(KafkaClients.properties(config, Map.of(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false")),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            final List<TopicPartition> partitions = new ArrayList<>();
            for (final String topic : topics) {
                consumer.partitionsFor(topic, timeout)
                        .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // Under read_committed the end offsets are the last stable offsets: what is committed right now
            final Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
            final long deadline = System.nanoTime() + timeout.toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topics + " to their end within " + timeout);
                }
                consumer.poll(POLL).forEach(sink);
            }
        }
    }
}
