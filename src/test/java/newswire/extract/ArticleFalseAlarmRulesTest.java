package newswire.extract;

import static newswire.extract.Articles.claims;
import static newswire.extract.Articles.kindsAndValues;
import static newswire.extract.Articles.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import newswire.model.ClaimKind;
import org.junit.jupiter.api.Test;

/**
 * False alarms of whole news articles nobody labelled (the i15-enprec pool: ECB+, WikinewsSum sources, BBC News,
 * CNN/Daily Mail), each rule with the claim it must still make: sentences of our own.
 */
class ArticleFalseAlarmRulesTest {

    @Test
    void shouldReadAFatalInjuryAsADeath() {
        assertThat(kindsAndValues("The van driver fatally injured a cyclist on the bridge."))
                .containsExactly(tuple(ClaimKind.KILLED, 1L));
        assertThat(kindsAndValues("Two workers were fatally wounded when the crane fell."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L));
        assertThat(kindsAndValues("Two workers were seriously injured when the crane fell."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 2L));
    }

    @Test
    void shouldCountThePlacesANumberNamesFirst() {
        assertThat(claims("There are now 120 camps sheltering people made homeless by the floods.")).isEmpty();
        assertThat(claims("Relief reached 35 districts where people were killed by the storm.")).isEmpty();
        assertThat(kindsAndValues("The floods left 120 people homeless in 35 districts."))
                .containsExactly(tuple(ClaimKind.DISPLACED, 120L));
        assertThat(kindsAndValues("A bomb destroyed two shelters, killing 14 people."))
                .containsExactly(tuple(ClaimKind.KILLED, 14L));
        // a thing word inside a verb of the lexicon ("shot dead") is no head
        assertThat(kindsAndValues("Six suspected bandits shot dead by soldiers near the border."))
                .containsExactly(tuple(ClaimKind.KILLED, 6L));
    }

    @Test
    void shouldReadThePeopleAfterAParticipleAsItsObject() {
        assertThat(claims("Officials said 40 lorries carrying refugees had reached the city.")).isEmpty();
        assertThat(kindsAndValues("Police said 20 marchers demanding reforms were wounded."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 20L));
        assertThat(kindsAndValues("Gunmen attacked three minibuses carrying workers, killing 11 people."))
                .containsExactly(tuple(ClaimKind.KILLED, 11L));
    }

    @Test
    void shouldEndACountedPhraseAtPlus() {
        assertThat(claims("Four are with Wales and two with Ireland, that's six players plus injuries.")).isEmpty();
        assertThat(only("Officials said 30 plus people were killed.").quantity().low()).isEqualTo(30L);
    }

    @Test
    void shouldReadDeathsInAccidentsOverAYearAsAStatistic() {
        assertThat(claims("About 1,300 fishermen were killed in boating accidents in 2011, the agency said.")).isEmpty();
        assertThat(claims("In 2011, 1,300 fishermen died in boating accidents.")).isEmpty();
        // the year dates another event, or one crash
        assertThat(kindsAndValues("About 40 people died in accidents and clashes during the vote in 1998."))
                .containsExactly(tuple(ClaimKind.KILLED, 40L));
        assertThat(kindsAndValues("A crash in 2011 killed 30 passengers."))
                .containsExactly(tuple(ClaimKind.KILLED, 30L));
        assertThat(kindsAndValues("Two crashes on Sunday killed 12 people."))
                .containsExactly(tuple(ClaimKind.KILLED, 12L));
    }

    @Test
    void shouldReadNoVictimsOfAFailure() {
        assertThat(claims("The air force failed to kill 30 rebels hiding in the caves.")).isEmpty();
        assertThat(claims("Rescuers failed to evacuate 400 villagers before the river burst.")).isEmpty();
        assertThat(kindsAndValues("The bomb failed to go off, but a second one killed 12 people at the market."))
                .containsExactly(tuple(ClaimKind.KILLED, 12L));
    }
}
