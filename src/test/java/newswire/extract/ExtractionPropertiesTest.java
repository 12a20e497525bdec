package newswire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import newswire.model.Claim;
import newswire.model.CleanArticle;

/** What must hold for any text, not only for the sentences the rule tests chose. */
class ExtractionPropertiesTest {

    private static final Gazetteer GAZETTEER = Gazetteer.standard();

    private static final List<String> WORDS = List.of("Russia", "North", "Korean", "troops", "soldiers", "killed",
            "wounded", "fled", "missiles", "fired", "said", "according", "to", "about", "at", "least", "up", "between",
            "and", "could", "will", "denied", "the", "number", "of", "in", "Kursk", "1,500", "12 000", "1.5", "million",
            "two", "thousand", "3,000-5,000", "2024", "percent", "$", "Seoul's", "U.S.", "he", "북한군", "1만2000명", "약",
            "이상", "밝혔다", "에", "따르면", "파병하기로", ".", ",", "\"", "\n\n", "—", "-", "(", ")");

    @Provide
    Arbitrary<String> articleText() {
        final Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of(WORDS),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(6));
        return word.list().ofMaxSize(120).map(words -> String.join(" ", words));
    }

    @Property(tries = 300)
    void shouldReturnWellFormedClaimsForAnyText(@ForAll("articleText") final String text) {
        // Given any text as the body, and as the title
        final CleanArticle article = DevSet.article("any", text, List.of(text.split("\n\n")));

        // When
        final List<Claim> claims = Articles.EXTRACTOR.extract(article);

        // Then every claim points at its sentence, has a number and a unique id
        final String body = article.body();
        final Set<String> ids = new HashSet<>();
        for (final Claim claim : claims) {
            assertThat(ids.add(claim.id())).as("unique id %s", claim.id()).isTrue();
            assertThat(claim.confidence()).isBetween(0.0, 1.0);
            assertThat(claim.quantity().value() != null || claim.quantity().low() != null
                    || claim.quantity().high() != null).isTrue();
            if (claim.quantity().low() != null && claim.quantity().high() != null) {
                assertThat(claim.quantity().low()).isLessThan(claim.quantity().high());
            }
            if (claim.evidence().start() >= 0) {
                assertThat(body.substring(claim.evidence().start(), claim.evidence().end()))
                        .isEqualTo(claim.evidence().sentence());
            } else {
                assertThat(claim.evidence().sentence()).isEqualTo(article.title().strip());
            }
        }
    }

    @Property(tries = 200)
    void shouldReadAnyWrittenCountOfTroops(@ForAll @LongRange(min = 1, max = 50_000_000) final long count) {
        // Given a count written with thousands separators
        final String written = String.format(Locale.ROOT, "%,d", count);

        // When
        final List<Claim> claims = Articles.claims("Russia sent " + written + " troops to Belarus on Monday.");

        // Then it is read back exactly
        assertThat(claims).singleElement().satisfies(claim -> assertThat(claim.quantity().value()).isEqualTo(count));
    }

    @Property(tries = 200)
    void shouldFindNonOverlappingNamesInOrder(@ForAll("articleText") final String text) {
        int end = 0;
        for (final GazetteerMatch match : GAZETTEER.find(text)) {
            assertThat(match.start()).isGreaterThanOrEqualTo(end);
            assertThat(match.end()).isGreaterThan(match.start()).isLessThanOrEqualTo(text.length());
            end = match.end();
        }
    }
}
