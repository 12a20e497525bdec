package newswire.extract;

import static newswire.extract.Articles.kindsAndValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import newswire.model.ClaimKind;
import org.junit.jupiter.api.Test;

/**
 * Narrowings of three English rules of branch i15-en16 (review rev25, findings 1, 2 and 4): a passive "were hurt" is a
 * wound only where nothing says the harm is to a trade or a career, "slain" and "slaughtered" kill only people the
 * lexicon knows, and a capture needs the clause's own subject as captor and people the lexicon knows as the held.
 * Sentences of our own.
 */
class HurtSlainHeldNarrowingTest {

    @Test
    void shouldNotReadAHarmToATradeOrACareerAsAWound() {
        // guards: a role of business or politics; a cause of that kind after the state; an adverb of that kind
        assertThat(kindsAndValues("Four other shipping lenders were hurt last quarter.")).isEmpty();
        assertThat(kindsAndValues("Nine other orchard owners were hurt by the late frost.")).isEmpty();
        assertThat(kindsAndValues("Two other mayors were hurt in the regional polls.")).isEmpty();
        assertThat(kindsAndValues("Six other councillors were hurt badly by the bribery scandal.")).isEmpty();
    }

    @Test
    void shouldStillReadABodilyHurtAsWounded() {
        assertThat(kindsAndValues("Seven other hikers were hurt in the rockfall."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 7L));
        assertThat(kindsAndValues("Three other guards were hurt."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 3L));
    }

    @Test
    void shouldNotReadSlaughteredOrSlainBeastsOrMonstersAsKilled() {
        assertThat(kindsAndValues("Ranchers slaughtered 3,000 ostriches after the outbreak.")).isEmpty();
        assertThat(kindsAndValues("In the saga, the prince has slain 9 trolls.")).isEmpty();
    }

    @Test
    void shouldStillReadSlainPeopleAsKilled() {
        assertThat(kindsAndValues("Eight soldiers were slain in the night raid."))
                .containsExactly(tuple(ClaimKind.KILLED, 8L));
        // murdered keeps any noun
        assertThat(kindsAndValues("Gunmen murdered four shepherds near the border."))
                .containsExactly(tuple(ClaimKind.KILLED, 4L));
    }

    @Test
    void shouldTakeTheCaptorFromTheSubjectPastARelativeClause() {
        // guard: the soldiers hold, the militants are the relative clause's object
        assertThat(kindsAndValues("Soldiers who ambushed the militants have held 7 men for questioning.")).isEmpty();
        // the captor before its own relative clause still holds
        assertThat(kindsAndValues("Gunmen who stormed the depot held 16 workers for two days."))
                .containsExactly(tuple(ClaimKind.CAPTURED, 16L));
        // "that" opening a complement is no relative clause
        assertThat(kindsAndValues("Officials said that the bandits hold 5 engineers."))
                .containsExactly(tuple(ClaimKind.CAPTURED, 5L));
    }

    @Test
    void shouldNotTakeThingsWithAPersonsEndingAsCaptives() {
        assertThat(kindsAndValues("Militants seized three excavators at the quarry.")).isEmpty();
        assertThat(kindsAndValues("Rebels now hold two corridors into the port.")).isEmpty();
    }
}
