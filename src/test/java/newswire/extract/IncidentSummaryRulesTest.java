package newswire.extract;

import static newswire.extract.Articles.claims;
import static newswire.extract.Articles.kindsAndValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import newswire.model.Claim;
import newswire.model.ClaimKind;
import org.junit.jupiter.api.Test;

/** Phrasings of incident summaries written by database coders (eval/gtd tune part): sentences of our own. */
class IncidentSummaryRulesTest {

    @Test
    void shouldCountOneMoreOfANounAfterAnOrdinal() {
        assertThat(kindsAndValues("One guard was killed and a second guard was wounded in the shooting."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 1L), tuple(ClaimKind.WOUNDED, 1L));
        assertThat(kindsAndValues("A third officer was injured when the car exploded."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 1L));
        // a rank of a thing, a time, a fraction: no one
        assertThat(claims("A second bomb went off an hour later.")).isEmpty();
        assertThat(claims("A second later the roof collapsed.")).isEmpty();
        assertThat(claims("He was injured for a second time in May.")).isEmpty();
    }

    @Test
    void shouldReadATotalPastTheListOfItsParts() {
        assertThat(claims("At least six people, including two guards, a cook, and three visitors, were killed in the attack."))
                .extracting(Claim::kind, c -> c.quantity().low())
                .containsExactly(tuple(ClaimKind.KILLED, 6L));
        assertThat(kindsAndValues("Eleven people, including a pilot, two nurses, and a doctor, died when the helicopter crashed."))
                .containsExactly(tuple(ClaimKind.KILLED, 11L));
        // a list of parts before a verb of no kind is no toll
        assertThat(claims("Four men, including two brothers, a cousin, and a neighbour, attended the funeral of the guard."))
                .isEmpty();
    }

    @Test
    void shouldReadASentenceThatEndsOnTheCommaAfterItsCount() {
        // a clipped line: the aside that a comma might open has no word after it
        assertThat(kindsAndValues("The blast killed 14 people,"))
                .containsExactly(tuple(ClaimKind.KILLED, 14L));
    }

    @Test
    void shouldLeaveANumberInARelativeClauseToItsOwnVerb() {
        assertThat(claims("The gunman was killed by soldiers, who freed 15 hostages.")).isEmpty();
        assertThat(claims("The hijacker was shot dead by police, who then rescued all 40 passengers.")).isEmpty();
        // the relative clause's own verb still counts its number
        assertThat(kindsAndValues("Militants, who had killed 12 villagers, were arrested on Sunday."))
                .containsExactly(tuple(ClaimKind.KILLED, 12L));
        assertThat(kindsAndValues("The bomb, which wounded 30 people, was hidden in a cart."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 30L));
    }
}
