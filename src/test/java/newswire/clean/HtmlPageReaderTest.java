package newswire.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import newswire.model.Caption;
import newswire.model.CleanArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Body extraction and metadata on pages built to show one structural rule each. */
class HtmlPageReaderTest {

    private static final ArticleCleaner CLEANER = ArticleCleaner.standard();
    private static final String STORY = "<p>The harbour authority said on Tuesday that the north pier would close for repairs, "
            + "and that ferries would use the south pier until the spring.</p>"
            + "<p>Engineers found cracks in three of the pier's supports during a routine inspection, according to the "
            + "authority's report, which was published on its website.</p>"
            + "<p>The repairs are expected to cost about 4 million euros, the authority said, and will be paid from its "
            + "maintenance budget rather than by the city.</p>";

    /** Two paragraphs that open the story above the element holding the rest of it. */
    private static final String LEAD = "<p>Ferry passengers will have to walk an extra ten minutes from the spring, the "
            + "harbour authority warned on Tuesday.</p><p>The warning came after months of complaints about the state "
            + "of the old wooden pier, which opened in 1911.</p>";

    private static CleanArticle clean(final String html) {
        return CLEANER.clean(Fixtures.html(html));
    }

    @Test
    void shouldTakeMetadataFromJsonLd() {
        final String page = """
                <html><head><title>Pier to close | Harbour News</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
                {"@type":"NewsArticle","headline":"North pier to close for repairs","datePublished":"2024-11-12T08:30:00+01:00",
                "author":[{"@type":"Person","name":"Anna Berg"},{"@type":"Person","name":"Jonas Lind"}],
                "publisher":{"@type":"Organization","name":"Harbour News"}}]}</script></head>
                <body><article>""" + STORY + "</article></body></html>";

        final CleanArticle article = clean(page);

        assertThat(article.title()).isEqualTo("North pier to close for repairs");
        assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2024-11-12T08:30:00+01:00"));
        assertThat(article.byline().authors()).containsExactly("Anna Berg", "Jonas Lind");
        assertThat(article.publisher()).isEqualTo("Harbour News");
        assertThat(article.paragraphs()).hasSize(3);
    }

    @Test
    void shouldTakeTheStoryDeclaredInJsonLdOnlyWhenThePageShowsNone() {
        final String declared = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"headline\":\"North pier to close for repairs\",\"articleBody\":\"The harbour authority said the "
                + "north pier would close for repairs.\\nFerries will use the south pier until the spring.\"}</script>";
        final String rendered = "<html><head><title>North pier to close for repairs</title>" + declared
                + "</head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
                + "<div id=\"app\"></div></body></html>";
        final String printed = "<html><head><title>North pier to close for repairs</title>" + declared
                + "</head><body><article>" + STORY + "</article></body></html>";

        assertThat(clean(rendered).paragraphs()).containsExactly(
                "The harbour authority said the north pier would close for repairs.",
                "Ferries will use the south pier until the spring.");
        assertThat(clean(printed).body()).contains("Engineers found cracks").doesNotContain("Ferries will use");
    }

    @Test
    void shouldTakeMetadataFromOpenGraphAndPubdateMeta() {
        final String page = """
                <html><head><meta property="og:title" content="North pier to close | Harbour News">
                <meta property="og:site_name" content="코리아중앙데일리"><meta name="pubdate" content="2024-11-12T08:30:00">
                <meta property="article:author" content="https://example.com/authors/anna"></head>
                <body><div>""" + STORY + "</div></body></html>";

        final CleanArticle article = clean(page);

        assertThat(article.title()).isEqualTo("North pier to close");
        // the site name is a Korean publisher, so a time without offset is Korea time
        assertThat(article.publisher()).isEqualTo("Korea JoongAng Daily");
        assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2024-11-12T08:30:00+09:00"));
        assertThat(article.byline().authors()).isEmpty();
    }

    @Test
    void shouldDropLinkListsAndFurnitureAroundTheStory() {
        final String page = "<html><body>"
                + "<div id=\"cookie-consent\">We use cookies to improve your experience. By continuing you accept them.</div>"
                + "<div><a href=\"/1\">World</a> <a href=\"/2\">Business</a> <a href=\"/3\">Sport</a></div>"
                + "<div class=\"main\"><h1>North pier to close</h1>" + STORY
                + "<ul><li><a href=\"/a\">Ferry fares to rise in January after the council vote</a></li>"
                + "<li><a href=\"/b\">New lighthouse keeper appointed for the winter season</a></li></ul></div>"
                + "<div class=\"comments\"><p>Great news, this pier has been falling apart for years, and everyone "
                + "in town knew it long before the inspection.</p></div>"
                + "<form><input type=\"email\"><button>Sign me up</button></form>"
                + "<div style=\"display:none\">Hidden text that readers never see on the page at all.</div>"
                + "</body></html>";

        final CleanArticle article = clean(page);

        assertThat(article.paragraphs()).hasSize(3);
        assertThat(article.body()).doesNotContain("cookies", "Ferry fares", "lighthouse", "Great news", "Sign me up",
                "Hidden text", "World");
    }

    @ParameterizedTest
    @ValueSource(strings = {"comments", "comment_list", "blogComments"})
    void shouldDropACommentThreadLongerThanTheShortPostAboveIt(final String threadName) {
        final StringBuilder thread = new StringBuilder("<div id=\"" + threadName + "\">");
        for (int i = 0; i < 6; i++) {
            thread.append("<div><p>Reader ").append(i).append(" said: I was there on the night, and the crowd was far ")
                    .append("larger than the organisers had expected, so the gates were closed early.</p></div>");
        }
        thread.append("</div>");
        final String page = "<html><body><div class=\"post\"><h1>Harbour lights festival</h1>"
                + "<p>The harbour lights festival drew its biggest crowd yet on Saturday, the organisers said.</p></div>"
                + thread + "</body></html>";

        final CleanArticle article = clean(page);

        assertThat(article.body()).contains("biggest crowd yet").doesNotContain("Reader", "gates were closed");
    }

    @Test
    void shouldNotTakeTextAfterANamedAnchorForLinks() {
        // <a name="…"/> is no self-closing tag in HTML: the anchor stays open over the story that follows
        final String page = "<html><body><a name=\"top\"/><table><tr><td><a href=\"/\">Home</a> | "
                + "<a href=\"/help\">Help</a></td></tr><tr><td><a name=\"s1\"/>" + STORY + "</td></tr></table>"
                + "</body></html>";

        final CleanArticle article = clean(page);

        assertThat(article.paragraphs()).hasSize(3);
        assertThat(article.body()).contains("north pier would close").doesNotContain("Help");
    }

    @Test
    void shouldPreferTheStoryToLongerTeasersBeforeTheTitle() {
        final StringBuilder teasers = new StringBuilder("<div class=\"strip\">");
        for (int i = 0; i < 4; i++) {
            teasers.append("<div><h3><a href=\"/t").append(i).append("\">Another story ").append(i).append("</a></h3>")
                    .append("<p>A teaser paragraph that summarises another story at some length, so that it looks like ")
                    .append("prose, with commas, and a full stop.</p></div>");
        }
        teasers.append("</div>");
        final String page = "<html><head><title>North pier to close</title></head><body>" + teasers
                + "<div><h1>North pier to close</h1><div>" + STORY + "</div></div></body></html>";

        final CleanArticle article = clean(page);

        assertThat(article.body()).doesNotContain("teaser").contains("north pier would close");
    }

    @Test
    void shouldKeepAStorySplitIntoRepeatedColumns() {
        final String column = "<div class=\"story-column\"><div class=\"inner\">%s</div></div>";
        final String page = "<html><body><section>"
                + column.formatted("<p>First column opens the story with enough words to count as real prose, it has commas.</p>")
                + "<div class=\"ad-slot\">Advertisement</div>"
                + column.formatted("<p>Second column carries on with the story, also with enough words, and more commas.</p>")
                + column.formatted(STORY)
                + "</section><div class=\"rail\"><p>Unrelated rail text that is short.</p></div></body></html>";

        final CleanArticle article = clean(page);

        assertThat(article.paragraphs()).hasSize(5);
        assertThat(article.paragraphs().get(0)).startsWith("First column");
        assertThat(article.body()).doesNotContain("Advertisement");
    }

    @Test
    void shouldJoinTheStorysPartsPrintedInSectionsOfTheirOwnAtAnotherDepth() {
        final String part = "<section class=\"outer\"><div class=\"story-text\">%s</div></section>";
        final String page = "<html><body><div class=\"post\"><div class=\"wrapper\">"
                + part.formatted(STORY)
                + "</div><figure class=\"full-width\"><img src=\"map.png\"></figure>"
                + "<div class=\"theme\"><div class=\"wrapper-two\">"
                + part.formatted("<p>Ferry operators said they would add two crossings a day while the north pier is "
                        + "closed, so that no passenger would wait longer than before.</p>"
                        + "<p>The city council will discuss the timetable at its next meeting, the harbour authority "
                        + "said, and residents may send comments until the end of the month.</p>")
                + "</div></div></div><div class=\"sidebar\"><div class=\"story-text\"><p>Our newsletter, every "
                + "morning: sign up today, it is free.</p></div></div></body></html>";

        final CleanArticle article = clean(page);

        assertThat(article.body()).contains("north pier would close").contains("Ferry operators")
                .contains("next meeting").doesNotContain("newsletter");
    }

    @Test
    void shouldMoveFigureCaptionsOutOfTheBody() {
        final String page = "<html><body><article>" + STORY
                + "<figure><img src=\"x.jpg\"><figcaption>The north pier on Tuesday. <span>Photo: Anna Berg</span>"
                + "</figcaption></figure></article></body></html>";

        final CleanArticle article = clean(page);

        assertThat(article.captions()).containsExactly(new Caption("The north pier on Tuesday. Photo: Anna Berg",
                "Photo: Anna Berg"));
        assertThat(article.body()).doesNotContain("Photo");
    }

    @Test
    void shouldSplitBlocksAtLineBreaks() {
        final String page = "<html><body><div class=\"post\">The first paragraph of an old-style page, written with line "
                + "breaks, not paragraphs.<br><br>The second paragraph follows the double break, as such pages do."
                + "</div></body></html>";

        assertThat(clean(page).paragraphs()).containsExactly(
                "The first paragraph of an old-style page, written with line breaks, not paragraphs.",
                "The second paragraph follows the double break, as such pages do.");
    }

    @Test
    void shouldReadPrintedInputTimeWhenThePageHasNoTimeMetadata() {
        final String page = "<html><head><meta property=\"og:title\" content=\"부두 보수 공사\"></head><body>"
                + "<div class=\"head\"><h2>부두 보수 공사</h2><span>입력 2024.11.13. 오후 3:27</span> "
                + "<span>수정 2024.11.13. 오후 4:02</span></div><div class=\"body\">"
                + "<p>항만공사는 북쪽 부두를 보수하기 위해 다음 달부터 폐쇄한다고 13일 밝혔다. 여객선은 남쪽 부두를 이용한다.</p>"
                + "<p>정기 점검에서 부두 지지대 세 곳에 균열이 발견됐다고 공사는 설명했다. 보수 비용은 약 60억원으로 추산된다.</p>"
                + "</div></body></html>";

        final CleanArticle article = clean(page);

        assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2024-11-13T15:27:00+09:00"));
        assertThat(article.language()).isEqualTo("ko");
        assertThat(article.paragraphs()).hasSize(2);
    }

    @Test
    void shouldReadBylinePrintedBetweenHeadlineAndStory() {
        final String page = "<html><body><div class=\"top\"><p>By Someone Else</p></div>"
                + "<div class=\"head\"><h1>North pier to close</h1><div><span>By Anna Berg</span></div></div>"
                + "<div class=\"text\">" + STORY + "</div></body></html>";

        final CleanArticle article = clean(page);

        assertThat(article.byline().authors()).containsExactly("Anna Berg");
        assertThat(article.body()).doesNotContain("Anna Berg");
    }

    @Test
    void shouldNotListThePublisherAsAnAuthorAndShouldDecodeTwiceEscapedTitles() {
        final String page = "<html><head><meta property=\"og:title\" content=\"&amp;#8216;Pier&amp;#8217; to close\">"
                + "<meta property=\"og:site_name\" content=\"Harbour News\">"
                + "<meta name=\"author\" content=\"Anna Berg, Harbour News Staff Writer, Harbour News\"></head>"
                + "<body><div>" + STORY + "</div></body></html>";

        final CleanArticle article = clean(page);

        assertThat(article.title()).isEqualTo("\u2018Pier\u2019 to close");
        assertThat(article.byline().authors()).containsExactly("Anna Berg");
    }

    @Test
    void shouldKeepAListItemOfTheStoryThatReadsAsASentenceAroundItsLinks() {
        final String page = "<html><body><article>" + STORY + "<ul>"
                + "<li>The authority published <a href=\"/r\">its full inspection report on the north pier supports</a>"
                + " on Monday.</li>"
                + "<li><a href=\"/t\">Ferry timetable</a></li></ul></article></body></html>";

        final CleanArticle article = clean(page);

        assertThat(article.paragraphs())
                .contains("The authority published its full inspection report on the north pier supports on Monday.")
                .doesNotContain("Ferry timetable");
    }

    @Test
    void shouldTakeARunOfProseBetweenTheTitleAndTheChosenStoryAsTheStorysBeginning() {
        final String page = "<html><head><title>North pier to close</title></head><body><div class=\"column\">"
                + "<h1>North pier to close</h1><div class=\"meta\">March 3</div>"
                + LEAD
                + "<div class=\"text\">" + STORY + "</div></div></body></html>";

        final CleanArticle article = clean(page);

        assertThat(article.paragraphs()).hasSize(5);
        assertThat(article.paragraphs().get(0)).startsWith("Ferry passengers will have to walk");
        assertThat(article.paragraphs().get(1)).startsWith("The warning came after months");
    }

    @Test
    void shouldLeaveASingleStandfirstBetweenTheTitleAndTheStoryOut() {
        final String page = "<html><head><title>North pier to close</title></head><body><div class=\"column\">"
                + "<h1>North pier to close</h1>"
                + "<p>Ferry passengers will have to walk an extra ten minutes from the spring, the harbour authority "
                + "warned on Tuesday.</p>"
                + "<div class=\"text\">" + STORY + "</div></div></body></html>";

        final CleanArticle article = clean(page);

        assertThat(article.paragraphs()).hasSize(3);
        assertThat(article.body()).doesNotContain("Ferry passengers");
    }

    @Test
    void shouldKeepTheTitleHeadingInPlaceOfThePageHeaderThatHoldsIt() {
        final String page = "<html><head><title>North pier to close</title></head><body><div class=\"column\">"
                + "<header><a href=\"/\">Example Herald</a><ul><li><a href=\"/news\">News</a></li></ul>"
                + "<h1>North pier to close</h1></header>"
                + LEAD
                + "<div class=\"text\">" + STORY + "</div></div></body></html>";

        final CleanArticle article = clean(page);

        assertThat(article.title()).isEqualTo("North pier to close");
        assertThat(article.paragraphs()).hasSize(5);
        assertThat(article.paragraphs().get(0)).startsWith("Ferry passengers will have to walk");
        assertThat(article.body()).doesNotContain("Example Herald").doesNotContain("News");
    }

    /** A sidebar box of prose that is not the story, in a column of its own. */
    private static final String ABOUT_BOX = "<div class=\"side\"><div class=\"about\"><p>Harbour Notes is written by a "
            + "retired ferry captain who has crossed the bay more than ten thousand times, in fog, in storms and on calm "
            + "summer evenings alike.</p><p>He lives by the water with two dogs, a rowing boat and far too many charts, "
            + "and he answers every letter that readers send him, slowly.</p></div></div>";

    @Test
    void shouldReadParagraphsNestedInUnclosedInlineTagsAsOneColumn() {
        // an unclosed span nests every later paragraph one level deeper; a browser still shows one column
        final StringBuilder nested = new StringBuilder();
        for (final String paragraph : STORY.split("(?<=</p>)")) {
            nested.append("<span class=\"note\">").append(paragraph);
        }
        final String page = "<html><head><title>North pier to close</title></head><body><div class=\"col\">"
                + "<h1>North pier to close</h1><div class=\"post\">" + nested + "</div></div>" + ABOUT_BOX
                + "</body></html>";

        final CleanArticle article = clean(page);

        assertThat(article.paragraphs()).hasSize(3);
        assertThat(article.body()).contains("maintenance budget").doesNotContain("ferry captain");
    }

    @Test
    void shouldKeepAQuotationWithTheStoryThatQuotesIt() {
        final String page = "<html><head><title>North pier to close</title></head><body><div class=\"col\">"
                + "<h1>North pier to close</h1><div class=\"post\"><p>The harbour authority published a statement "
                + "on Tuesday about the north pier, which has served the town's ferries since 1911.</p>"
                + "<p>It reads, in full:</p><blockquote>" + STORY + "</blockquote></div></div>" + ABOUT_BOX
                + "</body></html>";

        final CleanArticle article = clean(page);

        assertThat(article.paragraphs()).hasSize(5);
        assertThat(article.paragraphs().get(0)).startsWith("The harbour authority published a statement");
        assertThat(article.body()).contains("maintenance budget").doesNotContain("ferry captain");
    }

    @Test
    void shouldNotTakeAQuotationInTheSidebarForPartOfTheStory() {
        final String page = "<html><head><title>North pier to close</title></head><body><div class=\"col\">"
                + "<h1>North pier to close</h1><div class=\"post\">" + STORY + "</div></div>"
                + "<div class=\"side\"><blockquote><p>The sea is a good servant and a bad master, as every "
                + "harbour master on this coast will tell you before you ask.</p></blockquote></div></body></html>";

        final CleanArticle article = clean(page);

        assertThat(article.paragraphs()).hasSize(3);
        assertThat(article.body()).doesNotContain("good servant");
    }

    @Test
    void shouldNotTakeAPostsCategoryAndTagClassesForFurnitureNames() {
        // blog engines name a post after its topics: "category-for-discussion" is not a comment thread
        final String page = "<html><head><title>North pier to close</title></head><body>"
                + "<h1>North pier to close</h1>"
                + "<div class=\"post category-for-discussion category-news tag-sidebar-walks\">" + STORY + "</div>"
                + "<div class=\"sidebar\"><p>Harbour Notes is written by a retired ferry captain who has crossed "
                + "the bay more than ten thousand times, in fog and in storms.</p></div>"
                + "<div class=\"tags\"><a href=\"/t/piers\">piers</a> <a href=\"/t/ferries\">ferries</a></div>"
                + "</body></html>";

        final CleanArticle article = clean(page);

        assertThat(article.paragraphs()).hasSize(3);
        assertThat(article.body()).contains("maintenance budget").doesNotContain("ferry captain")
                .doesNotContain("piers ferries");
    }

    /** A blog page whose "about me" box outweighs a post of one short line, with the post's line as its description. */
    private static String shortPostPage(final String description) {
        final String meta = description == null ? ""
                : "<meta property=\"og:description\" content=\"" + description + "\">";
        return "<html><head><title>Morning at the pier | Harbour Notes</title>" + meta + "</head><body>"
                + "<div class=\"column\"><h1>Morning at the pier</h1><div class=\"entry\">"
                + "<p>Fog over the north pier before the first ferry.</p><img src=\"pier.jpg\"></div></div>"
                + "<div class=\"box\"><p>I am a retired ferry captain. I crossed the bay more than ten thousand "
                + "times, in fog and in storms, and I now write about the harbour, its boats and its people.</p>"
                + "<p>Everything here is my own opinion, and none of it is read or approved by my former employer "
                + "before it is published on this site.</p></div></body></html>";
    }

    @Test
    void shouldTakeThePostThatPrintsThePagesDescriptionOverAnAboutBox() {
        final CleanArticle article = clean(shortPostPage("Fog over the north pier before the first ferry."));

        assertThat(article.paragraphs()).containsExactly("Fog over the north pier before the first ferry.");
    }

    @Test
    void shouldNotMoveTheStoryWithoutADescriptionOrWithOneThatIsTooShort() {
        // no evidence: the box's prose still outweighs a line of 48 characters
        assertThat(clean(shortPostPage(null)).body()).contains("retired ferry captain");
        assertThat(clean(shortPostPage("Fog, ferry.")).body()).contains("retired ferry captain");
    }

    @Test
    void shouldNotTakeATaglineInTheHeaderOrADeckForTheStory() {
        final String tagline = "Notes on the harbour, its ferries and the people who run them, written since 2009";
        final String deck = "Ferries will use the south pier until the spring while engineers repair the north pier";
        final String page = "<html><head><title>North pier to close</title>"
                + "<meta name=\"description\" content=\"%s\"></head><body>"
                + "<div class=\"masthead\"><p>" + tagline + ".</p></div>"
                + "<div class=\"col\"><h1>North pier to close</h1><p class=\"deck\">" + deck + ".</p>"
                + "<div class=\"post\">" + STORY + "</div></div></body></html>";

        for (final String description : new String[] {tagline, deck}) {
            final CleanArticle article = clean(page.formatted(description));

            assertThat(article.paragraphs()).hasSize(3);
            assertThat(article.body()).contains("maintenance budget").doesNotContain("since 2009")
                    .doesNotContain("while engineers");
        }
    }
}
