package newswire.view;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import newswire.model.Attribution;
import newswire.model.ClaimKind;
import newswire.model.ClaimStatus;
import newswire.model.EstimateReport;
import newswire.model.EstimateSubject;
import newswire.model.Quantity;

/**
 * What the page shows at one moment: the JSON {@code GET /view/state} answers. Article text in it is untrusted; the
 * page renders it as text.
 *
 * @param version        changes whenever the topics brought something new
 * @param estimatesNote  why the estimates are missing or old (the store is rebalancing, an instance is unreachable),
 *                       else null
 */
public record ViewState(long version, Instant generatedAt, List<SubjectView> estimates, String estimatesNote,
                        List<EventView> events, DeadLetterSummary deadLetters, List<FlowMinute> flow) {

    public ViewState {
        estimates = List.copyOf(estimates);
        events = List.copyOf(events);
        flow = List.copyOf(flow);
    }

    /**
     * One subject's row. The figures come from reported claims only, so that a planned or possible figure is never
     * shown as if it had happened; every report, whatever its status, is in {@code current} and {@code history}.
     *
     * @param latestReported the figure of the most recent current report with status reported, or null
     * @param reportedMin    the smallest figure a current reported claim allows, or null
     * @param reportedMax    the largest figure a current reported claim allows, or null
     * @param sources        independent sources (near-duplicate articles are not counted)
     * @param current        each source's current report, oldest first
     * @param history        every report seen within the lookback and the current ones, oldest first
     */
    public record SubjectView(EstimateSubject subject, Long latestReported, Long reportedMin, Long reportedMax,
                              int sources, List<EstimateReport> current, List<EstimateReport> history) {

        public SubjectView {
            current = List.copyOf(current);
            history = List.copyOf(history);
        }
    }

    /**
     * One article as the events topic told it.
     *
     * @param duplicateOf      the id of the original, when this article is a near-duplicate of it
     * @param duplicateOfTitle the original's title, when the view has seen it
     */
    public record EventView(String id, String title, String publisher, OffsetDateTime time, String language,
                            String source, String url, String duplicateOf, String duplicateOfTitle,
                            List<ClaimView> claims) {

        public EventView {
            claims = List.copyOf(claims);
        }
    }

    /** One claim inside its evidence sentence, with the words to highlight. */
    public record ClaimView(String id, ClaimKind kind, ClaimStatus status, String subject, Quantity quantity,
                            String unit, Attribution attribution, String sentence, List<Highlight> highlights) {

        public ClaimView {
            highlights = List.copyOf(highlights);
        }
    }

    /** Dead letters within the lookback: how many for each stage and reason, and the latest few, newest first. */
    public record DeadLetterSummary(long total, List<ReasonCount> counts, List<DeadLetter> latest) {

        public DeadLetterSummary {
            counts = List.copyOf(counts);
            latest = List.copyOf(latest);
        }
    }

    public record ReasonCount(String stage, String reason, long count) {
    }

    /**
     * What flowed in one minute (by record time): articles in, events out (duplicates among them), articles
     * dead-lettered (an article whose records in the dedupe were several dead letters counts once).
     */
    public record FlowMinute(Instant minute, long articlesIn, long eventsOut, long duplicates, long deadLetters) {
    }
}
