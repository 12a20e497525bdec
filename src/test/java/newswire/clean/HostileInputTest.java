package newswire.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import newswire.model.CleanArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Input built to hurt: it must come out cleaned or rejected with a reason, quickly, never hang or overflow. */
class HostileInputTest {

    private static final ArticleCleaner CLEANER = ArticleCleaner.standard();

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldCleanFiveMegabyteArticle() {
        // Given 5 MB of distinct paragraphs with chrome sprinkled through
        final StringBuilder text = new StringBuilder("A very long report\n\n");
        for (int i = 0; text.length() < 5_000_000; i++) {
            text.append("Paragraph ").append(i).append(" says that officials counted ").append(i * 7)
                    .append(" vehicles, and the count went on through the night in several districts.\n\n");
            if (i % 100 == 0) {
                text.append("공유하기\n\nCopyright © 2024 Example. All rights reserved.\n\n");
            }
        }

        // When
        final CleanArticle article = CLEANER.clean(Fixtures.text(text.toString()));

        // Then every story paragraph is kept and the chrome is gone
        assertThat(article.paragraphs()).hasSizeGreaterThan(40_000).noneMatch(p -> p.contains("공유하기"));
        assertThat(article.removed().get("copyright")).isGreaterThan(400);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldCleanPageNestedTenThousandDeep() {
        final String page = "<html><head><title>Deep page</title></head><body>" + "<div>".repeat(10_000)
                + "<p>The story sits at the very bottom of ten thousand nested elements, and it should still be found.</p>"
                + "</div>".repeat(10_000) + "</body></html>";

        final CleanArticle article = CLEANER.clean(Fixtures.html(page));

        assertThat(article.paragraphs()).containsExactly(
                "The story sits at the very bottom of ten thousand nested elements, and it should still be found.");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldCleanPageNestedTenThousandDeepWithTextAtEveryLevel() {
        // Text at every level makes each of 10,000 blocks sit under up to 10,000 ancestors: any per-block walk to
        // the root would be quadratic.
        final StringBuilder page = new StringBuilder("<html><body><h1>Deep</h1>");
        for (int i = 0; i < 10_000; i++) {
            page.append("<div class=\"c").append(i % 7).append("\">Level ").append(i)
                    .append(" has a sentence of text, with a comma.");
        }
        page.append("</div>".repeat(10_000)).append("</body></html>");

        final CleanArticle article = CLEANER.clean(Fixtures.html(page.toString()));

        assertThat(article.paragraphs()).isNotEmpty().allMatch(p -> p.startsWith("Level "));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldCleanFiveMegabytePage() {
        final StringBuilder page = new StringBuilder("<html><body><h1>Big page</h1><article>");
        int paragraphs = 0;
        for (int i = 0; page.length() < 5_000_000; i++, paragraphs++) {
            page.append("<p>Paragraph ").append(i).append(" says that officials counted ").append(i * 7)
                    .append(" vehicles, and the count went on through the night.</p>");
        }
        page.append("</article><div class=\"related\">");
        for (int i = 0; i < 2_000; i++) {
            page.append("<a href=\"/x").append(i).append("\">Another story ").append(i).append("</a>");
        }
        page.append("</div></body></html>");

        final CleanArticle article = CLEANER.clean(Fixtures.html(page.toString()));

        assertThat(article.paragraphs()).hasSize(paragraphs).noneMatch(p -> p.contains("Another story"));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldCleanPageOfTenThousandUnclosedInlineTags() {
        final String page = "<html><body><p>Start of the story, which goes on for a while before the tags.</p>"
                + "<b><i><span>".repeat(3_400) + "text</body></html>";

        assertThat(CLEANER.clean(Fixtures.html(page)).body()).contains("Start of the story");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldSurviveOneMegabyteLineWithoutSpaces() {
        final String line = "x".repeat(1_000_000);
        final String text = "Title\n\nThe first paragraph is ordinary prose, as a story would have.\n\n" + line
                + "\n\nBY SARAH KIM [kim.sarah@joongang.co.kr]";

        final CleanArticle article = CLEANER.clean(Fixtures.text(text));

        assertThat(article.paragraphs()).hasSize(2);
        assertThat(article.paragraphs().get(1)).hasSize(1_000_000);
        assertThat(article.byline().authors()).containsExactly("SARAH KIM");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldSurviveOneMegabyteLineInHtml() {
        final String page = "<html><body><article><p>" + "y".repeat(1_000_000) + "</p><p>A sentence of story text.</p>"
                + "</article></body></html>";

        assertThat(CLEANER.clean(Fixtures.html(page)).body()).contains("A sentence of story text.");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldSurviveLinesThatTemptBacktracking() {
        // Long runs of what the byline, caption and time patterns look for, just under and over the rule limit.
        final String text = "Title\n\nBy " + "Aa ".repeat(60) + "\n\n" + "[".repeat(300) + "A".repeat(90) + "]\n\n"
                + "2024. ".repeat(60) + "\n\n" + "a@".repeat(150) + "\n\nThe story itself is one plain sentence.";

        final CleanArticle article = CLEANER.clean(Fixtures.text(text));

        assertThat(article.body()).contains("The story itself is one plain sentence.");
    }

    @Test
    void shouldDropGarbledParagraphsAndKeepReadableOnes() {
        // Given bytes that are not UTF-8, decoded the way a consumer decodes them: as U+FFFD
        final byte[] latin1 = "Caf\u00e9 owners said prices had risen sharply this year.".getBytes(StandardCharsets.ISO_8859_1);
        final byte[] noise = new byte[200];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (0x80 + i % 60);
        }
        final String text = "Title\n\n" + new String(latin1, StandardCharsets.UTF_8) + "\n\n"
                + new String(noise, StandardCharsets.UTF_8) + "\n\nThe rest of the story is fine.";

        final CleanArticle article = CLEANER.clean(Fixtures.text(text));

        assertThat(article.paragraphs()).containsExactly("Caf owners said prices had risen sharply this year.",
                "The rest of the story is fine.");
        assertThat(article.removed()).containsEntry("garbled", 1);
    }

    @Test
    void shouldRejectInputOverTheSizeLimit() {
        final ArticleCleaner small = new ArticleCleaner(CleaningPolicy.standard(), new CleaningOptions(1_000, 400, 0.2,
                CleaningOptions.defaults().koreaZone(), CleaningOptions.defaults().defaultZone(), 1_000,
                CleaningOptions.defaults().languages()));

        assertThatThrownBy(() -> small.clean(Fixtures.text("x".repeat(1_001))))
                .isInstanceOf(UncleanableArticleException.class).hasMessageContaining("1001 characters");
    }

    @Test
    void shouldRejectPageWithNoText() {
        assertThatThrownBy(() -> CLEANER.clean(Fixtures.html("<html><body><script>var a = 1;</script></body></html>")))
                .isInstanceOf(UncleanableArticleException.class).hasMessageContaining("no story text");
    }
}
