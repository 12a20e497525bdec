package newswire.view;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newswire.estimate.EstimateBook;
import newswire.model.ArticleEvent;
import newswire.model.Claim;
import newswire.model.ClaimStatus;
import newswire.model.Estimate;
import newswire.model.EstimateReport;
import newswire.ops.FlowCounters;
import newswire.ops.RecentSet;
import newswire.view.ViewState.ClaimView;
import newswire.view.ViewState.EventView;
import newswire.view.ViewState.SubjectView;

/**
 * What the page shows, kept in memory within fixed bounds whatever flows: the latest events, each subject's reports
 * over time, dead letters and the flow per minute. Fed by one thread, read by the HTTP threads. Plain Java.
 */
public final class ViewModel {

    static final int EVENTS = 50;
    static final int SUBJECTS = 500;
    static final int REPORTS_PER_SUBJECT = 100;
    /** Titles of articles seen, so that a duplicate can name its original after the original has scrolled away. */
    static final int TITLES = 5_000;

    private static final Comparator<EstimateReport> OLDEST_FIRST = Comparator
            .comparing(EstimateReport::time, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final Deque<EventView> events = new ArrayDeque<>();
    private final Map<String, String> titles = bounded(TITLES);
    private final Map<String, Deque<EstimateReport>> history = bounded(SUBJECTS);
    private final DeadLetterTally deadLetters = new DeadLetterTally();
    private final FlowTally flow = new FlowTally();
    /** The inputs of recent dead letters that may be several for one article, to count it once (as FlowCounters). */
    private final RecentSet countedInputs = new RecentSet(FlowCounters.INPUTS_KEPT);
    private long version;

    /** An article arrived on the input topic. */
    public synchronized void articleIn(final Instant at) {
        flow.articleIn(at);
        version++;
    }

    /**
     * An event arrived. Only an original's claims enter a subject's history: a near-duplicate repeats its original's
     * reports, and estimates do not count it either.
     */
    public synchronized void event(final ArticleEvent event, final Instant at) {
        final boolean duplicate = event.duplicateOf() != null;
        flow.eventOut(at, duplicate);
        final String title = title(event);
        if (title != null) {
            titles.put(event.id(), title);
        }
        final List<ClaimView> claims = new ArrayList<>();
        for (final Claim claim : event.claims()) {
            // A claim whose actor is unknown is shown in its event but pooled under no subject, as in the estimates
            final boolean reported = EstimateBook.makesReport(claim);
            final String subject = reported ? EstimateBook.subjectOf(claim).key() : null;
            claims.add(new ClaimView(claim.id(), claim.kind(), claim.status(), subject, claim.quantity(), claim.unit(),
                    claim.attribution(), claim.evidence() == null ? null : claim.evidence().sentence(),
                    Highlight.of(claim)));
            if (reported && !duplicate) {
                remember(subject, EstimateBook.reportOf(claim, event, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)));
            }
        }
        events.removeIf(shown -> shown.id().equals(event.id()));
        events.addFirst(new EventView(event.id(), title, event.article() == null ? null : event.article().publisher(),
                event.time(), event.article() == null ? null : event.article().language(), event.source(),
                event.article() == null ? null : event.article().url(), event.duplicateOf(),
                duplicate ? titles.get(event.duplicateOf()) : null, claims));
        if (events.size() > EVENTS) {
            events.removeLast();
        }
        version++;
    }

    /**
     * A dead letter arrived. Each is listed, but the flow counts articles: the several dead letters of one article's
     * records in the dedupe count once.
     *
     * @param input the input record it accounts for when an article may have several ({@code DeadLetters.dedupeInput}),
     *              or null when it is an article's only one
     */
    public synchronized void deadLetter(final DeadLetter deadLetter, final String input) {
        if (input == null || countedInputs.add(input)) {
            flow.deadLetter(deadLetter.at());
        }
        deadLetters.add(deadLetter);
        version++;
    }

    /** The page's state now, around the estimates all instances hold; the most widely sourced subjects first. */
    public synchronized ViewState snapshot(final List<Estimate> estimates, final String estimatesNote,
                                           final Instant now) {
        final List<SubjectView> subjects = new ArrayList<>();
        for (final Estimate estimate : estimates) {
            subjects.add(subject(estimate));
        }
        subjects.sort(Comparator.comparingInt(SubjectView::sources).reversed()
                .thenComparing(subject -> subject.subject().key()));
        return new ViewState(version, now, subjects, estimatesNote, List.copyOf(events), deadLetters.summary(),
                flow.window(now));
    }

    private SubjectView subject(final Estimate estimate) {
        // The estimate's latest is its latest reported figure; its min and max take every status, the row's do not
        final List<EstimateReport> reported = estimate.reports().stream()
                .filter(report -> report.status() == ClaimStatus.REPORTED).toList();
        final Long min = reported.stream().map(report -> EstimateBook.figure(report.quantity()))
                .min(Long::compare).orElse(null);
        final Long max = reported.stream().map(report -> EstimateBook.highest(report.quantity()))
                .max(Long::compare).orElse(null);
        final Map<String, EstimateReport> byClaim = new LinkedHashMap<>();
        history.getOrDefault(estimate.subject().key(), new ArrayDeque<>())
                .forEach(report -> byClaim.put(report.claimId(), report));
        estimate.reports().forEach(report -> byClaim.putIfAbsent(report.claimId(), report));
        final List<EstimateReport> reports = new ArrayList<>(byClaim.values());
        reports.sort(OLDEST_FIRST);
        return new SubjectView(estimate.subject(), estimate.latest(), min, max, estimate.sources(), estimate.reports(),
                reports);
    }

    private void remember(final String subject, final EstimateReport report) {
        final Deque<EstimateReport> reports = history.computeIfAbsent(subject, key -> new ArrayDeque<>());
        reports.removeIf(seen -> seen.claimId().equals(report.claimId()));
        reports.addLast(report);
        if (reports.size() > REPORTS_PER_SUBJECT) {
            reports.removeFirst();
        }
    }

    private static String title(final ArticleEvent event) {
        return event.article() != null && event.article().title() != null ? event.article().title() : event.subject();
    }

    /** A map that forgets its least recently used entry past {@code limit}. */
    private static <V> Map<String, V> bounded(final int limit) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(final Map.Entry<String, V> eldest) {
                return size() > limit;
            }
        };
    }
}
