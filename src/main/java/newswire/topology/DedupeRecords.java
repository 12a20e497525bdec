package newswire.topology;

import com.fasterxml.jackson.annotation.JsonIgnore;
import newswire.serde.JsonSerde;
import newswire.topology.EstimateReports.ReportedEvent;

/** The records of the dedupe stage's repartition topics and stores: internal, never part of the topic contract. */
final class DedupeRecords {

    /**
     * How an article's event crosses the dedupe: the JSON of its {@link ReportedEvent}, written once before the first
     * repartition and read once when the collector releases it. The band index passes the bytes on unread, and the
     * held store keeps them as they are.
     */
    static final JsonSerde<ReportedEvent> EVENT_JSON = new JsonSerde<>(ReportedEvent.class);

    private DedupeRecords() {
    }

    /**
     * A dedupe record that may carry its article's event as {@link #EVENT_JSON} bytes. {@link EventFrameSerde} writes
     * those bytes after the record's JSON, verbatim: as a JSON field they would be base64, a third larger and more CPU.
     * A record holds the array without a defensive copy (it is the whole article, passed along once): nobody writes
     * to it, and record equality compares it by identity, so compare events with {@code Arrays.equals} or parsed.
     */
    interface CarriesEvent<T> {

        /** The event's bytes, or null on the bands that do not carry it. */
        byte[] event();

        /** This record carrying {@code event} instead. */
        T withEvent(byte[] event);
    }

    /**
     * An article filed under one of its fingerprint bands. Only band 0 carries the event (and its estimate reports),
     * so each article crosses the repartition topics once in full.
     *
     * @param delivery the article id and where its raw record was read ({@link #deliveryOf}): the verdicts of two
     *                 records with one article id, in flight together, must not be gathered as one article's
     */
    record BandEntry(String articleId, String delivery, String fingerprint, int band, @JsonIgnore byte[] event)
            implements CarriesEvent<BandEntry> {

        @Override
        public BandEntry withEvent(final byte[] event) {
            return new BandEntry(articleId, delivery, fingerprint, band, event);
        }
    }

    /** The key an input record's verdicts are gathered under: its article id, and its partition and offset if known. */
    static String deliveryOf(final String articleId, final String partitionAndOffset) {
        return partitionAndOffset == null ? articleId : articleId + "@" + partitionAndOffset;
    }

    /** An article seen under a band key: what the index keeps. */
    record Seen(String articleId, String fingerprint, long timestamp) {

        /** Earlier by timestamp, then by id: among several originals found, the verdict names the earliest. */
        boolean isBefore(final String otherId, final long otherTimestamp) {
            return timestamp < otherTimestamp || (timestamp == otherTimestamp && articleId.compareTo(otherId) < 0);
        }
    }

    /** What one band says about an article: the earliest near-duplicate it found, if any; band 0 carries the event. */
    record BandVerdict(String articleId, String delivery, int band, Seen earliest, @JsonIgnore byte[] event)
            implements CarriesEvent<BandVerdict> {

        @Override
        public BandVerdict withEvent(final byte[] event) {
            return new BandVerdict(articleId, delivery, band, earliest, event);
        }
    }

    /**
     * The verdicts collected so far for an article, until every band has answered. The event waits apart, in the held
     * store, so that each of the six verdicts reads and writes a few bytes, not the whole article.
     */
    record PendingVerdict(int bandsAnswered, Seen earliest) {

        static final PendingVerdict NONE = new PendingVerdict(0, null);

        PendingVerdict with(final BandVerdict verdict) {
            final Seen earlier = earliest == null ? verdict.earliest()
                    : verdict.earliest() == null ? earliest
                    : verdict.earliest().isBefore(earliest.articleId(), earliest.timestamp()) ? verdict.earliest()
                    : earliest;
            return new PendingVerdict(bandsAnswered | (1 << verdict.band()), earlier);
        }
    }
}
