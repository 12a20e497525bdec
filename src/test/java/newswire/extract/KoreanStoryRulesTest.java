package newswire.extract;

import static newswire.extract.Articles.claims;
import static newswire.extract.Articles.kindsAndValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import newswire.model.Claim;
import newswire.model.ClaimKind;
import newswire.model.ClaimStatus;
import org.junit.jupiter.api.Test;

/** The Korean rules developed on the second set of whole articles (eval/ko-wikinews), each on sentences of our own. */
class KoreanStoryRulesTest {

    @Test
    void shouldReadAKoreanNumberWhoseMyriadsAreWrittenApart() {
        assertThat(kindsAndValues("지진으로 주민 2만 3500명이 대피했다.")).containsExactly(tuple(ClaimKind.DISPLACED, 23500L));
        assertThat(claims("태풍으로 1만 2000여 명이 긴급 대피했다."))
                .extracting(Claim::kind, c -> c.quantity().value(), c -> c.quantity().approximate())
                .containsExactly(tuple(ClaimKind.DISPLACED, 12000L, true));
        assertThat(kindsAndValues("홍수로 3만 명이 대피했다.")).containsExactly(tuple(ClaimKind.DISPLACED, 30000L));
    }

    @Test
    void shouldReadNoCountOfPeopleFromADecimal() {
        assertThat(kindsAndValues("2020년 화재 사망자 수는 250명, 인구 10만명당 사망자 수는 3.0명이었다."))
                .containsExactly(tuple(ClaimKind.KILLED, 250L));
    }

    @Test
    void shouldReadThePlainVerbsOfDyingAndKilling() {
        assertThat(kindsAndValues("산사태로 주민 네 명이 죽고 20명이 다쳤다."))
                .containsExactly(tuple(ClaimKind.KILLED, 4L), tuple(ClaimKind.WOUNDED, 20L));
        assertThat(kindsAndValues("괴한이 인질 2명을 죽였다.")).containsExactly(tuple(ClaimKind.KILLED, 2L));
    }

    @Test
    void shouldReadPeopleWhoLostTheirHomesAsDisplaced() {
        assertThat(kindsAndValues("홍수로 주민 3000여 명이 집을 잃었다.")).containsExactly(tuple(ClaimKind.DISPLACED, 3000L));
    }

    @Test
    void shouldReadAnEvacuationAdvisedAsPlannedAndOneDoneAsReported() {
        assertThat(claims("군은 주민 1200명에게 대피를 권고했고, 800명이 실제로 대피했다."))
                .extracting(Claim::kind, c -> c.quantity().value(), Claim::status)
                .containsExactly(tuple(ClaimKind.DISPLACED, 1200L, ClaimStatus.PLANNED),
                        tuple(ClaimKind.DISPLACED, 800L, ClaimStatus.REPORTED));
    }

    @Test
    void shouldEndAGenitiveCountsNounPhraseAtItsCase() {
        assertThat(kindsAndValues("5명의 경비원이 공격으로 숨지고 많은 부상자가 나왔다.")).containsExactly(tuple(ClaimKind.KILLED, 5L));
    }

    @Test
    void shouldReadTheWholeOfAPartitiveWhoseCountHasWordsOfItsOwn() {
        assertThat(kindsAndValues("승객 30명 중 뒷좌석에 있던 승객 4명이 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 4L));
    }

    @Test
    void shouldGiveACountItsOwnClauseWhenItsSubjectHasAnObjectAndAVerb() {
        assertThat(kindsAndValues("이번 태풍으로 2만여 명이 피해를 봤고 3명이 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 3L));
        assertThat(kindsAndValues("이번 사고로 3명이 목숨을 잃었다.")).containsExactly(tuple(ClaimKind.KILLED, 3L));
    }

    @Test
    void shouldReadNoNativeNumeralGluedToDigits() {
        assertThat(claims("50세 여성이 교통사고로 숨졌다.")).isEmpty();
        assertThat(claims("이번 사고로 70세 노인이 다쳤다.")).isEmpty();
        assertThat(kindsAndValues("교통사고로 세 여성이 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 3L));
    }

    @Test
    void shouldCountAnObjectCountAsTheNounItIsIdentifiedAs() {
        assertThat(kindsAndValues("위원회는 신청자 중 1200명을 희생자로 인정했다.")).containsExactly(tuple(ClaimKind.KILLED, 1200L));
        assertThat(claims("위원회는 신청자 1200명을 위원으로 위촉했다.")).isEmpty();
    }

    @Test
    void shouldGiveACountMarkedAsAComplementItsOwnVerb() {
        assertThat(kindsAndValues("사고로 2명이 숨져 남은 대원은 18명으로 줄었다.")).containsExactly(tuple(ClaimKind.KILLED, 2L));
        assertThat(kindsAndValues("사망자는 3140명으로 늘었다.")).containsExactly(tuple(ClaimKind.KILLED, 3140L));
    }
}
