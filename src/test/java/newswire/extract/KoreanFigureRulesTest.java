package newswire.extract;

import static newswire.extract.Articles.claims;
import static newswire.extract.Articles.kindsAndValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import newswire.model.ClaimKind;
import org.junit.jupiter.api.Test;

/**
 * The Korean rules of session 18 (docs/korean-claims.md, "Session 18"), developed on a judged sample of the portal
 * crawl's unlabelled articles: counts that stand in a casualty sentence and are no figure of what befell them. Each on
 * sentences of our own, with negatives beside it.
 */
class KoreanFigureRulesTest {

    @Test
    void shouldGiveTheVerbAfterAPartToThePartNotToTheWholeBeforeIt() {
        assertThat(kindsAndValues("운전자가 정류장에 있던 주민 3명을 들이받아, 이 중 1명을 숨지게 하고 2명을 다치게 했다."))
                .containsExactly(tuple(ClaimKind.KILLED, 1L), tuple(ClaimKind.WOUNDED, 2L));
        assertThat(kindsAndValues("이번 달 신고된 저체온증 환자는 모두 8명으로, 이 가운데 2명이 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L));
        assertThat(kindsAndValues("지난해 연휴에 9명이 입원했고 그중 2명이 사망했다.")).containsExactly(tuple(ClaimKind.KILLED, 2L));

        // a whole with its own verb before the part keeps it; 이중 ("double") points back at nothing
        assertThat(kindsAndValues("화재로 40명이 숨지고 119명이 다쳤으며, 이 중 80명은 위독하다."))
                .containsExactly(tuple(ClaimKind.KILLED, 40L), tuple(ClaimKind.WOUNDED, 119L));
        assertThat(kindsAndValues("폭발로 주민 6명이 이중 잠금장치가 된 건물에서 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 6L));
    }

    @Test
    void shouldReadTheSubjectOfACausativeAsTheOneWhoMadeOthersGo() {
        assertThat(claims("소방 당국은 인력 66명, 장비 27대를 동원해 아파트 주민을 대피시켰다.")).isEmpty();
        assertThat(kindsAndValues("소방당국은 인력 104명과 장비 30대를 투입해 주민 50명을 대피시켰다."))
                .containsExactly(tuple(ClaimKind.DISPLACED, 50L));

        // the causative's own object, and the plain verb's subject, are the displaced
        assertThat(kindsAndValues("소방당국은 12명을 무사히 대피시켜 병원으로 옮겼다.")).containsExactly(tuple(ClaimKind.DISPLACED, 12L));
        assertThat(kindsAndValues("산불로 주민 300명이 대피했다.")).containsExactly(tuple(ClaimKind.DISPLACED, 300L));
    }

    @Test
    void shouldDropAFigureToldAsAnEarlierOneAndConceded() {
        assertThat(claims("부상자는 당초 119명으로 발표됐으나 116명으로 정정됐다.")).isEmpty();
        assertThat(kindsAndValues("당초 1명이 숨지고 2명이 실종됐는데, 수색대가 시신 두 구를 발견했다."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L));

        // an earlier figure not conceded, or a comparison with an estimate, stays a figure
        assertThat(kindsAndValues("사고 직후 당초 3명이 다쳤다.")).containsExactly(tuple(ClaimKind.WOUNDED, 3L));
        assertThat(kindsAndValues("화재로 당초 예상보다 많은 5명이 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 5L));
        assertThat(kindsAndValues("폭우로 당초 우려보다 많은 20명이 숨졌는데, 실종자 수색은 계속된다."))
                .containsExactly(tuple(ClaimKind.KILLED, 20L));
    }

    @Test
    void shouldReadACountMarkedEBeforeAPassiveAsItsAgent() {
        assertThat(claims("동료 12명에 폭행당한 직원이 결국 사망했다.")).isEmpty();
        assertThat(claims("주민들이 괴한 2명에게 살해당했다.")).isEmpty();

        // a count marked 에 before a verb of reaching is the figure
        assertThat(kindsAndValues("사망자는 10명에 달한다.")).containsExactly(tuple(ClaimKind.KILLED, 10L));
        assertThat(kindsAndValues("주민 3명이 괴한들에게 살해당했다.")).containsExactly(tuple(ClaimKind.KILLED, 3L));
        // 당 that ends a noun of one syllable (해당, 상당, 담당) is no passive
        assertThat(kindsAndValues("마을 주민 4명에 해당하는 인원이 다쳤다.")).containsExactly(tuple(ClaimKind.WOUNDED, 4L));
        assertThat(kindsAndValues("주민 30명에 상당한 피해가 났고 그중 2명이 숨졌다.")).contains(tuple(ClaimKind.KILLED, 2L));
    }

    @Test
    void shouldReadACountWhoseNounIsAbsentAsNone() {
        assertThat(claims("부대는 단 한 명의 아군 희생자 없이 작전을 마쳤다.")).isEmpty();
        assertThat(claims("이번 사고로 한 명의 부상자도 없었다.")).isEmpty();

        assertThat(kindsAndValues("폭격으로 10명의 민간인이 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 10L));
        assertThat(kindsAndValues("폭격으로 5명의 주민이 숨졌고 가옥은 흔적도 없이 사라졌다.")).containsExactly(tuple(ClaimKind.KILLED, 5L));
        // a word of absence after another noun, set apart by 외, is that noun's
        assertThat(kindsAndValues("이번 화재로 1명의 사망자 외 부상자도 없었다.")).containsExactly(tuple(ClaimKind.KILLED, 1L));
    }

    @Test
    void shouldReadThePartOfAProportionAsARateNotACount() {
        assertThat(claims("노인 10명 중 8명 사망 원인은 만성질환이다.")).isEmpty();
        assertThat(claims("환자 100명 중 30명이 1년 안에 사망한다.")).isEmpty();

        // a whole that is no base of a proportion keeps its part a toll
        assertThat(kindsAndValues("이 사고로 탑승자 181명 중 179명이 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 179L));
        assertThat(kindsAndValues("승객 12명 중 9명이 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 9L));
        // a round whole told in the past is a group that met the event, not a rate
        assertThat(kindsAndValues("버스에 탄 승객 10명 중 7명이 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 7L));
        assertThat(kindsAndValues("작업자 100명 중 4명이 크게 다쳤다.")).containsExactly(tuple(ClaimKind.WOUNDED, 4L));
    }

    @Test
    void shouldReadTheRestOfAFigureOfTheSameKindAsASubCount() {
        assertThat(kindsAndValues("일가족 5명이 숨진 채 발견됐으며, 가장은 목을 매 숨졌고 나머지 4명은 질식해 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 5L));

        // the rest after a figure of another kind is a figure of its own
        assertThat(kindsAndValues("버스가 5명을 덮쳐 2명이 숨지고 나머지 3명은 다쳤다."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L), tuple(ClaimKind.WOUNDED, 3L));
        // after a smaller part of the same kind, the rest marked 은/는 are the other part, marked 도 they are more
        assertThat(kindsAndValues("승객 4명은 중태이고 나머지 6명은 경미한 부상으로 알려졌다."))
                .doesNotContain(tuple(ClaimKind.WOUNDED, 6L));
        assertThat(kindsAndValues("차량 운전자 1명이 그 자리에서 숨졌고, 나머지 2명도 치료 중 끝내 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 1L), tuple(ClaimKind.KILLED, 2L));
    }
}
