package newswire.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
        final SourceTemplates templates = new SourceTemplates(2, 1_000, 10);
        templates.sift("news.example.com", List.of("Share this story"));
        templates.sift("news.example.com", List.of("Share this story"));

        assertThat(templates.sift("other.example.org", List.of("Share this story")))
                .containsExactly("Share this story");
        assertThat(templates.sift("news.example.com", List.of("Share this story"))).isEmpty();
    }

    @Test
    void shouldForgetTheLeastRecentlySeenSourceBeyondItsBound() {
        final SourceTemplates templates = new SourceTemplates(1, 1_000, 2);
        templates.sift("a.example", List.of("Menu"));
        templates.sift("b.example", List.of("Menu"));
        templates.sift("c.example", List.of("Menu"));

        assertThat(templates.sourcesKnown()).isEqualTo(2);
        assertThat(templates.sift("a.example", List.of("Menu"))).containsExactly("Menu");
    }
}
