package newswire.extract;

import static newswire.extract.Articles.claims;
import static newswire.extract.Articles.kindsAndValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import newswire.model.ClaimKind;
import org.junit.jupiter.api.Test;

/** Newspaper phrasings (eval/ko-news and ko-news-2 tune parts, branch i15-newspaper2's rules): sentences of our own. */
class NewspaperRulesTest {

    @Test
    void shouldReadTheParticipleOfANounNamedBeforeTheNumberItsValueCounts() {
        assertThat(kindsAndValues("The number of pilgrims killed in the stampede rose to 140, officials said."))
                .containsExactly(tuple(ClaimKind.KILLED, 140L));
        // a noun the lexicon does not know, with its participle
        assertThat(kindsAndValues("The number of Chileans killed in the quake has passed 700."))
                .containsExactly(tuple(ClaimKind.KILLED, 700L));
        // a relative clause on the noun holds the predicate
        assertThat(kindsAndValues("The number of people who died in the fire reached 23 on Sunday."))
                .containsExactly(tuple(ClaimKind.KILLED, 23L));
    }

    @Test
    void shouldNotReadThatParticipleForANumberThatIsNotThePhrasesValue() {
        // the numbers are a year and a count of provinces, not the value of "the number of"
        assertThat(claims("The number of farmers killed in 2018 in 9 districts has not been published.")).isEmpty();
        // a rate between the noun and the number makes a statistic
        assertThat(claims("The number of people killed on the roads each year rose to 3,000.")).isEmpty();
        // jobs are no people
        assertThat(claims("The number of jobs killed by the tariffs reached 2,000.")).isEmpty();
    }
}
