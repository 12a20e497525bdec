package newswire.estimate;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import newswire.model.ArticleEvent;
import newswire.model.Claim;
import newswire.model.ClaimStatus;
import newswire.model.Estimate;
import newswire.model.EstimateReport;
import newswire.model.EstimateSubject;
import newswire.model.Party;
import newswire.model.Quantity;

/**
 * The rules of estimates: which claims make one, a claim's subject, the report it makes, and how a report updates an
 * estimate.
 *
 * <ul>
 *   <li>Only a claim with a figure and a known actor makes a report. A subject pools every claim of its kind about one
 *   actor; without an actor, "30 injured" in one clash and "one of the wounded" of another story would be pooled as
 *   two figures for one thing, so a claim whose text does not say who stays a claim and makes no estimate.</li>
 *   <li>A later report from the same source, of the same status, about the same subject supersedes the earlier one;
 *   reports from different sources, or of different statuses, stand side by side: a source's plan does not erase what
 *   it reported.</li>
 *   <li>{@code latest} is the latest reported figure; the latest planned, possible and denied figures are kept beside
 *   it, never in its place.</li>
 * </ul>
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

    /** Whether a claim makes a report: it states a figure and the text says whose (see the class comment). */
    public static boolean makesReport(final Claim claim) {
        return hasFigure(claim) && isKnown(claim.actor());
    }

    /** The subject a claim is about; only for a claim with a known actor ({@link #makesReport}). */
    public static EstimateSubject subjectOf(final Claim claim) {
        if (!isKnown(claim.actor())) {
            throw new IllegalArgumentException("no estimate subject without a known actor: " + claim.id());
        }
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
                .anyMatch(earlier -> sameSourceAndStatus(earlier, report) && isNewer(earlier, report));
        if (newerFromSameSource) {
            return current;
        }
        reports.removeIf(earlier -> sameSourceAndStatus(earlier, report));
        reports.add(report);
        reports.sort(OLDEST_FIRST);
        final long min = reports.stream().mapToLong(r -> figure(r.quantity())).min().orElseThrow();
        final long max = reports.stream().mapToLong(r -> highest(r.quantity())).max().orElseThrow();
        final int sources = (int) reports.stream().map(r -> normalized(r.source())).distinct().count();
        return new Estimate(subject, latest(reports, ClaimStatus.REPORTED), min, max, reports, sources,
                latest(reports, ClaimStatus.PLANNED), latest(reports, ClaimStatus.POSSIBLE),
                latest(reports, ClaimStatus.DENIED));
    }

    /** The figure of the most recent report of that status, or null; {@code reports} are oldest first. */
    private static Long latest(final List<EstimateReport> reports, final ClaimStatus status) {
        for (int k = reports.size() - 1; k >= 0; k--) {
            if (reports.get(k).status() == status) {
                return figure(reports.get(k).quantity());
            }
        }
        return null;
    }

    /** A report arriving late (older than the one its source already has) changes nothing. */
    private static boolean isNewer(final EstimateReport earlier, final EstimateReport arriving) {
        return earlier.time() != null && arriving.time() != null && earlier.time().isAfter(arriving.time());
    }

    private static boolean sameSourceAndStatus(final EstimateReport a, final EstimateReport b) {
        return a.status() == b.status() && Objects.equals(normalized(a.source()), normalized(b.source()));
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

    private static boolean isKnown(final Party party) {
        return party != null && party.code() != null;
    }

    private static String code(final Party party) {
        return party == null || party.code() == null ? UNKNOWN : party.code();
    }
}
