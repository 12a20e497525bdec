package newswire.extract;

import static newswire.extract.Articles.claims;
import static newswire.extract.Articles.kindsAndValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import newswire.model.Claim;
import newswire.model.ClaimKind;
import newswire.model.ClaimStatus;
import org.junit.jupiter.api.Test;

/** Wire-story phrasings (eval/reuters-articles tune part): sentences of our own. */
class WireStoryRulesTest {

    @Test
    void shouldReadWhatAnEventLeftPeopleAsItsResult() {
        assertThat(kindsAndValues("The cyclone left 12,000 villagers homeless along the coast, officials said."))
                .containsExactly(tuple(ClaimKind.DISPLACED, 12000L));
        assertThat(kindsAndValues("The landslide left 600 homeless in the valley."))
                .containsExactly(tuple(ClaimKind.DISPLACED, 600L));
        assertThat(claims("At least 2,000 people were left homeless by the fire."))
                .extracting(Claim::kind, c -> c.quantity().low())
                .containsExactly(tuple(ClaimKind.DISPLACED, 2000L));
        assertThat(kindsAndValues("A gas leak at the plant left nine workers injured."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 9L));
        // a city's homeless are no event; a result joined by "or" is a mixed total
        assertThat(claims("The city's 4,000 homeless sleep in church halls in winter.")).isEmpty();
        assertThat(claims("The storm left 90 people dead or missing on the islands.")).isEmpty();
    }

    @Test
    void shouldCountAListOfOutcomesJoinedByOrAsAMixedTotal() {
        assertThat(claims("The rebels said 400 government soldiers were killed, wounded or captured in the raid."))
                .isEmpty();
        assertThat(claims("The agency said the enemy lost at least 900 men killed or wounded on the ridge.")).isEmpty();
        // one outcome is a claim
        assertThat(claims("The agency said the enemy lost at least 900 men killed on the ridge."))
                .extracting(Claim::kind, c -> c.quantity().low())
                .containsExactly(tuple(ClaimKind.KILLED, 900L));
    }

    @Test
    void shouldGiveAPredicateAfterAPartToThatPart() {
        assertThat(claims("About 150 passengers were pulled from the river, some badly hurt, the coastguard said."))
                .isEmpty();
        assertThat(kindsAndValues("Nearly 300 people were evacuated, many of them injured, after the dam burst."))
                .containsExactly(tuple(ClaimKind.DISPLACED, 300L));
    }

    @Test
    void shouldCountPeoplesNamedByTheirGroup() {
        assertThat(claims("More than 40,000 Yazidis have fled to the mountains since the assault."))
                .extracting(Claim::kind, c -> c.quantity().low())
                .containsExactly(tuple(ClaimKind.DISPLACED, 40000L));
        assertThat(kindsAndValues("Gunmen killed 14 Hazaras on the road to Quetta."))
                .containsExactly(tuple(ClaimKind.KILLED, 14L));
    }

    @Test
    void shouldReadLivesLostAndTheDeathsOfAGroup() {
        assertThat(kindsAndValues("The steamer went down in the storm with the loss of 230 lives."))
                .containsExactly(tuple(ClaimKind.KILLED, 230L));
        assertThat(claims("The rebels took the town with the loss of more than 60 government troops."))
                .extracting(Claim::kind, c -> c.quantity().low())
                .containsExactly(tuple(ClaimKind.KILLED, 60L));
        assertThat(kindsAndValues("The inquiry blamed the operator for the deaths of the nine climbers."))
                .containsExactly(tuple(ClaimKind.KILLED, 9L));
        assertThat(claims("The mill closed in March with the loss of 800 jobs.")).isEmpty();
    }

    @Test
    void shouldReadMoreWaysOfDying() {
        assertThat(kindsAndValues("Eleven people drowned when their boat capsized off the cape."))
                .containsExactly(tuple(ClaimKind.KILLED, 11L));
        assertThat(kindsAndValues("Three climbers were frozen to death on the north face."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L));
    }

    @Test
    void shouldNotCountWireMoneyAbbreviations() {
        assertThat(claims("Insurers said payments would run between 25,000 stg and 60,000 for each death.")).isEmpty();
        assertThat(claims("The ministry set aside 300 mln dlrs for the victims of the floods.")).isEmpty();
        assertThat(claims("The bank posted a loss of 14 cents a share, wider than the loss of 9 cents expected.")).isEmpty();
    }

    @Test
    void shouldKeepABoundThroughAnotherOrAFurther() {
        assertThat(claims("Rescuers said at least another 15 were dead under the rubble."))
                .extracting(Claim::kind, c -> c.quantity().low())
                .containsExactly(tuple(ClaimKind.KILLED, 15L));
    }

    @Test
    void shouldNotLetAStatusReachIntoAClauseOfTimeOrCause() {
        assertThat(claims("The ministry denied rumours of unrest after a gunman killed two guards at the depot."))
                .extracting(Claim::kind, c -> c.quantity().value(), Claim::status)
                .containsExactly(tuple(ClaimKind.KILLED, 2L, ClaimStatus.REPORTED));
        assertThat(claims("Four engineers will stand trial over the blast last year when 38 workers died."))
                .extracting(Claim::kind, c -> c.quantity().value(), Claim::status)
                .containsExactly(tuple(ClaimKind.KILLED, 38L, ClaimStatus.REPORTED));
        // a denial of the figure itself stays
        assertThat(claims("The army denied that 40 soldiers were killed when the post fell."))
                .extracting(Claim::status)
                .containsExactly(ClaimStatus.DENIED);
    }

    @Test
    void shouldReadPreparationsForAnEvacuationAsAPlan() {
        assertThat(claims("Preparations have begun for the evacuation of some 20,000 people from the delta."))
                .extracting(Claim::kind, c -> c.quantity().value(), Claim::status)
                .containsExactly(tuple(ClaimKind.DISPLACED, 20000L, ClaimStatus.PLANNED));
    }

    @Test
    void shouldCountAForceNamedByItsMovingButNotItsArms() {
        assertThat(kindsAndValues("Talks stalled over the withdrawal of about 8,000 foreign troops from the north."))
                .containsExactly(tuple(ClaimKind.TROOPS, 8000L));
        assertThat(claims("The navy confirmed the deployment of 24 cruise missiles at the base.")).isEmpty();
    }
}
