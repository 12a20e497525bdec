package newswire.extract;

import static newswire.extract.Articles.claims;
import static newswire.extract.Articles.kindsAndValues;
import static newswire.extract.Articles.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import newswire.model.Claim;
import newswire.model.ClaimKind;
import newswire.model.ClaimStatus;
import org.junit.jupiter.api.Test;

/** How firmly the text asserts a claim. */
class StatusRulesTest {

    @Test
    void shouldReportWhatHasHappened() {
        assertThat(only("Russia has deployed 50,000 troops to the Kursk region.").status())
                .isEqualTo(ClaimStatus.REPORTED);
    }

    @Test
    void shouldMarkPlansAndIntentions() {
        assertThat(only("Germany will send 4,800 troops to Lithuania by 2027.").status())
                .isEqualTo(ClaimStatus.PLANNED);
        assertThat(only("Moscow plans to recruit 30,000 more contract soldiers.").status())
                .isEqualTo(ClaimStatus.PLANNED);
        assertThat(only("Roughly two thousand marines would be deployed to the island.").status())
                .isEqualTo(ClaimStatus.PLANNED);
        assertThat(only("A brigade of 5,000 soldiers is expected to arrive in Lithuania next year.").status())
                .isEqualTo(ClaimStatus.PLANNED);
        assertThat(only("북한이 러시아에 병력 1만2000명을 파병하기로 결정했다.").status())
                .isEqualTo(ClaimStatus.PLANNED);
    }

    @Test
    void shouldMarkPossibilities() {
        assertThat(only("The number of North Korean troops in Russia could reach 11,000 to 12,000.").status())
                .isEqualTo(ClaimStatus.POSSIBLE);
        assertThat(only("The army may call up 20,000 reservists.").status()).isEqualTo(ClaimStatus.POSSIBLE);
        assertThat(only("The force is estimated to reach 15,000 troops by spring.").status())
                .isEqualTo(ClaimStatus.POSSIBLE);
    }

    @Test
    void shouldMarkDenials() {
        assertThat(only("Moscow denied that 3,000 North Korean troops had arrived in the Kursk region.").status())
                .isEqualTo(ClaimStatus.DENIED);
    }

    @Test
    void shouldNotLetACueOfAnotherClauseChangeTheStatus() {
        assertThat(only("The ministry said 3,000 reservists were called up in the first wave, with a second wave "
                + "expected in March.").status()).isEqualTo(ClaimStatus.REPORTED);
    }

    @Test
    void shouldNotLetADenialReachPastATurnInTheSentence() {
        assertThat(only("The Kremlin has denied the reports, but Ukrainian intelligence said 3,000 North Korean troops "
                + "were killed.").status()).isEqualTo(ClaimStatus.REPORTED);
    }

    @Test
    void shouldLetAModalGovernOnlyTheVerbItsChainLeadsTo() {
        assertThat(only("Officials warned the dam could fail and 12 villagers were injured in the flooding.").status())
                .isEqualTo(ClaimStatus.REPORTED);
        assertThat(only("The 12 people killed in the blast could have been saved, doctors said.").status())
                .isEqualTo(ClaimStatus.REPORTED);
        assertThat(only("The raid may have killed 30 fighters.").status()).isEqualTo(ClaimStatus.POSSIBLE);
        assertThat(only("Such weapons could kill tens of thousands of people.").status())
                .isEqualTo(ClaimStatus.POSSIBLE);
        assertThat(only("A mass campaign could result in 300 deaths.").status()).isEqualTo(ClaimStatus.POSSIBLE);
    }

    @Test
    void shouldReadTheSimplePresentAsAHabitExceptInAHeadline() {
        assertThat(claims("Both countries deploy thousands of soldiers along the border every summer.")).isEmpty();
        assertThat(claims("The valley is poor and remote. The disease kills about 300 residents in the valley.")).isEmpty();
        assertThat(Articles.EXTRACTOR.extract(Articles.article("Russia sends 3,000 troops to the border",
                "The ministry gave no details.")))
                .extracting(Claim::kind, Claim::status).containsExactly(tuple(ClaimKind.TROOPS, ClaimStatus.REPORTED));
        assertThat(only("Russia will send 3,000 troops to the border.").status()).isEqualTo(ClaimStatus.PLANNED);
    }

    @Test
    void shouldReadTheSimplePresentOfABodyOfOneSentenceAsItsEventUnlessAWordOfFrequencySaysHabit() {
        assertThat(only("State forces kill six protesters in the capital.").status()).isEqualTo(ClaimStatus.REPORTED);
        assertThat(only("Rebels injure three guards at a checkpoint near the border.").quantity().value()).isEqualTo(3L);
        assertThat(claims("Rebels often injure three guards at a checkpoint near the border.")).isEmpty();
        assertThat(claims("The convoy was stopped at dawn. Rebels often injure three guards at a checkpoint near the border."))
                .isEmpty();
    }

    @Test
    void shouldReadTheSimplePresentOfAShortUntitledNoteAsItsEventsWhenSomeoneDoesThem() {
        assertThat(kindsAndValues("Gunmen attack and kill two herders near the well. Police later launched a search."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L));
        assertThat(kindsAndValues("The convoy was stopped at dawn. UFLA fighters injure three guards at a checkpoint."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 3L));
        // a cause, not an agent: a general truth
        assertThat(claims("The valley is poor and remote. The disease kills about 300 residents in the valley."))
                .isEmpty();
        // under a title, the body's present is a habit
        assertThat(Articles.EXTRACTOR.extract(Articles.article("Border patrols",
                "The convoy was stopped at dawn. UFLA fighters injure three guards at a checkpoint."))).isEmpty();
    }

    @Test
    void shouldMarkPledgesAndLikelihoods() {
        assertThat(only("Germany pledged 100 more Leopard tanks to Kyiv.").status()).isEqualTo(ClaimStatus.PLANNED);
        assertThat(only("North Korea would likely send another 2,000 troops in the coming months.").status())
                .isEqualTo(ClaimStatus.POSSIBLE);
        assertThat(only("북한은 러시아에 병력 1만 명을 보낼 것으로 보인다.").status()).isEqualTo(ClaimStatus.POSSIBLE);
    }

    @Test
    void shouldTakeAKoreanStatusOnlyFromAfterTheVerb() {
        // Korean puts a plan after its verb; one before the number, or one that modifies a noun, is another's
        assertThat(only("예정됐던 행진 도중 폭탄이 터져 12명이 숨졌다.").status()).isEqualTo(ClaimStatus.REPORTED);
        assertThat(only("계획된 추모식은 숨진 40여명을 기리는 행사다.").status()).isEqualTo(ClaimStatus.REPORTED);
        assertThat(only("정부는 병력 5000여명을 증파하겠다고 밝혔다.").status()).isEqualTo(ClaimStatus.PLANNED);
    }
}
