package newswire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import newswire.clean.SourceTemplates;
import newswire.model.ArticleEvent;
import newswire.model.CleanArticle;
import newswire.model.RawArticle;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The template memory in the topology: a series of articles from a site no rule knows loses the lines the site prints
 * around every story, once they were seen in three of its articles; a recurring line that reads as story stays, and
 * another site's articles are untouched.
 */
class SourceTemplatesTopologyTest {

    private static final Instant T0 = Instant.parse("2025-03-03T08:00:00Z");

    /** Printed by every page of the site: the boilerplate of its layout, in words no cleaning rule lists. */
    static final List<String> SITE_CHROME = List.of("Listen to the Morning Tide podcast",
            "Ferry times and tides", "Read the print edition");

    /** Also on every page, but a sentence of prose: it reads as story and is never dropped as template. */
    private static final String RECURRING_STORY = "The Harbourview Gazette is published by the Harbourview Press "
            + "Cooperative, which is owned by its readers and staff.";

    static final List<List<String>> STORIES = List.of(
            List.of("The north pier will close for three weeks of repairs from Monday, the harbour authority said.",
                    "Workers found cracks in two of the concrete piles during a routine inspection last month."),
            List.of("Ferry fares across the bay will rise by eight percent in April, the operator announced.",
                    "The company blamed higher fuel prices and said season tickets would not change until summer."),
            List.of("A retired fisherman has been named keeper of the old lighthouse, which reopens in May.",
                    "He will run guided tours twice a day and look after the museum in the keeper's cottage."),
            List.of("The fish market on Quay Street will move to a new hall near the container terminal.",
                    "Traders said the move would give them cold storage but worried that tourists would not come."),
            List.of("The harbour festival drew about 40,000 people over the weekend, organisers said on Sunday.",
                    "Police reported two arrests for minor offences and said the crowds were well behaved."));

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
    void shouldDropASitesRecurringChromeFromItsLaterArticlesButKeepItsStoryAndOtherSitesArticles() {
        // Given five articles of one site, each with its own story between the same lines of the site's layout
        for (int n = 0; n < STORIES.size(); n++) {
            fixture.raw.pipeInput(new TestRecord<>("harbour-" + n,
                    article("https://www.harbourview.example/local/" + n, STORIES.get(n)), T0.plusSeconds(n)));
        }
        // And then the first article of another site with the same layout lines
        fixture.raw.pipeInput(new TestRecord<>("other-0",
                article("https://bayside.example/news/0", STORIES.get(0)), T0.plusSeconds(10)));

        final Map<String, CleanArticle> clean = fixture.clean.readKeyValuesToMap();
        final Map<String, ArticleEvent> events = fixture.events.readKeyValuesToMap();
        assertThat(fixture.deadLetters.isEmpty()).isTrue();
        assertThat(clean).hasSize(6);
        // Then the site's first three articles keep the layout lines (not yet seen in three articles)
        for (int n = 0; n < 3; n++) {
            assertThat(clean.get("harbour-" + n).paragraphs()).as("article %d", n).containsAll(SITE_CHROME);
        }
        // And its fourth and fifth lose them, and only them, on news.clean and in the event alike
        for (int n = 3; n < 5; n++) {
            final CleanArticle sifted = clean.get("harbour-" + n);
            assertThat(sifted.paragraphs()).as("article %d", n).doesNotContainAnyElementsOf(SITE_CHROME)
                    .containsAll(STORIES.get(n)).contains(RECURRING_STORY);
            assertThat(sifted.removed()).containsEntry(SourceTemplates.REMOVED_REASON, SITE_CHROME.size());
            assertThat(events.get("harbour-" + n).article().paragraphs()).isEqualTo(sifted.paragraphs());
        }
        // And the other site's article is cleaned as if the memory were not there
        assertThat(clean.get("other-0").paragraphs()).containsAll(SITE_CHROME);
        assertThat(clean.get("other-0").removed()).doesNotContainKey(SourceTemplates.REMOVED_REASON);
        // And no article was lost: every one has its event
        assertThat(events).hasSize(6);
    }

    @Test
    void shouldKeepEverySourcesMemoryInTheTemplateStoreKeyedBySource() {
        for (int n = 0; n < 2; n++) {
            fixture.raw.pipeInput(new TestRecord<>("harbour-" + n,
                    article("https://www.harbourview.example/local/" + n, STORIES.get(n)), T0.plusSeconds(n)));
        }
        fixture.raw.pipeInput(new TestRecord<>("other-0",
                article("https://bayside.example/news/0", STORIES.get(0)), T0.plusSeconds(10)));

        final var store = fixture.driver.<String, newswire.clean.LearnedTemplate>getKeyValueStore(
                NewswireTopology.TEMPLATES_STORE);
        assertThat(counts(store.get("harbourview.example"))).contains(2).doesNotContain(3);
        assertThat(counts(store.get("bayside.example"))).containsOnly(1);
    }

    /** How many articles printed each line the memory keeps. */
    private static List<Integer> counts(final newswire.clean.LearnedTemplate learned) {
        final java.nio.ByteBuffer lines = java.nio.ByteBuffer.wrap(learned.lines());
        final List<Integer> counts = new java.util.ArrayList<>();
        while (lines.hasRemaining()) {
            lines.getLong();
            counts.add(lines.getInt());
        }
        return counts;
    }

    static RawArticle article(final String url, final List<String> story) {
        final String body = String.join("\n", "Harbour news", SITE_CHROME.get(0), story.get(0), story.get(1),
                SITE_CHROME.get(1), RECURRING_STORY, SITE_CHROME.get(2));
        return new RawArticle(null, "crawler", RawArticle.TEXT_PLAIN, body, null, url, null, "en", null);
    }
}
