package newswire.estimate;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import newswire.model.ArticleEvent;
import newswire.model.Claim;
import newswire.model.Estimate;
import newswire.model.EstimateReport;
import newswire.model.EstimateSubject;
import newswire.model.Party;
import newswire.model.Quantity;

/**
 * The rules of estimates: a claim's subject, the report it makes, and how a report updates an estimate. A later
 * report from the same source about the same subject supersedes the earlier one; reports from different sources stand
 * side by side.
 */
public final class EstimateBook {

    private static final String UNKNOWN = "?";
    private static final Comparator<EstimateReport> OLDEST_FIRST = Comparator
            .comparing(EstimateReport::time, Comparator.nullsFirst(Comparator.naturalOrder()));

    private EstimateBook() {
    }

    /** Whether a claim states a figure an estimate can use: a value or at least one bound. */
    public static boolean hasFigure(final Claim claim) {
        final Quantity quantity = claim.quantity();
        return quantity != null && (quantity.value() != null || quantity.low() != null || quantity.high() != null);
    }

    /** The subject a claim is about. */
    public static EstimateSubject subjectOf(final Claim claim) {
        final StringBuilder key = new StringBuilder(claim.kind().json()).append(':').append(code(claim.actor()));
        if (claim.destination() != null) {
            key.append('>').append(code(claim.destination()));
        } else if (claim.location() != null) {
            key.append('@').append(code(claim.location()));
        }
        return new EstimateSubject(key.toString(), claim.kind(), claim.actor(), claim.destination(),
                claim.destination() == null ? claim.location() : null);
    }

    /** The report a claim of this event makes. */
    public static EstimateReport reportOf(final Claim claim, final ArticleEvent event,
                                          final OffsetDateTime fallbackTime) {
        final String source = claim.attribution() != null && claim.attribution().source() != null
                ? claim.attribution().source()
                : event.article().publisher() != null ? event.article().publisher() : event.source();
        final OffsetDateTime time = event.time() != null ? event.time() : fallbackTime;
        return new EstimateReport(claim.quantity(), claim.status(), source, claim.attribution(), event.id(),
                claim.id(), time);
    }

    /** The estimate after {@code report}; {@code current} may be null for a subject not seen before. */
    public static Estimate add(final Estimate current, final EstimateSubject subject, final EstimateReport report) {
        final List<EstimateReport> reports = new ArrayList<>(current == null ? List.of() : current.reports());
        final boolean newerFromSameSource = reports.stream()
                .anyMatch(earlier -> sameSource(earlier, report) && isNewer(earlier, report));
        if (newerFromSameSource) {
            return current;
        }
        reports.removeIf(earlier -> sameSource(earlier, report));
        reports.add(report);
        reports.sort(OLDEST_FIRST);
        final EstimateReport latest = reports.get(reports.size() - 1);
        final long min = reports.stream().mapToLong(r -> figure(r.quantity())).min().orElseThrow();
        final long max = reports.stream().mapToLong(r -> highest(r.quantity())).max().orElseThrow();
        return new Estimate(subject, figure(latest.quantity()), min, max, reports, reports.size());
    }

    /** A report arriving late (older than the one its source already has) changes nothing. */
    private static boolean isNewer(final EstimateReport earlier, final EstimateReport arriving) {
        return earlier.time() != null && arriving.time() != null && earlier.time().isAfter(arriving.time());
    }

    private static boolean sameSource(final EstimateReport a, final EstimateReport b) {
        return Objects.equals(normalized(a.source()), normalized(b.source()));
    }

    private static String normalized(final String source) {
        return source == null ? "" : source.strip().toLowerCase(Locale.ROOT);
    }

    /** The figure a quantity states, and the smallest it allows: its value, else its lower bound, else its upper bound. */
    public static long figure(final Quantity quantity) {
        return quantity.value() != null ? quantity.value()
                : quantity.low() != null ? quantity.low() : quantity.high();
    }

    /** The largest figure a quantity allows: its value, else its upper bound, else its lower bound. */
    public static long highest(final Quantity quantity) {
        return quantity.value() != null ? quantity.value()
                : quantity.high() != null ? quantity.high() : quantity.low();
    }

    private static String code(final Party party) {
        return party == null || party.code() == null ? UNKNOWN : party.code();
    }
}
