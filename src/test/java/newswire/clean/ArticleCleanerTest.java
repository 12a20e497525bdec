package newswire.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import newswire.model.Caption;
import newswire.model.CleanArticle;
import org.junit.jupiter.api.Test;

class ArticleCleanerTest {

    private static final ArticleCleaner CLEANER = ArticleCleaner.standard();

    @Test
    void shouldCleanPortalCopyIntoStoryAndMetadata() {
        // Given the seed: a Daum text copy of a Korea JoongAng Daily story
        // When
        final CleanArticle article = CLEANER.clean(Fixtures.text(Fixtures.PORTAL_COPY));

        // Then the title is the first line and the portal's author line gives author and Korea time
        assertThat(article.title())
                .isEqualTo("Yoon, NATO chief agree to share information on North's dispatch of troops to Russia");
        assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2024-10-21T18:59:00+09:00"));
        assertThat(article.byline().authors()).containsExactly("김사라", "SARAH KIM");
        assertThat(article.byline().emails()).containsExactly("kim.sarah@joongang.co.kr");
        assertThat(article.publisher()).isEqualTo("Korea JoongAng Daily");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.captions()).containsExactly(new Caption(
                "Korean President Yoon Suk Yeol speaks at a NATO summit in Washington on July 12.", "PRESIDENTIAL OFFICE"));
    }

    @Test
    void shouldKeepExactlyTheStoryParagraphsWithTheLeadOnce() {
        final CleanArticle article = CLEANER.clean(Fixtures.text(Fixtures.PORTAL_COPY));

        // The copy has ten story lines; the first is the lead the portal printed twice.
        assertThat(article.paragraphs()).hasSize(9);
        assertThat(article.paragraphs().get(0)).startsWith("President Yoon Suk Yeol held a phone call");
        assertThat(article.paragraphs().get(1)).startsWith("Yoon told Rutte");
        assertThat(article.paragraphs().get(8))
                .isEqualTo("This comes after Seoul's National Intelligence Service said North Korea plans to send around "
                        + "12,000 troops to support Russia.");
        assertThat(article.body()).containsOnlyOnce("President Yoon Suk Yeol held a phone call")
                .contains("some 1,500 North Korean special forces", "sit idly by")
                .doesNotContain("글자크기", "다음뉴스", "Copyright", "이 기사에 대해", "BY SARAH KIM", "[PRESIDENTIAL OFFICE]",
                        "김사라");
    }

    @Test
    void shouldCountWhatWasRemovedByReason() {
        final CleanArticle article = CLEANER.clean(Fixtures.text(Fixtures.PORTAL_COPY));

        assertThat(article.removed()).containsEntry("duplicate", 1).containsEntry("caption", 1)
                .containsEntry("copyright", 1).containsEntry("feedback", 1).containsEntry("chrome", 3)
                .containsEntry("byline", 2);
    }

    @Test
    void shouldFingerprintAsSixteenHexDigits() {
        final CleanArticle article = CLEANER.clean(Fixtures.text(Fixtures.PORTAL_COPY));

        assertThat(article.fingerprint()).matches("[0-9a-f]{16}");
        assertThat(CLEANER.clean(Fixtures.text(Fixtures.PORTAL_COPY)).fingerprint()).isEqualTo(article.fingerprint());
    }

    @Test
    void shouldCleanNewsPageFromMetadataAndStructure() {
        final CleanArticle article = CLEANER.clean(Fixtures.html(Fixtures.NEWS_PAGE));

        assertThat(article.title()).isEqualTo("Seoul to send monitoring team as North Korean troops reach front");
        assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2024-10-30T14:05:00+09:00"));
        assertThat(article.byline().authors()).containsExactly("Park Ji-hoon");
        assertThat(article.publisher()).isEqualTo("Example Herald");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.paragraphs()).hasSize(3);
        assertThat(article.body()).contains("South Korea will send a team of intelligence officers",
                        "around 3,000 of the roughly 11,000", "We cannot rule out")
                .doesNotContain("Subscribe", "Share on Facebook", "Most read", "Ten things to do", "All rights reserved",
                        "[YONHAP]", "dataLayer", "By Park Ji-hoon");
        assertThat(article.captions())
                .containsExactly(new Caption("South Korean officials at a briefing in Seoul on Wednesday.", "YONHAP"));
    }

    @Test
    void shouldRejectArticleWithNothingButChrome() {
        assertThatThrownBy(() -> CLEANER.clean(Fixtures.text("Title\n\n글자크기 설정\n\nCopyright © 2024 Example. All rights reserved.")))
                .isInstanceOf(UncleanableArticleException.class).hasMessageContaining("no story text left");
    }

    @Test
    void shouldRejectEmptyBody() {
        assertThatThrownBy(() -> CLEANER.clean(Fixtures.text("  \n ")))
                .isInstanceOf(UncleanableArticleException.class).hasMessageContaining("empty body");
    }
}
