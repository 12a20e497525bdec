package newswire.extract;

import static newswire.extract.Articles.claims;
import static newswire.extract.Articles.kindsAndValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import newswire.model.ClaimKind;
import org.junit.jupiter.api.Test;

/**
 * The over-reach of two Korean rules of session 23 (review rev23, findings 2 and 6), one sentence of our own per
 * shape: a venue read as left when it was where people went, when it was another clause's, or when residents fled;
 * 피랍자 read as the abducted when a family is counted or when they are released. Every positive is read wrongly by
 * main 97ecb4b; each guard rightly by both.
 */
class KoreanVenueAndAbductedMendRulesTest {

    @Test
    void shouldReadAVenueMarkedWithABare에AsWhereTheyWent() {
        assertThat(kindsAndValues("폭우로 마을 사람 70명이 근처 호텔에 대피했다."))
                .containsExactly(tuple(ClaimKind.DISPLACED, 70L));
        // guard: a word that is an inside by itself is where they were, with 에 too
        assertThat(claims("선내에 물이 차 승객 150명이 대피했다.")).isEmpty();
    }

    @Test
    void shouldNotTakeAVenueFromAClauseOfAnotherDoing() {
        assertThat(kindsAndValues("구청은 터미널에서 회견을 열고 마을 사람 900명이 대피했다고 밝혔다."))
                .containsExactly(tuple(ClaimKind.DISPLACED, 900L));
        // guard: the clause of an event at the venue tells what befell the people's place
        assertThat(claims("극장에서 불이 나자 관객 300명이 대피했다.")).isEmpty();
    }

    @Test
    void shouldReadResidentsWhoFleeAsDisplacedWhateverVenueIsNamed() {
        assertThat(kindsAndValues("쇼핑몰 식당에서 난 불이 번져 인근 주민 60명이 대피했다."))
                .containsExactly(tuple(ClaimKind.DISPLACED, 60L));
    }

    @Test
    void shouldCountTheRelativesNamedBetweenTheAbductedAndTheCount() {
        assertThat(claims("피랍자 가족 45명이 외교부 앞에 모였다.")).isEmpty();
        // guard: the count right after 피랍자 is of the abducted, whatever follows it
        assertThat(kindsAndValues("피랍자 6명의 가족들이 외교부 앞에서 기자회견을 열었다."))
                .containsExactly(tuple(ClaimKind.CAPTURED, 6L));
        // guard: relatives counted by a verb of their own
        assertThat(kindsAndValues("가족 3명이 화재로 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 3L));
    }

    @Test
    void shouldReadTheAbductedReleasedAsNoCapture() {
        assertThat(claims("피랍자 6명이 어젯밤 송환됐다.")).isEmpty();
    }
}
