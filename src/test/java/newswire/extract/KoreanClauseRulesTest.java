package newswire.extract;

import static newswire.extract.Articles.claims;
import static newswire.extract.Articles.kindsAndValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import newswire.model.ClaimKind;
import org.junit.jupiter.api.Test;

/**
 * The Korean rules developed on the third draw of portal articles (eval/ko-naver-3) and on the errors the earlier
 * Korean tune parts had left: how a count's clause ends (a copula, a difference, a rate, "not even one"), people aboard,
 * lives taken, and an outcome told after a wound or a burial. Sentences of our own, with the negatives each rule must
 * not fire on.
 */
class KoreanClauseRulesTest {

    @Test
    void shouldReadNoClaimFromADifferenceBetweenTwoFigures() {
        assertThat(claims("새 집계는 종전 발표보다 실종자 12명 적고, 사망자 7명 많다.")).isEmpty();
        assertThat(claims("시위대 300명이 경찰보다 많았다.")).isEmpty();

        // a count with its case particle is the figure itself
        assertThat(kindsAndValues("사망자가 15명으로 많아졌다.")).containsExactly(tuple(ClaimKind.KILLED, 15L));
    }

    @Test
    void shouldReadTheCountsAfterARateBaseAsRates() {
        assertThat(claims("인구 10만 명당 결핵 환자가 40명이고 사망은 3명 수준이다.")).isEmpty();

        // a rate base later in the sentence leaves the count before it alone
        assertThat(kindsAndValues("이번 홍수로 주민 21명이 숨져 인구 10만 명당 피해가 가장 컸다."))
                .containsExactly(tuple(ClaimKind.KILLED, 21L));
    }

    @Test
    void shouldReadNoClaimFromNotEvenOne() {
        assertThat(claims("이번 작전에서 아군 사망자는 한 명도 없었다고 밝혔다.")).isEmpty();
        assertThat(claims("다친 승객은 한 명도 없는 것으로 확인됐다.")).isEmpty();

        assertThat(kindsAndValues("이번 작전에서 아군 한 명이 숨졌다고 밝혔다.")).containsExactly(tuple(ClaimKind.KILLED, 1L));
    }

    @Test
    void shouldEndACountsPhraseAtItsCopula() {
        assertThat(kindsAndValues("명단상 탑승자는 모두 1천204명이고 그중 사망자는 311명이다."))
                .containsExactly(tuple(ClaimKind.KILLED, 311L));
        assertThat(kindsAndValues("부상자는 25명이며 사망자는 4명이다."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 25L), tuple(ClaimKind.KILLED, 4L));
    }

    @Test
    void shouldGiveABarePredicateNounToTheCountAfterIt() {
        assertThat(kindsAndValues("여객선 승선 860명·사망 42명 잠정 집계")).containsExactly(tuple(ClaimKind.KILLED, 42L));
        assertThat(kindsAndValues("사고 직후 사망 2명과 부상 9명이 보고됐다."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L), tuple(ClaimKind.WOUNDED, 9L));

        // an inflected verb is no bare noun: "죽고" ends its own clause
        assertThat(kindsAndValues("강풍에 두 명이 죽고 40명이 다쳤다."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L), tuple(ClaimKind.WOUNDED, 40L));
    }

    @Test
    void shouldReadPeopleAboardAsNoCasualties() {
        assertThat(kindsAndValues("승객 64명이 탄 여객기가 추락해 61명이 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 61L));
        assertThat(kindsAndValues("관광객 30명을 태운 버스가 넘어져 8명이 다쳤다.")).containsExactly(tuple(ClaimKind.WOUNDED, 8L));

        // 탄 inside a word (폭탄, 포탄) is no verb of being aboard
        assertThat(kindsAndValues("폭탄 테러로 시민 6명이 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 6L));
    }

    @Test
    void shouldReadATollToldInARelativeClause() {
        assertThat(kindsAndValues("52명의 목숨을 앗아간 산사태 현장에 추모비가 섰다.")).containsExactly(tuple(ClaimKind.KILLED, 52L));
        assertThat(kindsAndValues("304명이 희생된 여객선 참사 11주기 추모식이 열렸다.")).containsExactly(tuple(ClaimKind.KILLED, 304L));

        // lives saved were taken from no one
        assertThat(claims("구조대는 이날 수십 명의 목숨을 구했다.")).isEmpty();
    }

    @Test
    void shouldReadAWoundByItsSort() {
        assertThat(kindsAndValues("총격으로 경비원 3명이 총상을 입어 치료를 받고 있다.")).containsExactly(tuple(ClaimKind.WOUNDED, 3L));
    }

    @Test
    void shouldReadTheDeathThatFollowsAWoundOrABurial() {
        assertThat(kindsAndValues("습격으로 마을 주민 4명이 중상을 입고 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 4L));
        assertThat(kindsAndValues("토사가 덮쳐 인부 2명이 매몰돼 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 2L));

        // a wound with no death after it stays a wound; a burial alone is no toll, nor one before another count's death
        assertThat(kindsAndValues("주민 4명이 중상을 입고 병원으로 옮겨졌다.")).containsExactly(tuple(ClaimKind.WOUNDED, 4L));
        assertThat(claims("붕괴 사고로 인부 9명이 매몰됐다.")).isEmpty();
        assertThat(kindsAndValues("인부 9명이 매몰돼 60대 인부 1명이 숨지고 3명이 다쳤다."))
                .containsExactly(tuple(ClaimKind.KILLED, 1L), tuple(ClaimKind.WOUNDED, 3L));
    }

    @Test
    void shouldReadNoClaimFromWhatBecamePossible() {
        assertThat(claims("새 독극물로 수천 명을 살해하는 것이 가능해졌다고 경고했다.")).isEmpty();

        assertThat(kindsAndValues("반군이 마을 주민 8명을 살해하는 것을 주민들이 목격했다.")).containsExactly(tuple(ClaimKind.KILLED, 8L));
    }

    @Test
    void shouldNotCountTheObjectOfAnotherVerbBeforeACount() {
        assertThat(claims("사망자를 포함한 유가족 측 대표 5명의 의견을 들었다.")).isEmpty();

        // a noun right before the count is its own, whatever its particle
        assertThat(kindsAndValues("당국은 사망자를 12명으로 집계했다.")).containsExactly(tuple(ClaimKind.KILLED, 12L));
    }

    @Test
    void shouldKeepAModifierBeforeACountWithinTheCountsPhrase() {
        assertThat(claims("폭우로 희생된 주민을 기리는 행사에서, 한 남성이 추모사를 읽었다.")).isEmpty();
        assertThat(claims("사고로 숨진 선원의 유가족 6명이 기자회견을 열었다.")).isEmpty();
        assertThat(claims("참사 현장을 지키는 30여 명의 유가족은 사고로 숨진 가족들을 그리며 밤을 새웠다.")).isEmpty();

        // the subject of the count, and the noun it counts, are its own phrase
        assertThat(kindsAndValues("이번 산불로 숨진 주민은 11명이다.")).containsExactly(tuple(ClaimKind.KILLED, 11L));
        assertThat(kindsAndValues("추위로 사망한 노숙인이 4명에 이른다.")).containsExactly(tuple(ClaimKind.KILLED, 4L));
        assertThat(kindsAndValues("실종 선원 4명은 어제 해상에서 숨진 채 발견됐다.")).containsExactly(tuple(ClaimKind.KILLED, 4L));
        assertThat(kindsAndValues("숨진 경찰관 2명의 영결식이 열렸다.")).containsExactly(tuple(ClaimKind.KILLED, 2L));
    }

    @Test
    void shouldReadAListOfCountsEachBeforeItsPredicate() {
        assertThat(kindsAndValues("군인 2명 사망 6명 부상 국경 교전"))
                .containsExactly(tuple(ClaimKind.KILLED, 2L), tuple(ClaimKind.WOUNDED, 6L));
        assertThat(claims("작년과 사고 건수는 같지만 사망자는 9명 더 많다.")).isEmpty();
    }

    @Test
    void shouldReadMunitionsBroughtToBearAsFired() {
        assertThat(kindsAndValues("적은 이날 공격에 미사일 35발을 동원했다.")).containsExactly(tuple(ClaimKind.WEAPONS, 35L));

        // aircraft brought to an exercise are no munitions fired
        assertThat(claims("공군은 훈련에 전투기 24대를 동원했다.")).isEmpty();
    }
}
