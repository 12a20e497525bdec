package newswire.extract;

import static newswire.extract.Articles.claims;
import static newswire.extract.Articles.only;
import static org.assertj.core.api.Assertions.assertThat;

import newswire.model.Attribution;
import org.junit.jupiter.api.Test;

/** Who says so. */
class AttributionRulesTest {

    private static String source(final String... paragraphs) {
        final Attribution attribution = only(paragraphs).attribution();
        return attribution == null ? null : attribution.source();
    }

    @Test
    void shouldTakeTheSpeakerOfSaidOrTold() {
        assertThat(source("Ukraine's air force said Russia fired 120 missiles overnight."))
                .isEqualTo("Ukraine's air force");
        assertThat(source("Russia fired 120 missiles overnight, Ukraine's air force said."))
                .isEqualTo("Ukraine's air force");
        assertThat(source("Pentagon spokesperson Sabrina Singh told reporters that 8,000 North Korean soldiers had "
                + "moved to Kursk.")).isEqualTo("Pentagon spokesperson Sabrina Singh");
        assertThat(source("About 300 soldiers were sent to the border, said the presidential office."))
                .isEqualTo("presidential office");
    }

    @Test
    void shouldResolveOrganisationsThroughTheGazetteer() {
        assertThat(source("Seoul's National Intelligence Service said North Korea plans to send around 12,000 troops."))
                .isEqualTo("National Intelligence Service");
        final Attribution attribution = only("Up to 1.5 million people have fled the fighting, the U.N. refugee agency "
                + "said on Friday.").attribution();
        assertThat(attribution.source()).isEqualTo("UN Refugee Agency");
        assertThat(attribution.text()).isEqualTo("the U.N. refugee agency said");
    }

    @Test
    void shouldReadAccordingToAndCiting() {
        assertThat(source("According to the Institute for the Study of War, Russia has deployed 50,000 troops."))
                .isEqualTo("Institute for the Study of War");
        assertThat(source("Tens of thousands of troops have massed at the border, according to satellite imagery "
                + "analysts.")).isEqualTo("satellite imagery analysts");
        assertThat(source("The newspaper, citing military sources, said 2,000 marines had been deployed."))
                .isEqualTo("military sources");
    }

    @Test
    void shouldDropAGenericHeadWhenEnoughIsLeft() {
        assertThat(source("South Korean intelligence authorities have confirmed that some 1,500 North Korean special "
                + "forces have been dispatched to Russia.")).isEqualTo("South Korean intelligence");
    }

    @Test
    void shouldSkipAnAsideBetweenSpeakerAndVerb() {
        assertThat(source("A ministry official, speaking on condition of anonymity, said 1,200 recruits had been sent "
                + "to the front.")).isEqualTo("ministry official");
    }

    @Test
    void shouldResolveSpeechOfASpeakerNamedEarlier() {
        assertThat(claims("Defence Minister Kim Yong-hyun told lawmakers that the North had shipped shells to Moscow.",
                "He said about 3,000 North Korean troops had moved to the front.").get(0).attribution().source())
                .isEqualTo("Defence Minister Kim Yong-hyun");
        assertThat(claims("South Korea will send a team to Ukraine, a senior presidential official said on Wednesday.",
                "The official said around 3,000 North Korean soldiers had moved closer to the front lines.")
                .get(0).attribution().source()).isEqualTo("senior presidential official");
    }

    @Test
    void shouldReadKoreanAttribution() {
        assertThat(source("국가정보원은 북한이 러시아에 병력 1만2000명을 파병하기로 결정했다고 18일 밝혔다."))
                .isEqualTo("National Intelligence Service");
        assertThat(source("국정원에 따르면 북한군 1500명이 이미 러시아로 이동했다."))
                .isEqualTo("National Intelligence Service");
    }

    @Test
    void shouldReadAKoreanTopicOfSeveralWords() {
        assertThat(source("우크라이나 정보당국은 북한군 1만1000명이 쿠르스크에 배치됐다고 밝혔다."))
                .isEqualTo("우크라이나 정보당국");
    }

    @Test
    void shouldNotTakeNounsOrHedgesForSpeakers() {
        final newswire.model.Claim rejected = only("Moscow rejected claims that 12,000 North Korean troops had been "
                + "sent to the front.");
        assertThat(rejected.status()).isEqualTo(newswire.model.ClaimStatus.DENIED);
        assertThat(rejected.attribution()).isNull();

        final newswire.model.Claim hedged = only("North Korea is estimated to have sent 100,000 troops to Russia, a "
                + "report by a think tank said.");
        assertThat(hedged.actor().code()).isEqualTo("PRK");
        assertThat(hedged.attribution().source()).isEqualTo("report by a think tank");
    }

    @Test
    void shouldTakeTheKoreanSubjectRightBeforeTheVerbAsSpeaker() {
        final newswire.model.Claim claim = only("북한은 러시아에 약 1만 명 이상의 병력을 보낼 것으로 보인다고 국정원이 밝혔다.");
        assertThat(claim.attribution().source()).isEqualTo("National Intelligence Service");
        assertThat(claim.actor().code()).isEqualTo("PRK");
        assertThat(claim.status()).isEqualTo(newswire.model.ClaimStatus.POSSIBLE);
    }
}
