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

/** Wire-story phrasings of the second AG News batch (eval/ag-news-2 tune part): sentences of our own. */
class WireBatchRulesTest {

    @Test
    void shouldCountACaptureToldByItsNounOrItsDoers() {
        assertThat(kindsAndValues("Officials are negotiating the release after the abduction of two Chinese engineers."))
                .containsExactly(tuple(ClaimKind.CAPTURED, 2L));
        assertThat(kindsAndValues("The kidnappers of nine truck drivers posted a video on Thursday."))
                .containsExactly(tuple(ClaimKind.CAPTURED, 9L));
        // a year after the noun dates it; animals are no captives
        assertThat(claims("The kidnapping of 1985 is still unsolved.")).isEmpty();
        assertThat(claims("Police investigate the kidnapping of three dogs from a kennel.")).isEmpty();
    }

    @Test
    void shouldNotLetATollCountANumberWithANounOfItsOwnPastAComma() {
        assertThat(kindsAndValues("The death toll from the mine fire rose to 57, with three miners still missing."))
                .containsExactly(tuple(ClaimKind.KILLED, 57L));
        // a bare number past the comma is still the toll's: "the toll reached 40, up from 35"
        assertThat(kindsAndValues("The toll of the flood rose on Monday, reaching 40."))
                .containsExactly(tuple(ClaimKind.KILLED, 40L));
    }

    @Test
    void shouldLetAPredicateOfNoKindGovernANounTheLexiconDoesNotList() {
        assertThat(kindsAndValues("The blast killed 12 people, and four fishermen are still missing."))
                .containsExactly(tuple(ClaimKind.KILLED, 12L));
    }

    @Test
    void shouldReadThePresentOfWoundsInAHeadlineListOfVerbs() {
        final List<Claim> headline = Articles.EXTRACTOR.extract(Articles.article(
                "Suicide bomber kills 3, wounds 12 in crowded market", "Police sealed off the area."));
        assertThat(headline).extracting(Claim::kind, c -> c.quantity().value())
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 3L), tuple(ClaimKind.WOUNDED, 12L));
        // the noun "wounds" is no predicate of a number
        assertThat(claims("The guard had three stab wounds in his chest.")).isEmpty();
        assertThat(kindsAndValues("Two soldiers later died of their wounds in hospital."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L));
    }

    @Test
    void shouldCountMunitionsThatCameDownAsFired() {
        assertThat(kindsAndValues("Two rockets landed near the settlement on Saturday morning."))
                .containsExactly(tuple(ClaimKind.WEAPONS, 2L));
        // aircraft that land are no munitions fired
        assertThat(claims("Two helicopters landed at the base with supplies.")).isEmpty();
    }

    @Test
    void shouldPreferAResultAroundThePhraseToANearerVerb() {
        assertThat(kindsAndValues("A man broke into the dormitory and stabbed eight pupils to death before fleeing."))
                .containsExactly(tuple(ClaimKind.KILLED, 8L));
    }

    @Test
    void shouldCountNoOnePersonInAGroupNoun() {
        assertThat(claims("A policeman is accused of killing a British couple near the beach.")).isEmpty();
        assertThat(claims("The pastor staged the kidnapping of a youth group as a lesson.")).isEmpty();
        assertThat(kindsAndValues("A family of five was killed when the shell hit their home."))
                .containsExactly(tuple(ClaimKind.KILLED, 5L));
        // a group noun that modifies the head goes on to it
        assertThat(kindsAndValues("A family member was killed in the shelling."))
                .containsExactly(tuple(ClaimKind.KILLED, 1L));
    }

    @Test
    void shouldTellAFigureNamedByASubjectNounAsDoneUnderTheModalOfItsClause() {
        assertThat(claims("The killing of two village elders could be part of a wider feud, analysts say."))
                .extracting(Claim::kind, c -> c.quantity().value(), Claim::status)
                .containsExactly(tuple(ClaimKind.KILLED, 2L, ClaimStatus.REPORTED));
        assertThat(claims("The death toll stood at 25 on Monday and could rise further."))
                .extracting(Claim::status).containsExactly(ClaimStatus.REPORTED);
        // a modal before the number, or a figure counted by its own noun, stays possible
        assertThat(claims("The death toll could rise to 100, officials said."))
                .extracting(Claim::status).containsExactly(ClaimStatus.POSSIBLE);
        assertThat(claims("The fighting could result in 300 deaths, the agency warned."))
                .extracting(Claim::status).containsExactly(ClaimStatus.POSSIBLE);
    }

    @Test
    void shouldReadTwoParticiplesJoinedByAndAsModifiersOfOneNoun() {
        assertThat(claims("At least 25 charred and bloated bodies were found in the basement."))
                .extracting(Claim::kind, c -> c.quantity().low())
                .containsExactly(tuple(ClaimKind.KILLED, 25L));
        // a predicate of the lexicon after the number ends the phrase
        assertThat(kindsAndValues("Five killed and two wounded soldiers were flown out of the valley."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 5L), tuple(ClaimKind.WOUNDED, 2L));
    }
}
