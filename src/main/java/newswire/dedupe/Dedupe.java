package newswire.dedupe;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import newswire.dedupe.DedupeRecords.BandGroup;
import newswire.dedupe.DedupeRecords.PendingVerdict;
import newswire.dedupe.DedupeRecords.Seen;
import newswire.dedupe.DedupeRecords.Withdrawal;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The near-duplicate stage, attached to a stream of articles keyed by id ({@link #attach}). Every article comes out
 * once, marked with the id of the earliest article within the window that is the same story ({@link SameStory}), or
 * with none.
 *
 * <p>How: each article is sketched ({@link Sketch}) and its band keys are sent, grouped by the index partition they
 * belong to, through the repartition topic {@value #GROUPS_TOPIC} to the index ({@link BandIndex}; stores
 * {@value #INDEX_STORE} and {@value #SKETCH_STORE}, window stores, so partitioned and expiring); each partition
 * answers once, through {@value #VERDICTS_TOPIC}, to the collector ({@link VerdictCollector}; stores
 * {@value #PENDING_STORE} and {@value #HELD_STORE}), which releases the article when all have. The article crosses as
 * the bytes of its serde, written once and read once. A band key belongs to one partition whatever partition its
 * article was read from, so two copies that share a key always meet.
 */
public final class Dedupe {

    public static final String GROUPS_TOPIC = "dedupe-bands";
    public static final String VERDICTS_TOPIC = "dedupe-verdicts";
    public static final String INDEX_STORE = "dedupe-index";
    /** The name of the index's processor, and so the stage of its dead letters. */
    public static final String INDEX_PROCESSOR = INDEX_STORE;
    public static final String SKETCH_STORE = "dedupe-sketches";
    public static final String PENDING_STORE = "dedupe-pending";
    public static final String HELD_STORE = "dedupe-held";
    /** The most index partitions: each answering partition is one bit of an int. */
    public static final int MAX_PARTITIONS = 31;

    /**
     * What the dedupe needs to know of the stream's values.
     *
     * @param serde       how a value crosses the repartition topics (the dedupe never reads it between)
     * @param text        the story's text: its paragraphs, without the title
     * @param duplicateOf the value marked with the id of its earlier copy (null if none)
     */
    public record Stories<V>(Serde<V> serde, Function<V, String> text, BiFunction<V, String, V> duplicateOf) {
    }

    /** How the serde of an internal topic is wrapped (e.g. in a size limit). */
    public interface InternalSerde {

        <T> Serde<T> wrap(Serde<T> serde);

        /** Whether a value of {@code bytes} passes the serdes {@link #wrap} makes, or is refused as too large. */
        boolean fits(int bytes);
    }

    private Dedupe() {
    }

    /**
     * Whether {@code topic} is one of the dedupe's repartition topics, which Kafka Streams names
     * {@code <application id>-<name>-repartition}: the records there are keyed by their article's delivery.
     */
    public static boolean isDedupeTopic(final String topic) {
        return isGroupsTopic(topic) || isVerdictsTopic(topic);
    }

    /** Whether {@code topic} is the repartition topic of the verdicts, the index's answers to the collector. */
    public static boolean isVerdictsTopic(final String topic) {
        return topic != null && topic.endsWith("-" + VERDICTS_TOPIC + "-repartition");
    }

    private static boolean isGroupsTopic(final String topic) {
        return topic != null && topic.endsWith("-" + GROUPS_TOPIC + "-repartition");
    }

    /**
     * Whether {@code value}, written to {@code topic}, is a withdrawal ({@link #withdrawals}), whole or not. A
     * dead-letter handler meeting one that failed logs it and goes on: it is no article, and answering it with a dead
     * letter and more withdrawals could repeat the failure without end.
     */
    public static boolean isWithdrawal(final String topic, final byte[] value) {
        return isGroupsTopic(topic) && EventFrameSerde.isWithdrawal(value);
    }

    /**
     * The records that withdraw article {@code articleId}, of time {@code time}, from every partition of the index of
     * application {@code applicationId} ({@code partitions} of them), for a dead-letter handler to send with the dead
     * letter of a failure between the index and the article's release: one of its band groups or verdicts that cannot
     * be read or that the index or the collector threw on, or a verdict refused by the topic. The index may have filed
     * the article in some partitions already; withdrawn, it is no later copy's original. Each partition keeps a
     * marker for the window, filed or not ({@link BandIndex#WITHDRAWN}), so a band group of the article that comes
     * after the withdrawal (under at-least-once: still in flight, or replayed) files nothing either. This is the only
     * path on which anything but the topology writes to the band groups' topic, and it costs records only when an
     * article fails there.
     */
    public static List<ProducerRecord<byte[], byte[]>> withdrawals(final String applicationId, final int partitions,
                                                                   final String articleId, final long time) {
        final String topic = applicationId + "-" + GROUPS_TOPIC + "-repartition";
        final byte[] key = articleId.getBytes(StandardCharsets.UTF_8);
        final byte[] withdrawal = EventFrameSerde.withdrawal(new Withdrawal(articleId, time));
        final List<ProducerRecord<byte[], byte[]>> withdrawals = new ArrayList<>(partitions);
        for (int partition = 0; partition < partitions; partition++) {
            withdrawals.add(new ProducerRecord<>(topic, partition, time, key, withdrawal));
        }
        return withdrawals;
    }

    /**
     * Attaches the dedupe to {@code articles} (keyed by article id) and returns the stream of the same articles, marked.
     *
     * @param name       the name of the processor that releases them (the stage's name on dead letters)
     * @param window     how far apart in time two copies may be
     * @param partitions the index's partitions: its repartition topics are made with this many
     * @param internal   wraps the serdes of the repartition topics
     */
    public static <V> KStream<String, V> attach(final StreamsBuilder builder, final KStream<String, V> articles,
                                                final Stories<V> stories, final String name, final Duration window,
                                                final int partitions, final InternalSerde internal) {
        if (partitions < 1 || partitions > MAX_PARTITIONS) {
            throw new IllegalArgumentException("the dedupe index has 1 to " + MAX_PARTITIONS + " partitions, not "
                    + partitions);
        }
        final SameStory sameStory = SameStory.STANDARD;
        builder.addStateStore(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(INDEX_STORE, window, window, true),
                Serdes.String(), Seen.serde()));
        builder.addStateStore(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(SKETCH_STORE, window, window, false),
                Serdes.String(), Serdes.serdeFrom((topic, sketch) -> sketch.bytes(),
                        (topic, bytes) -> bytes == null ? null : Sketch.fromBytes(bytes))));
        // Cached: an article's verdicts usually arrive within one commit interval, so its pending entry is put and
        // deleted in the cache and never reaches RocksDB and the changelog.
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PENDING_STORE),
                Serdes.String(), PendingVerdict.serde()).withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(HELD_STORE),
                Serdes.String(), Serdes.ByteArray()).withCachingEnabled());
        return articles
                .process(() -> new SketchFiling<>(stories, sameStory, partitions, internal::fits),
                        Named.as("fingerprint-bands"))
                .repartition(Repartitioned.with(Serdes.String(), internal.wrap(EventFrameSerde.indexInputs()))
                        .withName(GROUPS_TOPIC).withNumberOfPartitions(partitions)
                        // The topology sends band groups only; withdrawals are sent, as bytes, by the dead-letter
                        // handlers, each to its partition.
                        .withStreamPartitioner((topic, key, group, numPartitions) ->
                                Optional.of(Set.of(((BandGroup) group).partition()))))
                .process(() -> new BandIndex(window, sameStory), Named.as(INDEX_PROCESSOR), INDEX_STORE, SKETCH_STORE)
                .repartition(Repartitioned.with(Serdes.String(),
                        internal.wrap(EventFrameSerde.verdicts())).withName(VERDICTS_TOPIC))
                .process(() -> new VerdictCollector<>(stories, window), Named.as(name), PENDING_STORE, HELD_STORE);
    }
}
