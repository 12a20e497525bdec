package newswire.extract;

import static newswire.extract.Articles.claims;
import static newswire.extract.Articles.kindsAndValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import newswire.model.ClaimKind;
import org.junit.jupiter.api.Test;

/** The Korean rules developed on whole newspaper articles (eval/ko-articles), each on sentences of our own. */
class KoreanArticleRulesTest {

    @Test
    void shouldReadTroopsFromAVerbOfPlacingOnlyWhenSoldiersAreCounted() {
        assertThat(claims("소방 당국은 소방관 35명과 장비 12대를 투입해 불을 껐다.")).isEmpty();
        assertThat(claims("경찰은 기동대 1500여 명을 집회 현장에 투입했다.")).isEmpty();
        assertThat(claims("시는 공무원 300명을 피해 지역에 배치했다.")).isEmpty();

        assertThat(kindsAndValues("북한은 병력 3000명을 국경에 배치했다.")).containsExactly(tuple(ClaimKind.TROOPS, 3000L));
        assertThat(kindsAndValues("북한군 2000명이 전선으로 이동했다.")).containsExactly(tuple(ClaimKind.TROOPS, 2000L));
        assertThat(kindsAndValues("정부는 지난달 120명을 레바논에 파병했다.")).containsExactly(tuple(ClaimKind.TROOPS, 120L));
    }

    @Test
    void shouldReadNoClaimFromAnAttemptedOrNegatedPredicate() {
        assertThat(claims("그는 이웃 3명을 흉기로 살해하려 한 혐의를 받는다.")).isEmpty();
        assertThat(claims("경찰은 일가족 4명을 살해하려다 붙잡힌 남성을 조사하고 있다.")).isEmpty();
        assertThat(claims("사고 차량에 타고 있던 4명은 다치지 않았다.")).isEmpty();

        assertThat(kindsAndValues("공장 화재로 2명이 숨졌고, 함께 일하던 직원 50명은 다치지 않았다."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L));
    }

    @Test
    void shouldReadTheCountAfterAKoreanPartitiveNotTheWhole() {
        assertThat(kindsAndValues("탑승자 12명 중 7명이 숨지고 5명이 다쳤다."))
                .containsExactly(tuple(ClaimKind.KILLED, 7L), tuple(ClaimKind.WOUNDED, 5L));
        assertThat(kindsAndValues("관람객 40명 가운데 6명이 부상을 입었다.")).containsExactly(tuple(ClaimKind.WOUNDED, 6L));
    }

    @Test
    void shouldReadTheWoundedFromTheSortOfTheirInjury() {
        assertThat(kindsAndValues("버스 승객 8명 중 3명이 찰과상을 입었다.")).containsExactly(tuple(ClaimKind.WOUNDED, 3L));
        assertThat(kindsAndValues("화재로 주민 2명이 화상을 입었다.")).containsExactly(tuple(ClaimKind.WOUNDED, 2L));
        assertThat(claims("오후 회의는 화상으로 열렸고 위원 9명이 참석했다.")).isEmpty();
    }

    @Test
    void shouldReadNoCountFromTheBaseOfARateOrAChange() {
        assertThat(kindsAndValues("이번 홍수로 하루 전보다 7명 늘어난 25명이 숨진 것으로 집계됐다."))
                .containsExactly(tuple(ClaimKind.KILLED, 25L));
        assertThat(claims("인구 10만명당 사망자 수는 3.5명이었다.")).isEmpty();
        assertThat(kindsAndValues("올해 교통사고로 전년보다 41명 줄어든 180명이 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 180L));
    }

    @Test
    void shouldReadNoPredicateInsideAWordThatNamesSomethingElse() {
        assertThat(claims("병원 진료를 받은 인원은 9명이고, 그중 4명이 특전사 대원이었다.")).isEmpty();
        assertThat(claims("이 지역의 교통사고 사망률은 인구 10만명 기준 2.1명이다.")).isEmpty();
    }
}
