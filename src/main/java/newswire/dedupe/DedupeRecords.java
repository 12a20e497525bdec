package newswire.dedupe;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import newswire.serde.BinaryFields;
import newswire.serde.JsonSerde;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** The records of the dedupe's repartition topics and stores: internal, never part of the topic contract. */
final class DedupeRecords {

    private DedupeRecords() {
    }

    /**
     * A dedupe record that may carry its article as the bytes of the stream's serde. {@link EventFrameSerde} writes
     * those bytes after the record's other fields (its head), verbatim.
     * A record holds the array without a defensive copy (it is the whole article, passed along once): nobody writes
     * to it, and record equality compares it by identity, so compare events with {@code Arrays.equals} or parsed.
     */
    interface CarriesEvent<T> {

        /** The event's bytes, or null on the records that do not carry it. */
        byte[] event();

        /** This record carrying {@code event} instead. */
        T withEvent(byte[] event);
    }

    /** What an index partition reads from the band groups' topic: an article to look up and file, or one to withdraw. */
    sealed interface IndexInput permits BandGroup, Withdrawal {

        String articleId();
    }

    /**
     * An article's band keys that belong to one partition of the index, with its sketch: one record per partition the
     * article's keys fall in, not one per key. The group for the lowest partition carries the event, so each article
     * crosses the repartition topics once in full.
     *
     * @param delivery  the article id and where its raw record was read ({@link #deliveryOf}): the verdicts of two
     *                  records with one article id, in flight together, must not be gathered as one article's
     * @param partition the index partition these keys belong to
     * @param expected  every index partition the article's keys fall in, one bit each: the verdicts to wait for
     */
    record BandGroup(String articleId, String delivery, int partition, int expected, List<String> keys, Sketch sketch,
                     byte[] event) implements CarriesEvent<BandGroup>, IndexInput {

        BandGroup {
            keys = List.copyOf(keys);
        }

        /** Its head in a frame: every field but the event, in order; the keys and the sketch each after a count. */
        void writeHead(final DataOutputStream out) throws IOException {
            BinaryFields.writeString(out, articleId);
            BinaryFields.writeString(out, delivery);
            out.writeInt(partition);
            out.writeInt(expected);
            out.writeInt(keys.size());
            for (final String key : keys) {
                BinaryFields.writeString(out, key);
            }
            BinaryFields.writeBytes(out, sketch.bytes());
        }

        static BandGroup readHead(final ByteBuffer in) {
            final String articleId = BinaryFields.readString(in);
            final String delivery = BinaryFields.readString(in);
            final int partition = in.getInt();
            final int expected = in.getInt();
            final int keyCount = BinaryFields.readCount(in, in.remaining());
            final List<String> keys = new ArrayList<>(keyCount);
            for (int i = 0; i < keyCount; i++) {
                keys.add(BinaryFields.readString(in));
            }
            return new BandGroup(articleId, delivery, partition, expected, keys,
                    Sketch.fromBytes(BinaryFields.readBytes(in)), null);
        }

        @Override
        public BandGroup withEvent(final byte[] event) {
            return new BandGroup(articleId, delivery, partition, expected, keys, sketch, event);
        }
    }

    /**
     * Withdraws an article from one index partition: it became a dead letter after the index may have filed it and
     * before the dedupe released it, so it never reaches the events topic and no later copy may name it as its
     * original. The dead-letter handlers write one to each index partition (never the topology, which sends band
     * groups only), so it costs a record only on that failure path.
     *
     * The same record goes to every partition: the topic's partition it is written to is the index partition it is for.
     *
     * @param time the article's time, under which the index filed its sketch
     */
    record Withdrawal(String articleId, long time) implements IndexInput {

        /** Its head in a frame (it has no event): the id, the time. */
        void writeHead(final DataOutputStream out) throws IOException {
            BinaryFields.writeString(out, articleId);
            out.writeLong(time);
        }

        static Withdrawal readHead(final ByteBuffer in) {
            return new Withdrawal(BinaryFields.readString(in), in.getLong());
        }
    }

    /** Where an article's input record was read: its partition and offset. */
    record Input(int partition, long offset) {
    }

    /** The key an input record's verdicts are gathered under: its article id, and its input if known. */
    static String deliveryOf(final String articleId, final Input input) {
        return input == null ? articleId : articleId + "@" + input.partition() + ":" + input.offset();
    }

    /** The input a delivery of {@code articleId} names ({@link #deliveryOf}), or null if it names none. */
    static Input inputOf(final String articleId, final String delivery) {
        final String prefix = articleId + "@";
        if (!delivery.startsWith(prefix)) {
            return null;
        }
        final String read = delivery.substring(prefix.length());
        final int colon = read.indexOf(':');
        try {
            return new Input(Integer.parseInt(read.substring(0, colon)), Long.parseLong(read.substring(colon + 1)));
        } catch (final NumberFormatException | IndexOutOfBoundsException e) {
            return null; // not a partition and offset
        }
    }

    /**
     * A store entry: as its binary layout ({@link BinaryFields#laidOut}), or as the JSON object an earlier release
     * wrote (first byte '{'), so that the stores and their changelogs carry over an upgrade without a drain.
     */
    private static <T> T binaryOrEarlierJson(final byte[] bytes, final byte layout, final String what,
                                             final BinaryFields.FieldReader<T> fields, final JsonSerde<T> earlier) {
        return bytes.length > 0 && bytes[0] == '{' ? earlier.deserialize(null, bytes)
                : BinaryFields.read(bytes, layout, what, fields);
    }

    /** An article filed under a band key: what the index keeps (its sketch is kept once per partition, apart). */
    record Seen(String articleId, long timestamp) {

        /** The first byte of {@link #bytes()}; the entries of earlier releases are JSON objects, whose first is '{'. */
        private static final byte LAYOUT = 1;
        private static final JsonSerde<Seen> EARLIER_JSON = new JsonSerde<>(Seen.class);

        /** How the index and its changelog keep entries: {@link #bytes()}, and {@link #fromBytes} back. */
        static Serde<Seen> serde() {
            return Serdes.serdeFrom((topic, seen) -> seen == null ? null : seen.bytes(),
                    (topic, bytes) -> bytes == null ? null : fromBytes(bytes));
        }

        /**
         * How the index stores it: a layout byte, then its fields ({@link #writeFields}). It was JSON until session
         * 20; reading it back was 1.3 % of the stream thread, every band key's lookup reading each article filed under
         * it (docs/performance.md).
         */
        byte[] bytes() {
            return BinaryFields.laidOut(LAYOUT, this, Seen::writeFields);
        }

        /** An entry as {@link #bytes()} writes it, or as earlier releases wrote it (JSON): old ones expire. */
        static Seen fromBytes(final byte[] bytes) {
            return binaryOrEarlierJson(bytes, LAYOUT, "an index entry", Seen::readFields, EARLIER_JSON);
        }

        /** The id (its UTF-8 length and bytes), then the time (a big-endian long), as a verdict's head has them. */
        void writeFields(final DataOutputStream out) throws IOException {
            BinaryFields.writeString(out, articleId);
            out.writeLong(timestamp);
        }

        static Seen readFields(final ByteBuffer in) {
            return new Seen(BinaryFields.readString(in), in.getLong());
        }

        /** Earlier by timestamp, then by id: among several originals found, the verdict names the earliest. */
        boolean isBefore(final Seen other) {
            return timestamp < other.timestamp || (timestamp == other.timestamp && articleId.compareTo(other.articleId) < 0);
        }

        static Seen earlier(final Seen one, final Seen other) {
            return one == null ? other : other == null ? one : other.isBefore(one) ? other : one;
        }
    }

    /** What one index partition says about an article: the earliest same story it found, if any. */
    record PartitionVerdict(String articleId, String delivery, int partition, int expected, Seen earliest,
                            byte[] event) implements CarriesEvent<PartitionVerdict> {

        /** Its head in a frame: every field but the event, in order; the earliest as a flag, then its fields. */
        void writeHead(final DataOutputStream out) throws IOException {
            BinaryFields.writeString(out, articleId);
            BinaryFields.writeString(out, delivery);
            out.writeInt(partition);
            out.writeInt(expected);
            BinaryFields.writeOptional(out, earliest, Seen::writeFields);
        }

        static PartitionVerdict readHead(final ByteBuffer in) {
            final String articleId = BinaryFields.readString(in);
            final String delivery = BinaryFields.readString(in);
            final int partition = in.getInt();
            final int expected = in.getInt();
            final Seen earliest = BinaryFields.readOptional(in, Seen::readFields);
            return new PartitionVerdict(articleId, delivery, partition, expected, earliest, null);
        }

        @Override
        public PartitionVerdict withEvent(final byte[] event) {
            return new PartitionVerdict(articleId, delivery, partition, expected, earliest, event);
        }
    }

    /**
     * The verdicts collected so far for an article, until every partition it was sent to has answered. The event waits
     * apart, in the held store, so that each verdict reads and writes a few bytes, not the whole article.
     *
     * @param arrivedAt the time of its first verdict (that record's timestamp, the article's), by which an entry whose
     *                  other verdicts never come (dead-lettered) is swept ({@link VerdictCollector}); {@link #UNTIMED}
     *                  for an entry an earlier release wrote
     */
    record PendingVerdict(int answered, int expected, Seen earliest, long arrivedAt) {

        /** The time of an entry written before entries carried one (layout 1, JSON). */
        static final long UNTIMED = -1L;
        static final PendingVerdict NONE = new PendingVerdict(0, 0, null, UNTIMED);
        /** The first byte of {@link #bytes()}; the entries of earlier releases are JSON objects, whose first is '{'. */
        private static final byte LAYOUT = 2;
        /** The layout of session 20 to branch i17-pmend: the same fields but the time. */
        private static final byte UNTIMED_LAYOUT = 1;
        private static final String WHAT = "a pending verdict";
        private static final JsonSerde<EarlierJson> EARLIER_JSON = new JsonSerde<>(EarlierJson.class);

        /** An entry as releases before session 20 wrote it, a JSON object. */
        record EarlierJson(int answered, int expected, Seen earliest) {
        }

        /** How the pending store and its changelog keep entries: {@link #bytes()}, and {@link #fromBytes} back. */
        static Serde<PendingVerdict> serde() {
            return Serdes.serdeFrom((topic, verdict) -> verdict == null ? null : verdict.bytes(),
                    (topic, bytes) -> bytes == null ? null : fromBytes(bytes));
        }

        /**
         * How the pending store keeps it: a layout byte (2), the two masks (big-endian ints), the earliest copy found
         * as a flag and, if there is one, its fields ({@link Seen#writeFields}), then the time (a big-endian long).
         * JSON until session 20 (0.5 % of the stream thread, docs/performance.md); layout 1, the same without the
         * time, until branch i17-pmend.
         */
        byte[] bytes() {
            return BinaryFields.laidOut(LAYOUT, this, (pending, out) -> {
                out.writeInt(pending.answered);
                out.writeInt(pending.expected);
                BinaryFields.writeOptional(out, pending.earliest, Seen::writeFields);
                out.writeLong(pending.arrivedAt);
            });
        }

        /**
         * An entry as {@link #bytes()} writes it, or as earlier releases wrote it (layout 1, JSON), then
         * {@link #UNTIMED}: the stores carry over an upgrade without a drain.
         */
        static PendingVerdict fromBytes(final byte[] bytes) {
            if (bytes.length > 0 && bytes[0] == '{') {
                final EarlierJson earlier = EARLIER_JSON.deserialize(null, bytes);
                return new PendingVerdict(earlier.answered(), earlier.expected(), earlier.earliest(), UNTIMED);
            }
            final boolean timed = bytes.length == 0 || bytes[0] != UNTIMED_LAYOUT;
            return BinaryFields.read(bytes, timed ? LAYOUT : UNTIMED_LAYOUT, WHAT, in -> new PendingVerdict(
                    in.getInt(), in.getInt(), BinaryFields.readOptional(in, Seen::readFields),
                    timed ? in.getLong() : UNTIMED));
        }

        /**
         * With {@code verdict}, which came at {@code time}: an entry keeps the time of its first verdict (an earlier
         * release's untimed entry takes this one's).
         */
        PendingVerdict with(final PartitionVerdict verdict, final long time) {
            return new PendingVerdict(answered | (1 << verdict.partition()), verdict.expected(),
                    Seen.earlier(earliest, verdict.earliest()), arrivedAt == UNTIMED ? time : arrivedAt);
        }

        /** This entry as of {@code time} if it has no time of its own yet. */
        PendingVerdict timedAt(final long time) {
            return arrivedAt == UNTIMED ? new PendingVerdict(answered, expected, earliest, time) : this;
        }

        boolean complete() {
            return expected != 0 && answered == expected;
        }
    }
}
