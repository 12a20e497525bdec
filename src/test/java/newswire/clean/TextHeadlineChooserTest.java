package newswire.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextHeadlineChooserTest {

    private static final ArticleCleaner CLEANER = ArticleCleaner.standard();

    private static final String LEAD = "The city council approved the new river bridge on Monday after two years of "
            + "delays, and engineers said the first piers would be built before the winter rains begin.";

    @Test
    void shouldTakeTheHeadlineOverTheBylineRatherThanTheMenuOrARelatedHeadlineAboveIt() {
        // Given a page's text copy: menu words, a related story's headline, then the headline over a byline and a date
        final String copy = String.join("\n", "Home", "World", "Business", "", "Mayor opens new school in the north", "",
                "Council approves river bridge after two-year delay", "", "By Jane Doe",
                "November 4, 2024 10:15 AM", "", LEAD, "",
                "Work is expected to take three years, and the old bridge will stay open until the new one is ready.");

        // When it is cleaned
        final var article = CLEANER.clean(Fixtures.text(copy));

        // Then the headline is the title, the related headline is not, and neither is in the story
        assertThat(article.title()).isEqualTo("Council approves river bridge after two-year delay");
        assertThat(article.body()).startsWith("The city council approved").doesNotContain("Mayor opens");
        assertThat(article.byline().authors()).containsExactly("Jane Doe");
    }

    @Test
    void shouldTreatProseAboveAHeadlineWithABylineAsChrome() {
        // Given a ticker of other stories' teasers above the headline, its byline and the story
        final String ticker = "Storm closes schools across the south PORTVILLE: Schools in the south stayed shut on "
                + "Tuesday as the storm brought down trees and power lines across the region, officials said.";
        final String copy = String.join("\n", ticker, "", "Council approves river bridge after two-year delay", "",
                "By Jane Doe", "November 4, 2024 10:15 AM", "", LEAD, "",
                "Work is expected to take three years, and the old bridge will stay open until the new one is ready.");

        // When it is cleaned
        final var article = CLEANER.clean(Fixtures.text(copy));

        // Then the story begins under its headline
        assertThat(article.title()).isEqualTo("Council approves river bridge after two-year delay");
        assertThat(article.body()).startsWith("The city council approved").doesNotContain("Storm closes");
    }

    @Test
    void shouldPreferTheLineWhoseWordsTheFirstParagraphRepeats() {
        final String[] lines = {"Latest news", "", "Storm closes schools across the south", "",
            "Council approves river bridge", "", LEAD};

        assertThat(TextHeadlineChooser.choose(lines, line -> true, WordClasses.standard())).isEqualTo(4);
    }

    @Test
    void shouldFindTheHeadlinesWordsInTheLeadWhateverTheirCaseAccentsOrParticles() {
        // Given a lead that repeats the second line's words in capitals, with an accent and with a Korean particle
        final String lead = "OWNERS of the CAFÉ by the harbour said on Monday that 부산시가 had closed the pier, and that the "
                + "ferry would not run again until engineers had replaced the rotted piles under the kiosk.";
        final String[] lines = {"Storm closes schools across the south", "", "Café owners fear pier closure in 부산시",
            "", lead};

        // Then the line whose words the lead repeats is the headline
        assertThat(TextHeadlineChooser.choose(lines, line -> true, WordClasses.standard())).isEqualTo(2);
        // and a lead that repeats none of them leaves the first headline-shaped line
        assertThat(TextHeadlineChooser.choose(new String[] {lines[0], "", lines[2], "", LEAD}, line -> true,
                WordClasses.standard())).isZero();
    }

    @Test
    void shouldNotTakeALineOfSeveralSentencesOrALongParagraphForAHeadline() {
        assertThat(shapedLikeHeadline("Gov. Noem opens the river bridge")).isTrue();
        assertThat(shapedLikeHeadline("The council met on Monday. It approved the bridge")).isFalse();
        assertThat(shapedLikeHeadline(LEAD.replace(".", ""))).isFalse();
        assertThat(shapedLikeHeadline("Council approves river bridge after two-year delay")).isTrue();
    }

    @Test
    void shouldFallBackToTheFirstHeadlineShapedLineWhenNothingPointsAtAnother() {
        final String[] lines = {"Title", "", "A short story line.", "Another short line."};

        assertThat(TextHeadlineChooser.choose(lines, line -> true, WordClasses.standard())).isZero();
    }

    @Test
    void shouldNeverTakeARowOfControlsOrATimeStampAsTheTitle() {
        final String[] lines = {"Share | Print | Email", "3 hours ago", "Council approves river bridge"};

        assertThat(TextHeadlineChooser.choose(lines, line -> true, WordClasses.standard())).isEqualTo(2);
    }

    @Test
    void shouldFindTheHeadlineUnderMoreThanAHundredLinesOfMenus() {
        // Given a copy whose menus, sections and trending links run to 150 lines before the headline
        final String[] menu = {"Home", "World", "Business", "Sport", "Weather", "Opinion"};
        final List<String> lines = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            lines.add(menu[i % menu.length]);
        }
        lines.addAll(List.of("", "Council approves river bridge after two-year delay", "", "By Jane Doe",
                "November 4, 2024 10:15 AM", "", LEAD));

        // Then the headline over the byline is found, not the first menu entry
        assertThat(TextHeadlineChooser.choose(lines.toArray(String[]::new), line -> true, WordClasses.standard()))
                .isEqualTo(151);
    }

    @Test
    void shouldCreditTheHeadlineRightAboveTheBylineNotTheSectionLabelOverIt() {
        // Given a section label over the headline, an author's title and a date under it, and a lead that repeats
        // none of the headline's words, so only the position of the credit can tell
        final String lead = "Work crews spent the weekend pouring concrete for the first of six piers, and the city "
                + "expects traffic to cross by the spring of next year.";
        final String[] lines = {"Business & Finance", "", "Council approves river bridge after two-year delay", "",
            "Jane Roe, Staff Writer", "November 4, 2024 10:15 AM", "", lead};

        // Then the headline is chosen, and the byline's witness to it says the story follows
        final TextHeadlineChooser.Headline headline = TextHeadlineChooser.headline(lines, line -> true,
                new LineReadings(WordClasses.standard()));
        assertThat(headline.line()).isEqualTo(2);
        assertThat(headline.evidenced()).isTrue();
    }

    @Test
    void shouldCountTheWordsALineSharesWithTheLeadNotTheirShareOfTheLine() {
        // Given a one-word section label the lead repeats, over a headline three of whose words the lead repeats
        final String[] lines = {"Council", "", "Council approves river bridge", "", LEAD};

        // Then the headline is chosen, although all of the label's words are in the lead and not all of its own
        assertThat(TextHeadlineChooser.choose(lines, line -> true, WordClasses.standard())).isEqualTo(2);
    }

    @Test
    void shouldNotTakeAPhotoCaptionAPointerOrANoticeForAHeadline() {
        assertThat(shapedLikeHeadline("Engineers check the piers before the winter rains [CITY HALL]")).isFalse();
        assertThat(shapedLikeHeadline("Read more: Council approves river bridge")).isFalse();
        assertThat(shapedLikeHeadline("Terms of use of this site")).isFalse();
        assertThat(shapedLikeHeadline("Engineers check the piers before the winter rains")).isTrue();
        assertThat(shapedLikeHeadline("시청 직원들이 장마를 앞두고 교각을 살펴보고 있다. [시청 제공]")).isFalse();
    }

    @Test
    void shouldTakeAKoreanHeadlineEndingInItsProgrammesNameForAHeadline() {
        // A bracketed Hangul name after no full stop names the portal's programme, not a picture's source
        assertThat(shapedLikeHeadline("강변 산책로 자전거 충돌…3명 다쳐 [오늘의 사건]")).isTrue();
    }

    @Test
    void shouldEndTheSearchAfterTenLinesOfProseInAScriptWithoutSpaces() {
        // Given a Chinese blog post: its title, a dozen lines of prose without spaces or punctuation, then a comment
        // form whose label has a reader's dated comment under it, the evidence a headline has and its title lacks
        final List<String> lines = new ArrayList<>(List.of("山村春日集市见闻", ""));
        for (final String prose : List.of(
                "清晨六点我们从县城出发沿着新修的山路开了将近两个小时才到达村口的小桥边",
                "集市就设在老祠堂前面的空地上摊位一个挨着一个从桥头一直排到学校的围墙下",
                "卖竹编的老师傅告诉我们这些篮子都是他自己砍竹子劈成细条再一根根编出来的",
                "旁边的大婶把刚蒸好的米糕切成小块请路过的客人先尝一尝再决定要不要买回家",
                "孩子们最喜欢的是捏面人的摊子师傅几下就能捏出一只活灵活现的小猴子送给他们",
                "中午时分村里的食堂开始供应腊肉炒笋和野菜汤价格便宜分量也足让人吃得很满意",
                "饭后我们沿着溪水往上游走两岸的油菜花开得正盛远远望去像铺了一层金色的地毯",
                "一位放牛的老人说这条溪水从来没有干过即使是最旱的年份村里人也不用担心缺水",
                "下午集市渐渐散去商贩们把没卖完的货物装上三轮车慢慢地沿着山路返回各自的村子",
                "我们在小桥边的茶馆里坐了一会儿听老板讲他年轻时在外地打工后来回乡开店的故事",
                "太阳下山之前我们告别了热情的村民带着满满一袋米糕和竹篮踏上了回城的路途",
                "下次如果有机会我们还想在秋收的时候再来看看这个安静又热闹的小小山村集市")) {
            lines.add(prose);
            lines.add("");
        }
        lines.addAll(List.of("发表评论", "", "访客 于 2021/04/18 21:35", "看起来真的很好玩"));

        // When its headline is chosen, then the search ends in the story and takes the title over it
        assertThat(TextHeadlineChooser.choose(lines.toArray(String[]::new), line -> true, WordClasses.standard()))
                .isZero();
    }

    private static boolean shapedLikeHeadline(final String line) {
        return TextHeadlineChooser.shapedLikeHeadline(line, new LineReadings(WordClasses.standard()));
    }
}
