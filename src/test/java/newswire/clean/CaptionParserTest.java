package newswire.clean;

import static org.assertj.core.api.Assertions.assertThat;

import newswire.model.Caption;
import org.junit.jupiter.api.Test;

class CaptionParserTest {

    @Test
    void shouldSplitCapitalisedCredit() {
        assertThat(CaptionParser.parse("Korean President Yoon Suk Yeol speaks at a NATO summit in Washington on July 12. [PRESIDENTIAL OFFICE]"))
                .contains(new Caption("Korean President Yoon Suk Yeol speaks at a NATO summit in Washington on July 12.",
                        "PRESIDENTIAL OFFICE"));
    }

    @Test
    void shouldSplitSharedCredit() {
        assertThat(CaptionParser.parse("North Korean leader Kim Jong-un inspects a unit. [KCNA/YONHAP]"))
                .contains(new Caption("North Korean leader Kim Jong-un inspects a unit.", "KCNA/YONHAP"));
    }

    @Test
    void shouldSplitKoreanCredits() {
        assertThat(CaptionParser.parse("국정원 청사 전경 [연합뉴스]")).contains(new Caption("국정원 청사 전경", "연합뉴스"));
        assertThat(CaptionParser.parse("국정원 청사 전경 (사진=연합뉴스)")).contains(new Caption("국정원 청사 전경", "연합뉴스"));
    }

    @Test
    void shouldSplitParenthesisedPhotoCredits() {
        assertThat(CaptionParser.parse("Vicente Aguiar loads garage door trims into his truck. (AP Photo/Alan Diaz, File)"))
                .contains(new Caption("Vicente Aguiar loads garage door trims into his truck.", "AP Photo/Alan Diaz, File"));
        assertThat(CaptionParser.parse("The first global geologic map of Titan. (NASA/JPL-Caltech/ASU)"))
                .contains(new Caption("The first global geologic map of Titan.", "NASA/JPL-Caltech/ASU"));
    }

    @Test
    void shouldLeaveBracketsInStoryTextAlone() {
        assertThat(CaptionParser.parse("He said the plan was \"reckless [sic]\"")).isEmpty();
        assertThat(CaptionParser.parse("The ministry said 1,200 recruits had been sent (officials declined to say where)")).isEmpty();
        assertThat(CaptionParser.parse("Officials met on Monday [local time]")).isEmpty();
        assertThat(CaptionParser.parse("The plan was approved. (The vote was 5 to 4.)")).isEmpty();
        assertThat(CaptionParser.parse("Talks went on. (Officials declined to comment.)")).isEmpty();
    }
}
