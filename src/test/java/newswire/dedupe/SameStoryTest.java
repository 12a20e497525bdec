package newswire.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The similarity on sentences of our own: copies as editors make them, and look-alike reports that are not. */
class SameStoryTest {

    private static final String STORY = """
            On 12 March 2024, the army said its troops had repelled an attack by armed men on a checkpoint near \
            Tessit, in the Gao region, killing 14 of the attackers.

            Two soldiers were wounded and evacuated to Gao by helicopter, the army said in a statement on Tuesday.

            The attack came a week after a convoy was ambushed on the road between Gao and Ansongo, where 9 soldiers \
            died.

            Local officials said the checkpoint had been reinforced since January and that patrols would resume on \
            Wednesday.""";

    /** The same event from another portal: new headline, chrome, an attribution turned round, words changed. */
    private static final String REPUBLISHED = """
            Army repels attack near Tessit
            Posted by Staff Writer

            On 12 March 2024, the army said its troops had pushed back an attack by armed men on a checkpoint near \
            Tessit, in the Gao region, killing 14 of the attackers.

            Two soldiers were wounded and evacuated to Gao by helicopter, according to a statement from the army on \
            Tuesday.

            The attack came a week after a convoy was ambushed on the road between Gao and Ansongo, where 9 soldiers \
            died.

            Local officials said the checkpoint had been reinforced since January and that patrols would start again \
            on Wednesday.

            Comments (0)""";

    /** The same house style, another day, another place, another toll. */
    private static final String OTHER_EVENT = """
            On 19 March 2024, the army said its troops had repelled an attack by armed men on a checkpoint near \
            Menaka, in the Menaka region, killing 6 of the attackers.

            Three soldiers were wounded and evacuated to Gao by helicopter, the army said in a statement on Tuesday.

            The attack came a week after a convoy was ambushed on the road between Gao and Ansongo, where 9 soldiers \
            died.""";

    private final SameStory rule = SameStory.STANDARD;

    @Test
    void shouldLinkACopyWithAnotherHeadlineChromeAndWording() {
        assertThat(rule.test(Sketch.of(STORY), Sketch.of(REPUBLISHED))).isTrue();
        assertThat(rule.test(Sketch.of(REPUBLISHED), Sketch.of(STORY))).isTrue();
        assertThat(sharesAnIndexKey(STORY, REPUBLISHED)).isTrue();
    }

    @Test
    void shouldLinkTheCopyWithItsLastParagraphCutTooThoughItsHeadlineAndChromeHaveNames() {
        // Before the facts were read in sentences only, the headline's and the chrome's names outweighed those the
        // cut paragraph took away (9 of 12 shared), and this copy was missed
        final String cut = REPUBLISHED.substring(0, REPUBLISHED.indexOf("Local officials")) + "Comments (0)";

        assertThat(rule.test(Sketch.of(STORY), Sketch.of(cut))).isTrue();
        assertThat(sharesAnIndexKey(STORY, cut)).isTrue();
    }

    @Test
    void shouldLinkATrimmedCopyContainedInTheFullStory() {
        final String trimmed = STORY.substring(0, STORY.indexOf("The attack came"));

        assertThat(Sketch.of(trimmed).containment(Sketch.of(STORY))).isGreaterThan(0.9);
        assertThat(Sketch.of(trimmed).jaccard(Sketch.of(STORY))).isLessThan(0.7);
        assertThat(rule.test(Sketch.of(trimmed), Sketch.of(STORY))).isTrue();
    }

    @Test
    void shouldKeepAReportOfAnotherEventInTheSameWordsApart() {
        // Most of the wording is shared, but the date, the place and the toll are not
        assertThat(Sketch.of(STORY).containment(Sketch.of(OTHER_EVENT))).isGreaterThan(0.4);
        assertThat(Sketch.of(STORY).factsShared(Sketch.of(OTHER_EVENT))).isLessThan(rule.minFactsShared());
        assertThat(rule.test(Sketch.of(STORY), Sketch.of(OTHER_EVENT))).isFalse();
    }

    @Test
    void shouldKeepAnArticleThatQuotesTwoSentencesOfAnotherApart() {
        final String quoting = """
                Ministers met in Bamako on Thursday to discuss the budget for the coming year and the price of fuel, \
                which has doubled since the summer.

                "Two soldiers were wounded and evacuated to Gao by helicopter," the army said of the attack near \
                Tessit. "The attack came a week after a convoy was ambushed on the road between Gao and Ansongo."

                The finance minister said subsidies would be cut in stages from April, and that teachers' pay would \
                not be touched.""";

        assertThat(rule.test(Sketch.of(STORY), Sketch.of(quoting))).isFalse();
    }

    @Test
    void shouldReadNamesAndFiguresButNotTheWordThatOpensASentence() {
        final Sketch sketch = Sketch.of("Troops entered Gao. Officials said 14 died.");

        // Gao and 14 name things; Troops and Officials only open their sentences
        assertThat(sketch.facts()).hasSize(2);
        assertThat(Sketch.of("On Monday, the army left Gao.").facts()).hasSize(2);
    }

    @Test
    void shouldGiveATextWithoutWordsNoKeysAndNoLikeness() {
        final Sketch empty = Sketch.of(" -- ");

        assertThat(rule.indexKeys(empty)).isEmpty();
        assertThat(empty.jaccard(empty)).isZero();
        assertThat(rule.indexKeys(Sketch.of(STORY))).hasSize(rule.keys()).doesNotHaveDuplicates();
    }

    @Test
    void shouldRefuseMoreKeysThanTheSampleHolds() {
        assertThatThrownBy(() -> new SameStory(0.5, 0.8, Sketch.SAMPLE + 1)).hasMessageContaining("1 to 64 keys");
    }

    @Test
    void shouldNotCountTheNamesOfAHeadlineBylineOrChromeAsFacts() {
        final Sketch withChrome = Sketch.of("Army repels attack\nPosted by Staff Writer\n\n" + STORY
                + "\n\nPhoto: Metro Wire\nComments (12)");

        assertThat(withChrome.facts()).isEqualTo(Sketch.of(STORY).facts());
    }

    @Test
    void shouldSeeAFactStandingWhereTheOtherStoryHasAnother() {
        final Sketch gao = Sketch.of("Protesters gathered in front of the governor's office in Gao on Monday.");
        final Sketch kidal = Sketch.of("Protesters gathered in front of the governor's office in Kidal on Monday.");
        final Sketch gaoCut = Sketch.of("Protesters gathered in front of the governor's office in on Monday.");

        assertThat(gao.conflicts(kidal)).isTrue();
        assertThat(kidal.conflicts(gao)).isTrue();
        // A name an editor deleted is missing, not replaced by another
        assertThat(gao.conflicts(gaoCut)).isFalse();
    }

    @Test
    void shouldLinkAShortNoteToACopyWithAParagraphAdded() {
        final String note = "On 3 May 2024, residents of Kidal protested in front of the governor's office against "
                + "power cuts that had lasted for two weeks. No injuries were reported.";
        final String copy = "Kidal residents protest power cuts\nPosted by News Desk\n\n" + note.replace(
                "residents of Kidal protested", "residents of Kidal reportedly protested")
                + "\n\n" + OTHER_EVENT;

        assertThat(Sketch.of(note).containment(Sketch.of(copy))).isGreaterThan(0.8);
        assertThat(rule.test(Sketch.of(note), Sketch.of(copy))).isTrue();
        assertThat(sharesAnIndexKey(note, copy)).isTrue();
    }

    @Test
    void shouldReadASketchBackFromItsBytes() {
        final Sketch sketch = Sketch.of(STORY);

        assertThat(Sketch.fromBytes(sketch.bytes())).isEqualTo(sketch);
        assertThat(sketch.bytes().length).isLessThan(600);
        assertThatThrownBy(() -> Sketch.fromBytes(new byte[] {9, 0, 0})).hasMessageContaining("layout 9");
        assertThatThrownBy(() -> Sketch.fromBytes(java.util.Arrays.copyOf(sketch.bytes(), 20)))
                .hasMessageContaining("cut short");
    }

    private boolean sharesAnIndexKey(final String text, final String other) {
        final Set<String> keys = new HashSet<>(rule.indexKeys(Sketch.of(text)));
        final List<String> otherKeys = rule.indexKeys(Sketch.of(other));
        return otherKeys.stream().anyMatch(keys::contains);
    }
}
