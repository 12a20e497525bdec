package newswire.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import newswire.model.ArticleEvent;
import newswire.model.Attribution;
import newswire.model.Byline;
import newswire.model.Claim;
import newswire.model.ClaimKind;
import newswire.model.ClaimStatus;
import newswire.model.CleanArticle;
import newswire.model.Entities;
import newswire.model.Estimate;
import newswire.model.EstimateReport;
import newswire.model.EstimateSubject;
import newswire.model.Evidence;
import newswire.model.Party;
import newswire.model.Quantity;
import org.junit.jupiter.api.Test;

class EstimateBookTest {

    private static final Party PRK = new Party("North Korea", "PRK");
    private static final Party RUS = new Party("Russia", "RUS");
    private static final OffsetDateTime T0 = OffsetDateTime.parse("2024-10-21T10:00:00Z");

    @Test
    void shouldKeySubjectsByKindActorAndDestinationOrLocation() {
        assertThat(EstimateBook.subjectOf(claim(PRK, RUS, null, "NIS", 1L)).key()).isEqualTo("troops:PRK>RUS");
        assertThat(EstimateBook.subjectOf(claim(RUS, null, new Party("Ukraine", "UKR"), "NIS", 1L)).key())
                .isEqualTo("troops:RUS@UKR");
        assertThat(EstimateBook.subjectOf(claim(PRK, null, null, "NIS", 1L)).key()).isEqualTo("troops:PRK");
    }

    @Test
    void shouldOnlyCountClaimsThatStateAFigure() {
        assertThat(EstimateBook.hasFigure(claim(PRK, RUS, null, "NIS", 1500L))).isTrue();
        assertThat(EstimateBook.hasFigure(claim(PRK, RUS, null, "NIS", null))).isFalse();
        assertThat(EstimateBook.makesReport(claim(PRK, RUS, null, "NIS", null))).isFalse();
    }

    @Test
    void shouldMakeNoReportNorSubjectForAClaimWhoseActorIsUnknown() {
        // "30 people were injured in the clashes" and "one of the wounded later died", from two unrelated stories
        final Claim injured = claim(null, null, null, "Reuters", 30L);
        final Claim oneOfThem = claim(null, null, null, "AP", 1L);
        final Claim uncoded = claim(new Party("rebels", null), null, null, "AP", 5L);

        assertThat(List.of(injured, oneOfThem, uncoded)).noneMatch(EstimateBook::makesReport);
        assertThatThrownBy(() -> EstimateBook.subjectOf(injured)).isInstanceOf(IllegalArgumentException.class);
        assertThat(EstimateBook.makesReport(claim(PRK, null, null, "AP", 1L))).isTrue();
    }

    @Test
    void shouldKeepTheReportedFigureAsLatestWhicheverArrivesFirst() {
        final EstimateSubject subject = EstimateBook.subjectOf(claim(PRK, RUS, null, "NIS", 1L));
        final EstimateReport sent = report("NIS", ClaimStatus.REPORTED, 1_500L, T0);
        final EstimateReport planned = report("NIS", ClaimStatus.PLANNED, 12_000L, T0.plusHours(1));

        final Estimate reportedFirst = EstimateBook.add(EstimateBook.add(null, subject, sent), subject, planned);
        final Estimate plannedFirst = EstimateBook.add(EstimateBook.add(null, subject, planned), subject, sent);

        for (final Estimate estimate : List.of(reportedFirst, plannedFirst)) {
            assertThat(estimate.latest()).isEqualTo(1_500L);
            assertThat(estimate.latestPlanned()).isEqualTo(12_000L);
            assertThat(estimate.latestPossible()).isNull();
            assertThat(estimate.reports()).extracting(EstimateReport::status)
                    .containsExactly(ClaimStatus.REPORTED, ClaimStatus.PLANNED);
            assertThat(estimate.sources()).isEqualTo(1);
            assertThat(estimate.min()).isEqualTo(1_500L);
            assertThat(estimate.max()).isEqualTo(12_000L);
        }
    }

    @Test
    void shouldLeaveLatestEmptyUntilAFigureIsReported() {
        final EstimateSubject subject = EstimateBook.subjectOf(claim(PRK, RUS, null, "NIS", 1L));

        Estimate estimate = EstimateBook.add(null, subject, report("NIS", ClaimStatus.PLANNED, 12_000L, T0));
        estimate = EstimateBook.add(estimate, subject, report("Pentagon", ClaimStatus.POSSIBLE, 15_000L, T0.plusHours(1)));
        estimate = EstimateBook.add(estimate, subject, report("Kremlin", ClaimStatus.DENIED, 10_000L, T0.plusHours(2)));

        assertThat(estimate.latest()).isNull();
        assertThat(estimate.latestPlanned()).isEqualTo(12_000L);
        assertThat(estimate.latestPossible()).isEqualTo(15_000L);
        assertThat(estimate.latestDenied()).isEqualTo(10_000L);
        assertThat(estimate.sources()).isEqualTo(3);

        estimate = EstimateBook.add(estimate, subject, report("Kremlin", ClaimStatus.REPORTED, 3_000L, T0.plusHours(3)));

        assertThat(estimate.latest()).isEqualTo(3_000L);
        assertThat(estimate.latestDenied()).isEqualTo(10_000L);
        assertThat(estimate.sources()).isEqualTo(3);
        assertThat(estimate.reports()).hasSize(4);
    }

    @Test
    void shouldTakeTheReportsSourceFromTheAttributionElseThePublisher() {
        final ArticleEvent event = event("a1", "Yonhap News Agency", T0);

        assertThat(EstimateBook.reportOf(claim(PRK, RUS, null, "NIS", 1L), event, T0).source()).isEqualTo("NIS");
        assertThat(EstimateBook.reportOf(claim(PRK, RUS, null, null, 1L), event, T0).source())
                .isEqualTo("Yonhap News Agency");
        assertThat(EstimateBook.reportOf(claim(PRK, RUS, null, null, 1L), event("a2", null, null), T0.plusDays(1)).time())
                .isEqualTo(T0.plusDays(1));
    }

    @Test
    void shouldKeepDifferentSourcesSideBySideAndLetTheLatestDecideLatest() {
        final EstimateSubject subject = EstimateBook.subjectOf(claim(PRK, RUS, null, "NIS", 1L));

        Estimate estimate = EstimateBook.add(null, subject, report("Pentagon", 10_000L, null, null, T0));
        estimate = EstimateBook.add(estimate, subject, report("NIS", null, 11_000L, 12_000L, T0.plusHours(1)));

        assertThat(estimate.reports()).extracting(EstimateReport::source).containsExactly("Pentagon", "NIS");
        assertThat(estimate.latest()).isEqualTo(11_000L);
        assertThat(estimate.min()).isEqualTo(10_000L);
        assertThat(estimate.max()).isEqualTo(12_000L);
        assertThat(estimate.sources()).isEqualTo(2);
    }

    @Test
    void shouldSupersedeASourcesEarlierReportButIgnoreOneThatArrivesLateAndOlder() {
        final EstimateSubject subject = EstimateBook.subjectOf(claim(PRK, RUS, null, "NIS", 1L));
        final Estimate first = EstimateBook.add(null, subject, report("NIS", 3_000L, null, null, T0));

        final Estimate revised = EstimateBook.add(first, subject, report("nis ", 11_000L, null, null, T0.plusDays(1)));
        final Estimate late = EstimateBook.add(revised, subject, report("NIS", 2_000L, null, null, T0.minusDays(1)));

        assertThat(revised.reports()).singleElement().extracting(r -> r.quantity().value()).isEqualTo(11_000L);
        assertThat(late).isEqualTo(revised);
    }

    private static EstimateReport report(final String source, final Long value, final Long low, final Long high,
                                         final OffsetDateTime time) {
        return new EstimateReport(new Quantity(value, low, high, false, null, "x"), ClaimStatus.REPORTED, source,
                new Attribution(source, source + " said"), "a-" + source, "c-" + source, time);
    }

    private static EstimateReport report(final String source, final ClaimStatus status, final long value,
                                         final OffsetDateTime time) {
        return new EstimateReport(new Quantity(value, null, null, false, null, "x"), status, source,
                new Attribution(source, source + " said"), "a-" + source + time, "c-" + source + time, time);
    }

    private static Claim claim(final Party actor, final Party destination, final Party location, final String source,
                               final Long value) {
        return new Claim("c1", "a1", ClaimKind.TROOPS, new Quantity(value, null, null, false, null, "x"), "troops",
                actor, destination, location, ClaimStatus.REPORTED,
                source == null ? null : new Attribution(source, source + " said"), new Evidence("s", 0, 1), 0.9);
    }

    private static ArticleEvent event(final String id, final String publisher, final OffsetDateTime time) {
        final CleanArticle article = new CleanArticle(id, id + ".txt", null, "t", Byline.NONE, publisher, time, "en",
                List.of("p"), List.of(), Map.of(), "0000000000000000");
        return new ArticleEvent(id, ArticleEvent.TYPE, id + ".txt", time, "t", article, Entities.NONE, List.of(), null);
    }
}
