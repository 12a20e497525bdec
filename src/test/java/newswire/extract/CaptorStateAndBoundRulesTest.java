package newswire.extract;

import static newswire.extract.Articles.claims;
import static newswire.extract.Articles.kindsAndValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import newswire.model.ClaimKind;
import org.junit.jupiter.api.Test;

/**
 * English shapes of issue 15 (branch i15-en16): people an armed group holds, a state a passive auxiliary gives ("were
 * hurt"), verbs of killing by a deed, more spans of years, and an exact figure beside the open bound that starts at it.
 * Sentences of our own.
 */
class CaptorStateAndBoundRulesTest {

    @Test
    void shouldReadPeopleAnArmedGroupHoldsAsCaptured() {
        assertThat(kindsAndValues("Bandits are holding 19 farm labourers in the hills."))
                .containsExactly(tuple(ClaimKind.CAPTURED, 19L));
        assertThat(kindsAndValues("The hijackers held 64 commuters for five hours on Sunday."))
                .containsExactly(tuple(ClaimKind.CAPTURED, 64L));
        // the present form, with an adverb and a phrase of place between the captor and the verb
        assertThat(kindsAndValues("Insurgents in the valley still hold eleven surveyors."))
                .containsExactly(tuple(ClaimKind.CAPTURED, 11L));
        // the passive, with the captor as its agent
        assertThat(kindsAndValues("Eleven teachers held by bandits since March appeared in a video on Sunday."))
                .containsExactly(tuple(ClaimKind.CAPTURED, 11L));
    }

    @Test
    void shouldNotReadAHoldingByAnyoneElseOrOfThingsAsACapture() {
        // guards: the count is the holder; the police hold (an arrest); the present "holds" of a standing count; what
        // the captor holds is no people
        assertThat(kindsAndValues("Twenty rebels held the customs post for a day.")).isEmpty();
        assertThat(kindsAndValues("Police held 48 demonstrators at the station overnight.")).isEmpty();
        assertThat(kindsAndValues("The old fort holds 300 prisoners.")).isEmpty();
        assertThat(kindsAndValues("Militants held 14 checkpoints along the highway.")).isEmpty();
    }

    @Test
    void shouldReadAStateAPassiveAuxiliaryGivesAsTheFate() {
        assertThat(kindsAndValues("Five other climbers were hurt when the ice gave way."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 5L));
        assertThat(kindsAndValues("Three other welders were seriously hurt."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 3L));
        // guard: a perfect is active, and what the welders hurt is their own backs
        assertThat(kindsAndValues("Three welders have hurt their backs this year.")).isEmpty();
    }

    @Test
    void shouldReadADeedThatKillsAsADeath() {
        assertThat(kindsAndValues("Gunmen assassinated two magistrates outside the court."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L));
        assertThat(kindsAndValues("Four villagers were slain in a raid on Tuesday."))
                .containsExactly(tuple(ClaimKind.KILLED, 4L));
        assertThat(kindsAndValues("Militiamen murdered six villagers and burned their huts."))
                .containsExactly(tuple(ClaimKind.KILLED, 6L));
    }

    @Test
    void shouldReadAcrossAndThroughoutASpanOfYearsAsAStatistic() {
        assertThat(kindsAndValues("Across the past six years, 1,400 motorcyclists were injured in crashes.")).isEmpty();
        assertThat(kindsAndValues("Throughout the last decade, 95 divers have drowned off the cape.")).isEmpty();
        // guard: a deed of violence over the span stays a toll
        assertThat(kindsAndValues("Across the last three years, 70 activists have been murdered by gangs."))
                .containsExactly(tuple(ClaimKind.KILLED, 70L));
    }

    @Test
    void shouldTakeAnExactFigureBesideTheOpenBoundItStartsAtAsOneFigure() {
        // "at least one" and the one child are the same death: one claim, the bound
        assertThat(claims("The landslide killed at least one villager on Monday.",
                "A boy died when the mud reached his house, a nurse said."))
                .singleElement().satisfies(claim -> {
                    assertThat(claim.kind()).isEqualTo(ClaimKind.KILLED);
                    assertThat(claim.quantity().low()).isEqualTo(1L);
                });
        // guard: an exact figure other than the bound's start stays its own claim
        assertThat(kindsAndValues("The landslide killed at least three people.",
                "A boy died when the mud reached his house."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, null), tuple(ClaimKind.KILLED, 1L));
    }
}
