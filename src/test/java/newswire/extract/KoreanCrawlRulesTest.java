package newswire.extract;

import static newswire.extract.Articles.claims;
import static newswire.extract.Articles.kindsAndValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import newswire.model.ClaimKind;
import org.junit.jupiter.api.Test;

/**
 * The Korean rules of the ninth round (docs/korean-claims.md, "Session 17"), developed on a judged sample of the
 * portal crawl's unlabelled articles, each on sentences of our own with negatives beside it.
 */
class KoreanCrawlRulesTest {

    @Test
    void shouldReadKoreanNumbersAsBroadcastersAndTablesWriteThem() {
        // scale syllables glued to digits open one number; a comma may group the digits after 만
        assertThat(kindsAndValues("산사태로 주민 천2백 명이 대피했다.")).containsExactly(tuple(ClaimKind.DISPLACED, 1200L));
        assertThat(kindsAndValues("이번 지진으로 1만2,345명이 대피했다.")).containsExactly(tuple(ClaimKind.DISPLACED, 12345L));

        // a word that merely holds a scale syllable is no numeral; plain digits with commas are read as before
        assertThat(kindsAndValues("신천2동에서 주민 3명이 다쳤다.")).containsExactly(tuple(ClaimKind.WOUNDED, 3L));
        assertThat(kindsAndValues("폭격으로 1,500명이 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 1500L));
    }

    @Test
    void shouldReadANumberGluedToAUnitSymbolAsAMeasure() {
        assertThat(kindsAndValues("산불로 주민 2명이 숨지고 5만㏊ 넘는 숲이 탔다.")).containsExactly(tuple(ClaimKind.KILLED, 2L));

        assertThat(kindsAndValues("산불로 주민 2명이 숨지고 5만 명 넘는 주민이 대피했다."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L), tuple(ClaimKind.DISPLACED, null)); // low 50,000
    }

    @Test
    void shouldReadNoPredicateInsideAWordThatNamesSomethingElse() {
        // 안전사고 holds 전사 (killed in action)
        assertThat(claims("행사장에 요원 40명을 배치하고 안전사고에 대비했다.")).isEmpty();

        assertThat(kindsAndValues("교전에서 병사 3명이 전사했다.")).containsExactly(tuple(ClaimKind.KILLED, 3L));
        assertThat(kindsAndValues("공사장 안전사고로 근로자 4명이 다쳤다.")).containsExactly(tuple(ClaimKind.WOUNDED, 4L));
    }

    @Test
    void shouldReadSasangBeforeASuperlativeAsInHistoryNotAsAMixedTotal() {
        assertThat(kindsAndValues("어린이 3명, 교사 2명 등 5명이 사상 최대 규모의 산사태로 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 5L));

        // the mixed total itself stays a count of no kind, and its items figures of their own
        assertThat(claims("주민 3명, 군인 2명 등 5명이 사상했다.")).isEmpty();
        assertThat(claims("사상자가 10명이 넘었다.")).isEmpty();
        assertThat(kindsAndValues("사망 7명 등 20여 명의 사상자가 발생했다.")).containsExactly(tuple(ClaimKind.KILLED, 7L));
    }

    @Test
    void shouldGiveAVerbToTheLaterSubjectWhenTwoSubjectCountsPrecedeIt() {
        assertThat(kindsAndValues("작업자 5명이 열차에 치여 3명이 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 3L));

        // a subject count with its own verb before the next count keeps it
        assertThat(kindsAndValues("주민 3명이 숨지고 5명이 다쳤다."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L), tuple(ClaimKind.WOUNDED, 5L));
        assertThat(kindsAndValues("경찰관 2명이 총에 맞아 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 2L));
        // subject counts set off by a comma are coordinated: the verb is every one's
        assertThat(kindsAndValues("군인 3명이, 민간인 2명이 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L), tuple(ClaimKind.KILLED, 2L));
    }
}
