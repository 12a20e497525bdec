package newswire.extract;

import static newswire.extract.Articles.claims;
import static newswire.extract.Articles.kindsAndValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import newswire.model.ClaimKind;
import org.junit.jupiter.api.Test;

/**
 * The Korean rules of session 18's ninth round (docs/korean-claims.md, "i15-korean9"), from the portal crawl's
 * unlabelled pool: figures that tell no one event, a verb of a later clause with a topic of its own, and a count
 * that is what something became (부상 as "rising"). Each on sentences of our own, with negatives beside it.
 */
class KoreanTallyRulesTest {

    @Test
    void shouldReadTheCasualtiesOfAccidentsOverASpanOfTheYearAsATally() {
        assertThat(claims("올해 들어 공사 현장 추락 사고가 14건 발생해 작업자 15명이 숨졌다.")).isEmpty();
        assertThat(claims("2015년부터 지난해까지 이 다리에서 투신 사고로 40명이 사망했다.")).isEmpty();
        assertThat(claims("경찰청은 올해 1월부터 9월까지 교통사고로 보행자 300명이 다쳤다고 밝혔다.")).isEmpty();
        assertThat(claims("올해 3분기까지 산업재해로 숨진 노동자는 모두 400명이다.")).isEmpty();
    }

    @Test
    void shouldKeepOneAccidentAndATollThatIsNoAccidentsTally() {
        // the worst accident of the year, this accident, and a time of the day are one event
        assertThat(kindsAndValues("올해 들어 최악의 교통사고로 승객 12명이 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 12L));
        assertThat(kindsAndValues("소방당국은 올해 들어 두 번째 붕괴 사고로 2명이 숨졌다고 밝혔다."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L));
        assertThat(kindsAndValues("오후 3시까지 이번 사고로 2명이 숨지고 5명이 다쳤다."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L), tuple(ClaimKind.WOUNDED, 5L));
        // a year of digits with only an end is a deadline, not a span counted over
        assertThat(kindsAndValues("2027년 3월까지 공사를 마칠 예정이었으나 어제 붕괴 사고로 작업자 3명이 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L));
        // a war's toll since a time of the year counts no accidents
        assertThat(kindsAndValues("올해 들어 지금까지 공습으로 민간인 300명이 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 300L));
        // 까지 as "even" ends no span
        assertThat(kindsAndValues("지난해 겨울 고속도로 사고로 차량에 불까지 붙어 2명이 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L));
    }

    @Test
    void shouldGiveTheVerbOfALaterClauseWithItsOwnTopicToThatTopic() {
        assertThat(kindsAndValues("화재로 주민 4명이 병원으로 옮겨졌으나 이후 노인은 숨졌다."))
                .doesNotContain(tuple(ClaimKind.KILLED, 4L));
        assertThat(kindsAndValues("작업자 3명이 병원으로 옮겨졌고 이후 운전자는 숨진 채 발견됐다."))
                .doesNotContain(tuple(ClaimKind.KILLED, 3L));

        // with no new topic, or one pointing back at the count, the later verb is still the count's
        assertThat(kindsAndValues("주민 1명이 병원에 옮겨졌지만 끝내 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 1L));
        assertThat(kindsAndValues("승객 5명이 병원으로 이송됐으나 이들은 모두 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 5L));
        assertThat(kindsAndValues("폭발로 2명이 숨졌고 경찰은 8명이 다쳤다고 밝혔다."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L), tuple(ClaimKind.WOUNDED, 8L));
    }

    @Test
    void shouldReadACountMarkedRoBeforeTheVerbAsWhatSomethingBecame() {
        assertThat(claims("그는 올해 가장 주목받는 신인 중 한 명으로 부상했다.")).isEmpty();
        assertThat(claims("이 도시는 관광객 100만 명으로 부상한 명소다.")).isEmpty();

        // a toll told with 으로 keeps its own noun's kind, and a count marked 이/가 its verb
        assertThat(kindsAndValues("부상자는 5명으로 늘었다.")).containsExactly(tuple(ClaimKind.WOUNDED, 5L));
        assertThat(kindsAndValues("총격으로 경비원 한 명이 부상했다.")).containsExactly(tuple(ClaimKind.WOUNDED, 1L));
    }
}
