package newswire.extract;

import static newswire.extract.Articles.claims;
import static newswire.extract.Articles.kindsAndValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import newswire.model.ClaimKind;
import org.junit.jupiter.api.Test;

/**
 * False alarms of the whole-article sets' tune parts and of ECB+ articles of their tune events that no set holds
 * (branch i15-prec14), each rule with the claims it must still make: sentences of our own.
 */
class ArticleTunePartRulesTest {

    @Test
    void shouldReadTheMembersNamedOfATollAsASubCount() {
        assertThat(kindsAndValues("Twelve were hurt; among those critically injured were both cooks and a waiter."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 12L));
        // members with no number and no toll are no claim, as in the other word order ("A retired teacher was among
        // the dead", "The two pilots and a flight attendant were among those badly hurt")
        assertThat(claims("Among those badly hurt in the crash were the two pilots and a flight attendant.")).isEmpty();
        assertThat(claims("Among the dead was a retired teacher from the coast.")).isEmpty();
        assertThat(claims("The injured included two police officers and a reporter.")).isEmpty();
        // the toll itself stays, whole or part of the sentence
        assertThat(kindsAndValues("Among the 40 people killed in the raid were 12 children."))
                .containsExactly(tuple(ClaimKind.KILLED, 40L));
        assertThat(kindsAndValues("Gunmen killed five guards; among the wounded was a cook."))
                .containsExactly(tuple(ClaimKind.KILLED, 5L));
        // a clause of its own after a comma is no member of the toll before it
        assertThat(kindsAndValues("Police said two clerks were among the dead, eight other workers were hurt too."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 8L));
        // "among" with no toll after it names no toll
        assertThat(kindsAndValues("Among the villagers, three men were wounded by the shelling."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 3L));
        // a later clause of its own is not the members' list
        assertThat(kindsAndValues("Among the dead was a guard, and medics said 14 people were injured."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 14L));
    }

    @Test
    void shouldKeepTheMembersOfATollNotToldWithALargerFigure() {
        // the members are the only figure of their kind: a lower bound, as "Four children were among the dead" is
        assertThat(kindsAndValues("Among the dead were four children from one school."))
                .containsExactly(tuple(ClaimKind.KILLED, 4L));
        assertThat(kindsAndValues("Nine soldiers died in the attack, and among the injured were 15 civilians."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 9L), tuple(ClaimKind.WOUNDED, 15L));
        // a number with a verb of its own after it is no member of the toll before it
        assertThat(kindsAndValues("Among the 25 injured, four died on the way to hospital."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.WOUNDED, 25L), tuple(ClaimKind.KILLED, 4L));
        // a relative clause's verb is the member's modifier, not a verb of its own
        assertThat(kindsAndValues("Forty were hurt; among the injured were two guards and a cook who suffered burns."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 40L));
    }

    @Test
    void shouldReadAnIngFormBetweenANumberAndItsNounAsAModifier() {
        assertThat(claims("The contractor will build 2,000 rockets and 30 launching units over five years.")).isEmpty();
        assertThat(claims("The driver now faces three robbery counts and one kidnapping charge.")).isEmpty();
        // an "-ing" predicate after a number that is no count of it keeps its object
        assertThat(kindsAndValues("A bomb hit the market in 2010 killing 12 people."))
                .containsExactly(tuple(ClaimKind.KILLED, 12L));
        assertThat(kindsAndValues("The blast tore through Gate 4 wounding a guard."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 1L));
        // a participle followed by a preposition or a conjunction modifies nothing
        assertThat(kindsAndValues("The flood left 12 fishermen dead and 30 missing with no sign of the boats."))
                .containsExactly(tuple(ClaimKind.KILLED, 12L));
        assertThat(claims("Twelve fishermen were confirmed dead and 30 missing as of Friday morning."))
                .noneMatch(claim -> Long.valueOf(30L).equals(claim.quantity().value()));
        // a predicate of the number followed by a modal is no modifier
        assertThat(claims("The count of 120 dead and 2,600 missing may grow by nightfall."))
                .noneMatch(claim -> Long.valueOf(2600L).equals(claim.quantity().value()));
    }

    @Test
    void shouldReadALossOfAccessOrSightAsALossOfThings() {
        assertThat(claims("Thousands of people in the valley have lost access to clean water.")).isEmpty();
        assertThat(claims("Dozens of residents lost consciousness in the smoke.")).isEmpty();
        assertThat(kindsAndValues("The battalion lost 40 men in the ambush."))
                .containsExactly(tuple(ClaimKind.KILLED, 40L));
    }

    @Test
    void shouldReadSoldiersWhoLeftTheirForceAsNoTroops() {
        // branch i15-prec15: a modifier that sets the soldiers apart from their force (lexicon outside-force)
        assertThat(claims("Three deserting Sudanese soldiers were flown to Khartoum after they crossed the border."))
                .isEmpty();
        assertThat(claims("Kenya moved six fugitive Somali soldiers to Nairobi last week.")).isEmpty();
        assertThat(claims("Kenya moved two former soldiers to Nairobi last week.")).isEmpty();
        // the same shape without such a modifier stays troops
        assertThat(kindsAndValues("Three hundred soldiers were flown to Khartoum after the clashes."))
                .containsExactly(tuple(ClaimKind.TROOPS, 300L));
    }

    @Test
    void shouldCountTwoSingularPeopleJoinedByAndAsTwo() {
        // branch i15-prec15: a person counted by the article after one named and "and" is counted beside that one
        assertThat(kindsAndValues("The robber wounded a clerk and a customer before he ran off."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 2L));
        assertThat(kindsAndValues("The rioters beat one Tamil to death and injured another Tamil and a Sikh."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 1L), tuple(ClaimKind.WOUNDED, 2L));
        assertThat(kindsAndValues("Her husband and a lodger died in the flat."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L));
        // a noun the lexicon does not know is a person after "and a" only when capitalised, a people's name (rev24
        // finding 4): not the heron, but the Druze
        assertThat(kindsAndValues("The rioters injured another Tamil and a heron."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 1L));
        assertThat(kindsAndValues("The gunmen wounded another Kurd and a Druze."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 2L));
        // a singular that opens a clause of its own is still one
        assertThat(kindsAndValues("The robber shot a clerk and a customer was hurt by glass."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 1L));
    }
}
