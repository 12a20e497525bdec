package newswire.extract;

import static newswire.extract.Articles.claims;
import static newswire.extract.Articles.kindsAndValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import newswire.model.Claim;
import newswire.model.ClaimKind;
import org.junit.jupiter.api.Test;

/** Wire-story phrasings (eval/ag-news tune part): sentences of our own. */
class WireRulesTest {

    @Test
    void shouldCountTheDeadNamedByASingularContainerNoun() {
        assertThat(kindsAndValues("The border clash resulted in death of three farmers, the governor said."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L));
        assertThat(kindsAndValues("Crowds gathered after the death of 40 miners in the flooded shaft."))
                .containsExactly(tuple(ClaimKind.KILLED, 40L));
        // a year after the container is no count
        assertThat(claims("Historians still argue over the death of 1918 in the village.")).isEmpty();
    }

    @Test
    void shouldLetAContainerCountEveryGroupJoinedInItsPhrase() {
        assertThat(kindsAndValues("The raids ended with the deaths of one police officer and six market traders."))
                .contains(tuple(ClaimKind.KILLED, 1L), tuple(ClaimKind.KILLED, 6L));
    }

    @Test
    void shouldReadABareNumberBeforeAPerfectOfAnIntransitivePredicate() {
        assertThat(claims("Rescuers said at least seven had died in the landslide."))
                .extracting(Claim::kind, c -> c.quantity().low())
                .containsExactly(tuple(ClaimKind.KILLED, 7L));
        // a perfect before a verb with its own object is active: the number is its agent
        assertThat(kindsAndValues("Two gunmen have killed a shopkeeper in the old town."))
                .containsExactly(tuple(ClaimKind.KILLED, 1L));
    }

    @Test
    void shouldCountThePartOfAGroupNamedByItsDeterminer() {
        assertThat(kindsAndValues("Attackers fired on the motorcade, wounding three of his drivers, aides said."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 3L));
        // a whole named by its number is the partitive's whole, not the part's noun
        assertThat(claims("Nine of the 30 climbers turned back before the summit.")).isEmpty();
    }

    @Test
    void shouldLeaveANumberToItsOwnPredicateOfNoKind() {
        // "884 still missing" is no second toll of the deaths named before it
        assertThat(kindsAndValues("The number of deaths from the storm rose to 1,200, with 650 still missing."))
                .containsExactly(tuple(ClaimKind.KILLED, 1200L));
    }

    @Test
    void shouldReadCapturesOfAnyPeopleByAPredicateSaidOnlyOfPeople() {
        assertThat(kindsAndValues("Pirates kidnapped 10 fishermen off the coast on Monday."))
                .containsExactly(tuple(ClaimKind.CAPTURED, 10L));
        assertThat(kindsAndValues("Gunmen abducted 20 students from a boarding school."))
                .containsExactly(tuple(ClaimKind.CAPTURED, 20L));
        assertThat(claims("The army captured two villages near the border.")).isEmpty();
    }

    @Test
    void shouldReadAVerbOfTakingWithAComplementOfCaptureAsACapture() {
        assertThat(kindsAndValues("A man was shot dead after taking 12 foreign tourists hostage at the hotel."))
                .containsExactly(tuple(ClaimKind.KILLED, 1L), tuple(ClaimKind.CAPTURED, 12L));
        assertThat(kindsAndValues("Rebels holding four aid workers hostage asked for a ransom."))
                .containsExactly(tuple(ClaimKind.CAPTURED, 4L));
        assertThat(claims("Officials took 30 reporters on a tour of the site.")).isEmpty();
        // "a" is one only where a whole casualty phrase stands: "taken" alone is none
        assertThat(claims("A British soldier has been taken to court over the crash.")).isEmpty();
    }

    @Test
    void shouldReadHospitalisationWithInjuriesAsWounded() {
        assertThat(kindsAndValues("Thirty people were taken to hospital with injuries after the stampede."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 30L));
        assertThat(claims("About 150 people were taken to hospitals after eating tainted food.")).isEmpty();
    }

    @Test
    void shouldReadTheObjectOfAnActiveVerbAfterItsDeterminer() {
        assertThat(kindsAndValues("Bandits killed the two guards at the gate before dawn."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L));
    }

    @Test
    void shouldNotCountTheWoundsOfOneBodyAsWoundedPeople() {
        assertThat(claims("The report said he had more than 20 injuries on his body after the fall.")).isEmpty();
        assertThat(kindsAndValues("The bombing caused 30 injuries in the old town."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 30L));
    }

    @Test
    void shouldNotPlaceAStandingTroopFigureByAPlaceOfAnotherClause() {
        assertThat(claims("Four soldiers are charged with the murder of a prisoner who died in custody in Iraq.")).isEmpty();
        assertThat(kindsAndValues("About 3,000 troops are in Iraq, the ministry said."))
                .containsExactly(tuple(ClaimKind.TROOPS, 3000L));
    }

    @Test
    void shouldGiveARelativeClauseOnAPhraseItsOwnVerb() {
        assertThat(kindsAndValues("Two hikers who were found stabbed to death near the lake had been missing for a week."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L));
        assertThat(claims("The ministry paid the family of a man who died in custody and four other men "
                + "who were beaten."))
                .extracting(c -> c.quantity().value()).containsExactly(1L);
        assertThat(claims("He quit a job he hated and a lifestyle that was killing him.")).isEmpty();
    }
}
