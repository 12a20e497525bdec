package newswire.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which blocks print the summary a page gives of itself. */
class PageSummaryTest {

    @Test
    void shouldFindTheParagraphADescriptionIsDrawnFrom() {
        final PageSummary summary = PageSummary.of("The harbour authority said on Tuesday that the north pier would "
                + "close for repairs, and that…");

        assertThat(summary.printedIn("The harbour authority said on Tuesday that the north pier would close for "
                + "repairs, and that ferries would use the south pier until the spring.")).isTrue();
        assertThat(summary.printedIn("Engineers found cracks in three of the pier's supports during a routine "
                + "inspection.")).isFalse();
    }

    @Test
    void shouldFindAShortPostThatTheDescriptionQuotesWithWordsAround() {
        final PageSummary summary = PageSummary.of("via harbournotes.example Fog over the north pier before dawn. "
                + "@HarbourNotes");

        assertThat(summary.printedIn("Fog over the north pier before dawn.")).isTrue();
        assertThat(summary.printedIn("Fog over the south bay at noon today.")).isFalse();
    }

    @Test
    void shouldNotMatchLabelsOrUseDescriptionsTooShortToTell() {
        final PageSummary summary = PageSummary.of("Fog over the north pier before dawn.");

        // a label of a few words shares a run with the description by chance
        assertThat(summary.printedIn("the north pier")).isFalse();
        assertThat(PageSummary.of("It's yours...").printedIn("It's yours, take it.")).isFalse();
        assertThat(PageSummary.of(null).printedIn("Fog over the north pier before dawn.")).isFalse();
    }
}
