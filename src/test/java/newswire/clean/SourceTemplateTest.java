package newswire.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newswire.model.Byline;
import newswire.model.CleanArticle;
import org.junit.jupiter.api.Test;

/** A source's recurring chrome is learned from its articles and dropped from later ones; its story lines stay. */
class SourceTemplateTest {

    private static final String WIRE_PARAGRAPH = "The harbour authority, which runs the port on behalf of the city, "
            + "publishes its inspection reports on its website every quarter.";

    private static List<String> article(final int n) {
        return List.of("Share this story", "Sign up for the Harbour Brief newsletter",
                "The north pier will close for repairs number " + n + ", the harbour authority said on Tuesday.",
                WIRE_PARAGRAPH, "Tip us off: tips@example.com");
    }

    @Test
    void shouldDropLinesSeenInEnoughDifferentArticlesOfTheSourceButKeepStory() {
        final SourceTemplate template = new SourceTemplate(3, 1_000);

        for (int n = 1; n <= 3; n++) {
            assertThat(template.sift(article(n))).hasSize(5);
        }
        final List<String> fourth = template.sift(article(4));

        assertThat(fourth).containsExactly(
                "The north pier will close for repairs number 4, the harbour authority said on Tuesday.",
                WIRE_PARAGRAPH);
    }

    @Test
    void shouldNotLearnFromVersionsOfOneStorySoTheirShortStoryLinesStay() {
        final SourceTemplate template = new SourceTemplate(3, 1_000);
        final List<String> story = List.of("Harbour strike ends",
                "Dock workers voted on Sunday to end the strike that had closed the container terminal for nine days.",
                "The union said the new contract raises wages by six percent over two years and keeps the night shift.",
                "The port operator declined to comment.");

        for (int version = 1; version <= 5; version++) {
            final List<String> update = new java.util.ArrayList<>(story);
            update.add("Update " + version + ": ships began to unload on Monday morning, the harbour master said.");
            assertThat(template.sift(update)).as("version %d", version).containsAll(story);
        }
    }

    @Test
    void shouldCountAnArticleDeliveredTwiceOnce() {
        final SourceTemplate template = new SourceTemplate(3, 1_000);

        template.sift(longArticle(1));
        template.sift(longArticle(1));
        template.sift(longArticle(2));

        assertThat(template.sift(longArticle(3))).contains("Share this story");
        assertThat(template.sift(longArticle(4))).doesNotContain("Share this story");
    }

    /** An article with two story lines of its own and the source's share row. */
    private static List<String> longArticle(final int n) {
        return List.of("Share this story",
                "The north pier will close for repairs number " + n + " from Monday, the harbour authority said in a "
                        + "statement on Tuesday.",
                "Workers found cracks in concrete pile number " + n + " during a routine inspection last month, an "
                        + "engineer for the authority said.");
    }

    @Test
    void shouldCountALinePrintedTwiceInOneArticleOnce() {
        final SourceTemplate template = new SourceTemplate(2, 1_000);

        template.sift(List.of("Share this story", "Share this story"));

        assertThat(template.sift(List.of("Share this story"))).containsExactly("Share this story");
        assertThat(template.sift(List.of("Share  this STORY!"))).isEmpty();
    }

    @Test
    void shouldForgetTheLeastRecentlySeenLinesBeyondItsBound() {
        final SourceTemplate template = new SourceTemplate(1, 3);

        template.sift(List.of("Menu", "Search", "Log in", "Most read"));

        assertThat(template.linesKnown()).isEqualTo(3);
        assertThat(template.sift(List.of("Search"))).isEmpty();
        assertThat(template.sift(List.of("Menu"))).containsExactly("Menu");
    }

    @Test
    void shouldKeepEachSourcesTemplateApart() {
        final SourceTemplates templates = new SourceTemplates(2, 1_000, 10, null);
        templates.sift("news.example.com", List.of("Share this story"));
        templates.sift("news.example.com", List.of("Share this story"));

        assertThat(templates.sift("other.example.org", List.of("Share this story")))
                .containsExactly("Share this story");
        assertThat(templates.sift("news.example.com", List.of("Share this story"))).isEmpty();
    }

    @Test
    void shouldForgetTheLeastRecentlySeenSourceBeyondItsBound() {
        final SourceTemplates templates = new SourceTemplates(1, 1_000, 2, null);
        templates.sift("a.example", List.of("Menu"));
        templates.sift("b.example", List.of("Menu"));
        templates.sift("c.example", List.of("Menu"));

        assertThat(templates.sourcesKnown()).isEqualTo(2);
        assertThat(templates.sift("a.example", List.of("Menu"))).containsExactly("Menu");
    }

    @Test
    void shouldGoOnFromWhatWasKeptWhenAFreshMemoryRecallsASource() {
        final Map<String, LearnedTemplate> kept = new HashMap<>();
        final SourceTemplates.Kept store = SourceTemplates.Kept.by(kept::get, kept::put);
        final SourceTemplates before = new SourceTemplates(3, 1_000, 10, store);
        for (int n = 1; n <= 3; n++) {
            before.sift("news.example.com", article(n));
        }

        final SourceTemplates afterRestart = new SourceTemplates(3, 1_000, 10, store);

        assertThat(afterRestart.sift("news.example.com", article(4))).containsExactly(
                "The north pier will close for repairs number 4, the harbour authority said on Tuesday.",
                WIRE_PARAGRAPH);
    }

    @Test
    void shouldRestoreTheOrderInWhichLinesAreForgotten() {
        final SourceTemplate template = new SourceTemplate(1, 3);
        template.sift(List.of("Menu", "Search", "Log in"));
        template.sift(List.of("Menu"));

        final SourceTemplate restored = SourceTemplate.restored(template.learned(), 1, 3);
        restored.sift(List.of("Most read"));

        assertThat(restored.sift(List.of("Search"))).containsExactly("Search");
        assertThat(restored.sift(List.of("Menu"))).isEmpty();
    }

    @Test
    void shouldCountTheDroppedLinesAndFingerprintWhatIsLeft() {
        final SourceTemplates templates = new SourceTemplates(2, 1_000, 10, null);
        templates.sift(clean("https://news.example.com/a", article(1)));
        templates.sift(clean("https://www.news.example.com/b", article(2)));

        final CleanArticle third = templates.sift(clean("http://NEWS.example.com/c?x=1", article(3)));

        assertThat(third.paragraphs()).hasSize(2);
        assertThat(third.removed()).containsEntry(SourceTemplates.REMOVED_REASON, 3).containsEntry("chrome", 1);
        assertThat(third.fingerprint()).isEqualTo(newswire.dedupe.SimHash.fingerprint(third.body()));
    }

    @Test
    void shouldTakeTheSourceFromTheUrlElseTheSourceElseThePublisherElseNone() {
        assertThat(SourceTemplates.sourceOf(clean("https://www.Example.com/x", List.of("a"))))
                .contains("example.com");
        assertThat(SourceTemplates.sourceOf(new CleanArticle("id", "https://feeds.example.org/1", null, null, null,
                "Example Daily", null, "en", List.of("a"), List.of(), Map.of(), null))).contains("feeds.example.org");
        assertThat(SourceTemplates.sourceOf(new CleanArticle("id", "page.html", null, null, null, "The Example Daily",
                null, "en", List.of("a"), List.of(), Map.of(), null))).contains("theexampledaily");
        assertThat(SourceTemplates.sourceOf(new CleanArticle("id", "page.html", null, null, null, null, null, "en",
                List.of("a"), List.of(), Map.of(), null))).isEmpty();
    }

    @Test
    void shouldNeverEmptyAnArticleNorTouchOneWhenTurnedOff() {
        final SourceTemplates templates = new SourceTemplates(1, 1_000, 10, null);
        templates.sift(clean("https://news.example.com/a", List.of("Menu", "Search")));
        assertThat(templates.sift(clean("https://news.example.com/b", List.of("Menu", "Search"))).paragraphs())
                .containsExactly("Menu", "Search");

        final SourceTemplates off = new SourceTemplates(0, 1_000, 10, null);
        off.sift(clean("https://news.example.com/a", article(1)));
        off.sift(clean("https://news.example.com/b", article(2)));
        assertThat(off.sift(clean("https://news.example.com/c", article(3))).paragraphs()).hasSize(5);
    }

    private static CleanArticle clean(final String url, final List<String> paragraphs) {
        return new CleanArticle(url, "crawler", url, "A title", new Byline(List.of(), List.of()), null, null, "en",
                paragraphs, List.of(), Map.of("chrome", 1), null);
    }
}
