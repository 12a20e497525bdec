package newswire.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import newswire.clean.StoryLines.LineClass;
import org.junit.jupiter.api.Test;

class StoryLinesTest {

    private static final WordClasses WORDS = WordClasses.standard();

    private static final String PARAGRAPH_1 = "The council said on Monday that the new bridge over the river would open "
            + "in the spring, two years later than planned, because the cost of steel had risen sharply.";
    private static final String PARAGRAPH_2 = "Engineers found cracks in two of the piers last winter, and the work was "
            + "stopped for four months while they were repaired and tested again by an outside firm.";
    private static final String PARAGRAPH_3 = "Residents who have waited for the crossing since 2019 said they were "
            + "relieved that a date had at last been set, but some of them doubted it would be kept.";

    @Test
    void shouldClassLinesByWhatTheyAreNotByWhichSiteTheyComeFrom() {
        assertThat(StoryLines.classOf(PARAGRAPH_1, WORDS)).isEqualTo(LineClass.GOOD);
        assertThat(StoryLines.classOf("Sign in | Register | Subscribe", WORDS)).isEqualTo(LineClass.BAD);
        assertThat(StoryLines.classOf("로그인 회원가입 구독", WORDS)).isEqualTo(LineClass.BAD);
        assertThat(StoryLines.classOf("facebook | twitter | copy link", WORDS)).isEqualTo(LineClass.BAD);
        assertThat(StoryLines.classOf("앱 다운로드", WORDS)).isEqualTo(LineClass.BAD);
        assertThat(StoryLines.classOf("Updated 3 hours ago", WORDS)).isEqualTo(LineClass.BAD);
        assertThat(StoryLines.classOf("5분 전", WORDS)).isEqualTo(LineClass.BAD);
        assertThat(StoryLines.classOf("• • • 1 2 3 4 5 »", WORDS)).isEqualTo(LineClass.BAD);
        assertThat(StoryLines.classOf("Bridge Works", WORDS)).isEqualTo(LineClass.SHORT);
        assertThat(StoryLines.classOf("He declined to comment on the delay.", WORDS)).isEqualTo(LineClass.NEAR_GOOD);
    }

    @Test
    void shouldCallThePagesNoticeAboutItselfChromeHoweverLongItIs() {
        final String notice = "The articles on this website are for your own reading only. Copying, selling or "
                + "handing them on to others is not allowed without the written permission of the publisher.";
        assertThat(notice.length()).isGreaterThanOrEqualTo(StoryLines.LONG_CHARS);
        assertThat(StoryLines.classOf(notice, WORDS)).isEqualTo(LineClass.BAD);
        // a story on a licence dispute speaks of a licence, not of the page it is on
        assertThat(StoryLines.classOf("The publisher said the photographs had been copied from its website without "
                + "permission, and that it would ask the court to stop the distribution of the book this spring.", WORDS))
                .isEqualTo(LineClass.GOOD);
        final List<String> lines = List.of(PARAGRAPH_1, "", PARAGRAPH_2, "", notice);
        assertThat(StoryLines.story(lines, WORDS)).containsExactly(true, false, true, false, false);
    }

    @Test
    void shouldCallAShortPointerToAnotherPageChromeWhateverItsHeadlineSays() {
        assertThat(StoryLines.classOf("Read more: Council votes to keep the night market open", WORDS))
                .isEqualTo(LineClass.BAD);
        assertThat(StoryLines.classOf("Watch live: the mayor speaks to reporters", WORDS)).isEqualTo(LineClass.BAD);
        assertThat(StoryLines.classOf("관련기사: 시의회, 야시장 유지 결정", WORDS)).isEqualTo(LineClass.BAD);
        // a heading of story words, and a long line that opens with a label, are judged as any line is
        assertThat(StoryLines.classOf("Update: the council said on Friday that the market would stay open.", WORDS))
                .isEqualTo(LineClass.NEAR_GOOD);
        assertThat(StoryLines.classOf("More: the council said on Friday that the night market would stay open all "
                + "year, after traders and residents signed a petition that asked for it.", WORDS))
                .isNotEqualTo(LineClass.BAD);
    }

    @Test
    void shouldReadKoreanProseByItsParticlesAndEndings() {
        final String korean = "시의회는 월요일 강 위의 새 다리가 철강 가격이 크게 오르면서 계획보다 2년 늦은 내년 봄에 개통될 것이라고 밝혔다. "
                + "주민들은 개통 날짜가 정해진 것을 반겼지만 일부는 일정이 지켜질지 의문을 나타냈다.";

        final LineFeatures features = LineFeatures.of(korean, WORDS);

        assertThat(features.functionShare()).isGreaterThan(StoryLines.PROSE_FUNCTION_SHARE);
        assertThat(features.endsSentence()).isTrue();
        assertThat(StoryLines.classOf(korean, WORDS)).isIn(LineClass.GOOD, LineClass.NEAR_GOOD);
    }

    @Test
    void shouldReadChineseAndJapaneseProseByItsLettersAndKeepItsStory() {
        final String chinese1 = "市议会星期一表示，河上的新桥将于明年春天通车，比原计划晚了两年，原因是钢材价格大幅上涨。";
        final String chinese2 = "工程师去年冬天在两个桥墩上发现裂缝，工程因此停了四个月，由外面的公司修好后重新检验。";
        final String japanese = "去年の冬に橋脚のひびが見つかったため、工事は四か月止まり、外部の会社が修理と検査をやり直した。";
        final String relatedHeadline = "市民盼望新桥早日开通，但有人怀疑日期能否守住";
        assertThat(LineFeatures.of(relatedHeadline, WORDS).unspacedLetters())
                .isLessThan(StoryLines.UNSPACED_CLAUSE_LETTERS);
        assertThat(StoryLines.classOf(chinese1, WORDS)).isEqualTo(LineClass.GOOD);
        assertThat(StoryLines.classOf(japanese, WORDS)).isEqualTo(LineClass.GOOD);
        assertThat(StoryLines.classOf(relatedHeadline, WORDS)).isEqualTo(LineClass.SHORT);

        // a menu, the story, then a list of other stories' titles: without a reading of these scripts no line is
        // story on its own and every line would stay
        final List<String> lines = List.of("首页", "新闻", "体育", "", chinese1, "", chinese2, "", japanese, "",
                "相关文章", "大桥通车再度推迟", relatedHeadline);

        assertThat(StoryLines.story(lines, WORDS))
                .containsExactly(false, false, false, false, true, false, true, false, true, false, false, false, false);
    }

    @Test
    void shouldKeepTheStoryAndDropMenusStampsAndTheListOfOtherStories() {
        // Given a text copy: a menu, the story with a subheading and an advertisement inside it, then a far list of
        // other stories with their stamps and summaries, and a cookie notice
        final List<String> lines = new ArrayList<>(Arrays.asList("Home", "News", "Sport", "Sign in", "Subscribe", "",
                PARAGRAPH_1, "", "Advertisement", "", PARAGRAPH_2, "", "What comes next", "", PARAGRAPH_3, "",
                "Share on Facebook", "Share on Twitter", "Copy link", "", "Most read", "", "Updated 2 hours ago",
                "Follow us", "Newsletter", "Privacy policy", "Terms of use", "Contact us", "Careers", "Help", "",
                "Mayor opens new school in the north of the city after a year of delays and a row over the cost of "
                        + "the building, which the council says it will now review."));
        lines.add("");

        // When the story is found
        final boolean[] story = StoryLines.story(lines, WORDS);

        // Then the three paragraphs and the subheading between two of them are kept, and nothing else
        final List<String> kept = new ArrayList<>();
        for (int i = 0; i < story.length; i++) {
            if (story[i]) {
                kept.add(lines.get(i));
            }
        }
        assertThat(kept).containsExactly(PARAGRAPH_1, PARAGRAPH_2, "What comes next", PARAGRAPH_3);
    }

    @Test
    void shouldCountLinesTheRulesRemovedAsChromeBetweenTheStoryAndAnotherRun() {
        final String story = "The city council approved the new river bridge on Monday after two years of delays, and "
                + "engineers said the first piers would be built before the winter rains begin in the north.";
        final String teaser = "A second council in the south is weighing a similar bridge, and its members said they "
                + "would decide on the plan before the end of the year.";
        final List<String> lines = new ArrayList<>(List.of(story, story.replace("Monday", "Tuesday"), ""));
        for (int i = 0; i <= StoryLines.MAX_GAP; i++) {
            lines.add(null);
        }
        lines.add(teaser);

        final boolean[] kept = StoryLines.story(lines, WORDS);

        assertThat(kept[0]).isTrue();
        assertThat(kept[1]).isTrue();
        assertThat(kept[lines.size() - 1]).isFalse();
    }

    @Test
    void shouldKeepBothPartsOfAStoryThatAChartOfFiguresAndLabelsInterrupts() {
        final List<String> lines = new ArrayList<>(List.of(PARAGRAPH_1, ""));
        for (int i = 0; i < 2 * StoryLines.MAX_GAP; i++) {
            lines.add("$" + (900 + i));
            lines.add("Spending category " + (char) ('A' + i));
        }
        lines.addAll(List.of("", PARAGRAPH_2));

        final boolean[] story = StoryLines.story(lines, WORDS);

        // The figures and labels are not story, but they do not part the story's two halves either
        assertThat(story[0]).isTrue();
        assertThat(story[lines.size() - 1]).isTrue();
        assertThat(story[2]).isFalse();
        assertThat(story[3]).isFalse();
    }

    @Test
    void shouldPartTwoRunsThatAsManyLinesOfControlsSeparate() {
        final List<String> lines = new ArrayList<>(List.of(PARAGRAPH_1, PARAGRAPH_2, ""));
        for (int i = 0; i <= StoryLines.MAX_GAP; i++) {
            lines.add("Share on Facebook");
        }
        lines.addAll(List.of("", PARAGRAPH_3));

        final boolean[] story = StoryLines.story(lines, WORDS);

        assertThat(story[0]).isTrue();
        assertThat(story[lines.size() - 1]).isFalse();
    }

    /** A reader's comment: prose line by line, 150+ characters, and nothing in its words says it is not story. */
    private static final String COMMENT = "I drove over the old bridge every day for twenty years and never once "
            + "thought it was unsafe, so I really do not see why they needed to spend all that money on a new one.";

    /** Nine paragraphs of one story, so that the comment weighs well under a sixth of it. */
    private static List<String> longStory() {
        final List<String> lines = new ArrayList<>();
        for (final String year : List.of("2017", "2018", "2019")) {
            for (final String paragraph : List.of(PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_3)) {
                lines.addAll(List.of(paragraph.replace("two", "two (" + year + ")"), ""));
            }
        }
        return lines;
    }

    @Test
    void shouldEndTheStoryBeforeALightBlockOfProseThatAClearBreakPartsFromIt() {
        // Given a story, then three lines the rules removed ("Tags: …", "Comments (12)", "Reply") and a reader's comment
        final List<String> lines = longStory();
        final int lastParagraph = lines.size() - 2;
        lines.addAll(Arrays.asList(null, null, null, "", COMMENT));
        assertThat(StoryLines.classOf(COMMENT, WORDS)).isEqualTo(LineClass.GOOD);

        final StoryLines.Page page = StoryLines.measure(lines, 0, WORDS);

        // The comment is within MAX_GAP of the story, so the run reaches it, but it is a light part under a break
        assertThat(page.heuristicStory()[0]).isTrue();
        assertThat(page.heuristicStory()[lastParagraph]).isTrue();
        assertThat(page.heuristicStory()[lines.size() - 1]).isFalse();
        assertThat(page.lastStory()).isEqualTo(lastParagraph);
    }

    @Test
    void shouldKeepALightBlockOfProseThatOnlyAShareRowPartsFromTheStory() {
        final List<String> lines = longStory();
        lines.addAll(Arrays.asList(null, "", COMMENT));

        assertThat(StoryLines.measure(lines, 0, WORDS).heuristicStory()[lines.size() - 1]).isTrue();
    }

    @Test
    void shouldKeepASecondPartOfTheStoryUnderABreakWhenItWeighsEnough() {
        // Given two paragraphs, a picture's three lines of chrome, then two more paragraphs of the same story
        final List<String> lines = new ArrayList<>(List.of(PARAGRAPH_1, "", PARAGRAPH_2, ""));
        lines.addAll(Arrays.asList(null, null, null, "", PARAGRAPH_3, "", COMMENT));

        final boolean[] passes = StoryLines.measure(lines, 0, WORDS).heuristicStory();

        assertThat(passes[lines.size() - 3]).isTrue();
        assertThat(passes[lines.size() - 1]).isTrue();
    }

    @Test
    void shouldKeepALightLeadAboveABreakOverTheStorysBody() {
        // Given a lead paragraph, a picture's three lines of chrome, then the body: the lead is above, not a tail
        final List<String> lines = new ArrayList<>(List.of(COMMENT, ""));
        lines.addAll(Arrays.asList(null, null, null, ""));
        lines.addAll(longStory());

        final boolean[] passes = StoryLines.measure(lines, 0, WORDS).heuristicStory();

        assertThat(passes[0]).isTrue();
        assertThat(passes[lines.size() - 2]).isTrue();
    }

    @Test
    void shouldLeaveATextWithoutAnyLongProseLineToTheOtherRules() {
        final List<String> lines = List.of("Seoul says 1,500 troops went to Russia.", "", "By Kim Min-ji");

        assertThat(StoryLines.story(lines, WORDS)).containsExactly(true, false, true);
    }

    @Test
    void shouldKeepAWireLeadDenseInNamesUnderItsHeadline() {
        final String lead = "LAGOS, May 4 - A tanker lorry exploded near Onitsha today, leaving 14 motorists injured.";
        final List<String> lines = List.of(lead, "", PARAGRAPH_1, "", PARAGRAPH_2);

        assertThat(StoryLines.classOf(lead, WORDS)).isNotEqualTo(LineClass.GOOD);
        assertThat(StoryLines.story(lines, 0, true, new LineReadings(WORDS))[0]).isTrue();
        assertThat(StoryLines.measure(lines, 0, true, new LineReadings(WORDS)).heuristicStory()[0]).isTrue();
        // with no headline above it, the passes judge the first line as any other (the line model may still add it)
        assertThat(StoryLines.measure(lines, 0, false, new LineReadings(WORDS)).heuristicStory()[0]).isFalse();
    }

    /** Openings of other stories as a list prints them: 150+ characters of prose, cut off in an ellipsis. */
    private static final List<String> EXCERPTS = List.of(
            "A ferry that ran aground off the northern cape on Saturday was towed back to port by two tugs, and the "
                    + "company said the forty passengers on board were taken off by lifeboat before the...",
            "The school board voted late on Thursday to close three village schools next summer, a decision that "
                    + "parents who packed the hall said would force their children onto buses for an…",
            "Shops along the harbour front reopened on Monday after the floods, though many owners said they had lost "
                    + "most of their stock and that the insurance money had still not [...]");

    @Test
    void shouldDropAListOfExcerptsOfOtherStoriesBesideTheStory() {
        // Given a story, then a list of other stories: a headline, an excerpt that trails off, a date, for each
        final List<String> lines = new ArrayList<>(List.of(PARAGRAPH_1, "", PARAGRAPH_2, "", PARAGRAPH_3, ""));
        final List<Integer> excerptLines = new ArrayList<>();
        for (final String excerpt : EXCERPTS) {
            assertThat(StoryLines.classOf(excerpt, WORDS)).isEqualTo(LineClass.GOOD);
            excerptLines.add(lines.size() + 1);
            lines.addAll(List.of("Harbour news in brief", excerpt, "12 March 2024", ""));
        }

        final boolean[] story = StoryLines.story(lines, WORDS);

        assertThat(story[0]).isTrue();
        assertThat(story[4]).isTrue();
        for (final int i : excerptLines) {
            assertThat(story[i]).as(lines.get(i)).isFalse();
        }
    }

    @Test
    void shouldKeepExcerptsWhenThePageIsLittleElseAndAWriterTrailingOffOnce() {
        // A page that is a list of excerpts with a one-line introduction keeps them: they are its content
        final List<String> index = new ArrayList<>(List.of("Harbour news this week", ""));
        for (final String excerpt : EXCERPTS) {
            index.addAll(List.of(excerpt, ""));
        }
        final boolean[] indexStory = StoryLines.story(index, WORDS);
        for (int i = 2; i < index.size(); i += 2) {
            assertThat(indexStory[i]).isTrue();
        }
        // One paragraph of a story that trails off, between paragraphs that do not, is the story's
        final List<String> lines = List.of(PARAGRAPH_1, "", EXCERPTS.get(0), "", PARAGRAPH_2, "", PARAGRAPH_3);
        assertThat(StoryLines.story(lines, WORDS)[2]).isTrue();
    }
}
