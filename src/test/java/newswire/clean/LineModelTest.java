package newswire.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineModelTest {

    private static final WordClasses WORDS = WordClasses.standard();

    private static final String PARAGRAPH_1 = "The harbour authority said on Tuesday that the old ferry pier would close "
            + "for repairs in March, after divers found that two of its wooden piles had rotted through.";
    private static final String PARAGRAPH_2 = "Commuters who cross the bay each morning will be carried by a bus service "
            + "instead, which the authority expects to add about twenty minutes to the journey.";
    private static final String PARAGRAPH_3 = "The repairs are expected to cost about four million dollars, and the "
            + "authority said it would ask the state government to pay for half of the work.";

    @Test
    void shouldComputeEachFeatureAsTheModelFileNamesIt() {
        // Given a page: a line a rule removed, a block of two paragraphs, and a menu label after them
        final List<String> lines = Arrays.asList(null, "", PARAGRAPH_1, PARAGRAPH_2, "", "Most read");
        final StoryLines.Page page = StoryLines.measure(lines, 0, WORDS);
        final double[] first = new double[LineModel.FEATURES.size()];
        final double[] second = new double[LineModel.FEATURES.size()];

        // When the features of the two paragraphs are computed
        LineModel.features(page, LineModel.storyPersonShare(page), 2, first);
        LineModel.features(page, LineModel.storyPersonShare(page), 3, second);

        // Then each is what eval/line_model.py reads under its name
        final LineFeatures own = LineFeatures.of(PARAGRAPH_1, WORDS);
        assertThat(feature(first, "logChars")).isCloseTo(Math.log1p(PARAGRAPH_1.length()), within(1e-12));
        assertThat(feature(first, "functionShare")).isEqualTo(own.functionShare());
        assertThat(feature(first, "capitalShare")).isCloseTo(3.0 / own.words(), within(1e-12));
        assertThat(feature(first, "endsSentence")).isEqualTo(1);
        assertThat(feature(first, "classGood")).isEqualTo(1);
        assertThat(feature(first, "position")).isCloseTo(2.0 / 6, within(1e-12));
        assertThat(feature(first, "blankBefore")).isEqualTo(1);
        assertThat(feature(first, "blankAfter")).isEqualTo(0);
        assertThat(feature(first, "prevRemoved")).isEqualTo(1);
        assertThat(feature(first, "prevLogChars")).isEqualTo(0);
        assertThat(feature(first, "nextGood")).isEqualTo(1);
        assertThat(feature(first, "nextLogChars")).isCloseTo(Math.log1p(PARAGRAPH_2.length()), within(1e-12));
        assertThat(feature(first, "heuristicStory")).isEqualTo(1);
        assertThat(feature(second, "prevRemoved")).isEqualTo(0);
        assertThat(feature(second, "prevGood")).isEqualTo(1);
        assertThat(feature(second, "nextBad")).isEqualTo(1);
        // Within four lines of the second paragraph: the removed line and "Most read" (bad), the first paragraph (good)
        assertThat(feature(second, "windowGood")).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(feature(second, "windowBad")).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(feature(second, "blankAfter")).isEqualTo(1);
        assertThat(feature(second, "personShare")).isZero();
        assertThat(feature(first, "aboveStory")).isZero();
        assertThat(feature(second, "belowStory")).isZero();
        final double[] menu = new double[LineModel.FEATURES.size()];
        LineModel.features(page, LineModel.storyPersonShare(page), 5, menu);
        assertThat(feature(menu, "belowStory")).isEqualTo(1);
        assertThat(feature(menu, "aboveStory")).isZero();
    }

    @Test
    void shouldRefuseAModelFileFittedOnOtherFeatures() {
        final List<String> rows = new ArrayList<>(List.of("# fitted elsewhere", "intercept\t0.5"));
        LineModel.FEATURES.forEach(name -> rows.add(name + "\t1"));
        assertThat(new LineModel(rows).probability(new double[LineModel.FEATURES.size()]))
                .isCloseTo(1 / (1 + Math.exp(-0.5)), within(1e-12));

        final List<String> swapped = new ArrayList<>(rows);
        swapped.set(2, rows.get(3));
        swapped.set(3, rows.get(2));
        assertThatThrownBy(() -> new LineModel(swapped)).hasMessageContaining("eval/line_model.py");
        assertThatThrownBy(() -> new LineModel(rows.subList(0, rows.size() - 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldKeepTheStoryOfAPageItHasNotSeenAndDropItsChrome() {
        // Given a text copy of a site no rule knows: a menu, the story, a list of other stories with teasers and
        // stamps, and a footer
        final List<String> lines = new ArrayList<>(Arrays.asList(
                "Harbour Gazette", "Home", "Local", "Business", "Weather", "Log in", "",
                PARAGRAPH_1, "", PARAGRAPH_2, "", PARAGRAPH_3, "",
                "Around the bay", "",
                "Council votes to keep the night market open", "2 hours ago", "",
                "Fishermen protest new quota rules", "5 hours ago", "",
                "Weekend forecast: rain", "1 day ago", "",
                "About us | Contact | Advertise | Privacy | Terms", "© Harbour Gazette"));
        lines.add("");

        // When the story is found
        final boolean[] story = StoryLines.story(lines, WORDS);

        // Then the three paragraphs are kept, and nothing else
        final List<String> kept = new ArrayList<>();
        for (int i = 0; i < story.length; i++) {
            if (story[i]) {
                kept.add(lines.get(i));
            }
        }
        assertThat(kept).containsExactly(PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_3);
    }

    @Test
    void shouldCallProseInTheStoryLikelyStoryAndAMenuRowLikelyChrome() {
        final String korean = "항만청은 화요일 오래된 여객선 부두가 나무 기둥 두 개가 썩은 것으로 드러나 3월부터 수리를 위해 "
                + "폐쇄된다고 밝혔다. 매일 아침 만을 건너는 통근자들은 대신 버스를 이용하게 된다.";
        final List<String> lines = Arrays.asList("Sign in | Register | Subscribe", "", PARAGRAPH_1, "", korean, "",
                PARAGRAPH_2, "");
        final StoryLines.Page page = StoryLines.measure(lines, 0, WORDS);
        final double[] x = new double[LineModel.FEATURES.size()];

        assertThat(probability(page, 0, x)).isLessThan(0.5);
        assertThat(probability(page, 2, x)).isGreaterThan(LineModel.STORY_PROBABILITY);
        assertThat(probability(page, 4, x)).isGreaterThan(LineModel.STORY_PROBABILITY);
        assertThat(probability(page, 6, x)).isGreaterThan(LineModel.STORY_PROBABILITY);
    }

    @Test
    void shouldOverruleTheNeighbourPassOnAPromptAfterTheStoryButKeepASubheading() {
        // Given a story with a subheading inside it and a membership prompt under it: short lines both, which the
        // neighbour pass keeps because a paragraph is next to them
        final List<String> lines = Arrays.asList("Harbour Gazette", "Home", "Local", "", PARAGRAPH_1, "",
                PARAGRAPH_2, "", "What the repairs will cost", "", PARAGRAPH_3, "", "Become a member.", "",
                "About us | Contact | Privacy", "");
        final StoryLines.Page page = StoryLines.measure(lines, 0, WORDS);
        assertThat(page.heuristicStory()[8]).isTrue();
        assertThat(page.heuristicStory()[12]).isTrue();

        // When the model has its say
        final boolean[] story = LineModel.standard().story(page);

        // Then the prompt goes and the subheading stays, with every paragraph
        final List<String> kept = new ArrayList<>();
        for (int i = 0; i < story.length; i++) {
            if (story[i]) {
                kept.add(lines.get(i));
            }
        }
        assertThat(kept).containsExactly(PARAGRAPH_1, PARAGRAPH_2, "What the repairs will cost", PARAGRAPH_3);
    }

    @Test
    void shouldMeasureALinesVoiceAgainstTheVoiceOfTheStory() {
        // Given a story in the third person and a reader's reply under it
        final String reply = "Thank you for this, I will show it to my neighbours and we will write to you again.";
        final List<String> lines = Arrays.asList(PARAGRAPH_1, "", PARAGRAPH_2, "", "Comments", "", reply, "");
        final StoryLines.Page page = StoryLines.measure(lines, 0, WORDS);
        final double[] x = new double[LineModel.FEATURES.size()];

        // When the reply's features are computed
        LineModel.features(page, LineModel.storyPersonShare(page), 6, x);

        // Then its voice is measured against the story's: the paragraphs speak in no person, so the contrast is the
        // reply's own share; measured against a first-person column, the same reply stands out less
        final double replyShare = LineFeatures.of(reply, WORDS).personShare();
        assertThat(replyShare).isGreaterThan(0.2);
        assertThat(LineModel.storyPersonShare(page)).isZero();
        assertThat(feature(x, "personContrast")).isCloseTo(replyShare, within(1e-12));
        assertThat(feature(x, "personShare")).isCloseTo(replyShare, within(1e-12));
    }

    @Test
    void shouldFindAReadersReplyLessLikelyStoryUnderAReportThanUnderAColumnInTheFirstPerson() {
        // Given the same reply under a report in the third person and under a column whose writer speaks as "I"
        final String reply = "Thank you for this, I will show it to my neighbours and we will write to you again.";
        final String column1 = "I have crossed the bay on the old ferry every morning for twelve years, and I was "
                + "sorry to read that my pier will close for repairs in March, after divers found two rotten piles.";
        final String column2 = "My neighbours and I will take the bus instead, which the harbour authority expects to "
                + "add about twenty minutes to our journey, and I think we will all miss the view from the deck.";
        final List<String> report = Arrays.asList(PARAGRAPH_1, "", PARAGRAPH_2, "", "Comments", "", reply, "");
        final List<String> column = Arrays.asList(column1, "", column2, "", "Comments", "", reply, "");
        final double[] x = new double[LineModel.FEATURES.size()];

        // When the model scores the reply on each page
        final double underReport = probability(StoryLines.measure(report, 0, WORDS), 6, x);
        final double underColumn = probability(StoryLines.measure(column, 0, WORDS), 6, x);

        // Then it stands out from the report's voice more than from the column's
        assertThat(StoryLines.measure(column, 0, WORDS).heuristicStory()[0]).isTrue();
        assertThat(underReport).isLessThan(underColumn);
    }

    private static double probability(final StoryLines.Page page, final int line, final double[] x) {
        LineModel.features(page, LineModel.storyPersonShare(page), line, x);
        return LineModel.standard().probability(x);
    }

    private static double feature(final double[] vector, final String name) {
        return vector[LineModel.FEATURES.indexOf(name)];
    }
}
