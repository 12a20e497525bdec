package newswire.extract;

import static newswire.extract.Articles.kindsAndValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import newswire.model.ClaimKind;
import org.junit.jupiter.api.Test;

/**
 * English shapes of issue 15 (branch i15-en15): a second clause after an object, an untold number, a figure over a
 * span of years, a verb group split by adverbs, a verb that takes no object after a noun the lexicon does not know,
 * and a total followed by its groups. Sentences of our own.
 */
class SpanClauseAndGroupRulesTest {

    @Test
    void shouldNotLendTheVerbOfASecondClauseToTheObjectOfTheFirst() {
        // the others are the object of a verb of violence; the nurse has a clause of her own, and no sum is made
        assertThat(kindsAndValues("The intruder stabbed two others and a cook died on the way to hospital."))
                .containsExactly(tuple(ClaimKind.KILLED, 1L));
        assertThat(kindsAndValues("A sniper shot three passers-by and a vendor was killed."))
                .containsExactly(tuple(ClaimKind.KILLED, 1L));
        // guard: the verb before the others says what befell them, the one after what befell the person
        assertThat(kindsAndValues("Raiders wounded four others and a shepherd died of his injuries."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.WOUNDED, 4L), tuple(ClaimKind.KILLED, 1L));
        // guard: joined as one subject, the others and the person share the verb after them
        assertThat(kindsAndValues("Three others and a ferryman drowned when the boat capsized."))
                .containsExactly(tuple(ClaimKind.KILLED, 4L));
    }

    @Test
    void shouldReadAnUntoldNumberAsNoCount() {
        assertThat(kindsAndValues("The militia killed an unknown number of herders near the well.")).isEmpty();
        assertThat(kindsAndValues("Police killed four others and an unspecified number of looters."))
                .containsExactly(tuple(ClaimKind.KILLED, 4L));
        assertThat(kindsAndValues("Two others and an unknown number of porters froze to death."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L));
        // guard: "a" before a person still counts one
        assertThat(kindsAndValues("The militia killed a herder near the well."))
                .containsExactly(tuple(ClaimKind.KILLED, 1L));
    }

    @Test
    void shouldReadAFigureOverASpanOfYearsAsAStatistic() {
        assertThat(kindsAndValues("Over the past six years, 230 loggers died in the northern forests.")).isEmpty();
        assertThat(kindsAndValues("Since 2012, about 1,900 pedestrians have been killed on the city's streets."))
                .isEmpty();
        assertThat(kindsAndValues("In recent years, 70 divers have drowned off the reef.")).isEmpty();
        assertThat(kindsAndValues("From 2009 to 2017, 410 people were injured by fireworks in the region."))
                .isEmpty();
        assertThat(kindsAndValues("Some 520 cyclists have been injured on roads since 2014.")).isEmpty();
        assertThat(kindsAndValues("About 90 hikers have died on mountains in the last decade.")).isEmpty();
    }

    @Test
    void shouldKeepAnEventOrAWarTollThatASpanOfYearsStandsNear() {
        // guards: a span that dates one event is no span the figure is counted over
        assertThat(kindsAndValues("After seven years of delays, the tunnel flooded on Friday, killing 11 workers."))
                .containsExactly(tuple(ClaimKind.KILLED, 11L));
        assertThat(kindsAndValues("Four years after the ceasefire, a mine killed 5 farmers on Tuesday."))
                .containsExactly(tuple(ClaimKind.KILLED, 5L));
        // a span after a word ranking one event is the ranking's: one blast, the worst of the span (a guard against
        // the span rule itself: the base gives the same)
        assertThat(kindsAndValues("Nine miners were killed in Chile's deadliest blast since 2004."))
                .containsExactly(tuple(ClaimKind.KILLED, 9L));
        // guard: the figure is the object of an agent's deed, not the subject of a tally
        assertThat(kindsAndValues("Over the past two years, the gang has killed 150 villagers."))
                .containsExactly(tuple(ClaimKind.KILLED, 150L));
        // guard: a war's dead over its span are the war's claim
        assertThat(kindsAndValues("Since 2011, 8,000 people have been killed in the civil war."))
                .containsExactly(tuple(ClaimKind.KILLED, 8000L));
        // guard: a contrast between the span and the figure parts them
        assertThat(kindsAndValues("The town had been spared since 2009, but this week 14 people were killed."))
                .containsExactly(tuple(ClaimKind.KILLED, 14L));
    }

    @Test
    void shouldKeepATollOfViolenceOrOfAnAgentOverASpanOfYears() {
        // review rev24 finding 1: a figure over a span is a statistic only when its cause is a class of accidents or
        // no one's deed; killed with no cause named, in raids or clashes, or shot by an agent, it stays a claim
        assertThat(kindsAndValues("During the last four years, 140 prison guards have been killed across the region."))
                .containsExactly(tuple(ClaimKind.KILLED, 140L));
        assertThat(kindsAndValues("Since 2016, 2,000 villagers have been killed in raids by bandits."))
                .containsExactly(tuple(ClaimKind.KILLED, 2000L));
        assertThat(kindsAndValues("In the past five years, 27 protesters have been shot dead by soldiers."))
                .containsExactly(tuple(ClaimKind.KILLED, 27L));
        assertThat(kindsAndValues("Since 2020, 65 fishermen have been killed in clashes between rival clans."))
                .containsExactly(tuple(ClaimKind.KILLED, 65L));
        assertThat(kindsAndValues("In the years since 2014, 40 aid workers were killed in the region."))
                .containsExactly(tuple(ClaimKind.KILLED, 40L));
        assertThat(kindsAndValues("Since 2021, 17 reporters have been killed in the country."))
                .containsExactly(tuple(ClaimKind.KILLED, 17L));
        // a span in a clause of its own, joined by ", and", is not the figure's
        assertThat(kindsAndValues("Over the past decade the pit grew, and yesterday nine workers died in a landslide."))
                .containsExactly(tuple(ClaimKind.KILLED, 9L));
        // guard: a cause of accidents is a statistic, whoever the people are ("civilians" names no war)
        assertThat(kindsAndValues("Since 2015, 300 civilians have died in road accidents.")).isEmpty();
    }

    @Test
    void shouldReadTheVerbPastAdverbsThatSplitAVerbGroup() {
        assertThat(kindsAndValues("Six marchers have also been injured, the organisers said."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 6L));
        assertThat(kindsAndValues("Nine porters had reportedly been killed."))
                .containsExactly(tuple(ClaimKind.KILLED, 9L));
        assertThat(kindsAndValues("Seven other rangers and the camp doctor have also been injured."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 8L));
    }

    @Test
    void shouldLetAVerbThatTakesNoObjectCountANounTheLexiconDoesNotKnow() {
        assertThat(kindsAndValues("Five other welders died when the tank exploded."))
                .containsExactly(tuple(ClaimKind.KILLED, 5L));
        assertThat(kindsAndValues("Two trawlermen drowned overnight."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L));
        // guard: a verb with an object after such a noun has that noun as its agent
        assertThat(kindsAndValues("Two poachers killed a ranger overnight."))
                .containsExactly(tuple(ClaimKind.KILLED, 1L));
    }

    @Test
    void shouldGiveATotalAndNotItsGroupsListedAfterIt() {
        assertThat(kindsAndValues("Eleven people were killed: four guards and seven residents."))
                .containsExactly(tuple(ClaimKind.KILLED, 11L));
        assertThat(kindsAndValues("The collapse killed eight people — three masons and five residents."))
                .containsExactly(tuple(ClaimKind.KILLED, 8L));
        // after a comma, only groups that add up to the total are its groups
        assertThat(kindsAndValues("Ten were injured, six pupils and four residents."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 10L));
        // guards: three groups that do not add up to the first; a group with a verb of its own is a clause
        assertThat(kindsAndValues("The raiders killed 30 villagers, 4 guards and 2 policemen."))
                .contains(tuple(ClaimKind.KILLED, 30L), tuple(ClaimKind.KILLED, 4L), tuple(ClaimKind.KILLED, 2L));
        assertThat(kindsAndValues("Three soldiers were killed, two medics were wounded."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 3L), tuple(ClaimKind.WOUNDED, 2L));
    }
}
