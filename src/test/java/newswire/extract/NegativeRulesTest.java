package newswire.extract;

import static newswire.extract.Articles.article;
import static newswire.extract.Articles.claims;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newswire.model.Claim;
import org.junit.jupiter.api.Test;

/** Numbers that are not claims, and claims that must be reported only once. */
class NegativeRulesTest {

    @Test
    void shouldIgnoreDatesYearsAndTimes() {
        assertThat(claims("In 2022, Russia launched its full-scale invasion on Feb. 24, and troops crossed at 5 a.m.",
                "The brigade was founded in 1975 and its soldiers marched on July 12.")).isEmpty();
    }

    @Test
    void shouldIgnoreAges() {
        assertThat(claims("Singh, 37, did not say when the troops would enter combat.",
                "A 52-year-old soldier was among those who returned.")).isEmpty();
    }

    @Test
    void shouldIgnorePercentagesMoneyAndScores() {
        assertThat(claims("About 35 percent of the troops were killed, the report said.",
                "Washington pledged $500 million in weapons to Ukraine.",
                "Ukraine beat Russia 2-1 in the qualifier.")).isEmpty();
    }

    @Test
    void shouldIgnoreOrdinalsAndUnitNames() {
        assertThat(claims("The 82nd Airborne Division sent soldiers to Poland.",
                "Soldiers of the 3rd Assault Brigade were killed near Bakhmut.")).isEmpty();
    }

    @Test
    void shouldIgnorePopulationsDistancesAreasAndDurations() {
        assertThat(claims("The city had a population of about 280,000 before the war.",
                "Kherson is home to 280,000 residents.",
                "The troops advanced 15 kilometres and now hold 1,000 square kilometres of territory.",
                "Engineers expected repairs to take up to 48 hours.")).isEmpty();
    }

    @Test
    void shouldIgnoreSportsCrowdsAndMetaphors() {
        assertThat(claims("A crowd of 40,000 fans watched the match in Kyiv.",
                "The coach said his 23 troops had fought like soldiers all season.")).isEmpty();
    }

    @Test
    void shouldReportAClaimInHeadlineAndBodyOnce() {
        // Given
        final List<Claim> claims = Articles.EXTRACTOR.extract(article("North Korea sends 1,500 troops to Russia",
                "North Korea has sent 1,500 troops to Russia, the spy agency said."));

        // Then the body's claim stays, with the body's evidence
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).evidence().start()).isZero();
    }

    @Test
    void shouldKeepAHeadlineClaimTheBodyDoesNotRepeat() {
        // Given
        final List<Claim> claims = Articles.EXTRACTOR.extract(article("Russia fires 90 drones at Kyiv",
                "Air defences were busy all night over the capital."));

        // Then its evidence is the title, which has no offsets in the body
        assertThat(claims).singleElement().satisfies(claim -> {
            assertThat(claim.quantity().value()).isEqualTo(90L);
            assertThat(claim.evidence().sentence()).isEqualTo("Russia fires 90 drones at Kyiv");
            assertThat(claim.evidence().start()).isEqualTo(-1);
        });
    }

    @Test
    void shouldIgnoreAStandingArmyWithNoDeployment() {
        assertThat(claims("North Korea has about 1.2 million active troops, one of the largest armies in the world."))
                .isEmpty();
    }

    @Test
    void shouldIgnoreModelNumbers() {
        assertThat(claims("Germany has delivered 18 Leopard 2 tanks to Ukraine."))
                .extracting(c -> c.quantity().value()).containsExactly(18L);
    }

    @Test
    void shouldLetTheBodyStandForARoundedHeadline() {
        // Given a headline that rounds what the body says more precisely
        final List<Claim> claims = Articles.EXTRACTOR.extract(article("North Korea to send 10,000 more troops to Russia",
                "North Korea may send as many as 10,000 troops to Russia, officials said."));

        // Then the body's claim alone is reported
        assertThat(claims).singleElement().satisfies(claim -> {
            assertThat(claim.quantity().high()).isEqualTo(10000L);
            assertThat(claim.evidence().start()).isZero();
        });
    }
}
