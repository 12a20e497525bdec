package newswire.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import newswire.model.Caption;
import newswire.model.CleanArticle;
import newswire.model.RawArticle;
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
    void shouldRejectAPageWhoseOnlyProseSitsInNamedChrome() {
        // a page that is no article (a missing page): its prose is a cookie notice, a "most read" teaser and a footer,
        // each named as such; reading the page again without the names would make an event of the teaser
        final String page = "<html><head><title>Page not found | Harbour Post</title></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
                + "<div class=\"cookie-consent\"><p>We use cookies to improve your visit, to show you content you may like"
                + " and to count our readers. By staying on the site you accept this.</p></div>"
                + "<div class=\"related-widget\"><h3>Most read</h3><p>Four people died and nine were hurt when a bus left"
                + " the coast road on Friday, police said in a statement released that evening.</p>"
                + "<a href=\"/bus\">Read more</a></div>"
                + "<div class=\"footer\"><p>The Harbour Post is published by Harbour Press, registered in Scotland."
                + " All rights reserved.</p></div></body></html>";

        assertThatThrownBy(() -> CLEANER.clean(Fixtures.html(page)))
                .isInstanceOf(UncleanableArticleException.class).hasMessageContaining("no story text left");
    }

    @Test
    void shouldRejectEmptyBody() {
        assertThatThrownBy(() -> CLEANER.clean(Fixtures.text("  \n ")))
                .isInstanceOf(UncleanableArticleException.class).hasMessageContaining("empty body");
    }

    @Test
    void shouldCleanKoreanAgencyCopy() {
        final CleanArticle article = CLEANER.clean(Fixtures.text(Fixtures.KOREAN_AGENCY_COPY));

        assertThat(article.title()).isEqualTo("국정원 \"북한, 러시아에 1만2000명 파병 결정\"");
        // 입력 (input) is the publication time, 오후 is p.m., and a Korean agency prints Korea time
        assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2024-10-18T15:27:00+09:00"));
        assertThat(article.byline().authors()).containsExactly("김철수", "정다은");
        assertThat(article.byline().emails()).containsExactly("cskim@yna.co.kr");
        assertThat(article.publisher()).isEqualTo("Yonhap News Agency");
        assertThat(article.language()).isEqualTo("ko");
        assertThat(article.paragraphs()).containsExactly(
                "국가정보원은 북한이 러시아에 특수부대 등 1만2000명 규모의 병력을 파병하기로 결정했다고 18일 밝혔다.",
                "국정원에 따르면 북한군 1500명이 이미 러시아 블라디보스토크로 이동해 훈련을 받고 있다.");
        assertThat(article.captions()).containsExactly(new Caption("북한군 병력이 러시아 함정으로 이동하는 모습", "국정원 제공"));
        assertThat(article.removed()).containsEntry("duplicate", 1).containsEntry("chrome", 4)
                .containsEntry("copyright", 1).containsEntry("dateline", 1);
    }

    @Test
    void shouldReadEnglishPublishedLineInItsOwnZone() {
        final String text = """
                Ukraine says it hit an ammunition depot

                Published: 14 Nov 2024 09:40 GMT
                By Olena Kovalenko

                Ukrainian drones struck an ammunition depot in the Bryansk region overnight, the general staff said.""";

        final CleanArticle article = CLEANER.clean(Fixtures.text(text));

        assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2024-11-14T09:40:00Z"));
        assertThat(article.byline().authors()).containsExactly("Olena Kovalenko");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.paragraphs()).hasSize(1);
    }

    @Test
    void shouldReadBareTimesAsUtcWhenNothingIsKorean() {
        final String text = "Storm closes ports\n\n14 Nov 2024 09:40\n\nThe storm closed three ports on the coast on Thursday.";

        assertThat(CLEANER.clean(Fixtures.text(text)).publishedAt()).isEqualTo(OffsetDateTime.parse("2024-11-14T09:40:00Z"));
    }

    @Test
    void shouldPreferTheScrapersTitleAndTime() {
        final RawArticle raw = new RawArticle("r1", "feed", RawArticle.TEXT_PLAIN,
                "Title from the feed\n\nThe council approved the budget for the new bridge on Monday evening.",
                null, null, "Title from the feed", null, "2024-11-01T08:00:00+01:00");

        final CleanArticle article = CLEANER.clean(raw);

        assertThat(article.title()).isEqualTo("Title from the feed");
        assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2024-11-01T08:00:00+01:00"));
        assertThat(article.paragraphs()).containsExactly(
                "The council approved the budget for the new bridge on Monday evening.");
    }

    @Test
    void shouldKeepNearIdenticalRepeatOnceButShortLabelsEachTime() {
        final String text = """
                Recipe

                The stew needs three hours on a low flame, and it tastes better the next day.

                The stew needs three hours on a low flame,  and it tastes better the next day

                Step 1

                Brown the meat in batches.

                Step 1

                Chop the onions finely.""";

        final CleanArticle article = CLEANER.clean(Fixtures.text(text));

        assertThat(article.paragraphs()).containsExactly(
                "The stew needs three hours on a low flame, and it tastes better the next day.", "Step 1",
                "Brown the meat in batches.", "Step 1", "Chop the onions finely.");
        assertThat(article.removed()).containsEntry("duplicate", 1);
    }

    @Test
    void shouldKeepParagraphsWhoseKeysShareAHashButNotTheirLetters() {
        // "aϐ" and "bα" have the same String hash code and length: the keys are compared letter by letter when they meet
        final String text = """
                Recipe

                The stew needs three hours on a low flame, and it tastes better the next day, aϐ.

                The stew needs three hours on a low flame, and it tastes better the next day, bα.

                The stew needs three hours on a low flame, and it tastes better the next day, bα!""";

        final CleanArticle article = CLEANER.clean(Fixtures.text(text));

        assertThat(article.paragraphs()).containsExactly(
                "The stew needs three hours on a low flame, and it tastes better the next day, aϐ.",
                "The stew needs three hours on a low flame, and it tastes better the next day, bα.");
        assertThat(article.removed()).containsEntry("duplicate", 1);
    }

    @Test
    void shouldRejoinHardWrappedLines() {
        final String text = "Title\n\nThe ministry said the new rules would apply\nfrom January, and that exporters had\n"
                + "been told.\nA second paragraph follows here.";

        assertThat(CLEANER.clean(Fixtures.text(text)).paragraphs()).containsExactly(
                "The ministry said the new rules would apply from January, and that exporters had been told.",
                "A second paragraph follows here.");
    }

    @Test
    void shouldGiveTheSameResultFromManyThreads() throws Exception {
        final CleanArticle expected = CLEANER.clean(Fixtures.text(Fixtures.PORTAL_COPY));
        final java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            final java.util.List<java.util.concurrent.Future<CleanArticle>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 64; i++) {
                final boolean html = i % 2 == 0;
                results.add(pool.submit(() -> CLEANER.clean(html ? Fixtures.html(Fixtures.NEWS_PAGE)
                        : Fixtures.text(Fixtures.PORTAL_COPY))));
            }
            final CleanArticle page = CLEANER.clean(Fixtures.html(Fixtures.NEWS_PAGE));
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(i % 2 == 0 ? page : expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldTakeTheFirstLineThatIsNotChromeAsTitle() {
        final String text = "공유하기\n\n글자크기 설정\n\nFerries move to the south pier\n\n"
                + "The harbour authority said the north pier would close for repairs until the spring.";

        final CleanArticle article = CLEANER.clean(Fixtures.text(text));

        assertThat(article.title()).isEqualTo("Ferries move to the south pier");
        assertThat(article.paragraphs()).containsExactly(
                "The harbour authority said the north pier would close for repairs until the spring.");
        assertThat(article.removed()).containsEntry("chrome", 2);
    }

    @Test
    void shouldKeepAOneSentenceArticleAsStory() {
        final CleanArticle article = CLEANER.clean(Fixtures.text(
                "Seoul says some 1,500 North Korean special forces have gone to Russia.\n\nCopyright © 2024 Example."));

        assertThat(article.title()).isNull();
        assertThat(article.paragraphs())
                .containsExactly("Seoul says some 1,500 North Korean special forces have gone to Russia.");
        assertThat(article.removed()).containsEntry("copyright", 1).doesNotContainKey("title");
    }

    @Test
    void shouldKeepANoteOfSeveralSentencesAsStoryRatherThanTakeItForTheTitle() {
        final String note = "On 2 May 2024, armed men attacked a convoy near the river crossing (North District). "
                + "Two drivers were wounded. [size=no report]";

        final CleanArticle article = CLEANER.clean(Fixtures.text(note));

        assertThat(article.title()).isNull();
        assertThat(article.paragraphs()).containsExactly(note);
    }

    @Test
    void shouldKeepAOneClauseNoteWithoutAFullStopAsStory() {
        final String note = "A quarrel between herders and farmers over a well in the east left two dead and three "
                + "injured";

        final CleanArticle article = CLEANER.clean(Fixtures.text(note));

        assertThat(article.title()).isNull();
        assertThat(article.paragraphs()).containsExactly(note);
    }

    @Test
    void shouldKeepAOneSentenceArticleFollowedByItsBylineAsStory() {
        final CleanArticle article = CLEANER.clean(Fixtures.text(
                "Seoul says some 1,500 North Korean special forces have gone to Russia.\n\nBy Jane Kim"));

        assertThat(article.paragraphs())
                .containsExactly("Seoul says some 1,500 North Korean special forces have gone to Russia.");
        assertThat(article.byline().authors()).containsExactly("Jane Kim");
    }

    @Test
    void shouldStillTakeAHeadlineFollowedOnlyByChromeAsTitleAndFindNoStory() {
        assertThatThrownBy(() -> CLEANER.clean(Fixtures.text("North Korean troops in Russia\n\nBy Jane Kim\n\n공유하기")))
                .isInstanceOf(UncleanableArticleException.class).hasMessageContaining("no story text left");
    }

    @Test
    void shouldKeepAOneLineBodyWhoseTitleWasGiven() {
        final RawArticle raw = new RawArticle("one-line", "test", RawArticle.TEXT_PLAIN,
                "Seoul says some 1,500 North Korean special forces have gone to Russia", null, null,
                "North Korean troops in Russia", null, null);

        final CleanArticle article = CLEANER.clean(raw);

        assertThat(article.title()).isEqualTo("North Korean troops in Russia");
        assertThat(article.paragraphs())
                .containsExactly("Seoul says some 1,500 North Korean special forces have gone to Russia");
    }

    @Test
    void shouldTakeAHeadlineWithNothingElseAsBothTitleAndStory() {
        final CleanArticle article = CLEANER.clean(Fixtures.text("Flood waters cut the coast road near Lamu"));

        assertThat(article.title()).isEqualTo("Flood waters cut the coast road near Lamu");
        assertThat(article.paragraphs()).containsExactly("Flood waters cut the coast road near Lamu");
    }
}
