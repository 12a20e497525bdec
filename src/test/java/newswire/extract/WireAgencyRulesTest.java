package newswire.extract;

import static newswire.extract.Articles.claims;
import static newswire.extract.Articles.kindsAndValues;
import static newswire.extract.Articles.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import newswire.model.Claim;
import newswire.model.ClaimKind;
import newswire.model.ClaimStatus;
import org.junit.jupiter.api.Test;

/** Agency wire phrasings (eval/wire-articles tune part): sentences of our own. */
class WireAgencyRulesTest {

    @Test
    void shouldLeaveACountOfMissingBeforeAPrepositionOfTimeMissing() {
        assertThat(kindsAndValues("Rescuers said 14 were killed and 9 missing following the avalanche."))
                .containsExactly(tuple(ClaimKind.KILLED, 14L));
        assertThat(kindsAndValues("Officials said 30 died and 12 missing amid the floods."))
                .containsExactly(tuple(ClaimKind.KILLED, 30L));
    }

    @Test
    void shouldReadAStateJudgedAfterAPassiveAsItsPredicate() {
        assertThat(claims("All 12 fishermen were confirmed dead on Monday."))
                .extracting(Claim::kind, c -> c.quantity().value(), Claim::status)
                .containsExactly(tuple(ClaimKind.KILLED, 12L, ClaimStatus.REPORTED));
        assertThat(kindsAndValues("Nine climbers were declared dead after the avalanche."))
                .containsExactly(tuple(ClaimKind.KILLED, 9L));
        // a judgement before anything but a state is no predicate of it
        assertThat(claims("The 40 ballots were declared void by the court.")).isEmpty();
    }

    @Test
    void shouldReadAStateSupposedAsPossible() {
        assertThat(claims("Police said two hikers died on the ridge. Five more are feared dead."))
                .extracting(Claim::kind, c -> c.quantity().value(), Claim::status)
                .containsExactly(tuple(ClaimKind.KILLED, 2L, ClaimStatus.REPORTED),
                        tuple(ClaimKind.KILLED, 5L, ClaimStatus.POSSIBLE));
        assertThat(only("Three crew members of the trawler are presumed dead.").status())
                .isEqualTo(ClaimStatus.POSSIBLE);
    }

    @Test
    void shouldReadAKillingSupposedInAPerfectInfinitiveAsPossible() {
        final Claim supposed = only("The raids are believed to have killed at least 200 villagers.");
        assertThat(supposed.kind()).isEqualTo(ClaimKind.KILLED);
        assertThat(supposed.quantity().low()).isEqualTo(200L);
        assertThat(supposed.status()).isEqualTo(ClaimStatus.POSSIBLE);
        assertThat(only("The bombs are thought to have wounded 70 shoppers.").status()).isEqualTo(ClaimStatus.POSSIBLE);
        // told outright, the same toll is reported
        assertThat(only("The raids killed at least 200 villagers.").status()).isEqualTo(ClaimStatus.REPORTED);
    }

    @Test
    void shouldCountTroopsWrittenWithASpaceAfterTheThousandsComma() {
        assertThat(kindsAndValues("The cabinet extended the mission of about 1, 900 Dutch soldiers in Mali."))
                .containsExactly(tuple(ClaimKind.TROOPS, 1900L));
    }
}
