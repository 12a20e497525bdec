package newswire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Random;
import newswire.model.Claim;
import newswire.model.CleanArticle;
import org.junit.jupiter.api.Test;

/**
 * What must hold for any text, not only for the sentences the rule tests chose: many generated texts from a fixed
 * seed, so a failure can be reproduced (plain JUnit; the jqwik author asks AI agents not to use jqwik).
 */
class ExtractionPropertiesTest {

    private static final Gazetteer GAZETTEER = Gazetteer.standard();

    private static final List<String> WORDS = List.of("Russia", "North", "Korean", "troops", "soldiers", "killed",
            "wounded", "fled", "missiles", "fired", "said", "according", "to", "about", "at", "least", "up", "between",
            "and", "could", "will", "denied", "the", "number", "of", "in", "Kursk", "1,500", "12 000", "1.5", "million",
            "two", "thousand", "3,000-5,000", "2024", "percent", "$", "Seoul's", "U.S.", "he", "북한군", "1만2000명", "약",
            "이상", "밝혔다", "에", "따르면", "파병하기로", ".", ",", "\"", "\n\n", "—", "-", "(", ")");

    private static final long SEED = 20241021L;

    /** Up to 120 words, each a word of the domain or a random string of 1 to 6 characters. */
    private static String articleText(final Random random) {
        final int count = random.nextInt(121);
        final StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            if (random.nextBoolean()) {
                text.append(WORDS.get(random.nextInt(WORDS.size())));
            } else {
                for (int c = 1 + random.nextInt(6); c > 0; c--) {
                    text.appendCodePoint(random.nextInt(5) == 0 ? 0xAC00 + random.nextInt(11_172)
                            : 0x20 + random.nextInt(0x5F));
                }
            }
        }
        return text.toString();
    }

    @Test
    void shouldReturnWellFormedClaimsForAnyText() {
        final Random random = new Random(SEED);
        for (int trial = 0; trial < 300; trial++) {
            assertWellFormedClaims(articleText(random));
        }
    }

    private static void assertWellFormedClaims(final String text) {
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

    @Test
    void shouldReadAnyWrittenCountOfTroops() {
        final Random random = new Random(SEED);
        for (int trial = 0; trial < 200; trial++) {
            // Given a count from 1 to 50 million written with thousands separators
            final long count = 1 + (long) (random.nextDouble() * 50_000_000L);
            final String written = String.format(Locale.ROOT, "%,d", count);

            // When
            final List<Claim> claims = Articles.claims("Russia sent " + written + " troops to Belarus on Monday.");

            // Then it is read back exactly
            assertThat(claims).as(written).singleElement()
                    .satisfies(claim -> assertThat(claim.quantity().value()).isEqualTo(count));
        }
    }

    @Test
    void shouldFindNonOverlappingNamesInOrder() {
        final Random random = new Random(SEED);
        for (int trial = 0; trial < 200; trial++) {
            final String text = articleText(random);
            int end = 0;
            for (final GazetteerMatch match : GAZETTEER.find(text)) {
                assertThat(match.start()).as(text).isGreaterThanOrEqualTo(end);
                assertThat(match.end()).isGreaterThan(match.start()).isLessThanOrEqualTo(text.length());
                end = match.end();
            }
        }
    }
}
