package newswire.extract;

import static newswire.extract.Articles.claims;
import static newswire.extract.Articles.kindsAndValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import newswire.model.Claim;
import newswire.model.ClaimKind;
import newswire.model.ClaimStatus;
import org.junit.jupiter.api.Test;

/**
 * Phrasings of online news items, a title-case headline over a one-sentence teaser (eval/huffpost-news tune part):
 * sentences of our own.
 */
class TeaserRulesTest {

    @Test
    void shouldKeepAHeadlineFigureThatTheBodyOnlyTellsAPartOf() {
        final List<Claim> part = Articles.EXTRACTOR.extract(Articles.article(
                "At Least 12 Dead After Ferry Sinks Off Coast", "Four children are among the dead."));
        assertThat(part).extracting(Claim::kind, c -> c.quantity().value(), c -> c.quantity().low())
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 4L, null), tuple(ClaimKind.KILLED, null, 12L));
        // a body figure as large tells the headline's fact again, and replaces it
        final List<Claim> again = Articles.EXTRACTOR.extract(Articles.article(
                "Bomb Kills 9 At Market", "The bomb killed 11 people, police said."));
        assertThat(again).extracting(Claim::kind, c -> c.quantity().value())
                .containsExactly(tuple(ClaimKind.KILLED, 11L));
    }

    @Test
    void shouldReadABaseFormBeforeANumberAsAVerb() {
        final List<Claim> wound = Articles.EXTRACTOR.extract(Articles.article(
                "Gunmen Kill 4, Wound 9 In Market Attack", "The army gave no comment."));
        assertThat(wound).extracting(Claim::kind, c -> c.quantity().value())
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 4L), tuple(ClaimKind.WOUNDED, 9L));
        // after a determiner the form is a noun with a measure of its own
        assertThat(claims("A cargo ship 30 miles off the coast sank on Monday.")).isEmpty();
    }

    @Test
    void shouldCountHospitalCareWithInjuriesAsWounded() {
        assertThat(claims("Eleven workers were hospitalized with serious burns."))
                .extracting(Claim::kind, c -> c.quantity().value(), Claim::status)
                .containsExactly(tuple(ClaimKind.WOUNDED, 11L, ClaimStatus.REPORTED));
        assertThat(kindsAndValues("Twenty passengers were taken to the hospital, four of them with life-threatening injuries."))
                .contains(tuple(ClaimKind.WOUNDED, 20L));
        // "to hospital" is a place, not an infinitive
        assertThat(claims("Thirty people were taken to hospital with gunshot wounds."))
                .extracting(Claim::kind, c -> c.quantity().value(), Claim::status)
                .containsExactly(tuple(ClaimKind.WOUNDED, 30L, ClaimStatus.REPORTED));
        // care alone may be for illness
        assertThat(claims("Nine people were taken to hospital with breathing problems.")).isEmpty();
        assertThat(claims("Seven workers were taken to hospital for checks after the leak.")).isEmpty();
    }
}
