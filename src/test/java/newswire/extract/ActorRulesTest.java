package newswire.extract;

import static newswire.extract.Articles.claims;
import static newswire.extract.Articles.only;
import static org.assertj.core.api.Assertions.assertThat;

import newswire.model.Claim;
import newswire.model.Party;
import org.junit.jupiter.api.Test;

/** Whose troops or weapons, and where to. */
class ActorRulesTest {

    private static String code(final Party party) {
        return party == null ? null : party.code();
    }

    @Test
    void shouldTakeTheDemonymBeforeTheNounAsActor() {
        final Claim claim = only("About 500 Russian paratroopers were flown into the Kursk region on Monday.");
        assertThat(code(claim.actor())).isEqualTo("RUS");
        assertThat(code(claim.destination())).isEqualTo("RUS");
    }

    @Test
    void shouldResolveCapitalsAndMetonymsToTheirCountry() {
        final Claim pyongyang = only("Pyongyang has sent about 10,000 troops to Russia, officials in Seoul said.");
        assertThat(pyongyang.actor()).isEqualTo(new Party("North Korea", "PRK"));
        assertThat(pyongyang.destination()).isEqualTo(new Party("Russia", "RUS"));

        assertThat(code(only("The Kremlin ordered 5,000 more soldiers into the Belgorod region.").actor()))
                .isEqualTo("RUS");
        final Claim pentagon = only("The Pentagon has deployed 2,000 troops to Poland.");
        assertThat(code(pentagon.actor())).isEqualTo("USA");
        assertThat(code(pentagon.destination())).isEqualTo("POL");
        assertThat(code(only("Washington has deployed 3,000 troops to Romania.").destination())).isEqualTo("ROU");
    }

    @Test
    void shouldTakeTheSubjectButNotThePlaceTroopsAreSentTo() {
        final Claim claim = only("Seoul's spy agency said North Korea plans to send around 12,000 troops to support "
                + "Russia.");
        assertThat(code(claim.actor())).isEqualTo("PRK");
        assertThat(code(claim.destination())).isEqualTo("RUS");
    }

    @Test
    void shouldResolvePlacesInsideACountryToThatCountry() {
        final Claim claim = only("About 8,000 North Korean soldiers had moved to the Kursk region.");
        assertThat(code(claim.actor())).isEqualTo("PRK");
        assertThat(claim.destination()).isEqualTo(new Party("Russia", "RUS"));
    }

    @Test
    void shouldResolveKoreanForms() {
        final Claim subject = only("국가정보원은 북한이 러시아에 병력 1만2000명을 파병하기로 결정했다고 밝혔다.");
        assertThat(code(subject.actor())).isEqualTo("PRK");
        assertThat(code(subject.destination())).isEqualTo("RUS");

        final Claim army = only("국정원에 따르면 북한군 1500명이 이미 러시아 블라디보스토크로 이동했다.");
        assertThat(code(army.actor())).isEqualTo("PRK");
        assertThat(code(army.destination())).isEqualTo("RUS");
    }

    @Test
    void shouldBorrowTheActorOfTheRecentClaimOfTheSameKind() {
        // Given a follow-up sentence that names no country of its own
        assertThat(claims("Moscow plans to recruit 30,000 more contract soldiers by the end of the year.",
                "An official said 1,200 of the new recruits had already been sent to the front."))
                .extracting(c -> code(c.actor())).containsExactly("RUS", "RUS");
    }

    @Test
    void shouldLeaveTheActorEmptyWhenNoCountryIsNamed() {
        assertThat(only("Officials said roughly two thousand marines would be deployed to the island.").actor())
                .isNull();
    }

    @Test
    void shouldPutWhereItHappenedInLocationForCasualties() {
        final Claim claim = only("An air strike killed 23 people in Gaza overnight, the health ministry said.");
        assertThat(claim.destination()).isNull();
        assertThat(code(claim.location())).isEqualTo("PSE");
    }

    @Test
    void shouldPutAPlaceNamedBeforeTheNumberInLocation() {
        assertThat(code(only("In La Paz, 40 people were injured when police broke up the march.").location()))
                .isEqualTo("BOL");
        assertThat(code(only("Overnight clashes in Kharkiv killed five civilians, officials said.").location()))
                .isEqualTo("UKR");
        // a place the number comes from is not where it happened, and troops go to a place, they are not in it
        assertThat(only("Rescuers from Bolivia said 40 people were injured.").location()).isNull();
        final Claim troops = only("From Moscow, the army sent 3,000 soldiers to the border.");
        assertThat(troops.location()).isNull();
    }

    @Test
    void shouldTakeASpeakerThatSpeaksOfItselfAsActor() {
        final Claim claim = only("The Pentagon said it would send an additional 500 troops to the Middle East.");
        assertThat(code(claim.actor())).isEqualTo("USA");
    }

    @Test
    void shouldCountPeopleNamedByAPluralDemonym() {
        final Claim claim = only("An estimated 1.5 million Ukrainians have fled to Poland since the invasion.");
        assertThat(claim.kind()).isEqualTo(newswire.model.ClaimKind.DISPLACED);
        assertThat(claim.unit()).isEqualTo("Ukrainians");
        assertThat(code(claim.actor())).isEqualTo("UKR");
        assertThat(code(claim.location())).isEqualTo("POL");
    }

    @Test
    void shouldTakeTheAgentAfterByOrTheSourceOfWeaponsAfterFrom() {
        assertThat(claims("Ukraine said it shot down 56 of 73 drones launched by Russia overnight."))
                .extracting(c -> code(c.actor())).containsExactly("RUS", "RUS");
        assertThat(code(only("Russia has received more than 1 million artillery shells from North Korea, Seoul's spy "
                + "agency said.").actor())).isEqualTo("PRK");
        // troops "from" a country are recruited there, not sent by it
        assertThat(code(only("Russia has recruited about 12,000 soldiers from Nepal and India, the BBC reported.")
                .actor())).isEqualTo("RUS");
    }

    @Test
    void shouldNotTakeTheObjectOfAVerbForTheActor() {
        assertThat(code(only("The NIS estimated that North Korea has also supplied Russia with 200 long-range artillery "
                + "pieces.").actor())).isEqualTo("PRK");
    }
}
