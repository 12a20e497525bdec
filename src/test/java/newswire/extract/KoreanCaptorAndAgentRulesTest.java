package newswire.extract;

import static newswire.extract.Articles.claims;
import static newswire.extract.Articles.kindsAndValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import newswire.model.ClaimKind;
import org.junit.jupiter.api.Test;

/**
 * Korean shapes of session 24 (i15-ko15), one sentence of our own per shape: people an armed group holds, the family
 * of the abducted, the agent of a passive or of an earlier clause, a native numeral before children or kin, years of
 * accidents, a whole whose part no number counts. Every positive is read wrongly by main d125c2b; the guards (marked)
 * are read rightly by both and keep the new reading from spreading.
 */
class KoreanCaptorAndAgentRulesTest {

    @Test
    void shouldReadPeopleAnArmedGroupHoldsAsCaptured() {
        assertThat(kindsAndValues("해적들이 유조선을 장악하고 선원 19명을 붙잡고 있다."))
                .containsExactly(tuple(ClaimKind.CAPTURED, 19L));
        assertThat(kindsAndValues("무장단체에 억류된 교민 6명이 구조를 기다리고 있다."))
                .containsExactly(tuple(ClaimKind.CAPTURED, 6L));
        // guards: a coast guard or the police holding people arrests them; the released are no capture
        assertThat(claims("해경은 불법 조업을 한 선원 12명을 억류했다.")).isEmpty();
        assertThat(claims("경찰은 용의자 5명을 붙잡고 있다.")).isEmpty();
        assertThat(claims("해적들에게 억류됐던 선원 11명이 풀려났다.")).isEmpty();
    }

    @Test
    void shouldNotTakeACaptorForTheHolderWhenAnotherSubjectHoldsOrItModifiesAnotherNoun() {
        // the holder is the subject nearest the count (경찰이); the rebels are the subject of 점령한, of the city
        assertThat(claims("반군이 점령한 도시에서 경찰이 시위대 9명을 억류하고 있다.")).isEmpty();
        assertThat(claims("무장단체가 출몰하는 해역에서 해군이 어민 7명을 억류했다.")).isEmpty();
    }

    @Test
    void shouldCountTheFamilyOfTheAbductedAsNoCapture() {
        assertThat(claims("반군에 피랍된 기술자 가족 16명이 대사관을 찾았다.")).isEmpty();
        // guard: a verb right before the relatives is theirs
        assertThat(kindsAndValues("숨진 가족 3명의 장례가 치러졌다.")).containsExactly(tuple(ClaimKind.KILLED, 3L));
    }

    @Test
    void shouldNotCountTheAgentOfAPassiveMarked에게() {
        assertThat(kindsAndValues("한 노인이 강도 2명에게 살해됐다.")).containsExactly(tuple(ClaimKind.KILLED, 1L));
        // guard: 에게 before an active verb marks the hurt
        assertThat(kindsAndValues("주민 5명에게 중상을 입힌 혐의로 체포됐다."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 5L));
    }

    @Test
    void shouldReadACountBeforeTheVerbsOwnSubjectAsAnEarlierClauses() {
        assertThat(kindsAndValues("한 남성이 둔기를 휘둘러 행인 6명이 다쳤다."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 6L));
        assertThat(kindsAndValues("교사 4명에게 흉기를 휘둘러 2명이 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 2L));
        // the object of a taker is marked on the head of its genitive count
        assertThat(kindsAndValues("한 남성이 8명의 승객을 인질로 잡았다.")).containsExactly(tuple(ClaimKind.CAPTURED, 8L));
    }

    @Test
    void shouldCountANativeNumeralBeforeChildrenOrKin() {
        assertThat(kindsAndValues("일곱 아이가 물에 빠져 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 7L));
        assertThat(kindsAndValues("두 자매가 화재로 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 2L));
        // guards: children who qualify a parent, or ride in a vehicle, are not the dead
        assertThat(claims("세 자녀를 둔 어머니가 숨졌다.")).isEmpty();
        assertThat(claims("두 아이의 아버지인 그는 총격으로 숨졌다.")).isEmpty();
        assertThat(claims("두 아이를 태운 승합차가 전복돼 운전자가 숨졌다.")).isEmpty();
    }

    @Test
    void shouldReadTheDeadOfYearsOfAccidentsAsAStatistic() {
        assertThat(claims("최근 4년간 건설 현장 추락사고로 노동자 310명이 숨졌다.")).isEmpty();
        assertThat(claims("지난 4년 동안 폭염으로 농민 85명이 숨졌다.")).isEmpty();
        // guard: a span told of another clause (연습해 온 선수단이) leaves one crash's dead reported
        assertThat(kindsAndValues("지난 1년 동안 연습해 온 선수단이 떠나는 날 교통사고로 승객 6명이 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 6L));
        // guard: a war over years is one conflict's toll
        assertThat(kindsAndValues("지난 2년간 이어진 내전으로 2만 명이 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 20_000L));
    }

    @Test
    void shouldNotReadAWholeAsWhatBefellAPartNoNumberCounts() {
        assertThat(claims("관광객 300명 가운데 일부가 다쳤다.")).isEmpty();
        assertThat(kindsAndValues("직원 2만 명 중 사망자는 2명이었다.")).containsExactly(tuple(ClaimKind.KILLED, 2L));
        // guard: a whole named by a noun of the hurt stays their toll
        assertThat(kindsAndValues("부상자 40명 가운데 일부는 중상이다.")).containsExactly(tuple(ClaimKind.WOUNDED, 40L));
    }

    @Test
    void shouldReadTheWoundedNamedByHowBadly() {
        assertThat(kindsAndValues("이 사고로 경상자 14명이 발생했다.")).containsExactly(tuple(ClaimKind.WOUNDED, 14L));
    }
}
