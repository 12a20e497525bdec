package newswire.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceShapeTest {

    @Test
    void shouldEndASentenceAtAFullStopBeforeClosingQuotesOrATrailingEllipsis() {
        assertThat(SentenceShape.endsSentence("The bridge opens in May, he said.")).isTrue();
        assertThat(SentenceShape.endsSentence("She called it “a new start.”")).isTrue();
        assertThat(SentenceShape.endsSentence("What the mayor did not say about the bridge…")).isTrue();
        assertThat(SentenceShape.endsSentence("다리는 5월에 개통한다")).isTrue();
        assertThat(SentenceShape.endsSentence("Read more")).isFalse();
        assertThat(SentenceShape.endsSentence("Share this story")).isFalse();
    }

    @Test
    void shouldTellATextThatTrailsOffInAnEllipsisFromOneThatStops() {
        assertThat(SentenceShape.trailsOff("The ferry company said on Sunday that the winter timetable would...")).isTrue();
        assertThat(SentenceShape.trailsOff("Farmers in the valley have waited since March for the rain, and…")).isTrue();
        assertThat(SentenceShape.trailsOff("The clinic will stay open on weekends until the [...]")).isTrue();
        assertThat(SentenceShape.trailsOff("“We will see what the spring brings…”")).isTrue();
        assertThat(SentenceShape.trailsOff("The ferry company said on Sunday that the winter timetable would change.")).isFalse();
        assertThat(SentenceShape.trailsOff("Wait.. what?")).isFalse();
        assertThat(SentenceShape.trailsOff("..")).isFalse();
    }

    @Test
    void shouldCloseAClauseAtAQuoteABracketOrAColonEvenWithoutAFullStop() {
        assertThat(SentenceShape.endsClause("He called the plan “reckless”")).isTrue();
        assertThat(SentenceShape.endsClause("The council listed three reasons:")).isTrue();
        assertThat(SentenceShape.endsClause("The council listed three reasons and")).isFalse();
    }

    @Test
    void shouldFindASecondSentenceButNotAnAbbreviationInsideOne() {
        assertThat(SentenceShape.hasInnerBreak("Traders clashed at the market in Dori (Dori, Seno). Three people died."))
                .isTrue();
        assertThat(SentenceShape.hasInnerBreak("The storm hit the coast on Monday. Schools stayed shut")).isTrue();
        assertThat(SentenceShape.hasInnerBreak("Gov. Noem doubles down on her campaign")).isFalse();
        assertThat(SentenceShape.hasInnerBreak("U.S. Bank Stadium hosts the final")).isFalse();
        assertThat(SentenceShape.hasInnerBreak("Economy in stress and markets on a high; time to be careful?")).isFalse();
    }
}
