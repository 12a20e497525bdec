package newswire.topology;

import java.util.List;
import newswire.model.ArticleEvent;
import newswire.topology.EstimateReports.SubjectReport;

/** The records of the dedupe stage's repartition topics and stores: internal, never part of the topic contract. */
final class DedupeRecords {

    private DedupeRecords() {
    }

    /**
     * An article filed under one of its fingerprint bands. Only band 0 carries the event and its estimate reports, so
     * each article crosses the repartition topics once in full.
     *
     * @param delivery the article id and where its raw record was read ({@link #deliveryOf}): the verdicts of two
     *                 records with one article id, in flight together, must not be gathered as one article's
     */
    record BandEntry(String articleId, String delivery, String fingerprint, int band, ArticleEvent event,
                     List<SubjectReport> reports) {

        BandEntry {
            reports = reports == null ? null : List.copyOf(reports);
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

    /** What one band says about an article: the earliest near-duplicate it found, if any. */
    record BandVerdict(String articleId, String delivery, int band, Seen earliest, ArticleEvent event,
                       List<SubjectReport> reports) {

        BandVerdict {
            reports = reports == null ? null : List.copyOf(reports);
        }

        /** The collector's key; records written before deliveries were told apart have none and use the article id. */
        String collectedUnder() {
            return delivery == null ? articleId : delivery;
        }
    }

    /**
     * The verdicts collected so far for an article, until every band has answered. The event waits apart, in the held
     * store, so that each of the six verdicts reads and writes a few bytes, not the whole article; {@code event} and
     * {@code reports} are only read, from entries written before it was kept apart.
     */
    record PendingVerdict(int bandsAnswered, Seen earliest, ArticleEvent event, List<SubjectReport> reports) {

        PendingVerdict {
            reports = reports == null ? null : List.copyOf(reports);
        }

        static final PendingVerdict NONE = new PendingVerdict(0, null, null, null);

        PendingVerdict with(final BandVerdict verdict) {
            final Seen earlier = earliest == null ? verdict.earliest()
                    : verdict.earliest() == null ? earliest
                    : verdict.earliest().isBefore(earliest.articleId(), earliest.timestamp()) ? verdict.earliest()
                    : earliest;
            return new PendingVerdict(bandsAnswered | (1 << verdict.band()), earlier, event, reports);
        }
    }
}
