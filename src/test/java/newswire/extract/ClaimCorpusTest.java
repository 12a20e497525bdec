package newswire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import newswire.model.Claim;
import newswire.model.ClaimStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The claim grammar against its corpus, the way Duckling keeps its rules honest: per language, sentences with the
 * claims a careful reader takes from them ({@code corpus/LANG.tsv}) and sentences that must yield none
 * ({@code corpus/LANG-negative.txt}). A new rule lands with its examples and the negatives it must not fire on.
 */
class ClaimCorpusTest {

    static Stream<Arguments> examples() {
        return Stream.of("en", "ko").flatMap(language -> lines("corpus/" + language + ".tsv").stream()
                .map(line -> line.split("\t", 2))
                .map(fields -> Arguments.of(language, fields[1], fields[0])));
    }

    static Stream<Arguments> negatives() {
        return Stream.of("en", "ko").flatMap(language -> lines("corpus/" + language + "-negative.txt").stream()
                .map(line -> Arguments.of(language, line)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("examples")
    void shouldReadTheClaimsOfTheExample(final String language, final String sentence, final String expected) {
        assertThat(claims(sentence)).as(sentence)
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(expected.split(";")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("negatives")
    void shouldReadNoClaimFromTheNegative(final String language, final String sentence) {
        assertThat(claims(sentence)).as(sentence).isEmpty();
    }

    /** The claims of a sentence as the corpus writes them: kind:figure, with /status unless reported. */
    private static List<String> claims(final String sentence) {
        return Articles.claims(sentence).stream().map(ClaimCorpusTest::written).toList();
    }

    private static String written(final Claim claim) {
        final var quantity = claim.quantity();
        final String figure = quantity.value() != null ? String.valueOf(quantity.value())
                : quantity.low() != null && quantity.high() != null ? quantity.low() + "-" + quantity.high()
                : quantity.low() != null ? ">=" + quantity.low() : "<=" + quantity.high();
        final String status = claim.status() == ClaimStatus.REPORTED ? "" : "/" + claim.status().json();
        return claim.kind().json() + ":" + figure + status;
    }

    private static List<String> lines(final String resource) {
        try (InputStream in = ClaimCorpusTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
