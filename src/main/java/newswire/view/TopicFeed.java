package newswire.view;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newswire.config.NewswireConfig;
import newswire.config.TopicNames;
import newswire.model.ArticleEvent;
import newswire.runtime.KafkaClients;
import newswire.serde.JsonSerde;
import newswire.topology.DeadLetters;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the input, events and dead-letter topics into a {@link ViewModel}, as a downstream consumer would: committed
 * transactions only, every partition assigned and no consumer group, so each instance sees everything and moves
 * nobody's offsets. It starts {@link #LOOKBACK} back (the input only as far as the flow chart shows). The events carry
 * their claims with the article's time and duplicate verdict, so {@code news.claims} need not be read as well.
 */
public final class TopicFeed implements AutoCloseable {

    static final Duration LOOKBACK = Duration.ofHours(24);

    private static final Logger LOG = LoggerFactory.getLogger(TopicFeed.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration TOPICS_RETRY = Duration.ofSeconds(2);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final TopicNames topics;
    private final ViewModel model;
    private final Thread thread;
    private volatile boolean closed;

    private TopicFeed(final NewswireConfig config, final ViewModel model) {
        this.consumer = new KafkaConsumer<>(KafkaClients.properties(config, Map.of(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.CLIENT_ID_CONFIG, "newswire-view")),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.topics = config.topics();
        this.model = model;
        this.thread = new Thread(this::run, "newswire-view-feed");
        this.thread.setDaemon(true);
    }

    /** Starts reading in a thread of its own. */
    public static TopicFeed start(final NewswireConfig config, final ViewModel model) {
        final TopicFeed feed = new TopicFeed(config, model);
        feed.thread.start();
        return feed;
    }

    private void run() {
        try {
            assignFromLookback();
            while (!closed) {
                for (final ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    take(record);
                }
            }
        } catch (final WakeupException e) {
            // closing
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (final RuntimeException e) {
            LOG.error("The web view stopped reading the topics; the page shows what it had", e);
        } finally {
            consumer.close();
        }
    }

    private void assignFromLookback() throws InterruptedException {
        final List<TopicPartition> partitions = partitionsOnceTheTopicsExist();
        consumer.assign(partitions);
        final long now = System.currentTimeMillis();
        final Map<TopicPartition, Long> since = new HashMap<>();
        for (final TopicPartition partition : partitions) {
            final Duration back = partition.topic().equals(topics.raw()) ? FlowTally.WINDOW : LOOKBACK;
            since.put(partition, now - back.toMillis());
        }
        final Map<TopicPartition, OffsetAndTimestamp> offsets = offsetsOnceTheClusterAnswers(since);
        final List<TopicPartition> nothingSince = new ArrayList<>();
        offsets.forEach((partition, offset) -> {
            if (offset == null) {
                nothingSince.add(partition);
            } else {
                consumer.seek(partition, offset.offset());
            }
        });
        consumer.seekToEnd(nothingSince);
    }

    private List<TopicPartition> partitionsOnceTheTopicsExist() throws InterruptedException {
        final List<String> wanted = List.of(topics.raw(), topics.events(), topics.deadLetters());
        while (!closed) {
            final Map<String, List<PartitionInfo>> existing = topicsNow();
            if (existing.keySet().containsAll(wanted)) {
                final List<TopicPartition> partitions = new ArrayList<>();
                wanted.forEach(topic -> existing.get(topic)
                        .forEach(info -> partitions.add(new TopicPartition(topic, info.partition()))));
                return partitions;
            }
            Thread.sleep(TOPICS_RETRY.toMillis());
        }
        throw new WakeupException();
    }

    private Map<TopicPartition, OffsetAndTimestamp> offsetsOnceTheClusterAnswers(final Map<TopicPartition, Long> since)
            throws InterruptedException {
        while (!closed) {
            try {
                return consumer.offsetsForTimes(since);
            } catch (final TimeoutException e) {
                Thread.sleep(TOPICS_RETRY.toMillis());
            }
        }
        throw new WakeupException();
    }

    /** The cluster's topics, or none while the cluster does not answer (the caller asks again). */
    private Map<String, List<PartitionInfo>> topicsNow() {
        try {
            return consumer.listTopics();
        } catch (final TimeoutException e) {
            return Map.of();
        }
    }

    private void take(final ConsumerRecord<byte[], byte[]> record) {
        final Instant at = Instant.ofEpochMilli(record.timestamp());
        if (record.topic().equals(topics.raw())) {
            model.articleIn(at);
        } else if (record.topic().equals(topics.deadLetters())) {
            final Map<String, String> headers = headers(record);
            model.deadLetter(DeadLetter.of(at, headers, record.key(), record.value()),
                    DeadLetters.dedupeInput(headers::get, record.key(), topics.raw()));
        } else if (record.value() != null) {
            try {
                model.event(JsonSerde.mapper().readValue(record.value(), ArticleEvent.class), at);
            } catch (final IOException | RuntimeException e) {
                // One event the view cannot read or show must not stop it from showing the next ones
                LOG.warn("Skipping an event the web view cannot show at {}-{}@{}: {}", record.topic(),
                        record.partition(), record.offset(), e.toString());
            }
        }
    }

    private static Map<String, String> headers(final ConsumerRecord<byte[], byte[]> record) {
        final Map<String, String> headers = new HashMap<>();
        for (final Header header : record.headers()) {
            if (header.value() != null) {
                headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return headers;
    }

    @Override
    public void close() {
        closed = true;
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
