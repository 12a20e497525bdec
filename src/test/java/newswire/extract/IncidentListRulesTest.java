package newswire.extract;

import static newswire.extract.Articles.claims;
import static newswire.extract.Articles.kindsAndValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import newswire.model.ClaimKind;
import org.junit.jupiter.api.Test;

/** Phrasings of one-paragraph incident descriptions in encyclopedia lists (eval/wiki-incidents tune part): sentences of our own. */
class IncidentListRulesTest {

    @Test
    void shouldCountTheNumberAfterAWordOfMoreOfTheSame() {
        assertThat(kindsAndValues("The raiders shot dead 3 herders and wounded another seven."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 3L), tuple(ClaimKind.WOUNDED, 7L));
        assertThat(kindsAndValues("A grenade killed two vendors, injuring another 15."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 2L), tuple(ClaimKind.WOUNDED, 15L));
        assertThat(kindsAndValues("The sniper killed one guard and wounded a further four."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 1L), tuple(ClaimKind.WOUNDED, 4L));
        // "another" alone is still one more, and a noun after the number is still counted
        assertThat(kindsAndValues("The sniper killed one guard and wounded another."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 1L), tuple(ClaimKind.WOUNDED, 1L));
        assertThat(kindsAndValues("The sniper wounded another six villagers."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 6L));
        // no verb that takes people before it: no one
        assertThat(claims("The rivals blamed one another for the delay.")).isEmpty();
        assertThat(claims("The ministry ordered another 500 tents for the camp.")).isEmpty();
        assertThat(claims("The company will pay another 40 next year.")).isEmpty();
    }

    @Test
    void shouldGiveEveryItemOfAListOfCountsTheVerbAfterItsLastItem() {
        assertThat(kindsAndValues("At least 14 villagers, 3 nurses and 2 raiders were killed in the assault."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, null), tuple(ClaimKind.KILLED, 3L),
                        tuple(ClaimKind.KILLED, 2L));
        assertThat(kindsAndValues("Nine farmers, two clerks, and a ferryman died in the air raid."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 9L), tuple(ClaimKind.KILLED, 2L),
                        tuple(ClaimKind.KILLED, 1L));
        // the same list after an active verb, with or without the comma before "and"
        assertThat(kindsAndValues("The shelling killed 11 herders, 4 teachers, and 6 porters."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 11L), tuple(ClaimKind.KILLED, 4L),
                        tuple(ClaimKind.KILLED, 6L));
        assertThat(kindsAndValues("The shelling killed 11 herders, 4 clerks and 6 porters."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 11L), tuple(ClaimKind.KILLED, 4L),
                        tuple(ClaimKind.KILLED, 6L));
    }

    @Test
    void shouldNotReadAListWhereTheCommaClosesAClause() {
        // a comma after a lone phrase closes its clause: the next count has its own verb
        assertThat(kindsAndValues("The shelling killed 11 herders, and 4 porters were detained."))
                .containsExactly(tuple(ClaimKind.KILLED, 11L));
        assertThat(kindsAndValues("The shelling killed 11 herders, 4 porters were wounded and 2 went missing."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 11L), tuple(ClaimKind.WOUNDED, 4L));
        // an aside that is no count stays an aside
        assertThat(kindsAndValues("Fifteen miners, most of them migrants, were killed."))
                .containsExactly(tuple(ClaimKind.KILLED, 15L));
        // a list of things or of people no verb of harm governs: no one
        assertThat(claims("Officers arrested 12 men, 3 women, and 4 boys after the march.")).isEmpty();
        assertThat(claims("The rebels took 3 trucks, 2 jeeps, and 40 rifles from the depot.")).isEmpty();
    }
}
