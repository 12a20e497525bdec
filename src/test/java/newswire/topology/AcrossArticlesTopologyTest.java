package newswire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import newswire.model.ArticleEvent;
import newswire.model.Claim;
import newswire.model.ClaimStatus;
import newswire.model.Estimate;
import newswire.model.EstimateReport;
import newswire.model.RawArticle;
import newswire.pipeline.ArticlePipeline;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What many articles say together: near-duplicates, estimates per subject, and the CloudEvents envelope. */
class AcrossArticlesTopologyTest {

    private static final Instant T0 = Instant.parse("2024-10-21T10:00:00Z");

    private TopologyFixture fixture;

    @BeforeEach
    void startDriver() {
        fixture = new TopologyFixture();
    }

    @AfterEach
    void closeDriver() {
        fixture.close();
    }

    @Test
    void shouldPointEveryCopyOfAStoryRepublishedManyTimesAtTheFirst() {
        // Given one story published fifty times, each copy with its own id and a footer of its own
        for (int copy = 0; copy < 50; copy++) {
            final int number = copy;
            fixture.raw.pipeInput(new TestRecord<>("copy-" + copy, TopologyFixture.seed("copy-" + copy,
                    body -> body + "\n\nCopy " + number), T0.plusSeconds(copy)));
        }

        // Then every later copy points at the first
        final Map<String, ArticleEvent> events = fixture.events.readKeyValuesToMap();
        assertThat(events).hasSize(50);
        assertThat(events.get("copy-0").duplicateOf()).isNull();
        events.forEach((id, event) -> assertThat(event.duplicateOf()).as(id).isEqualTo(id.equals("copy-0") ? null : "copy-0"));
    }

    @Test
    void shouldFlagTheSameStoryFromAnotherPortalAsADuplicateAndCountItsClaimsOnce() {
        // Given the seed, then the same story republished with another time line, another footer and a word changed
        final RawArticle republished = TopologyFixture.seed("republished", body -> body
                .replace("2024. 10. 21. 18:59", "2024. 10. 21. 19:20")
                .replace("swiftly dispatch", "quickly dispatch")
                .replace("이 기사에 대해 어떻게 생각하시나요?", "Copyright © 코리아중앙데일리. All rights reserved."));
        fixture.raw.pipeInput(new TestRecord<>("original", TopologyFixture.seed("original"), T0));
        fixture.raw.pipeInput(new TestRecord<>("republished", republished, T0.plusSeconds(60)));

        // Then both have their event, whole after the dedupe, the second pointing at the first
        final Map<String, ArticleEvent> events = fixture.events.readKeyValuesToMap();
        final ArticlePipeline pipeline = ArticlePipeline.standard(fixture.config);
        assertThat(events.get("original")).isEqualTo(pipeline.process(TopologyFixture.seed("original")));
        assertThat(events.get("republished")).isEqualTo(pipeline.process(republished).withDuplicateOf("original"));
        assertThat(events.get("republished").claims()).hasSize(2);

        // And the claims are published, and counted in the estimate, once
        assertThat(fixture.claims.readValuesToList()).extracting(Claim::articleId).containsOnly("original").hasSize(2);
        final Estimate estimate = lastEstimates().get("troops:PRK>RUS");
        assertThat(estimate.reports()).extracting(EstimateReport::articleId).containsOnly("original");
        assertThat(estimate.sources()).isEqualTo(2);
    }

    @Test
    void shouldFlagARepublicationEditedAsEditorsDoButNotAnotherReportOnTheSameSubject() {
        // Given the seed; its republication with a new headline and chrome, an attribution turned round, words changed
        // and the last story paragraph cut; and a report of our own on the same subject, with other figures
        final RawArticle republished = TopologyFixture.seed("republished", body -> body
                .replace("Yoon, NATO chief agree to share information on North's dispatch of troops to Russia",
                        "Seoul and NATO to share intelligence on North Korean troops\nPosted by World Desk")
                .replace(", said the presidential office.", ", the presidential office said.")
                .replace("swiftly dispatch", "quickly send")
                .replace("closely monitor the situation", "watch the situation closely")
                .replace("Earlier Monday, Rutte posted on X", "Comments (3)\n\nEarlier Monday, Rutte posted on X"));
        final RawArticle other = article("other", """
                North Korea has sent about 3,000 more soldiers to Russia since last month, the Joint Chiefs of Staff \
                said on Wednesday, bringing the number of North Korean troops there to some 11,000.

                The soldiers were moved by ship and by air to Vladivostok before heading to the Kursk region, a \
                military official told reporters in Seoul.
                """);
        fixture.raw.pipeInput(new TestRecord<>("original", TopologyFixture.seed("original"), T0));
        fixture.raw.pipeInput(new TestRecord<>("republished", republished, T0.plusSeconds(60)));
        fixture.raw.pipeInput(new TestRecord<>("other", other, T0.plusSeconds(120)));

        // Then the republication points at the original and the other report at nothing
        final Map<String, ArticleEvent> events = fixture.events.readKeyValuesToMap();
        assertThat(events.get("original").duplicateOf()).isNull();
        assertThat(events.get("republished").duplicateOf()).isEqualTo("original");
        assertThat(events.get("other").duplicateOf()).isNull();

        // And no estimate counts the republication
        assertThat(lastEstimates().values()).flatExtracting(Estimate::reports).extracting(EstimateReport::articleId)
                .contains("original").doesNotContain("republished");
    }

    @Test
    void shouldNotFlagDifferentStoriesAsDuplicates() {
        fixture.raw.pipeInput(new TestRecord<>("seed", TopologyFixture.seed("seed"), T0));
        fixture.raw.pipeInput(new TestRecord<>("other", article("other", """
                Kyiv says North Korea sent more soldiers

                Ukrainian military intelligence said North Korea had dispatched 12,000 troops to Russia, many of them \
                from special operations units.
                """), T0.plusSeconds(1)));

        assertThat(fixture.events.readValuesToList()).extracting(ArticleEvent::duplicateOf).containsOnlyNulls();
    }

    @Test
    void shouldGiveTheSeedsTwoFiguresForNorthKoreanTroopsInRussiaAsOneEstimate() {
        fixture.raw.pipeInput(new TestRecord<>("seed", TopologyFixture.seed("seed"), T0));

        final Map<String, Estimate> estimates = lastEstimates();

        assertThat(estimates).containsOnlyKeys("troops:PRK>RUS");
        final Estimate estimate = estimates.get("troops:PRK>RUS");
        assertThat(estimate.subject().actor().code()).isEqualTo("PRK");
        assertThat(estimate.subject().destination().code()).isEqualTo("RUS");
        assertThat(estimate.reports()).extracting(report -> report.quantity().value(), EstimateReport::status)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(1500L, ClaimStatus.REPORTED),
                        org.assertj.core.groups.Tuple.tuple(12_000L, ClaimStatus.PLANNED));
        assertThat(estimate.latest()).isEqualTo(1500L);
        assertThat(estimate.latestPlanned()).isEqualTo(12_000L);
        assertThat(estimate.min()).isEqualTo(1500L);
        assertThat(estimate.max()).isEqualTo(12_000L);
        assertThat(estimate.sources()).isEqualTo(2);
    }

    @Test
    void shouldShowTheReportedFigureAsLatestAndThePlannedOneBesideItInEitherOrderOfArrival() {
        final RawArticle sent = article("sent", """
                Spy agency: first North Korean units in Russia

                The National Intelligence Service said North Korea has sent 1,500 troops to Russia so far.
                """);
        final RawArticle plans = article("plans", """
                Spy agency: more North Korean units to follow

                The National Intelligence Service said North Korea plans to send 12,000 troops to Russia by December.
                """);
        for (final boolean plannedFirst : List.of(false, true)) {
            // Given the same agency's reported figure and, an hour later, its plan, arriving in either order
            fixture.close();
            fixture = new TopologyFixture();
            if (plannedFirst) {
                fixture.raw.pipeInput(new TestRecord<>("plans", plans, T0.plusSeconds(3600)));
                fixture.raw.pipeInput(new TestRecord<>("sent", sent, T0));
            } else {
                fixture.raw.pipeInput(new TestRecord<>("sent", sent, T0));
                fixture.raw.pipeInput(new TestRecord<>("plans", plans, T0.plusSeconds(3600)));
            }

            // Then the plan stands beside the reported figure, never in its place, and neither erases the other
            final Estimate estimate = lastEstimates().get("troops:PRK>RUS");
            assertThat(estimate.latest()).as("planned first: %s", plannedFirst).isEqualTo(1500L);
            assertThat(estimate.latestPlanned()).isEqualTo(12_000L);
            assertThat(estimate.reports()).extracting(EstimateReport::articleId, EstimateReport::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("sent", ClaimStatus.REPORTED),
                            org.assertj.core.groups.Tuple.tuple("plans", ClaimStatus.PLANNED));
            assertThat(estimate.sources()).isEqualTo(1);
        }
    }

    @Test
    void shouldPublishClaimsWithAnUnknownActorButNeverPoolThemInAnEstimate() {
        // Given two unrelated stories whose wounded have no actor the text names
        fixture.raw.pipeInput(new TestRecord<>("clashes", article("clashes", """
                Clashes near the market

                At least 30 people were injured in clashes near the central market on Sunday, hospital staff said.
                """), T0));
        fixture.raw.pipeInput(new TestRecord<>("storm", article("storm", """
                Storm hits coastal town

                Two people were injured when a tree fell on their car, a nurse said after the storm.
                """), T0.plusSeconds(60)));

        // Then both claims are published, saying their actor is unknown, and no estimate pools them
        assertThat(fixture.claims.readValuesToList()).extracting(Claim::articleId, Claim::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("clashes", null),
                        org.assertj.core.groups.Tuple.tuple("storm", null));
        assertThat(fixture.estimates.isEmpty()).isTrue();
    }

    @Test
    void shouldKeepTheFiguresOfIndependentSourcesSideBySideWithMinMaxAndTheLatest() {
        // Given two sources with different numbers, the Pentagon first
        fixture.raw.pipeInput(new TestRecord<>("pentagon", article("pentagon", """
                Pentagon: North Korean troops in Russia

                The Pentagon said on Tuesday that North Korea has sent about 10,000 troops to Russia for training in \
                the country's far east.
                """), T0));
        fixture.raw.pipeInput(new TestRecord<>("kyiv", article("kyiv", """
                Kyiv says North Korea sent more soldiers

                Ukrainian military intelligence said North Korea had dispatched 12,000 troops to Russia, many of them \
                from special operations units.
                """), T0.plusSeconds(3600)));

        // Then the estimate holds both, the later one as the latest
        final Estimate estimate = lastEstimates().get("troops:PRK>RUS");
        assertThat(estimate.reports()).extracting(EstimateReport::source, report -> report.quantity().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Pentagon", 10_000L),
                        org.assertj.core.groups.Tuple.tuple("Ukrainian military intelligence", 12_000L));
        assertThat(estimate.latest()).isEqualTo(12_000L);
        assertThat(estimate.min()).isEqualTo(10_000L);
        assertThat(estimate.max()).isEqualTo(12_000L);
        assertThat(estimate.sources()).isEqualTo(2);
    }

    @Test
    void shouldLetASourcesLaterReportSupersedeItsEarlierOne() {
        // Given the National Intelligence Service's first figure, then its revised one
        fixture.raw.pipeInput(new TestRecord<>("first-wave", article("first-wave", """
                Spy agency sees first deployment

                The National Intelligence Service said North Korea has sent 3,000 troops to Russia so far, the first \
                wave of a larger deployment.

                The agency told lawmakers that more units were being prepared for transport by sea.
                """), T0));
        fixture.raw.pipeInput(new TestRecord<>("revised", article("revised", """
                Seoul revises its estimate of North Korean deployment

                South Korea's National Intelligence Service said on Wednesday that North Korea has sent 11,000 troops \
                to Russia, up from its earlier assessment.

                Lawmakers briefed by the spy agency said some of the soldiers had already moved to the front line.
                """), T0.plusSeconds(86_400)));

        // Then only the revised figure stands for that source
        final Estimate estimate = lastEstimates().get("troops:PRK>RUS");
        assertThat(estimate.reports()).singleElement().satisfies(report -> {
            assertThat(report.articleId()).isEqualTo("revised");
            assertThat(report.quantity().value()).isEqualTo(11_000L);
        });
        assertThat(estimate.latest()).isEqualTo(11_000L);
        assertThat(estimate.min()).isEqualTo(11_000L);
        assertThat(estimate.max()).isEqualTo(11_000L);
        assertThat(estimate.sources()).isEqualTo(1);
    }

    @Test
    void shouldCarryTheCloudEventsKafkaBindingHeadersOnEveryEvent() {
        fixture.raw.pipeInput(new TestRecord<>("seed", TopologyFixture.seed("seed"), T0));

        final TestRecord<String, ArticleEvent> event = fixture.events.readRecord();
        final Headers headers = event.headers();

        assertThat(header(headers, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(headers, "ce_id")).isEqualTo("seed");
        assertThat(header(headers, "ce_type")).isEqualTo(ArticleEvent.TYPE).isEqualTo(event.value().type());
        assertThat(header(headers, "ce_source")).isEqualTo("000_23a076b1477290e0.txt");
        assertThat(header(headers, "ce_time")).isEqualTo("2024-10-21T18:59:00+09:00");
        assertThat(header(headers, "content-type")).isEqualTo("application/json");
    }

    private Map<String, Estimate> lastEstimates() {
        return fixture.estimates.readKeyValuesToList().stream()
                .collect(java.util.stream.Collectors.toMap(kv -> kv.key, kv -> kv.value, (a, b) -> b));
    }

    private static RawArticle article(final String id, final String body) {
        return new RawArticle(id, id + ".txt", RawArticle.TEXT_PLAIN, body, null, null, null, null, null);
    }

    private static String header(final Headers headers, final String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }

}
