package newswire.extract;

import static newswire.extract.Articles.claims;
import static newswire.extract.Articles.kindsAndValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import newswire.model.Claim;
import newswire.model.ClaimKind;
import newswire.model.ClaimStatus;
import org.junit.jupiter.api.Test;

/**
 * The Korean rules developed on articles of many outlets as a news portal carries them (eval/ko-naver), each on
 * sentences of our own.
 */
class KoreanPortalRulesTest {

    @Test
    void shouldSplitKoreanSentencesWhoseSpaceWasLost() {
        assertThat(claims("피고인 3명이 재판에 넘겨졌다.검찰은 수용자 사망 사건의 결과를 발표했다.")).isEmpty();

        assertThat(kindsAndValues("화재 원인을 조사하고 있다.이번 화재로 주민 2명이 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 2L));
        // a stop between digits or Latin letters is no Korean sentence end
        assertThat(SentenceSplitter.split("사고는 3.5km 떨어진 곳에서 났다.", 0)).hasSize(1);
    }

    @Test
    void shouldReadNoClaimFromTwoKoreanPredicatesJoinedByOr() {
        assertThat(claims("숨지거나 다친 근로자 7명 가운데 3명은 일용직이었다.")).isEmpty();
        assertThat(claims("적군 약 900명이 전사하거나 부상했다고 주장했다.")).isEmpty();
        assertThat(claims("주민 4명이 사망 또는 실종된 것으로 집계됐다.")).isEmpty();

        // a predicate whose -거나 joins no other predicate is read as before
        assertThat(kindsAndValues("폭발로 2명이 숨졌고 주민들은 집에 머물거나 대피했다.")).containsExactly(tuple(ClaimKind.KILLED, 2L));
    }

    @Test
    void shouldReadADetentionAsACaptureOnlyOfSoldiers() {
        assertThat(claims("검찰은 테러 용의자 85명을 억류했다고 밝혔다.")).isEmpty();
        assertThat(claims("경찰은 이 작전으로 230명을 억류했다.")).isEmpty();

        assertThat(kindsAndValues("반군은 정부군 병사 4명을 억류하고 있다고 주장했다.")).containsExactly(tuple(ClaimKind.CAPTURED, 4L));
    }

    @Test
    void shouldReadNoCountBeforeADistributiveSuffix() {
        assertThat(claims("위령제에서 희생자 이름이 한 명씩 불렸다.")).isEmpty();
        assertThat(claims("환자들은 두 명씩 병실에 배정됐다.")).isEmpty();

        assertThat(kindsAndValues("폭우로 주민 한 명이 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 1L));
    }

    @Test
    void shouldReadNoClaimFromWhatANounCanDo() {
        assertThat(claims("이 장비는 한 번에 로켓 16발을 발사할 수 있는 다연장로켓이다.")).isEmpty();
        assertThat(claims("수십 명을 숨지게 할 수 있는 양의 독극물이 발견됐다.")).isEmpty();

        assertThat(kindsAndValues("군은 어제 로켓 16발을 발사했다.")).containsExactly(tuple(ClaimKind.WEAPONS, 16L));
        // a finite "could" stays a possible claim
        assertThat(claims("군은 로켓 16발을 발사할 수 있다고 경고했다."))
                .extracting(Claim::kind, Claim::status).containsExactly(tuple(ClaimKind.WEAPONS, ClaimStatus.POSSIBLE));
    }

    @Test
    void shouldReadAYearsTallyOfTheDeadAsAStatistic() {
        assertThat(claims("지난해 기준 암 사망자는 8만 9,000명으로 전체 사망의 25%를 차지했다.")).isEmpty();
        assertThat(claims("출생자 수는 23만 명, 사망자 수는 35만 명으로 2023년보다 각각 늘었다.")).isEmpty();
        assertThat(claims("교통사고 부상자는 전년 대비 2,000명 줄어든 15만 명이었다.")).isEmpty();

        // a time of day is an update of one event's toll, and a predicate tells an event
        assertThat(kindsAndValues("오전 6시 기준 사망자는 42명으로 늘었다.")).containsExactly(tuple(ClaimKind.KILLED, 42L));
        assertThat(kindsAndValues("올해 교통사고로 전년보다 12명 줄어든 95명이 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 95L));
    }

    @Test
    void shouldReadNoPredicateOfACountFromANounOfTheDeadBesideIt() {
        assertThat(kindsAndValues("입국자 수는 1,200명, 사망자 수는 30명으로 집계됐다.")).containsExactly(tuple(ClaimKind.KILLED, 30L));
    }

    @Test
    void shouldCountTheNounAfterAGenitiveCount() {
        assertThat(kindsAndValues("폭발로 15명의 부상자와 4명의 사망자가 발생했다."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 15L), tuple(ClaimKind.KILLED, 4L));
    }

    @Test
    void shouldReadABareNounOfAPredicateOnlyBeforeItsCount() {
        assertThat(claims("경찰은 방화 살해 사건의 공범 2명이 해외로 달아났다고 밝혔다.")).isEmpty();

        assertThat(kindsAndValues("이번 사고로 사망 2명, 부상 6명의 인명 피해가 났다."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L), tuple(ClaimKind.WOUNDED, 6L));
        assertThat(kindsAndValues("충돌 현장에서 중상 2명과 경상 4명도 확인됐다."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 2L), tuple(ClaimKind.WOUNDED, 4L));
    }

    @Test
    void shouldReadTheRemovalOfPeopleAsTheirKilling() {
        assertThat(kindsAndValues("군은 공습으로 반군 지휘관 4명을 제거했다고 밝혔다.")).containsExactly(tuple(ClaimKind.KILLED, 4L));

        assertThat(claims("공병대는 도로에 묻힌 지뢰 30개를 제거했다.")).isEmpty();
        assertThat(claims("방공부대가 드론 6대를 제거했다.")).isEmpty();
        assertThat(claims("시는 불법 현수막 120건을 제거했다.")).isEmpty();
    }

    @Test
    void shouldLeaveAKoreanObjectCountOutOfTheVerbOfALaterSubject() {
        assertThat(kindsAndValues("버스가 보행자 5명을 덮치는 사고가 나 이 가운데 노인 1명이 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 1L));
        // the hostages held are captured (붙잡고 있, i15-ko14; English reads "holding six hostages" alike), never killed
        assertThat(kindsAndValues("인질 6명을 붙잡고 있던 괴한 2명이 사살됐다."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 2L), tuple(ClaimKind.CAPTURED, 6L));

        // one verb after several objects is theirs
        assertThat(kindsAndValues("반군은 주민 3명과 경찰관 2명을 살해했다."))
                .contains(tuple(ClaimKind.KILLED, 3L), tuple(ClaimKind.KILLED, 2L));
    }

    @Test
    void shouldReadNoTollFromThePartOfAWholeOfTheSameKind() {
        assertThat(kindsAndValues("폭우로 부상자 12명 가운데 3명은 중상을 입었다."))
                .doesNotContain(tuple(ClaimKind.WOUNDED, 3L));
        // the part of a whole of no casualty kind is the toll, as before
        assertThat(kindsAndValues("승객 30명 가운데 4명이 다쳤다.")).containsExactly(tuple(ClaimKind.WOUNDED, 4L));
    }

    @Test
    void shouldBoundACountGoneBeyondInThePoliteStyle() {
        assertThat(claims("이번 홍수로 다친 사람은 200명이 넘습니다."))
                .extracting(c -> c.quantity().low()).containsExactly(200L);
        assertThat(claims("이번 홍수로 다친 사람은 200명입니다."))
                .extracting(c -> c.quantity().value()).containsExactly(200L);
    }

    @Test
    void shouldReadMunitionsThatFellAsFired() {
        assertThat(kindsAndValues("적의 로켓 6발이 국경 마을에 떨어져 주민 2명이 숨졌다."))
                .containsExactly(tuple(ClaimKind.WEAPONS, 6L), tuple(ClaimKind.KILLED, 2L));
        // a distance, a fall of a measure: no munitions counted
        assertThat(kindsAndValues("포병 기지에서 5km 떨어진 마을에서 주민 3명이 다쳤다.")).containsExactly(tuple(ClaimKind.WOUNDED, 3L));
        assertThat(claims("수출 물량이 20% 떨어졌다.")).isEmpty();
    }

    @Test
    void shouldReadNoClaimFromACondition() {
        assertThat(claims("새 규정은 작업 중 사망자가 1명 이상 발생한 경우 적용된다.")).isEmpty();
        assertThat(claims("공사 현장에서 부상자가 3명 이상 나올 경우 작업을 멈춰야 한다.")).isEmpty();
        assertThat(claims("두 명 이상이 숨질 경우에는 특별조사단이 꾸려진다.")).isEmpty();

        // a clause that ended before the noun of "case" is an event of its own
        assertThat(kindsAndValues("창고 화재로 직원 2명이 숨지고, 이런 경우 보험이 적용된다."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L));
        assertThat(kindsAndValues("어제 공장 폭발로 근로자 3명이 숨지고 5명이 다쳤다."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L), tuple(ClaimKind.WOUNDED, 5L));
    }

    @Test
    void shouldReadNoTollFromDeathsOfAnIllness() {
        assertThat(claims("이 마을에서는 지난 5년간 주민 40명이 폐암으로 사망했다.")).isEmpty();
        assertThat(claims("작년 심장질환으로 인한 사망자는 3만2000명으로 집계됐다.")).isEmpty();
        assertThat(claims("작년 호흡기 질환 사망자 1만명 넘어")).isEmpty();

        // a cause that is an event, or an illness that is not the cause, is read as before
        assertThat(kindsAndValues("어제 미사일 공격으로 주민 12명이 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 12L));
        assertThat(kindsAndValues("지병이 있던 주민 2명이 어젯밤 화재로 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 2L));
    }

    @Test
    void shouldReadTheCounterOfBodiesOnlyAsAWordOfItsOwn() {
        assertThat(claims("사고 직후 출동한 119구급대가 부상자를 병원으로 옮겼다.")).isEmpty();
        assertThat(claims("구조대는 112구조대와 함께 시신을 수습했다.")).isEmpty();

        assertThat(kindsAndValues("수색대는 계곡에서 시신 4구를 수습했다.")).containsExactly(tuple(ClaimKind.KILLED, 4L));
        assertThat(kindsAndValues("잔해 속에서 시신 11구가 발견됐다.")).containsExactly(tuple(ClaimKind.KILLED, 11L));
    }

    @Test
    void shouldReadTheCounterOfRoundsOnlyAsAWordOfItsOwn() {
        assertThat(claims("위성을 전제로 한 발사 계획이 또 미뤄졌다.")).isEmpty();
        assertThat(claims("양측은 협상에서 한발짝 물러섰다.")).isEmpty();

        assertThat(kindsAndValues("북한이 발사한 탄도미사일은 2발이라고 합참이 밝혔다.")).containsExactly(tuple(ClaimKind.WEAPONS, 2L));
        assertThat(kindsAndValues("적군은 어젯밤 로켓 10발을 발사했다.")).containsExactly(tuple(ClaimKind.WEAPONS, 10L));
    }

    @Test
    void shouldReadNoCaptureFromPeopleReleased() {
        assertThat(claims("정부는 지난달 억류한 적군 병사 18명을 송환할 방침이다.")).isEmpty();
        assertThat(claims("무장단체에 억류된 인질 20명이 어제 석방됐다.")).isEmpty();
        assertThat(claims("동료를 살해한 선원 2명을 본국으로 송환했다.")).isEmpty();

        assertThat(kindsAndValues("반군은 정부군 병사 4명을 억류하고 있다고 주장했다.")).containsExactly(tuple(ClaimKind.CAPTURED, 4L));
    }

    @Test
    void shouldReadNoForceFromOneSoldier() {
        assertThat(claims("전선에서 만난 한 병사는 전쟁이 길어질 것이라고 말했다.")).isEmpty();

        assertThat(kindsAndValues("정부는 병력 300명을 국경에 배치했다.")).containsExactly(tuple(ClaimKind.TROOPS, 300L));
    }

    @Test
    void shouldReadNoFlightFromAShelterADrillOrAbuse() {
        assertThat(claims("한파 대피소를 찾은 노숙인은 올겨울 3000명에 이른다.")).isEmpty();
        assertThat(claims("학생 500명이 화재 대피훈련에 참여했다.")).isEmpty();
        assertThat(claims("학대피해아동 30명에게 선물이 전달됐다.")).isEmpty();

        assertThat(kindsAndValues("불이 나자 주민 40명이 긴급 대피했다.")).containsExactly(tuple(ClaimKind.DISPLACED, 40L));
    }

    @Test
    void shouldReadNoTollFromAMixedTotal() {
        assertThat(claims("12명 사상…트럭 운전자 숨지고 행인도 다쳐")).extracting(Claim::quantity)
                .noneMatch(q -> Long.valueOf(12L).equals(q.value()));
        assertThat(claims("화재로 30여 명이 사상했다.")).isEmpty();

        assertThat(kindsAndValues("폭발로 3명이 숨지고 8명이 다쳤다."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L), tuple(ClaimKind.WOUNDED, 8L));
    }

    @Test
    void shouldReadTheWholeOfAPartitivePastItsPartsInBrackets() {
        assertThat(kindsAndValues("이 사고로 승객 120명(어린이 20명·성인 100명) 중 15명이 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 15L));
    }

    @Test
    void shouldReadAKoreanNumberWrittenApartAfterItsMyriads() {
        assertThat(kindsAndValues("이번 전쟁으로 군인 30만 5천 명이 목숨을 잃었다.")).containsExactly(tuple(ClaimKind.KILLED, 305_000L));
        assertThat(kindsAndValues("정부는 병력 2만 3천 명을 국경에 배치했다.")).containsExactly(tuple(ClaimKind.TROOPS, 23_000L));

        // a second number as large as the myriad is no rest of the first
        assertThat(kindsAndValues("홍수로 주민 1만 명이 대피했고 2천 명이 다쳤다."))
                .containsExactly(tuple(ClaimKind.DISPLACED, 10_000L), tuple(ClaimKind.WOUNDED, 2_000L));
    }

    @Test
    void shouldReadNoCountFromACountSaidTwiceInARow() {
        assertThat(claims("유족들은 희생자 이름을 한 명 한 명 불렀다.")).isEmpty();
        assertThat(claims("구조대는 갇힌 주민을 한 사람 한 사람 업어 옮겼다.")).isEmpty();

        assertThat(kindsAndValues("사고로 한 명이 숨지고 한 명이 다쳤다."))
                .containsExactly(tuple(ClaimKind.KILLED, 1L), tuple(ClaimKind.WOUNDED, 1L));
    }

    @Test
    void shouldReadNoPersonFromANounOfPeopleModifyingAPlace() {
        assertThat(kindsAndValues("어느 시골의 한 노인 요양원에서 불이 나 7명이 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 7L));

        assertThat(kindsAndValues("한 남성 운전자가 사고로 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 1L));
        assertThat(kindsAndValues("교차로에서 한 노인이 차에 치여 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 1L));
    }

    @Test
    void shouldReadNoCasualtiesFromTheSizeOfAnIncident() {
        assertThat(claims("의원들은 1200만명 정보유출사태, 직원 사망 사건 등을 따져 물었다.")).isEmpty();
        assertThat(claims("회사는 500명 소송사건에 휘말렸고 직원 사망 사고도 이어졌다.")).isEmpty();

        // a bare count before a word that holds its predicate is the incident's toll
        assertThat(kindsAndValues("공사장에서 2명 사망사고가 났다.")).containsExactly(tuple(ClaimKind.KILLED, 2L));
    }

    @Test
    void shouldReadTheInfectedAsNoDead() {
        assertThat(claims("보건당국은 올겨울 200만 명이 독감에 걸려 1천 명이 사망한 것으로 추산했다.")).isEmpty();
        assertThat(claims("주민 40명이 결핵에 걸렸고 이 중 2명이 숨졌다.")).isEmpty();

        // a thing caught that is no illness leaves the dead as they were
        assertThat(kindsAndValues("어선이 그물에 걸려 뒤집히면서 선원 3명이 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L));
    }

    @Test
    void shouldReadAForcesLossesAsNoTroops() {
        assertThat(claims("총참모부는 적군이 지금까지 45만 명의 병력을 잃었다고 밝혔다.")).isEmpty();
        assertThat(claims("적군은 이 전투에서 병사 800명을 잃었다.")).isEmpty();

        assertThat(kindsAndValues("정부는 2만 명의 병력을 전선에 보냈다.")).containsExactly(tuple(ClaimKind.TROOPS, 20_000L));
    }

    @Test
    void shouldReadABareCountsOwnVerbBeforeALaterCasualtyWord() {
        assertThat(claims("주말 5000명 방문, 관광 명소로 급부상")).isEmpty();
        assertThat(claims("회사, 1500명 조사해 소비 변화 분석…1인 가구 주체 부상")).isEmpty();
        assertThat(claims("어제 감기 환자 9명 발생하고 1명은 입원")).isEmpty();

        // a bare count before its own casualty word, and a list of them, are read as before
        assertThat(kindsAndValues("버스 추락 3명 사망, 12명 부상"))
                .containsExactly(tuple(ClaimKind.KILLED, 3L), tuple(ClaimKind.WOUNDED, 12L));
    }

    @Test
    void shouldReadTheTotalOfAListThatDeungCloses() {
        assertThat(kindsAndValues("화재로 직원 2명, 손님 1명 등 모두 5명이 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 5L));
        assertThat(kindsAndValues("폭격으로 주민 30명과 군인 12명 등 42명이 다쳤다.")).containsExactly(tuple(ClaimKind.WOUNDED, 42L));
        assertThat(claims("폭발로 어린이 3명 등 최소 20명이 다쳤다.")).extracting(claim -> claim.quantity().low())
                .containsExactly(20L);

        // the items of a mixed total are the dead and the wounded
        assertThat(kindsAndValues("산불은 사망 20명 등 50여 명의 사상자를 냈다.")).containsExactly(tuple(ClaimKind.KILLED, 20L));
        // 등 with no total after it leaves the count as it was
        assertThat(kindsAndValues("어린이 3명 등이 다쳐 병원으로 옮겨졌다.")).containsExactly(tuple(ClaimKind.WOUNDED, 3L));
    }

    @Test
    void shouldReadNoTollFromAPartOfTheDeadOrWoundedNamedWithoutTheirNumber() {
        assertThat(claims("사망자 중 2명은 외국인으로 확인됐다.")).isEmpty();
        assertThat(claims("부상자 가운데 3명은 중상이다.")).isEmpty();

        // a part of a whole that is no toll is the toll, as before
        assertThat(kindsAndValues("승객 중 2명이 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 2L));
    }

    @Test
    void shouldReadNoFigureFromAGroupOfABreakdown() {
        assertThat(claims("숨진 사람은 서울 출신이 12명으로 가장 많았다.")).isEmpty();
        assertThat(claims("교통사고 사망자는 보행자가 30명으로 전체의 40%를 차지했다.")).isEmpty();

        // a count marked 으로 before a verb of change stays a toll
        assertThat(kindsAndValues("사망자는 3140명으로 늘었다.")).containsExactly(tuple(ClaimKind.KILLED, 3140L));
    }

    @Test
    void shouldReadAMixedTotalNamedAsSubjectAsNoKind() {
        assertThat(claims("구조대원이 숨지는 등 사상자가 7명이 넘었다.")).isEmpty();
        assertThat(claims("사고 현장에서 운전자가 숨졌고 사상자는 12명이다.")).isEmpty();

        // the dead named as subject are the dead
        assertThat(kindsAndValues("사망자가 7명으로 늘었다.")).containsExactly(tuple(ClaimKind.KILLED, 7L));
    }
}
