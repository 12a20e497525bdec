package newswire.clean;

import static org.assertj.core.api.Assertions.assertThat;

import newswire.model.CleanArticle;
import org.junit.jupiter.api.Test;

/** The headline of an HTML page comes from statements of it that agree, never from the site's chrome. */
class HeadlineChooserTest {

    private static final ArticleCleaner CLEANER = ArticleCleaner.standard();
    private static final String STORY = "<p>The harbour authority said on Tuesday that the north pier would close for "
            + "repairs, and that ferries would use the south pier until the spring.</p>"
            + "<p>Engineers found cracks in three of the pier's supports during a routine inspection, according to the "
            + "authority's report, which was published on its website.</p>";

    private static String title(final String head, final String body) {
        final CleanArticle article = CLEANER.clean(Fixtures.html("<html><head>" + head + "</head><body>" + body
                + "</body></html>"));
        return article.title();
    }

    @Test
    void shouldNotTakeALogoHeadingThatNamesTheSite() {
        final String head = "<title>Harbour News | Pier shut</title>"
                + "<meta property=\"og:site_name\" content=\"Harbour News\">";

        assertThat(title(head, "<h1>Harbour News</h1><article>" + STORY + "</article>")).isEqualTo("Pier shut");
    }

    @Test
    void shouldTakeTheHeadingTheMetadataConfirmsOverARelatedHeadlinePrintedFirst() {
        final String head = "<title>North pier to close for repairs - Harbour News</title>"
                + "<meta property=\"og:title\" content=\"North pier to close for repairs\">";
        final String body = "<div class=\"teaser\"><h1>Ferry fares to rise in January</h1></div>"
                + "<article><h1>North pier to close for repairs</h1>" + STORY + "</article>";

        assertThat(title(head, body)).isEqualTo("North pier to close for repairs");
    }

    @Test
    void shouldDropTheSiteNameWhereverTheTitleElementPutsIt() {
        final String head = "<title>Harbour News Daily | Pier shut</title>"
                + "<meta name=\"application-name\" content=\"Harbour News Daily\">";

        assertThat(title(head, "<article>" + STORY + "</article>")).isEqualTo("Pier shut");
    }

    @Test
    void shouldPreferThePrintedHeadingToALongerSeoHeadlineThatStartsWithIt() {
        final String head = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
                + "\"North pier to close for repairs until spring, authority says\"}</script>";

        assertThat(title(head, "<h1>North pier to close for repairs until spring</h1><article>" + STORY
                + "</article>")).isEqualTo("North pier to close for repairs until spring");
    }

    @Test
    void shouldPreferTheMetadataToAHeadingNothingConfirms() {
        final String head = "<meta property=\"og:title\" content=\"North pier to close\">";

        assertThat(title(head, "<h1>Subscribe today</h1><article>" + STORY + "</article>"))
                .isEqualTo("North pier to close");
    }

    @Test
    void shouldTakeTheOnlyHeadingOfAPageWithoutMetadata() {
        assertThat(title("", "<h1>North pier to close</h1><article>" + STORY + "</article>"))
                .isEqualTo("North pier to close");
    }

    @Test
    void shouldKeepATitleWithSeparatorsWholeWhenThePrintedHeadingDoes() {
        final String head = "<title>Pier 4 - The Long Repair</title>";

        assertThat(title(head, "<h1>Pier 4 - The Long Repair</h1><article>" + STORY + "</article>"))
                .isEqualTo("Pier 4 - The Long Repair");
    }

    @Test
    void shouldTakeThePrintedHeadingThatIsOnlyThePartOfTheTitleBeforeTheSiteName() {
        assertThat(title("<title>Pier - Harbour News Daily</title>", "<h1>Pier</h1><article>" + STORY + "</article>"))
                .isEqualTo("Pier");
    }

    @Test
    void shouldNotMistakeAHeadlineFilledInAsTheApplicationNameForTheSiteName() {
        final String head = "<meta name=\"application-name\" content=\"North pier to close\">"
                + "<meta property=\"og:title\" content=\"North pier to close\">";

        assertThat(title(head, "<h1>Harbour News</h1><h1>North pier to close</h1><article>" + STORY + "</article>"))
                .isEqualTo("North pier to close");
    }

    @Test
    void shouldDropAPermalinkMarkAfterTheHeading() {
        assertThat(title("", "<h1>North pier to close<a href=\"#top\">¶</a></h1><article>" + STORY + "</article>"))
                .isEqualTo("North pier to close");
    }

    @Test
    void shouldAgreeOnlyWhenTheShorterKeepsMostOfTheLonger() {
        assertThat(HeadlineChooser.agree("northpiertoclose", "northpiertocloseforrepairs")).isTrue();
        assertThat(HeadlineChooser.agree("north", "northpiertocloseforrepairs")).isFalse();
        assertThat(HeadlineChooser.agree("southpier", "northpier")).isFalse();
    }
}
