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
 * hostages released, and the next group of a breakdown after a part pointed back. Each on sentences of our own,
 * with negatives beside it; every positive is read wrongly by the base jar (main fcb3052). The mend's tests (the
 * six after the round's) bound each rule to the clause it may reach: each of their positives is read wrongly by the
 * merged round (main 140e729), except three marked as guards, which the base reads rightly too. The second mend's
 * tests (the last four) bound four rules by a word class or a clause: each of their positives is read wrongly by main
 * 2ef5eda.
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
        // a length of days is no span either (lexicon length-ko holds months and years)
        assertThat(kindsAndValues("지난 20일간 교전으로 사망자 101명이 나왔다."))
                .containsExactly(tuple(ClaimKind.KILLED, 101L));
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
        // (and the deaths of a year, 지난해, are its tally)
        assertThat(claims("지난해 출생(등록)자 수는 20만1000명, 사망(말소)자 수는 30만5000명이다.")).isEmpty();
        assertThat(claims("지난해 출생（등록）자 수는 20만1000명, 사망（말소）자 수는 30만5000명이다.")).isEmpty();
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

    // the mend of the round (review of i15-korean12): each rule bounded by the clause it may reach

    @Test
    void shouldKeepTheTollOfOneEventAfterASpanOfAnotherNounOrBeforeAnAnchor() {
        // the span is another noun's relative clause: a volcano quiet for ten years, a festival prepared for months
        assertThat(kindsAndValues("10년간 잠잠했던 화산이 분화해 사망자 30명이 나왔다."))
                .containsExactly(tuple(ClaimKind.KILLED, 30L));
        assertThat(kindsAndValues("6개월 동안 준비한 축제 도중 무대가 무너져 부상자 15명이 발생했다."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 15L));
        assertThat(kindsAndValues("20년간 소방관으로 일한 김씨 등 부상자 3명이 병원으로 옮겨졌다."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 3L));
        // a word singling out one event (오늘, 이번, a rank, a day) stands between the span and the figure
        assertThat(kindsAndValues("최근 2개월간 여진이 잦았는데, 오늘 새벽 강진으로 사망자 7명이 확인됐다."))
                .containsExactly(tuple(ClaimKind.KILLED, 7L));
        assertThat(kindsAndValues("최근 10년간 최악의 참사로 남은 이번 붕괴로 사망자는 21명으로 늘었다."))
                .containsExactly(tuple(ClaimKind.KILLED, 21L));
        assertThat(kindsAndValues("최근 2년간 두 번째로 큰 지진으로 부상자가 120명 발생했다."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 120L));
        assertThat(kindsAndValues("지난 1년간 휴전이 유지되다 지난 3일 국경 충돌로 사망자 3명이 나왔다."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L));
        // a war's dead over its span, and a cumulative toll, are the war's claim
        assertThat(kindsAndValues("전쟁이 4년간 이어지면서 누적 사망자는 7만1000명에 달했다."))
                .containsExactly(tuple(ClaimKind.KILLED, 71_000L));
        assertThat(kindsAndValues("3년간의 내전으로 사망자가 40만명에 이른다고 유엔이 밝혔다."))
                .containsExactly(tuple(ClaimKind.KILLED, 400_000L));
        // the same for "in the same period" and "in one year alone"
        assertThat(kindsAndValues("같은 기간 공장 폭발로 근로자 5명이 다쳤다."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 5L));
        assertThat(kindsAndValues("올해 한 해에만 세 번째인 이번 화재로 4명이 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 4L));
        assertThat(kindsAndValues("지난 한 해 동안 준비한 축제에서 3명이 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L));
    }

    @Test
    void shouldKeepASpanToldOfTheFiguresOwnClause() {
        // a relative clause on the figure's own noun, of the events occurring, or before a finding passes the span on
        assertThat(claims("최근 3년간 주택 화재로 인한 사망자는 총 500명이다.")).isEmpty();
        assertThat(claims("4-6월 사이 전국에서 발생한 산불로 사망자 3명이 나왔다.")).isEmpty();
        assertThat(claims("지난 7월부터 10월까지 조사한 결과, 부상자는 총 56명으로 집계됐다.")).isEmpty();
        // a period with a noun of the dead, or with a predicate and no cause of one event
        assertThat(claims("같은 기간 주택 화재 부상자는 총 900명이었다.")).isEmpty();
        assertThat(claims("지난 한 해에만 이 공장에서 7명이 숨졌다.")).isEmpty();
    }

    @Test
    void shouldCountTheDeadAmongAnIllnesssPatientsOnlyWhenThePatientsAreCounted() {
        // the patients carry their own count, and the dead are counted by 사망자: the illness's tally
        assertThat(claims("올해 온열질환자는 1200명이며 이 가운데 사망자는 9명이다.")).isEmpty();
        // patients with no count of their own, or dead counted by a predicate, are one event's
        assertThat(kindsAndValues("정신질환자가 휘두른 흉기에 이웃 3명이 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L));
        assertThat(kindsAndValues("온열질환자를 이송하던 구급차가 트럭과 충돌해 구급대원 2명이 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L));
        assertThat(kindsAndValues("호흡기 질환자 30명을 태운 버스가 전복돼 8명이 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 8L));
        // 암자 (a hermitage) is no patient of cancer
        assertThat(kindsAndValues("산속 암자에서 불이 나 스님 2명이 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L));
    }

    @Test
    void shouldTakeAnIllnessAsTheCauseOnlyWhereItsMarkAttachesToTheDeath() {
        assertThat(kindsAndValues("지병(당뇨)으로 치료받던 주민 3명이 화재로 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L));
        assertThat(kindsAndValues("지병으로 치료받던 주민 3명이 화재로 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L));
        // the death's own mark, and a cause linked by 인한, stay the illness's (guards: the base reads these right too)
        assertThat(claims("지난해 주민 60명이 암으로 사망했다.")).isEmpty();
        assertThat(claims("만성질환으로 인한 사망자는 28만 명이다.")).isEmpty();
    }

    @Test
    void shouldGiveTheWholesModifierToAPartUnlessThePartWasFreed() {
        assertThat(kindsAndValues("부상한 시민 중 4명이 위독하다.")).containsExactly(tuple(ClaimKind.WOUNDED, 4L));
        assertThat(kindsAndValues("납치된 학생 가운데 17명은 탈출했고 나머지 9명은 여전히 억류돼 있다."))
                .contains(tuple(ClaimKind.CAPTURED, 9L));
        // a guard: the base reads it right too
        assertThat(claims("피랍된 선원 가운데 5명이 어제 풀려났다.")).isEmpty();
    }

    @Test
    void shouldTakeOnlyABareGroupAsTheNextPartOfABreakdown() {
        // a group with a noun of its own, or after a new time and cause, is other people
        assertThat(kindsAndValues("열차 탈선으로 승객 15명이 다쳤다. 이 중 3명은 중상을 입었고, 구조에 나선 역무원 2명은 "
                + "연기를 마셔 경상을 입었다.")).containsExactly(tuple(ClaimKind.WOUNDED, 15L), tuple(ClaimKind.WOUNDED, 2L));
        assertThat(kindsAndValues("폭탄 테러로 12명이 다쳤다. 이 중 4명은 중상을 입었고, 이튿날 인근 검문소 공격으로 경찰 "
                + "3명은 다쳤다.")).containsExactly(tuple(ClaimKind.WOUNDED, 12L), tuple(ClaimKind.WOUNDED, 3L));
        // a bare group after a clause's ending with no comma is still a part
        assertThat(kindsAndValues("화재로 주민 8명이 다쳤다. 이 중 5명은 연기를 마셨고 3명은 화상을 입었다."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 8L));
    }

    // the second mend (review of 2ef5eda): each rule bounded by a word class or a clause; every positive below is
    // read wrongly by main 2ef5eda and rightly by the base (main fcb3052)

    @Test
    void shouldKeepTheDeadOfArmedViolenceOverASpanAsTheWarsToll() {
        assertThat(kindsAndValues("지난 3개월간 러시아군 공습에 따른 민간인 사망자는 800명으로 집계됐다."))
                .containsExactly(tuple(ClaimKind.KILLED, 800L));
        assertThat(kindsAndValues("지난 6개월간 포격으로 인한 사망자는 1200명이다."))
                .containsExactly(tuple(ClaimKind.KILLED, 1200L));
        assertThat(kindsAndValues("지난 2개월간 교전 사망자는 1천명이다.")).containsExactly(tuple(ClaimKind.KILLED, 1000L));
        assertThat(kindsAndValues("2022년 3월부터 올해 5월까지 민간인 사망자는 5천명이라고 인권단체가 밝혔다."))
                .containsExactly(tuple(ClaimKind.KILLED, 5000L));
        // the dead of accidents and disasters over a span stay a statistic
        assertThat(claims("지난 5년간 교통사고로 인한 사망자는 1만명이다.")).isEmpty();
        assertThat(claims("최근 3년간 산사태 사망자는 모두 40명이다.")).isEmpty();
    }

    @Test
    void shouldKeepTheTollOfOneEventAfterAWordOfTimeNamingAPoint() {
        assertThat(kindsAndValues("같은 기간 새벽 화재로 인한 사망자는 4명이었다.")).containsExactly(tuple(ClaimKind.KILLED, 4L));
        assertThat(kindsAndValues("같은 기간 어젯밤 폭발로 인한 부상자는 3명이다.")).containsExactly(tuple(ClaimKind.WOUNDED, 3L));
        assertThat(kindsAndValues("같은 기간 전날 화재로 인한 사망자는 2명이었다.")).containsExactly(tuple(ClaimKind.KILLED, 2L));
        assertThat(kindsAndValues("지난 1년간 비가 오지 않았는데, 지난밤 폭우로 인한 사망자는 6명이다."))
                .containsExactly(tuple(ClaimKind.KILLED, 6L));
        // a word of time that names a stretch, not a point (nights, weekends), leaves the period's statistic
        assertThat(claims("같은 기간 야간 화재로 인한 사망자는 40명이었다.")).isEmpty();
        assertThat(claims("같은 기간 주말 교통사고 사망자는 300명이었다.")).isEmpty();
    }

    @Test
    void shouldCountTheDeadAmongPatientsOnlyAfterAnIllnessInTheClauseBefore() {
        // patients of an emergency or a ward are no illness's: the dead are the event's
        assertThat(kindsAndValues("화재 현장에서 응급환자 12명이 이송됐고 사망자는 2명으로 집계됐다."))
                .contains(tuple(ClaimKind.KILLED, 2L));
        assertThat(kindsAndValues("지진으로 입원환자 30명이 옮겨졌으며 사망자는 3명으로 늘었다."))
                .contains(tuple(ClaimKind.KILLED, 3L));
        // the patients of an illness told two clauses before the dead are not theirs
        assertThat(kindsAndValues("암환자 40명이 입원해 있던 병원에 불이 났고, 주민들이 대피했으며, 사망자는 2명이다."))
                .contains(tuple(ClaimKind.KILLED, 2L));
        // patients after an illness's name, in the word or the word before, count the illness's dead
        assertThat(claims("올해 치매환자는 500명이며 이 가운데 사망자는 20명이다.")).isEmpty();
        assertThat(claims("올해 결핵 환자는 300명, 이 중 사망자는 12명이다.")).isEmpty();
    }

    @Test
    void shouldReadACountAsATollWhenItsIncidentIsFollowedByItsCasualtyVerb() {
        assertThat(kindsAndValues("근로자 2명 폭발 사고 당시 숨져")).containsExactly(tuple(ClaimKind.KILLED, 2L));
        assertThat(kindsAndValues("광부 4명 붕괴 사고 직후 숨져")).containsExactly(tuple(ClaimKind.KILLED, 4L));
        assertThat(kindsAndValues("관광객 6명 보트 사고 뒤 다쳐")).containsExactly(tuple(ClaimKind.WOUNDED, 6L));
        // a count of its own before the casualty verb, or a clause closed first, keeps the incident's size (the first
        // is read wrongly by the base and 2ef5eda alike: a cause-marked incident was always a toll)
        assertThat(kindsAndValues("3000만명 정보유출 사태로 직원 2명이 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 2L));
        assertThat(claims("3000만명 정보유출 사태가 났고, 숨진 직원은 없었다.")).isEmpty();
    }
}
