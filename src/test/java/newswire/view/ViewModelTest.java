package newswire.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import newswire.config.NewswireConfig;
import newswire.estimate.EstimateBook;
import newswire.model.ArticleEvent;
import newswire.model.Claim;
import newswire.model.ClaimStatus;
import newswire.model.Estimate;
import newswire.model.EstimateReport;
import newswire.model.RawArticle;
import newswire.pipeline.ArticlePipeline;
import newswire.testing.DevArticles;
import newswire.topology.DeadLetters;
import newswire.view.ViewState.EventView;
import newswire.view.ViewState.FlowMinute;
import newswire.view.ViewState.SubjectView;
import org.junit.jupiter.api.Test;

class ViewModelTest {

    private static final Instant NOW = Instant.parse("2026-12-05T12:30:20Z");
    private static final String SUBJECT = "troops:PRK>RUS";

    private final ArticleEvent seed = ArticlePipeline.standard(NewswireConfig.defaults())
            .process(new RawArticle("seed", "seed.txt", RawArticle.TEXT_PLAIN, DevArticles.seedText(), null, null,
                    null, null, null));
    private final ViewModel model = new ViewModel();

    @Test
    void shouldShowOnlyReportedFiguresInTheRowAndEveryReportWithItsStatus() {
        model.event(seed, NOW);

        final SubjectView row = model.snapshot(List.of(estimateOf(seed)), null, NOW).estimates().get(0);

        assertThat(row.subject().key()).isEqualTo(SUBJECT);
        assertThat(row.latestReported()).isEqualTo(1_500L);
        assertThat(row.reportedMin()).isEqualTo(1_500L);
        assertThat(row.reportedMax()).as("the planned 12,000 is not a reported maximum").isEqualTo(1_500L);
        assertThat(row.sources()).isEqualTo(2);
        assertThat(row.history()).extracting(report -> report.quantity().value() + " " + report.status())
                .containsExactlyInAnyOrder("1500 REPORTED", "12000 PLANNED");
    }

    @Test
    void shouldShowNoReportedFigureWhenEveryReportIsPlanned() {
        final Claim planned = seed.claims().stream().filter(claim -> claim.status() == ClaimStatus.PLANNED)
                .findFirst().orElseThrow();
        final Estimate onlyPlanned = EstimateBook.add(null, EstimateBook.subjectOf(planned),
                EstimateBook.reportOf(planned, seed, OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC)));

        final SubjectView row = model.snapshot(List.of(onlyPlanned), null, NOW).estimates().get(0);

        assertThat(onlyPlanned.latest()).as("nothing reported yet").isNull();
        assertThat(onlyPlanned.latestPlanned()).isEqualTo(12_000L);
        assertThat(row.latestReported()).isNull();
        assertThat(row.reportedMin()).isNull();
        assertThat(row.reportedMax()).isNull();
        assertThat(row.current()).singleElement().extracting(EstimateReport::status).isEqualTo(ClaimStatus.PLANNED);
    }

    @Test
    void shouldShowAClaimWithAnUnknownActorInItsEventUnderNoSubject() {
        final ArticleEvent crash = ArticlePipeline.standard(NewswireConfig.defaults())
                .process(new RawArticle("crash", "crash.txt", RawArticle.TEXT_PLAIN, "Bus crash on a mountain road\n\n"
                        + "Thirty people were injured when a bus overturned on a mountain road on Sunday, the police "
                        + "said.\n\nRescue teams worked through the night to reach the passengers.", null, null, null,
                        null, null));
        assertThat(crash.claims()).as("the story states a count").isNotEmpty()
                .allSatisfy(claim -> assertThat(claim.actor()).isNull());

        model.event(crash, NOW);
        model.event(seed, NOW.plusSeconds(1));

        final ViewState state = model.snapshot(List.of(), null, NOW.plusSeconds(2));
        assertThat(state.events()).extracting(EventView::id).containsExactly("seed", "crash");
        assertThat(state.events().get(1).claims()).allSatisfy(claim -> assertThat(claim.subject()).isNull());
    }

    @Test
    void shouldLinkANearDuplicateToItsOriginalAndLeaveItsClaimsOutOfTheHistory() {
        model.event(seed, NOW);
        model.event(copyOf(seed, "copy").withDuplicateOf(seed.id()), NOW.plusSeconds(5));

        final ViewState state = model.snapshot(List.of(estimateOf(seed)), null, NOW.plusSeconds(10));

        final EventView copy = state.events().get(0);
        assertThat(copy.id()).isEqualTo("copy");
        assertThat(copy.duplicateOf()).isEqualTo(seed.id());
        assertThat(copy.duplicateOfTitle()).isEqualTo(seed.article().title());
        assertThat(copy.claims()).as("a duplicate still shows its claims").hasSize(2);
        assertThat(state.estimates().get(0).history()).hasSize(2);
        assertThat(state.flow()).extracting(FlowMinute::eventsOut).contains(2L);
        assertThat(state.flow()).extracting(FlowMinute::duplicates).contains(1L);
    }

    @Test
    void shouldShowTheLatestEventsNewestFirstWithinItsBound() {
        for (int i = 0; i < ViewModel.EVENTS + 10; i++) {
            model.event(copyOf(seed, "article-" + i), NOW.plusSeconds(i));
        }
        model.event(copyOf(seed, "article-30"), NOW.plusSeconds(100));

        final List<EventView> events = model.snapshot(List.of(), null, NOW.plusSeconds(100)).events();

        assertThat(events).hasSize(ViewModel.EVENTS);
        assertThat(events.get(0).id()).as("a replayed article moves to the top, once").isEqualTo("article-30");
        assertThat(events).extracting(EventView::id).doesNotHaveDuplicates().contains("article-59")
                .doesNotContain("article-0");
    }

    @Test
    void shouldCountDeadLettersByStageAndReasonAndKeepTheLatestFew() {
        for (int i = 0; i < DeadLetterTally.LATEST + 2; i++) {
            model.deadLetter(DeadLetter.of(NOW.plusSeconds(i), Map.of(DeadLetters.STAGE_HEADER, "parse",
                    DeadLetters.MESSAGE_HEADER, "not a RawArticle JSON document", DeadLetters.TOPIC_HEADER, "news.raw",
                    DeadLetters.PARTITION_HEADER, "1", DeadLetters.OFFSET_HEADER, String.valueOf(i)),
                    ("k" + i).getBytes(), new byte[] {0x00, (byte) 0xFE}), null);
        }
        model.deadLetter(DeadLetter.of(NOW, Map.of(DeadLetters.STAGE_HEADER, "validate",
                DeadLetters.MESSAGE_HEADER, "empty body"), null, "{}".getBytes()), null);

        final ViewState.DeadLetterSummary summary = model.snapshot(List.of(), null, NOW).deadLetters();

        assertThat(summary.total()).isEqualTo(DeadLetterTally.LATEST + 3);
        assertThat(summary.counts()).containsExactly(
                new ViewState.ReasonCount("parse", "not a RawArticle JSON document", DeadLetterTally.LATEST + 2),
                new ViewState.ReasonCount("validate", "empty body", 1));
        assertThat(summary.latest()).hasSize(DeadLetterTally.LATEST);
        assertThat(summary.latest().get(0).reason()).isEqualTo("empty body");
        final DeadLetter poison = summary.latest().get(1);
        assertThat(poison.offset()).isEqualTo(DeadLetterTally.LATEST + 1L);
        assertThat(poison.partition()).isEqualTo(1);
        assertThat(poison.key()).isEqualTo("k" + (DeadLetterTally.LATEST + 1));
        assertThat(poison.preview()).isEqualTo("2 bytes, not UTF-8");
    }

    @Test
    void shouldListEveryDeadLetterButCountAnArticleWhoseDedupeRecordsWereSeveralOnceInTheFlow() {
        // Given two dead letters of the dedupe for article "strike"'s input and one for article "flood"'s
        for (final String input : List.of("strike@0:4", "strike@0:4", "flood@0:5")) {
            model.deadLetter(DeadLetter.of(NOW, Map.of(DeadLetters.STAGE_HEADER, "dedupe",
                    DeadLetters.MESSAGE_HEADER, "a BandGroup written as JSON"), null, null), input);
        }

        // Then the three are listed, and the flow counts two articles dead-lettered
        final ViewState state = model.snapshot(List.of(), null, NOW);
        assertThat(state.deadLetters().total()).isEqualTo(3);
        assertThat(state.flow().stream().mapToLong(FlowMinute::deadLetters).sum()).isEqualTo(2);
    }

    @Test
    void shouldCountTheFlowPerMinuteOverTheLastHalfHourOnly() {
        model.articleIn(NOW.minusSeconds(40 * 60));
        model.articleIn(NOW.minusSeconds(60));
        model.articleIn(NOW.minusSeconds(50));
        model.articleIn(NOW);

        final List<FlowMinute> flow = model.snapshot(List.of(), null, NOW).flow();

        assertThat(flow).hasSize((int) FlowTally.WINDOW.toMinutes());
        assertThat(flow.get(flow.size() - 1).minute()).isEqualTo(Instant.parse("2026-12-05T12:30:00Z"));
        assertThat(flow).extracting(FlowMinute::articlesIn).containsOnly(0L, 1L, 2L);
        assertThat(flow.stream().mapToLong(FlowMinute::articlesIn).sum()).as("the 40-minute-old one is out").isEqualTo(3);
        assertThat(flow.get(flow.size() - 2).articlesIn()).isEqualTo(2);
    }

    private static ArticleEvent copyOf(final ArticleEvent event, final String id) {
        return new ArticleEvent(id, event.type(), event.source(), event.time(), event.subject(), event.article(),
                event.entities(), event.claims(), null);
    }

    /** The estimate the topology keeps for the seed's claims. */
    private static Estimate estimateOf(final ArticleEvent event) {
        Estimate estimate = null;
        for (final Claim claim : event.claims()) {
            if (EstimateBook.hasFigure(claim) && EstimateBook.subjectOf(claim).key().equals(SUBJECT)) {
                estimate = EstimateBook.add(estimate, EstimateBook.subjectOf(claim),
                        EstimateBook.reportOf(claim, event, OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC)));
            }
        }
        return estimate;
    }
}
