package newswire.runtime;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import newswire.config.NewswireConfig;
import newswire.config.TopicNames;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Accounts for every input, as a downstream consumer sees the topics (committed transactions only, no consumer group):
 * each record read from the raw topic must have ended as exactly one event or one dead letter. Reads the raw, events,
 * claims and dead-letter topics from the beginning to their current end and compares them key by key, so an article
 * published twice (the same id) is expected twice.
 *
 * <p>For tests and audits of a topic's whole history; it reads every record, so it is not a live metric. While the
 * application is still processing, recent inputs show as lost: audit once it has caught up.
 */
public final class FlowAudit {

    private static final Duration POLL = Duration.ofMillis(200);

    private FlowAudit() {
    }

    /**
     * What an audit found.
     *
     * @param lost    article ids with fewer outputs (events plus dead letters) than inputs, with how many are missing
     * @param doubled article ids with more outputs than inputs, with how many are extra
     */
    public record Result(long read, long events, long claims, long deadLetters, Map<String, Long> lost,
                         Map<String, Long> doubled) {

        public Result {
            lost = Map.copyOf(lost);
            doubled = Map.copyOf(doubled);
        }

        /** Every input is accounted for exactly once. */
        public boolean exact() {
            return lost.isEmpty() && doubled.isEmpty();
        }

        /** One line for a log: the counts, and the first few ids that are lost or doubled. */
        public String describe() {
            return String.format("%d read → %d events, %d claims, %d dead letters; %d lost %s, %d doubled %s", read,
                    events, claims, deadLetters, lost.size(), sample(lost), doubled.size(), sample(doubled));
        }

        private static String sample(final Map<String, Long> ids) {
            return ids.keySet().stream().sorted().limit(5).toList().toString();
        }
    }

    /** Audits the topics of {@code config}, giving up reading after {@code timeout}. */
    public static Result of(final NewswireConfig config, final Duration timeout) {
        final TopicNames topics = config.topics();
        final Map<String, List<ConsumerRecord<byte[], byte[]>>> byTopic = readAll(config,
                List.of(topics.raw(), topics.events(), topics.claims(), topics.deadLetters()), timeout);
        final Map<String, Long> inputs = countByKey(byTopic.get(topics.raw()));
        final Map<String, Long> outputs = countByKey(byTopic.get(topics.events()));
        countByKey(byTopic.get(topics.deadLetters())).forEach((key, count) -> outputs.merge(key, count, Long::sum));
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
        return new Result(byTopic.get(topics.raw()).size(), byTopic.get(topics.events()).size(),
                byTopic.get(topics.claims()).size(), byTopic.get(topics.deadLetters()).size(), lost, doubled);
    }

    private static Map<String, Long> countByKey(final List<ConsumerRecord<byte[], byte[]>> records) {
        final Map<String, Long> counts = new HashMap<>();
        for (final ConsumerRecord<byte[], byte[]> record : records) {
            final String key = record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8);
            counts.merge(key, 1L, Long::sum);
        }
        return counts;
    }

    private static Map<String, List<ConsumerRecord<byte[], byte[]>>> readAll(final NewswireConfig config,
                                                                           final List<String> topics,
                                                                           final Duration timeout) {
        final Map<String, List<ConsumerRecord<byte[], byte[]>>> byTopic = new HashMap<>();
        topics.forEach(topic -> byTopic.put(topic, new ArrayList<>()));
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
                consumer.poll(POLL).forEach(record -> byTopic.get(record.topic()).add(record));
            }
        }
        return byTopic;
    }
}
