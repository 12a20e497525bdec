package newswire.model;

import java.util.List;

/**
 * What the sources, together, currently claim about one subject: the value {@code news.estimates} holds for the
 * subject's key. Each source counts once, with its latest report; reports from duplicate articles are not counted.
 *
 * @param latest  the figure of the most recent report (its value, else its lower bound, else its upper bound)
 * @param min     the smallest figure any current report allows
 * @param max     the largest figure any current report allows
 * @param reports the current report of each source, oldest first
 * @param sources how many distinct sources the reports come from
 */
public record Estimate(EstimateSubject subject, Long latest, Long min, Long max, List<EstimateReport> reports,
                       int sources) {

    public Estimate {
        reports = List.copyOf(reports);
    }
}
