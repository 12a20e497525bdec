package newswire.extract;

import static newswire.extract.Articles.kindsAndValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import newswire.model.ClaimKind;
import org.junit.jupiter.api.Test;

/**
 * Shapes of session 25 (i15-ko16), sentences of our own: two groups of one sentence as large as each other, people
 * aboard a captured vehicle, the company or the children of the one who died, and an amount a subject reaches in a
 * clause on another noun. Every positive is read wrongly by main b538ce8; the guards (marked) are read rightly by both.
 */
class GroupsAboardAndCompanyRulesTest {

    @Test
    void shouldKeepTwoEqualGroupsJoinedByAndAsTwoClaimsInBothLanguages() {
        assertThat(kindsAndValues("교도관 2명과 수감자 2명이 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L), tuple(ClaimKind.KILLED, 2L));
        // English reads each group and their sum, as it does for groups of other sizes
        assertThat(kindsAndValues("Two guards and two inmates were killed in the riot."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 2L), tuple(ClaimKind.KILLED, 2L),
                        tuple(ClaimKind.KILLED, 4L));
        // guard: one figure told again in another sentence is one claim
        assertThat(kindsAndValues("폭발로 직원 2명이 숨졌다. 경찰은 직원 2명이 숨졌다고 밝혔다."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L));
    }

    @Test
    void shouldCountPeopleAboardACapturedVehicleAsCaptured() {
        assertThat(kindsAndValues("관광객 15명을 태운 버스가 반군에게 납치됐다."))
                .containsExactly(tuple(ClaimKind.CAPTURED, 15L));
        assertThat(kindsAndValues("순례자 30명을 태운 채로 여객선이 해적에게 피랍됐다."))
                .containsExactly(tuple(ClaimKind.CAPTURED, 30L));
        // guard: a vehicle that overturned says nothing of everyone aboard
        assertThat(kindsAndValues("승객 50명을 태운 버스가 전복돼 2명이 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L));
    }

    @Test
    void shouldCountPeopleAboardOnlyWhenTheCaptureIsTheVehiclesOwnPredicate() {
        // i15-komend8: each was captured by main acced12, which took the first capture verb anywhere after 태운/탄
        // another object comes first: the boat escaped
        assertThat(kindsAndValues("어민 11명을 태운 어선이 해적선의 추격을 받았지만 납치를 모면했다.")).isEmpty();
        // a capture that nearly happened, or was only tried
        assertThat(kindsAndValues("승객 27명을 태운 채 납치될 뻔한 버스가 무사히 도착했다.")).isEmpty();
        assertThat(kindsAndValues("무장단체가 선원 14명이 탄 어선을 납치 시도했으나 실패했다.")).isEmpty();
        // the capture verb modifies another vessel, the object of the patrol boat's own verb
        assertThat(kindsAndValues("직원 9명을 태운 경비정이 피랍된 어선을 추적했다.")).isEmpty();
        // the captain of the ferry, not the ferry, was taken
        assertThat(kindsAndValues("승객 33명을 태운 여객선의 선장이 괴한들에게 납치됐다.")).isEmpty();
        // the truck's verb is 떠난; the capture is another subject's
        assertThat(kindsAndValues("주민 25명을 태운 트럭이 떠난 뒤 인근에서 교사 2명이 납치됐다."))
                .containsExactly(tuple(ClaimKind.CAPTURED, 2L));
        // guards: a date and an agent between the vehicle and its passive capture, and an active one on the vehicle
        assertThat(kindsAndValues("근로자 17명을 태운 승합차가 어제 새벽 반군에게 피랍됐다."))
                .containsExactly(tuple(ClaimKind.CAPTURED, 17L));
        assertThat(kindsAndValues("반군이 선교사 8명이 탄 차량을 납치했다.")).containsExactly(tuple(ClaimKind.CAPTURED, 8L));
    }

    @Test
    void shouldNotCountTheCompanyOrTheChildrenOfTheOneWhoDied() {
        // the old man and the father died; one person is no claim this asserts either way
        assertThat(kindsAndValues("손녀 2명과 함께 지내던 노인이 화재로 숨졌다."))
                .doesNotContain(tuple(ClaimKind.KILLED, 2L));
        assertThat(kindsAndValues("딸 3명의 아버지인 그는 총격으로 숨졌다.")).doesNotContain(tuple(ClaimKind.KILLED, 3L));
        // guard: a count that is the subject, with its company after it, died itself
        assertThat(kindsAndValues("아이 2명이 어머니와 함께 숨졌다.")).contains(tuple(ClaimKind.KILLED, 2L));
    }

    @Test
    void shouldNotCountTheAmountASubjectReachesInAClauseOnAnotherNoun() {
        assertThat(kindsAndValues("관람객이 3만 명에 달하는 축제에서 관람객 2명이 다쳤다."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 2L));
        assertThat(kindsAndValues("신도가 2만 명에 이르는 교회에서 불이 나 신도 4명이 다쳤다."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 4L));
        // guards: with no subject before it the count counts the noun after its verb; a noun of the dead keeps its kind
        assertThat(kindsAndValues("8명에 달하는 광부가 매몰돼 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 8L));
        assertThat(kindsAndValues("사망자가 40명에 이르는 참사가 일어났다.")).containsExactly(tuple(ClaimKind.KILLED, 40L));
    }
}
