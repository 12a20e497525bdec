package newswire.extract;

import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import newswire.model.Claim;
import newswire.model.CleanArticle;
import org.assertj.core.groups.Tuple;

/** Builds small articles for the rule tests and extracts them with the standard extractor. */
final class Articles {

    static final ClaimExtractor EXTRACTOR = ClaimExtractor.standard();

    private Articles() {
    }

    static CleanArticle article(final String title, final String... paragraphs) {
        return DevSet.article("test", title, List.of(paragraphs));
    }

    static List<Claim> claims(final String... paragraphs) {
        return EXTRACTOR.extract(article("", paragraphs));
    }

    /** The claims of the paragraphs as (kind, value) pairs, the shape most rule tests assert on. */
    static List<Tuple> kindsAndValues(final String... paragraphs) {
        return claims(paragraphs).stream().map(claim -> tuple(claim.kind(), claim.quantity().value())).toList();
    }

    static Claim only(final String... paragraphs) {
        final List<Claim> claims = claims(paragraphs);
        if (claims.size() != 1) {
            throw new AssertionError("expected one claim, got " + claims);
        }
        return claims.get(0);
    }
}
