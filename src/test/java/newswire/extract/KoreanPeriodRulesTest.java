package newswire.extract;

import static newswire.extract.Articles.claims;
import static newswire.extract.Articles.kindsAndValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import newswire.model.ClaimKind;
import org.junit.jupiter.api.Test;

/**
 * The Korean rules of session 21's round (docs/korean-claims.md, "i15-korean12"), from the portal crawl's unlabelled
 * tuning pool: figures of a period's statistics, illness tallies told with a gloss in brackets or with the illness's
 * patients, a word split by a bracket (사망(말소)자), a count that sizes an incident written apart from its noun,
 * hostages released, and the next group of a breakdown after a part pointed back. Each on sentences of our own, with negatives beside it; every positive is read wrongly by the
 * base jar (main fcb3052).
 */
class KoreanPeriodRulesTest {

    @Test
    void shouldReadTheFiguresOfAPeriodsStatisticsAsNoEvent() {
        assertThat(claims("같은 기간 공장 화재 부상자는 총 2800명으로 집계됐다.")).isEmpty();
        assertThat(claims("노조는 지난 한 해에만 7명이 숨졌다고 말했다.")).isEmpty();
        assertThat(claims("최근 5년간 산불로 인한 사망자는 총 90명이다.")).isEmpty();
        assertThat(claims("지난 3월부터 8월까지 익사 사고 사망자는 57명이었다.")).isEmpty();
        assertThat(claims("올해 5∼10월 사이 멧돼지 습격 사망자는 3명이다.")).isEmpty();
    }

    @Test
    void shouldKeepTollsOfOneEventToldWithDaysOrAPredicate() {
        // days are no span of a tally: one storm, one battle
        assertThat(kindsAndValues("지난 28일부터 29일까지 폭우로 사망자 5명이 나왔다."))
                .containsExactly(tuple(ClaimKind.KILLED, 5L));
        assertThat(claims("지난 7일부터 20일간 이어진 교전으로 최소 101명의 사망자가 나왔다.")).hasSize(1);
        // a span of months with a predicate tells what a war did, not a statistic counted by its noun
        assertThat(kindsAndValues("지난 3월부터 8월까지 이어진 내전으로 5000명이 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 5000L));
        // the same day is no period
        assertThat(kindsAndValues("같은 날 공장 화재로 부상자 12명이 나왔다."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 12L));
    }

    @Test
    void shouldReadIllnessTalliesGlossedInBracketsOrCountedAmongThePatients() {
        assertThat(claims("지난해 질환(NCD)으로 인한 사망은 28만 명이다.")).isEmpty();
        assertThat(claims("보건당국 집계로 올해 한랭질환자 90명…사망자 2명")).isEmpty();
        // a bracket after another cause, and patients named by no illness, leave the toll as it is
        assertThat(kindsAndValues("교통사고(추돌)로 2명이 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 2L));
        assertThat(kindsAndValues("한파 속에 요양병원 환자 7명이 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 7L));
    }

    @Test
    void shouldReadAWordSplitByABracketWhole() {
        // 사망(말소)자 is 사망자, a noun that counts itself: the births before it are no deaths
        assertThat(kindsAndValues("지난해 출생(등록)자 수는 20만1000명, 사망(말소)자 수는 30만5000명이다."))
                .doesNotContain(tuple(ClaimKind.KILLED, 201_000L));
    }

    @Test
    void shouldReadACountBeforeANounOfIncidentWrittenApartAsItsSize() {
        assertThat(claims("회사에서 발생한 2950만명 해킹 사태, 노동자 사망 사건 등이 아니냐고 물었다.")).isEmpty();
        assertThat(claims("회사에서 발생한 2950만 명 해킹 사태, 노동자 사망 사건 등이 아니냐고 물었다.")).isEmpty();
        assertThat(claims("회사에서 발생한 2950만명의 해킹 사태와 노동자 사망 사건 등이 아니냐고 물었다.")).isEmpty();
        // a noun holding a predicate, or an incident marked as the cause, makes the count a toll
        assertThat(kindsAndValues("공장에서 5명의 사망 사고가 났다.")).containsExactly(tuple(ClaimKind.KILLED, 5L));
        assertThat(kindsAndValues("공장에서 2명 사망 사고가 났다.")).containsExactly(tuple(ClaimKind.KILLED, 2L));
        assertThat(kindsAndValues("주민 5명 교통사고로 숨져")).containsExactly(tuple(ClaimKind.KILLED, 5L));
    }

    @Test
    void shouldReadHostagesReleasedAsNoCapture() {
        // the modifier of the whole before 가운데 is not the part's: the part was freed
        assertThat(claims("무장단체에 납치된 인질 가운데 생존자 12명이 정부가 중재한 합의에 따라 석방된 뒤 나온 말이다."))
                .isEmpty();
        // 억류자 (detainees) counts people; it is no predicate of the hostages before it
        assertThat(claims("양측은 생존 인질 약 15명과 수감자와 억류자 약 900명을 석방해 교환했다.")).isEmpty();
        // hostages taken, people abducted, and a part that died stay what they were
        assertThat(kindsAndValues("반군은 주민 8명을 인질로 잡았다.")).containsExactly(tuple(ClaimKind.CAPTURED, 8L));
        assertThat(kindsAndValues("무장단체에 납치된 주민 12명이 아직 돌아오지 못했다."))
                .containsExactly(tuple(ClaimKind.CAPTURED, 12L));
        assertThat(kindsAndValues("납치된 인질 가운데 12명이 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 12L));
    }

    @Test
    void shouldReadTheNextGroupOfABreakdownAsAPartToo() {
        assertThat(kindsAndValues("다세대주택에 불이 나 6명이 다쳤다. 이 중 4명은 연기를 마셔 중상을 입었고, 2명은 경상을 입었다."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 6L));
        // a group of another kind than the whole pointed at, a topic in another sentence, or a group told on top of a
        // part (marked 도 or as a subject of its own clause) stays a figure
        assertThat(kindsAndValues("공장에서 불이 나 9명이 다쳤다. 이 중 3명은 중상을 입었고, 1명은 숨졌다."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 9L), tuple(ClaimKind.KILLED, 1L));
        assertThat(kindsAndValues("폭발로 5명이 다쳤다. 주민 2명은 대피했다."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 5L), tuple(ClaimKind.DISPLACED, 2L));
        assertThat(kindsAndValues("건물이 무너져 8명이 다쳤다. 이 중 2명이 숨졌고, 3명은 끝내 숨졌다."))
                .contains(tuple(ClaimKind.KILLED, 2L));
    }
}
