package newswire.extract;

import static newswire.extract.Articles.claims;
import static newswire.extract.Articles.kindsAndValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import newswire.model.ClaimKind;
import org.junit.jupiter.api.Test;

/**
 * The Korean rules of session 19's round (docs/korean-claims.md, "i15-korean10"), from the portal crawl's unlabelled
 * pool: a number after an inflected Korean verb is no object of it, and a part pointing back at a figure of the
 * sentence before. Each on sentences of our own, with negatives beside it.
 */
class KoreanPartRulesTest {

    @Test
    void shouldTakeNoNumberAfterAnInflectedKoreanVerbAsItsObject() {
        // a disaster named by its date after the verb of its toll
        assertThat(kindsAndValues("200명이 숨진 10·26 참사 추모식이 열렸다."))
                .containsExactly(tuple(ClaimKind.KILLED, 200L));
        assertThat(kindsAndValues("승객 1명이 숨지고 2∼3명이 실종됐다.")).containsExactly(tuple(ClaimKind.KILLED, 1L));
        assertThat(claims("체중별 사망위험은 정상 체중(사망위험 1.0)과 비교해 2배였다.")).isEmpty();

        // a bare predicate noun still heads the count after it, as a tally does
        assertThat(kindsAndValues("사망 4, 부상 7.")).containsExactly(tuple(ClaimKind.KILLED, 4L),
                tuple(ClaimKind.WOUNDED, 7L));
    }

    @Test
    void shouldReadAPartPointingBackAtTheSentenceBeforeAsASubCount() {
        assertThat(kindsAndValues("요양원 화재로 노인 12명이 숨졌다. 그 중 11명이 연기를 마셔 사망했다."))
                .containsExactly(tuple(ClaimKind.KILLED, 12L));
        assertThat(kindsAndValues("빌라에 불이 나 주민 6명이 다쳤다. 이 가운데 2명은 중상을 입었다."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 6L));
        assertThat(kindsAndValues("공장에서 직원 20명이 다쳤다. 이 중 9명은 흉기에, 나머지 11명은 가스에 다쳤다."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 20L));

        // a part of another kind is a figure of its own, and a part of a whole that befell nobody stays the figure
        assertThat(kindsAndValues("화재로 12명이 다쳤고 이 중 2명이 숨졌다."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 12L), tuple(ClaimKind.KILLED, 2L));
        assertThat(kindsAndValues("버스가 행인 3명을 들이받았다. 그 중 1명이 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 1L));
        // a whole two sentences back is no longer the one pointed at
        assertThat(kindsAndValues("마을에서 5명이 숨졌다. 경찰이 조사에 나섰다. 이 중 2명은 어린이로 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 5L), tuple(ClaimKind.KILLED, 2L));
    }

    @Test
    void shouldPointAPartBackAtTheNearestCountOnly() {
        // the count right before the part is of another kind: a figure of the part's kind told earlier is not its whole
        assertThat(kindsAndValues("지난해에도 이 창고에서 2명이 숨졌다. 이번 화재로 30명이 다쳤고 이 중 5명이 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L), tuple(ClaimKind.WOUNDED, 30L),
                        tuple(ClaimKind.KILLED, 5L));
        assertThat(kindsAndValues("열차가 탈선해 4명이 숨졌다. 이 사고로 승객 40명이 다쳤으며, 이 중 6명이 병원에서 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 4L), tuple(ClaimKind.WOUNDED, 40L),
                        tuple(ClaimKind.KILLED, 6L));
        // the nearest count is of the part's kind: still a sub-count, in the sentence or across one
        assertThat(kindsAndValues("공장에서 3명이 숨지고 15명이 다쳤다. 이 가운데 4명은 중상이다."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L), tuple(ClaimKind.WOUNDED, 15L));
        assertThat(kindsAndValues("지난달 2명이 다쳤다. 이번 폭발로 9명이 숨졌고 이 중 3명은 작업자로 숨졌다."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 2L), tuple(ClaimKind.KILLED, 9L));
    }

    @Test
    void shouldReadTheRestOfAWholeOfTheSentenceBeforeAsAFigure() {
        // 나머지 reaches its own sentence: the rest of a partitive whole told before are more dead
        assertThat(kindsAndValues("일가족 6명 중 4명이 현장에서 숨졌다. 나머지 2명은 병원으로 옮겨졌으나 끝내 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 4L), tuple(ClaimKind.KILLED, 2L));
        // in its own sentence, after a figure of its kind, the rest are a sub-count of it
        assertThat(kindsAndValues("일가족 5명이 숨진 채 발견됐는데, 가장은 흉기에 숨졌고 나머지 4명은 연기를 마셔 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 5L));
    }
}
