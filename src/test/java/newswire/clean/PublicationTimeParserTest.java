package newswire.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PublicationTimeParserTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private static OffsetDateTime printed(final String text, final ZoneId zone) {
        return PublicationTimeParser.findPrinted(text).orElseThrow().time().in(zone);
    }

    @Test
    void shouldReadPortalTimeAsKoreaTime() {
        assertThat(printed("2024. 10. 21. 18:59", SEOUL)).isEqualTo(OffsetDateTime.parse("2024-10-21T18:59+09:00"));
    }

    @Test
    void shouldReadMorningAndAfternoonMarkers() {
        assertThat(printed("입력2024.11.13. 오후 3:27", SEOUL)).isEqualTo(OffsetDateTime.parse("2024-11-13T15:27+09:00"));
        assertThat(printed("입력 2024.11.13. 오전 12:05", SEOUL)).isEqualTo(OffsetDateTime.parse("2024-11-13T00:05+09:00"));
        assertThat(printed("2024.11.13. 오후 12:10", SEOUL)).isEqualTo(OffsetDateTime.parse("2024-11-13T12:10+09:00"));
    }

    @Test
    void shouldPreferInputTimeOverModifiedTime() {
        assertThat(printed("수정 2024.11.14. 오전 9:00 입력 2024.11.13. 오후 3:27", SEOUL))
                .isEqualTo(OffsetDateTime.parse("2024-11-13T15:27+09:00"));
    }

    @Test
    void shouldReadEnglishTimeWithItsOwnZone() {
        assertThat(printed("Published: 14 Nov 2024 09:40 GMT", SEOUL)).isEqualTo(OffsetDateTime.parse("2024-11-14T09:40Z"));
        assertThat(printed("Nov. 14, 2024 9:40 p.m. KST", ZoneOffset.UTC))
                .isEqualTo(OffsetDateTime.parse("2024-11-14T21:40+09:00"));
    }

    @Test
    void shouldReadKoreanWordDates() {
        assertThat(printed("2024년 11월 13일 15시 27분", SEOUL)).isEqualTo(OffsetDateTime.parse("2024-11-13T15:27+09:00"));
    }

    @Test
    void shouldReadIsoMetadata() {
        assertThat(PublicationTimeParser.parseMetadata("2024-10-30T14:05:00+09:00", ZoneOffset.UTC))
                .contains(OffsetDateTime.parse("2024-10-30T14:05+09:00"));
        assertThat(PublicationTimeParser.parseMetadata("2024-10-30T14:05:00", SEOUL))
                .contains(OffsetDateTime.parse("2024-10-30T14:05+09:00"));
        assertThat(PublicationTimeParser.parseMetadata("2024-10-30", SEOUL))
                .contains(OffsetDateTime.parse("2024-10-30T00:00+09:00"));
    }

    @Test
    void shouldRejectImpossibleDates() {
        assertThat(PublicationTimeParser.findPrinted("2024. 13. 45. 18:59")).isEmpty();
        assertThat(PublicationTimeParser.parseMetadata("yesterday", SEOUL)).isEmpty();
    }
}
