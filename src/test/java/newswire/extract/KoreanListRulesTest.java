package newswire.extract;

import static newswire.extract.Articles.claims;
import static newswire.extract.Articles.kindsAndValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import newswire.model.ClaimKind;
import org.junit.jupiter.api.Test;

/**
 * The Korean rules of session 20's round (docs/korean-claims.md, "i15-korean11"), from the portal crawl's unlabelled
 * pool: a clause listed before its total (등, 비롯해), a part split from a whole with 나머지, a count of a population
 * (인구), a myriad written apart from its digits ("20여 만명") and the honorific counter 분. Each on sentences of our
 * own, with negatives beside it.
 */
class KoreanListRulesTest {

    @Test
    void shouldReadTheCountOfAClauseListedBeforeItsTotalAsAPartOfIt() {
        assertThat(kindsAndValues("창고에 불이 나 직원 4명이 크게 다친 것을 비롯해 모두 19명이 다쳤다."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 19L));
        assertThat(kindsAndValues("진화하던 소방관 3명도 화상을 입고 병원으로 옮겨지는 등 총 11명이 다쳤다."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 11L));
        assertThat(kindsAndValues("버스가 전복돼 승객 2명이 숨지는 등 8명이 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 8L));
        assertThat(kindsAndValues("탈선 사고로 승객 6명이 다친 것을 포함해 모두 14명이 부상했다."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 14L));
        // every count listed in the clauses before the total is a part of it, not only the last
        assertThat(kindsAndValues("사고 현장에서 1명이 숨지고 병원으로 옮겨진 2명도 숨지는 등 모두 3명이 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L));
        assertThat(kindsAndValues("공장에서 2명이 숨지고 구조된 1명도 끝내 숨지는 등 모두 3명이 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L));
    }

    @Test
    void shouldKeepAListedClauseOfAnotherKindOrNoLargerTotal() {
        // the clause before is of another kind than the total: each is a figure of its own
        assertThat(kindsAndValues("폭발로 3명이 숨진 것을 비롯해 모두 20명이 다쳤다."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L), tuple(ClaimKind.WOUNDED, 20L));
        // a total of a mixed kind or no kind leaves the listed figures as they are
        assertThat(kindsAndValues("2명이 숨지고 5명이 다치는 등 모두 7명의 사상자가 났다."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L), tuple(ClaimKind.WOUNDED, 5L));
        // no 등 nor a verb of inclusion before the second count: two clauses, two figures
        assertThat(kindsAndValues("주민 3명이 다쳤고 이튿날 모두 10명이 다쳤다고 집계됐다."))
                .contains(tuple(ClaimKind.WOUNDED, 3L));
        // a total no larger than the part is no total of it: the part stays a figure beside it
        assertThat(kindsAndValues("행인 5명이 다치는 등 총 4명이 다쳤다."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 5L), tuple(ClaimKind.WOUNDED, 4L));
    }

    @Test
    void shouldReadACountAfterPopulationAsWhoLiveThere() {
        assertThat(claims("인구 30만명의 도시에서 교통사고 사망자가 절반으로 줄었다.")).isEmpty();
        assertThat(claims("인구 약 2만 명인 섬에서 사망자가 잇따랐다.")).isEmpty();
        // the residents of a town are still counted where something befalls them
        assertThat(kindsAndValues("폭우로 주민 30명이 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 30L));
    }

    @Test
    void shouldReadAMyriadWrittenApartFromItsDigits() {
        assertThat(kindsAndValues("내전으로 30여 만명이 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 300_000L));
        assertThat(kindsAndValues("홍수로 40여만명이 대피했다.")).containsExactly(tuple(ClaimKind.DISPLACED, 400_000L));
        assertThat(kindsAndValues("폭우로 40여만 명이 대피했다.")).containsExactly(tuple(ClaimKind.DISPLACED, 400_000L));
        assertThat(kindsAndValues("전쟁으로 20여 만 명이 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 200_000L));
        // 여 before a counter alone, or before a word that only starts with the myriad, keeps its own value
        assertThat(kindsAndValues("사고로 20여 명이 다쳤다.")).containsExactly(tuple(ClaimKind.WOUNDED, 20L));
        assertThat(claims("기부금 30여 만원이 모였다.")).isEmpty();
    }

    @Test
    void shouldReadTwoPartsThatAddUpToAWholeToldBeforeAsParts() {
        assertThat(kindsAndValues("버스가 정류장으로 돌진해 모두 4명이 다쳤다. 승객 1명은 중상, 나머지 3명은 경상이다."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 4L));
        assertThat(kindsAndValues("공장에서 2명이 숨지고 7명이 다쳤다. 두 명은 크게 다쳤고 나머지 5명은 가볍게 다쳤다."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L), tuple(ClaimKind.WOUNDED, 7L));
        // parts that do not add up to the whole, or no whole at all: the first part stays a figure
        assertThat(kindsAndValues("차가 돌진해 행인 3명이 다쳤다. 1명은 중상, 나머지 4명은 경상이다."))
                .contains(tuple(ClaimKind.WOUNDED, 1L));
        assertThat(kindsAndValues("4명은 중상이며 나머지 6명은 경상을 입었다."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 4L));
    }

    @Test
    void shouldKeepAPartAddedWithAlsoOrBesideARestThatCameToNoHarm() {
        // a count marked 도 adds to the whole told before; the rest that were unhurt or went home are no grade of it
        assertThat(kindsAndValues("버스 승객 3명이 다쳤다. 트럭 운전자 1명도 다쳤고, 나머지 탑승자 2명은 무사했다."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 3L), tuple(ClaimKind.WOUNDED, 1L));
        assertThat(kindsAndValues("화재로 주민 3명이 다쳤다. 이후 행인 1명도 다쳐 병원으로 옮겨졌고, 나머지 2명은 귀가했다."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 3L), tuple(ClaimKind.WOUNDED, 1L));
        assertThat(kindsAndValues("열차 승객 3명이 다쳤다. 기관사 1명도 크게 다쳤고 나머지 2명은 무사했다."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 3L), tuple(ClaimKind.WOUNDED, 1L));
    }

    @Test
    void shouldCountPeopleWithTheHonorificCounterAfterAnHonorificVerb() {
        assertThat(kindsAndValues("산사태로 희생되신 42분을 기리는 추모식이 열렸다."))
                .containsExactly(tuple(ClaimKind.KILLED, 42L));
        assertThat(kindsAndValues("폭발로 숨지신 2분이 어제 발견됐다.")).containsExactly(tuple(ClaimKind.KILLED, 2L));
        // 분 as minutes or as a fraction counts nobody
        assertThat(kindsAndValues("불이 난 지 5분 만에 2명이 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 2L));
        assertThat(claims("사망자의 3분의 1이 어린이였다.")).isEmpty();
        assertThat(claims("희생되신 뒤 10분 동안 묵념했다.")).isEmpty();
        // after an honorific verb too: a fraction (분의 and a number) or a span of time (분 뒤, 분 만에)
        assertThat(claims("희생되신 3분의 1은 어린이였다.")).isEmpty();
        assertThat(claims("숨지신 10분 뒤 구급차가 도착했다.")).isEmpty();
        assertThat(claims("다치신 20분 만에 병원에 닿았다.")).isEmpty();
    }

    @Test
    void shouldCountTheDisplacedOfAPopulationWhereSomethingBefallsThem() {
        assertThat(kindsAndValues("이번 지진으로 인구 3만명이 대피했다."))
                .containsExactly(tuple(ClaimKind.DISPLACED, 30_000L));
        assertThat(claims("인구 5만명이 사는 마을에서 산불이 났다.")).isEmpty();
        assertThat(claims("인구 12만명의 군에서 대피 명령이 내려졌다.")).isEmpty();
    }

    @Test
    void shouldDropAFigureTooLargeToHold() {
        // a myriad of a number past a long's reach is no figure: never a claim with no number
        assertThat(claims("9999999999999999여 만명이 숨졌다."))
                .noneMatch(claim -> claim.quantity().value() == null && claim.quantity().low() == null);
    }
}
