package newswire.model;

import java.util.List;

/**
 * What the sources, together, currently claim about one subject: the value {@code news.estimates} holds for the
 * subject's key. Each source counts once per status, with its latest report of that status; reports from duplicate
 * articles are not counted.
 *
 * <p>A figure is a report's value, else its lower bound, else its upper bound. {@code latest} only ever holds a
 * reported figure: what a source says is planned, possible or denied stands beside it, in its own field, so a plan to
 * send 12,000 never reads as 12,000 sent.
 *
 * @param latest         the figure of the most recent reported report, or null when no source reports one
 * @param min            the smallest figure any current report allows, whatever its status
 * @param max            the largest figure any current report allows, whatever its status
 * @param reports        the current report of each source and status, oldest first
 * @param sources        how many distinct sources the reports come from
 * @param latestPlanned  the figure of the most recent planned report, or null
 * @param latestPossible the figure of the most recent possible report, or null
 * @param latestDenied   the figure of the most recent denied report, or null
 */
public record Estimate(EstimateSubject subject, Long latest, Long min, Long max, List<EstimateReport> reports,
                       int sources, Long latestPlanned, Long latestPossible, Long latestDenied) {

    public Estimate {
        reports = List.copyOf(reports);
    }
}
