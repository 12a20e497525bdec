package newswire.extract;

import static newswire.extract.Articles.claims;
import static newswire.extract.Articles.kindsAndValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import newswire.model.ClaimKind;
import org.junit.jupiter.api.Test;

/**
 * The Korean rules of session 22's round (docs/korean-claims.md, "i15-korean13"): a span's figure told by a verb of
 * counting records, the dead among an illness's patients told as a total, a partitive's whole counted by a noun of the
 * dead or the wounded, hostages who remain, and custody as an arrest. Sentences of our own, with negatives beside
 * them; every positive is read wrongly by the base jar (main 7bce55c), each guard rightly by both.
 */
class KoreanWholeRulesTest {

    @Test
    void shouldReadAFigureOfASpanToldByAVerbOfCountingRecordsAsATally() {
        assertThat(claims("지난 2015년부터 올해까지 5년 동안 멧돼지에 물려 다친 사람은 41명으로 나타났다.")).isEmpty();
        // a span that ends at a year named from today ("지난해까지")
        assertThat(claims("2020년부터 지난해까지 전국 해수욕장에서 물에 빠져 숨진 사람은 27명으로 파악됐다.")).isEmpty();
    }

    @Test
    void shouldKeepTollsToldByAVerbOfWhatHappenedOrOfOneEventOrOfAWar() {
        // guards: a span with a verb of what happened, a war's toll told as a tally, one event's tally
        assertThat(kindsAndValues("2019년부터 무장단체의 공격이 이어져 주민 350명이 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 350L));
        assertThat(kindsAndValues("2014년부터 지난달까지 이어진 내전으로 민간인 8천여 명이 숨진 것으로 집계됐다."))
                .extracting(t -> t.toList().get(0)).containsExactly(ClaimKind.KILLED);
        assertThat(kindsAndValues("어제 화재로 숨진 사람은 3명으로 집계됐다."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L));
    }

    @Test
    void shouldReadTheDeadAmongAnIllnesssPatientsToldAsATotalAsItsTally() {
        // 총/모두 between the noun of the dead and the count, and a clause closed by an ending and a comma
        assertThat(claims("올겨울 한랭질환자는 312명이었고, 사망자는 총 9명이었다.")).isEmpty();
        assertThat(claims("온열질환자 1450명이 신고됐으며 이 가운데 사망자는 모두 11명으로 집계됐다.")).isEmpty();
        // guard: the wounded of an explosion are no illness's patients
        assertThat(kindsAndValues("폭발 현장에서 부상자 40명이 병원으로 이송됐고, 사망자는 총 5명이다."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.WOUNDED, 40L), tuple(ClaimKind.KILLED, 5L));
    }

    @Test
    void shouldReadAPartitiveWholeCountedByANounOfTheDeadOrWoundedAsTheToll() {
        // the whole is the claim; the part, whatever it says (children, badly hurt), is a sub-count of it
        assertThat(kindsAndValues("부상자 20명 가운데 3명은 어린이였다.")).containsExactly(tuple(ClaimKind.WOUNDED, 20L));
        assertThat(kindsAndValues("부상자 31명 가운데 4명은 중상을 입었다."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 31L));
        assertThat(kindsAndValues("사망자 25명 가운데 7명은 신원이 확인되지 않았다."))
                .containsExactly(tuple(ClaimKind.KILLED, 25L));
        // a part of another kind stays its own figure beside the whole
        assertThat(kindsAndValues("부상자 10여명 가운데 1명은 치료 중 숨졌다."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.WOUNDED, 10L), tuple(ClaimKind.KILLED, 1L));
    }

    @Test
    void shouldNotReadAProportionsBaseOrAWholeOfOtherPeopleAsAToll() {
        assertThat(claims("지난해 사망자 10명 중 약 8명은 만성질환으로 숨졌다.")).isEmpty();
        assertThat(claims("탑승자 50명 가운데 3명은 어린이였다.")).isEmpty();
        // a whole broken into shares is a statistic's population
        assertThat(claims("작년 도내 교통사고 사망자 240명 중 95명(39.6%)이 보행자였다.")).isEmpty();
    }

    @Test
    void shouldReadAWholeNarrowedToAGroupAfterALargerTollOfItsKindAsASubCount() {
        // a nationality, an age, a gender before the whole's noun: the group is some of the toll told before it
        assertThat(kindsAndValues("열차 충돌로 모두 85명이 다쳤다. 스페인 국적 부상자 11명 가운데 2명은 위독하다."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 85L));
        assertThat(kindsAndValues("이번 산사태로 27명이 숨졌다. 노인 사망자 9명 가운데 4명은 혼자 살았다."))
                .containsExactly(tuple(ClaimKind.KILLED, 27L));
        // the larger toll in the same sentence
        assertThat(kindsAndValues("유람선 화재로 승객 52명이 다쳤고, 남성 부상자 13명 중 6명은 선원이다."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 52L));
    }

    @Test
    void shouldKeepANarrowedWholeThatNoLargerTollOfItsKindHolds() {
        // guards: the only figure of its kind, a larger figure of another kind, a smaller one of its kind told before
        assertThat(kindsAndValues("독일인 사망자 3명 가운데 2명은 일가족으로 확인됐다."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L));
        assertThat(kindsAndValues("광산 붕괴로 광부 70명이 다쳤다. 외국인 사망자 6명 가운데 4명은 하청업체 직원이었다."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.WOUNDED, 70L), tuple(ClaimKind.KILLED, 6L));
        // and a whole pointed at this event after an earlier event's larger toll: this event's own, not a group
        assertThat(kindsAndValues("2년 전 같은 노선 버스 추락 사고로 45명이 숨졌다. 이번 사망자 12명 가운데 5명은 학생이었다."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 45L), tuple(ClaimKind.KILLED, 12L));
    }

    @Test
    void shouldReadARoundOrSharedOutWholePointedAtThisEventAsItsToll() {
        assertThat(kindsAndValues("이번 폭우로 인한 사망자 100명 가운데 31명은 노인이었다."))
                .containsExactly(tuple(ClaimKind.KILLED, 100L));
        assertThat(kindsAndValues("해당 교량 붕괴 사망자 240명 중 66명(27.5%)은 통근객이었다."))
                .containsExactly(tuple(ClaimKind.KILLED, 240L));
        // guard: a round whole of no event stays a proportion's base
        assertThat(claims("작년 도내 익사 사고 사망자 100명 중 약 40명은 노인이었다.")).isEmpty();
    }

    @Test
    void shouldReadHostagesThatRemainAsHeld() {
        assertThat(kindsAndValues("이번 석방으로 아직 남은 인질은 33명이다."))
                .containsExactly(tuple(ClaimKind.CAPTURED, 33L));
        assertThat(kindsAndValues("석방 협상 끝에 아직 남은 인질 27명의 명단이 공개됐다."))
                .containsExactly(tuple(ClaimKind.CAPTURED, 27L));
        // only the held remain held: soldiers who remain, and hostages freed, are no capture
        assertThat(claims("진지에 남은 병사 50명이 항전을 이어갔다.")).isEmpty();
        assertThat(claims("인질 20명이 석방됐다.")).isEmpty();
    }

    @Test
    void shouldReadCustodyAsAnArrestNotAsTheKillingBesideIt() {
        assertThat(kindsAndValues("이 과정에서 30명의 조직원을 구금하고 2명을 사살했다."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L));
    }
}
