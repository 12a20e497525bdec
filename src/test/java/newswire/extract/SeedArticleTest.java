package newswire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import newswire.model.Claim;
import newswire.model.ClaimKind;
import newswire.model.ClaimStatus;
import newswire.model.CleanArticle;
import newswire.model.Party;
import org.junit.jupiter.api.Test;

/** The seed article, as the cleaner leaves it, must yield exactly its two troop claims. */
class SeedArticleTest {

    static final String TITLE = "Yoon, NATO chief agree to share information on North's dispatch of troops to Russia";
    static final List<String> PARAGRAPHS = List.of(
            "President Yoon Suk Yeol held a phone call with NATO Secretary General Mark Rutte on Monday to share "
                    + "information on North Korea's preparations to dispatch troops to help Russia in its war with "
                    + "Ukraine, said the presidential office.",
            "Yoon told Rutte that North Korea has gone beyond providing large-scale weapons to Russia and has sent "
                    + "its elite troops, noting that South Korean intelligence authorities have recently confirmed "
                    + "that some 1,500 North Korean special forces have been dispatched to Russia and are receiving "
                    + "training there.",
            "Yoon said he plans to swiftly dispatch a delegation to share information with NATO and take steps to "
                    + "strengthen security cooperation between South Korea, Ukraine and NATO.",
            "Russia's invasion of Ukraine and its reckless military cooperation with North Korea \"reaffirms that the "
                    + "security of the Inter-Pacific region and the Atlantic region are inextricably linked,\" Yoon "
                    + "said, noting Seoul doesn't plan to \"sit idly by.\"",
            "Yoon said Seoul will closely monitor the situation and \"actively take step-by-step measures\" in "
                    + "accordance with the progress of military cooperation between Russia and North Korea. He said "
                    + "he hopes to explore practical countermeasures with NATO and its member countries in this "
                    + "process.",
            "The two sides agreed to closely monitor any illegal cooperation between North Korea and Russia, "
                    + "including the possibility of Moscow's transfer of sensitive military technology to Pyongyang.",
            "Yoon also said he hopes that the process of joining NATO's Battlefield Information Collection and "
                    + "Exploitation System (Bices) will provide a means for South Korea and NATO to communicate in "
                    + "real time and share information safely and efficiently.",
            "Earlier Monday, Rutte posted on X, formerly known as Twitter, that he had discussions with Yoon about "
                    + "NATO's \"close partnership with Seoul\" while noting that \"North Korea sending troops to fight "
                    + "alongside Russia in Ukraine would mark a significant escalation\" in the conflict.",
            "This comes after Seoul's National Intelligence Service said North Korea plans to send around 12,000 "
                    + "troops to support Russia.");

    private final ClaimExtractor extractor = ClaimExtractor.standard();

    @Test
    void shouldExtractExactlyTheTwoTroopClaimsOfTheSeed() {
        // Given the seed article as cleaned
        final CleanArticle seed = DevSet.article("23a076b1477290e0", TITLE, PARAGRAPHS);

        // When
        final List<Claim> claims = extractor.extract(seed);

        // Then
        assertThat(claims).extracting(Claim::kind, c -> c.quantity().value(), c -> c.quantity().approximate(),
                        c -> c.quantity().qualifier(), Claim::unit, Claim::actor, Claim::destination, Claim::status,
                        c -> c.attribution().source())
                .containsExactly(
                        tuple(ClaimKind.TROOPS, 1500L, true, "some", "special forces",
                                new Party("North Korea", "PRK"), new Party("Russia", "RUS"), ClaimStatus.REPORTED,
                                "South Korean intelligence"),
                        tuple(ClaimKind.TROOPS, 12000L, true, "around", "troops",
                                new Party("North Korea", "PRK"), new Party("Russia", "RUS"), ClaimStatus.PLANNED,
                                "National Intelligence Service"));
    }

    @Test
    void shouldPointTheEvidenceAtTheSentenceInTheBody() {
        // Given
        final CleanArticle seed = DevSet.article("23a076b1477290e0", TITLE, PARAGRAPHS);

        // When
        final List<Claim> claims = extractor.extract(seed);

        // Then
        final String body = seed.body();
        assertThat(claims).allSatisfy(claim -> {
            assertThat(body.substring(claim.evidence().start(), claim.evidence().end()))
                    .isEqualTo(claim.evidence().sentence());
            assertThat(claim.id()).isEqualTo("23a076b1477290e0:troops:" + claim.evidence().start());
            assertThat(claim.articleId()).isEqualTo("23a076b1477290e0");
            assertThat(claim.confidence()).isBetween(0.0, 1.0);
        });
        assertThat(claims.get(0).evidence().sentence()).startsWith("Yoon told Rutte").endsWith("training there.");
        assertThat(claims.get(1).evidence().sentence())
                .isEqualTo("This comes after Seoul's National Intelligence Service said North Korea plans to send "
                        + "around 12,000 troops to support Russia.");
    }

    @Test
    void shouldYieldTheSameTwoClaimsWhenCaptionAndRepeatedParagraphStayInTheBody() {
        // Given a cruder cleaning: the raw blocks split on blank lines, the photo caption and the repeat left in
        final List<String> paragraphs = new java.util.ArrayList<>();
        paragraphs.add(PARAGRAPHS.get(0) + "\nKorean President Yoon Suk Yeol speaks at a NATO summit in Washington on "
                + "July 12. [PRESIDENTIAL OFFICE]");
        paragraphs.addAll(PARAGRAPHS);
        final CleanArticle seed = DevSet.article("seed", TITLE, paragraphs);

        // When
        final List<Claim> claims = extractor.extract(seed);

        // Then
        assertThat(claims).extracting(c -> c.quantity().value(), Claim::status)
                .containsExactly(tuple(1500L, ClaimStatus.REPORTED), tuple(12000L, ClaimStatus.PLANNED));
    }
}
