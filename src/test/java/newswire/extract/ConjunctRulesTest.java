package newswire.extract;

import static newswire.extract.Articles.claims;
import static newswire.extract.Articles.kindsAndValues;
import static newswire.extract.Articles.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import newswire.model.ClaimKind;
import newswire.model.ClaimStatus;
import org.junit.jupiter.api.Test;

/**
 * Phrases joined to "others" and "more", titles with "of", and evacuations (issue 15, branch i15-en14): sentences of
 * our own.
 */
class ConjunctRulesTest {

    @Test
    void shouldCountTheOnePersonNamedAfterTheOthers() {
        assertThat(kindsAndValues("Four others and a cameraman were hurt when the roof fell."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 5L));
        assertThat(kindsAndValues("Three other miners and the foreman were killed underground."))
                .containsExactly(tuple(ClaimKind.KILLED, 4L));
        // an "of" phrase after the person completes it: its object is no one counted
        assertThat(kindsAndValues("Six others and the nephew of a district judge were kidnapped near the ford."))
                .containsExactly(tuple(ClaimKind.CAPTURED, 7L));
        // the verb after the person is the others' too, past a verb of another clause before them
        assertThat(kindsAndValues("A ranger was killed, 3 others and a porter wounded in the ambush."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 1L), tuple(ClaimKind.WOUNDED, 4L));
    }

    @Test
    void shouldNotCountAPhraseAfterTheOthersThatIsNoOnePersonOrHasItsOwnClause() {
        // the person after "and" is the subject of a clause of its own when the others are a verb's object
        assertThat(kindsAndValues("The bandits wounded two others and a herder was killed."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.WOUNDED, 2L), tuple(ClaimKind.KILLED, 1L));
        // a plural or a thing after "and" names no one person
        assertThat(kindsAndValues("Five others and the guards were hurt in the fire."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 5L));
        assertThat(kindsAndValues("Two others and a lorry were hit by the shell."))
                .doesNotContain(tuple(ClaimKind.WOUNDED, 3L), tuple(ClaimKind.KILLED, 3L));
        // a quantity of a group is no one person
        assertThat(kindsAndValues("Five others and a number of pupils were injured in the crush."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 5L));
        // a singular verb after the person opens a clause of its own, whatever the verb before the others
        assertThat(kindsAndValues("The sniper hit two others and a boy was killed by a ricochet."))
                .contains(tuple(ClaimKind.KILLED, 1L));
    }

    @Test
    void shouldNameThePersonWhoseTitleAnOfPhraseCompletesBeforeTheOthers() {
        assertThat(kindsAndValues("The daughter of the village chief and nine others were abducted."))
                .containsExactly(tuple(ClaimKind.CAPTURED, 10L));
        // the object of "of" may be a thing or a group
        assertThat(kindsAndValues("The pilot of the ferry and five others drowned in the storm."))
                .containsExactly(tuple(ClaimKind.KILLED, 6L));
        assertThat(kindsAndValues("The commander of the rebels and four others were shot dead."))
                .containsExactly(tuple(ClaimKind.KILLED, 5L));
        // a phrase before "of" that names no one person does not add one
        assertThat(kindsAndValues("The members of the board and two others were injured."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 2L));
        // nor does an event
        assertThat(kindsAndValues("The shelling of the school and three others killed 25 people."))
                .doesNotContain(tuple(ClaimKind.KILLED, 4L));
    }

    @Test
    void shouldReadTheNounAfterMoreAsTheCountedNoun() {
        assertThat(kindsAndValues("Two more trekkers were found dead near the pass."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L));
        assertThat(kindsAndValues("Three additional fishermen were killed off the cape."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L));
        // things after "more" are no people, and "more" that ends the phrase is read as before
        assertThat(claims("Four more barns were burned down overnight.")).isEmpty();
        assertThat(claims("Two more cars were damaged in the blast.")).isEmpty();
        assertThat(kindsAndValues("Nine people died and two more were injured."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 9L), tuple(ClaimKind.WOUNDED, 2L));
    }

    @Test
    void shouldKeepEachVerbOfItsOwnConjunct() {
        assertThat(kindsAndValues("The raiders killed a shopkeeper and took five others hostage."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 1L), tuple(ClaimKind.CAPTURED, 5L));
        assertThat(kindsAndValues("The patrol shot dead three smugglers and wounded two others."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 3L), tuple(ClaimKind.WOUNDED, 2L));
    }

    @Test
    void shouldTellNoDisplacementOfPeopleLeavingABuildingOrAVehicle() {
        assertThat(claims("About 250 passengers were evacuated from the terminal after the alarm.")).isEmpty();
        assertThat(claims("Crews evacuated 90 passengers from a stalled train on the bridge.")).isEmpty();
        assertThat(claims("The airport was evacuated after 15 workers fell ill.")).isEmpty();
        // leaving a town or a region is displacement; a rescue moves no one from home
        assertThat(kindsAndValues("Some 4,000 villagers were evacuated from the valley ahead of the flood."))
                .containsExactly(tuple(ClaimKind.DISPLACED, 4000L));
        assertThat(claims("Lifeboats rescued 60 passengers from the listing ferry.")).isEmpty();
        // a venue that modifies another head, or near which the people lived, is not left
        assertThat(kindsAndValues("Nearly 1,500 residents fled the hospital quarter as shells fell."))
                .containsExactly(tuple(ClaimKind.DISPLACED, 1500L));
        assertThat(kindsAndValues("About 900 residents were evacuated from near the factory."))
                .containsExactly(tuple(ClaimKind.DISPLACED, 900L));
        assertThat(kindsAndValues("Nearly 4,000 people who live beside the factory were evacuated."))
                .containsExactly(tuple(ClaimKind.DISPLACED, 4000L));
        assertThat(kindsAndValues("Firefighters evacuated 120 residents from the blazing tower block."))
                .containsExactly(tuple(ClaimKind.DISPLACED, 120L));
    }

    @Test
    void shouldTakeAnEvacuationUrgedOrOrderedAsPlanned() {
        assertThat(only("The governor ordered the evacuation of 12,000 residents from the coast.").status())
                .isEqualTo(ClaimStatus.PLANNED);
        assertThat(only("Some 12,000 residents were evacuated from the coast.").status())
                .isEqualTo(ClaimStatus.REPORTED);
    }

    @Test
    void shouldReportAFigureUnderAModalOrAConditionAsPossibleAtMost() {
        assertThat(only("As many as 500 people could die if the levee gives way.").status())
                .isEqualTo(ClaimStatus.POSSIBLE);
        assertThat(only("If the talks fail, the fighting would kill thousands of civilians.").status())
                .isEqualTo(ClaimStatus.POSSIBLE);
        assertThat(only("The tremor may have killed 40 villagers.").status()).isEqualTo(ClaimStatus.POSSIBLE);
    }
}
