package newswire.extract;

import static newswire.extract.Articles.claims;
import static newswire.extract.Articles.kindsAndValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import newswire.model.ClaimKind;
import org.junit.jupiter.api.Test;

/**
 * The Korean rules of session 23's round i15-ko14 (docs/korean-claims.md): infectious diseases by name as illness
 * tallies, spans of years before a figure told by a predicate, the abducted and hostages held now, migrants as a
 * status, and a vehicle or venue left for a while. Sentences of our own; every positive is read wrongly by the base
 * jar (main ffb5c86), each guard rightly by both.
 */
class KoreanStatusNounRulesTest {

    @Test
    void shouldReadTheDeadAndPatientsOfANamedInfectiousDiseaseAsItsTally() {
        // the disease marked as the cause, also a name ending in digits ("코로나19로")
        assertThat(claims("올겨울 콜레라로 인한 사망자는 35명으로 늘었다.")).isEmpty();
        assertThat(claims("코로나19로 지난 하루 동안 17명이 숨졌다.")).isEmpty();
        // the dead counted among the patients of a disease named apart from them, with or without the patients' count
        assertThat(claims("보건당국은 메르스 확진자 28명 가운데 3명이 숨졌다고 밝혔다.")).isEmpty();
        assertThat(claims("에볼라 감염자 가운데 사망자는 90명에 이른다.")).isEmpty();
        // the patients themselves counted with a death modifying them
        assertThat(claims("이날 사망한 코로나19 확진자는 19명이다.")).isEmpty();
    }

    @Test
    void shouldKeepTheDeadOfAnEventBesideAPatientWordOfNoIllness() {
        // guards: patients of a ward, not of an illness; an event's toll with no disease named
        assertThat(kindsAndValues("병원 화재로 입원 환자 가운데 4명이 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 4L));
        assertThat(kindsAndValues("버스가 전복돼 승객 가운데 6명이 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 6L));
    }

    @Test
    void shouldReadPeopleCountedByAPredicateOverASpanOfYearsAsTheSpansTally() {
        // a length of years, whatever verb tells the figure
        assertThat(claims("최근 3년 동안 이 물류센터에서 노동자 9명이 쓰러져 숨졌다.")).isEmpty();
        assertThat(claims("지난 5년간 이 교차로에서 보행자 11명이 차에 치여 숨졌다.")).isEmpty();
        // a span from a year to this year, through a relative clause on the course of doing something
        assertThat(claims("2010년부터 올해까지 불법 체류자를 단속하는 과정에서 14명이 숨졌다.")).isEmpty();
    }

    @Test
    void shouldKeepAWarsTollAndASpanOfMonthsToldByWhatHappened() {
        // guards: a war word between the span and the figure; months stay an event unless told by a verb of tally
        assertThat(kindsAndValues("지난 2년 동안 내전으로 민간인 4만명이 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 40000L));
        assertThat(kindsAndValues("지난 6개월 동안 무장단체의 공격으로 주민 15명이 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 15L));
    }

    @Test
    void shouldReadTheAbductedAndHostagesHeldNowAsCaptured() {
        assertThat(kindsAndValues("피랍자 6명의 가족들이 외교부 앞에서 기자회견을 열었다."))
                .containsExactly(tuple(ClaimKind.CAPTURED, 6L));
        assertThat(kindsAndValues("무장단체는 여전히 인질 14명을 붙잡고 있다."))
                .containsExactly(tuple(ClaimKind.CAPTURED, 14L));
        // guard: suspects a police holds are arrested, no capture
        assertThat(claims("경찰은 절도 용의자 4명을 붙잡고 있다.")).isEmpty();
    }

    @Test
    void shouldNotReadMigrantsAsDisplaced() {
        // a status, not a flight: the 이주 inside the noun is no predicate of the count before it
        assertThat(kindsAndValues("탄광 붕괴로 광부 40명이 다쳤다. 이 중 7명은 이주노동자였다."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 40L));
        // guard: migrants who flee a flood are displaced by the verb
        assertThat(kindsAndValues("홍수로 이주민 120명이 인근 체육관으로 대피했다."))
                .containsExactly(tuple(ClaimKind.DISPLACED, 120L));
    }

    @Test
    void shouldNotReadPeopleLeavingAVehicleOrAVenueAsDisplaced() {
        assertThat(claims("이륙 직전 여객기서 연기가 나 승객 130명이 긴급 대피했다.")).isEmpty();
        assertThat(claims("열차 안에서 불꽃이 튀어 승객 240명이 대피했다.")).isEmpty();
        assertThat(claims("쇼핑몰 식당에서 불이 나 손님 25명이 대피했다.")).isEmpty();
        // guard: residents who flee to a school are displaced; the school is where they went
        assertThat(kindsAndValues("산불이 번지자 주민 400명이 초등학교로 대피했다."))
                .containsExactly(tuple(ClaimKind.DISPLACED, 400L));
    }

    @Test
    void shouldReadANumeralDeterminersNounAsTheAgentBeforeAnObjectCount() {
        // "한 남자가": the mark is on the noun after the numeral; the ten taken are the claim, not the one who took them
        assertThat(kindsAndValues("한 남성이 여행객 8명을 인질로 잡았다.")).containsExactly(tuple(ClaimKind.CAPTURED, 8L));
        // guard: one who died beside others wounded is a count of its own
        assertThat(kindsAndValues("한 남성이 숨지고 행인 3명이 다쳤다."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 1L), tuple(ClaimKind.WOUNDED, 3L));
    }
}
