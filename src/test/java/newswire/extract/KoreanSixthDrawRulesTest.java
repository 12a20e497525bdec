package newswire.extract;

import static newswire.extract.Articles.claims;
import static newswire.extract.Articles.kindsAndValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import newswire.model.ClaimKind;
import org.junit.jupiter.api.Test;

/**
 * The Korean rules of the sixth portal draw (docs/korean-claims.md, "Session 18, i15-konew"), each on sentences of
 * our own with negatives beside it.
 */
class KoreanSixthDrawRulesTest {

    @Test
    void shouldGiveTheItemsOfAListTheVerbAfterItsLastItem() {
        // "104명, 장비 30여대를 동원해": the list was mobilised; the removal further on is of waste, not of people
        assertThat(claims("구청은 직원 25명, 굴착기 10여대를 동원해 잔해를 제거했다.")).isEmpty();
        assertThat(kindsAndValues("소방관 30명, 장비 10대를 투입해 불을 껐으나 주민 2명이 숨졌다."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L));

        // a list whose last item takes a listed verb keeps it
        assertThat(kindsAndValues("폭발로 경찰관 2명, 주민 5명이 다쳤다.")).contains(tuple(ClaimKind.WOUNDED, 5L));
        assertThat(kindsAndValues("화재로 직원 2명, 손님 1명 등 모두 5명이 숨졌다.")).containsExactly(tuple(ClaimKind.KILLED, 5L));
        assertThat(kindsAndValues("러시아는 드론 500대, 미사일 40기를 발사했다."))
                .containsExactly(tuple(ClaimKind.WEAPONS, 500L), tuple(ClaimKind.WEAPONS, 40L));
    }

    @Test
    void shouldReadNoFiringInALauncher() {
        assertThat(claims("개조된 화물선의 미사일 발사대 60기는 24기로 줄었다.")).isEmpty();
        assertThat(claims("이 구축함에는 수직 발사관 32기가 실려 있다.")).isEmpty();

        assertThat(kindsAndValues("북한이 이동식 발사대에서 탄도미사일 2발을 발사했다."))
                .containsExactly(tuple(ClaimKind.WEAPONS, 2L));
    }

    @Test
    void shouldReadLaunchingVerbsBesidesBalsa() {
        assertThat(kindsAndValues("러시아는 밤사이 미사일 20발을 여러 도시에 날려보냈다."))
                .containsExactly(tuple(ClaimKind.WEAPONS, 20L));
        assertThat(kindsAndValues("북한은 동해상으로 방사포 4발을 쏘아 올렸다.")).containsExactly(tuple(ClaimKind.WEAPONS, 4L));

        // sending people is no launching
        assertThat(claims("구단은 선수 3명을 임대로 날려보냈다는 비판을 받았다.")).noneMatch(c -> c.kind() == ClaimKind.WEAPONS);
    }

    @Test
    void shouldReadATargetAsNoEvent() {
        assertThat(claims("러시아는 내년에 병력 40만 명을 모집하는 동원 목표를 세웠다.")).isEmpty();
        assertThat(claims("정부는 교통사고 사망자를 2천 명 아래로 줄이는 목표를 내놨다.")).isEmpty();

        assertThat(kindsAndValues("러시아는 국경에 병력 5만 명을 배치했다.")).containsExactly(tuple(ClaimKind.TROOPS, 50000L));
        assertThat(kindsAndValues("목표 지점을 공격해 적군 12명을 사살했다.")).containsExactly(tuple(ClaimKind.KILLED, 12L));
        // "X의 경우" is "in the case of X": a genitive noun opens no compound of a target or a condition
        assertThat(kindsAndValues("2년 새 5명이 숨진 공장의 경우 재판이 늦어졌다.")).containsExactly(tuple(ClaimKind.KILLED, 5L));
    }
}
