package newswire.topology;

import java.util.Map;
import java.util.Properties;
import newswire.config.NewswireConfig;
import newswire.ops.FlowCounters;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/** The Kafka Streams settings Newswire runs with: its defaults, under whatever the configuration says. */
public final class StreamsProperties {

    /** Kafka Streams' commit interval under exactly-once when none is configured (its documented default). */
    static final String EXACTLY_ONCE_COMMIT_INTERVAL_MS = "100";
    /**
     * The longest linger taken from the commit interval: the producer refuses a linger that, with its request timeout
     * (30 s), exceeds its delivery timeout (120 s), and a commit every few seconds gains nothing from a longer one.
     */
    static final long MOST_LINGER_MS = 1_000;

    private StreamsProperties() {
    }

    /** The settings of {@code config}, with the dead-letter handlers counting into {@code counters}. */
    public static Properties from(final NewswireConfig config, final FlowCounters counters) {
        return counters.addTo(from(config));
    }

    public static Properties from(final NewswireConfig config) {
        final Properties properties = new Properties();
        // Nothing lost, nothing doubled: each input's outputs and offset commit are one transaction.
        properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        properties.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, String.valueOf(config.replicationFactor()));
        properties.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                DeadLetters.OnProcessing.class.getName());
        // No global tables today; enabling it now keeps behaviour the same when Kafka 5.0 makes it the default.
        properties.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true");
        // A record of an internal topic that cannot be read (an undrained upgrade's, a corrupt one) is a dead letter
        // too, instead of the default's failure, which killed every stream thread that met it and then the application.
        properties.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                DeadLetters.OnDeserialization.class.getName());
        properties.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG,
                DeadLetters.OnProduction.class.getName());
        properties.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, config.topics().deadLetters());
        properties.put(DeadLetters.INPUT_TOPIC_CONFIG, config.topics().raw());
        // An article crosses the broker several times (clean, dedupe repartitions, changelogs, events). With 128 KiB
        // batches and lz4 the pipeline moved 1.3-1.8x the articles/s of linger 0, 16 KiB batches and no compression,
        // cold and warm; zstd stalled it, the stream thread compressing small batches for ~30 partitions per
        // transaction (docs/performance.md). The linger is set below, from the guarantee.
        properties.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), String.valueOf(128 * 1024));
        properties.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        for (final Map.Entry<String, String> setting : config.kafka().entrySet()) {
            properties.put(setting.getKey(), setting.getValue());
        }
        // The partitions the topology's index is built with, whatever the kafka settings say: the dead-letter handlers
        // send a withdrawal to each, and one the topic lacks would block the stream thread.
        properties.put(DeadLetters.DEDUPE_PARTITIONS_CONFIG, String.valueOf(config.partitions()));
        properties.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), linger(properties));
        // Streams' partition assignor reads a StreamsConfig made from the main consumer's settings, which leave the
        // global handler flag out: without it there too, Kafka 4.4 warns at every start that the handler is disabled.
        properties.putIfAbsent(StreamsConfig.mainConsumerPrefix(
                StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG),
                properties.get(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG));
        return properties;
    }

    /**
     * Under exactly-once nothing a transaction writes is read before its commit, which flushes the producer: a linger
     * as long as the commit interval costs no latency, and every partition gets one batch per commit instead of one
     * per 5 ms. Each lz4 batch allocates 128 KiB of buffers; with a 5 ms linger that was 240 kB of the 726 kB the
     * pipeline allocated per article (docs/performance.md, session 16). Without transactions a record is read as soon
     * as it is sent, so the linger stays short.
     */
    private static String linger(final Properties properties) {
        final Object guarantee = properties.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG);
        if (!StreamsConfig.EXACTLY_ONCE_V2.equals(guarantee)) {
            return "5";
        }
        final long commitInterval = Long.parseLong(String.valueOf(properties.getOrDefault(
                StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, EXACTLY_ONCE_COMMIT_INTERVAL_MS)));
        return String.valueOf(Math.min(commitInterval, MOST_LINGER_MS));
    }
}
