package newswire.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class BylineParserTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Test
    void shouldReadUpperCaseByLineWithBracketedEmail() {
        final BylineParser.Credit credit = BylineParser.parseLine("BY SARAH KIM [kim.sarah@joongang.co.kr]").orElseThrow();

        assertThat(credit.authors()).containsExactly("SARAH KIM");
        assertThat(credit.emails()).containsExactly("kim.sarah@joongang.co.kr");
    }

    @Test
    void shouldReadByLineWithHyphenatedName() {
        assertThat(BylineParser.parseLine("By Park Ji-hoon").orElseThrow().authors()).containsExactly("Park Ji-hoon");
    }

    @Test
    void shouldReadSeveralAuthors() {
        assertThat(BylineParser.parseLine("By Lee Min-ji and Kim Tae-yang").orElseThrow().authors())
                .containsExactly("Lee Min-ji", "Kim Tae-yang");
    }

    @Test
    void shouldReadKoreanReporterLine() {
        final BylineParser.Credit credit = BylineParser.parseLine("정다은 기자 dan@example.co.kr").orElseThrow();

        assertThat(credit.authors()).containsExactly("정다은");
        assertThat(credit.emails()).containsExactly("dan@example.co.kr");
    }

    @Test
    void shouldReadEveryReporterTitleAndNoKoreanLineWithout() {
        for (final String title : List.of("선임기자", "인턴기자", "특파원", "논설위원", "통신원", "에디터")) {
            assertThat(BylineParser.parseLine("한가람 " + title).orElseThrow().authors()).as(title)
                    .containsExactly("한가람");
        }
        assertThat(BylineParser.parseLine("한가람 위원")).isEmpty();
        assertThat(BylineParser.parseLine("오늘 날씨 맑음")).isEmpty();
    }

    @Test
    void shouldReadPortalAuthorAndTimeLine() {
        final BylineParser.Credit credit = BylineParser.parseLine("김사라 2024. 10. 21. 18:59").orElseThrow();

        assertThat(credit.authors()).containsExactly("김사라");
        assertThat(credit.time().map(printed -> printed.in(SEOUL)))
                .contains(OffsetDateTime.parse("2024-10-21T18:59+09:00"));
    }

    @Test
    void shouldReadInputAndModifiedLineAsInputTime() {
        final BylineParser.Credit credit = BylineParser.parseLine("입력2024.11.13. 오후 3:27  수정2024.11.13. 오후 4:02")
                .orElseThrow();

        assertThat(credit.authors()).isEmpty();
        assertThat(credit.time().map(printed -> printed.in(SEOUL)))
                .contains(OffsetDateTime.parse("2024-11-13T15:27+09:00"));
    }

    @Test
    void shouldReadATimeInTheArticlesZoneOnlyWhereTheLineStatesNone() {
        final BylineParser.Credit bare = BylineParser.parseLine("Jane Doe 2025-03-02 08:15").orElseThrow();
        final BylineParser.Credit stated = BylineParser.parseLine("Updated: 2 Mar 2025 08:15 GMT").orElseThrow();

        assertThat(bare.time().map(printed -> printed.in(SEOUL))).contains(OffsetDateTime.parse("2025-03-02T08:15+09:00"));
        assertThat(bare.time().map(printed -> printed.in(ZoneOffset.UTC)))
                .contains(OffsetDateTime.parse("2025-03-02T08:15Z"));
        assertThat(stated.time().map(printed -> printed.in(SEOUL))).contains(OffsetDateTime.parse("2025-03-02T08:15Z"));
    }

    @Test
    void shouldReadBareEmailLine() {
        assertThat(BylineParser.parseLine("<kim.sarah@joongang.co.kr>").orElseThrow().emails())
                .containsExactly("kim.sarah@joongang.co.kr");
    }

    @Test
    void shouldReadAgencyDatelineAndKeepTheStoryAfterIt() {
        final BylineParser.Credit credit = BylineParser
                .parseAgencyDateline("(서울=연합뉴스) 김철수 기자 = 국가정보원은 18일 북한이 파병을 결정했다고 밝혔다.").orElseThrow();

        assertThat(credit.authors()).containsExactly("김철수");
        assertThat(credit.agency()).contains("연합뉴스");
        assertThat(credit.remainder()).isEqualTo("국가정보원은 18일 북한이 파병을 결정했다고 밝혔다.");
    }

    @Test
    void shouldLeaveStorySentencesAlone() {
        for (final String sentence : List.of("By the end of the year, the army will have 30,000 more soldiers.",
                "By Monday, officials said, the number had doubled.",
                "On 2024. 10. 21. 18:59 the first troops crossed the border near the city.",
                "국정원은 18일 북한이 파병을 결정했다고 밝혔다.")) {
            assertThat(BylineParser.parseLine(sentence)).as(sentence).isEmpty();
        }
    }

    @Test
    void shouldCleanAuthorNamesFromMetadata() {
        assertThat(BylineParser.authorName("By TOM KRISHER")).contains("TOM KRISHER");
        assertThat(BylineParser.authorName("AP Auto Writer")).isEmpty();
        assertThat(BylineParser.authorName("https://www.facebook.com/someone")).isEmpty();
        assertThat(BylineParser.authorName("Anna Berg")).contains("Anna Berg");
    }
}
