package newswire.extract;

import static newswire.extract.Articles.EXTRACTOR;
import static newswire.extract.Articles.article;
import static newswire.extract.Articles.claims;
import static newswire.extract.Articles.kindsAndValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import newswire.model.Claim;
import newswire.model.ClaimKind;
import newswire.model.ClaimStatus;
import org.junit.jupiter.api.Test;

/** Whole-article phrasings (eval/news-articles-2 tune part): sentences of our own. */
class WholeArticleRulesTest {

    @Test
    void shouldReadTheDeathTollAsExceedingAFigure() {
        assertThat(claims("The death toll from the mudslides now exceeds 140, the governor said."))
                .extracting(Claim::kind, c -> c.quantity().value(), c -> c.quantity().low())
                .containsExactly(tuple(ClaimKind.KILLED, null, 140L));
    }

    @Test
    void shouldCountThePeopleAfterATollsValueAsTheToll() {
        assertThat(claims("Police said the death toll from the ferry fire had risen to at least 38 people."))
                .extracting(Claim::kind, c -> c.quantity().low())
                .containsExactly(tuple(ClaimKind.KILLED, 38L));
        assertThat(kindsAndValues("By Monday the toll of the quake stood at 212 people."))
                .containsExactly(tuple(ClaimKind.KILLED, 212L));
        // a count of people that is no toll's value needs its own predicate
        assertThat(claims("The death toll worried the 300 people at the meeting.")).isEmpty();
    }

    @Test
    void shouldNotReadAPlanOfTheNextVerbPhraseAsTheFiguresStatus() {
        assertThat(claims("Rebels ambushed the convoy, killing 12 and prompting the army to announce plans to retaliate."))
                .extracting(Claim::kind, c -> c.quantity().value(), Claim::status)
                .containsExactly(tuple(ClaimKind.KILLED, 12L, ClaimStatus.REPORTED));
        assertThat(claims("The ministry sent 1,200 troops and plans to send more next month."))
                .extracting(Claim::kind, c -> c.quantity().value(), Claim::status)
                .containsExactly(tuple(ClaimKind.TROOPS, 1200L, ClaimStatus.REPORTED));
        // a plan before the figure is still its own
        assertThat(claims("The ministry plans to send 1,200 troops and more next month."))
                .extracting(Claim::status)
                .containsExactly(ClaimStatus.PLANNED);
    }

    @Test
    void shouldNotReadMunitionsThatCanBeFiredAsFired() {
        assertThat(claims("Each frigate carries up to 16 anti-ship missiles that can be launched at sea-skimming height."))
                .isEmpty();
        assertThat(claims("The battery holds 40 rockets which could be fired within minutes.")).isEmpty();
        // fired, then what they could do
        assertThat(kindsAndValues("Militants fired 40 rockets that could have hit the airport."))
                .containsExactly(tuple(ClaimKind.WEAPONS, 40L));
    }

    @Test
    void shouldReportAHeadlinesFigureOnceWhenTheBodyStatesIt() {
        // the headline names the refugees' country, the body the country that takes them in: one figure, one claim
        assertThat(EXTRACTOR.extract(article("Canada to resettle 4,000 Sudanese refugees",
                "Canada has resettled the 4,000 refugees from the fighting in Darfur it promised to take, officials said.",
                "The minister visited a camp in Chad on Monday.")))
                .extracting(Claim::kind, c -> c.quantity().value())
                .containsExactly(tuple(ClaimKind.DISPLACED, 4000L));
    }
}
