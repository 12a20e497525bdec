package newswire.extract;

import java.util.List;

/**
 * Whether a noun the lexicon does not know names a doer, a person, by its ending (lexicon {@code noun-phrase
 * person-ending}): "customer", "visitor", "tourist", "servant", and their plurals "engineers", "migrants"; not "mule",
 * "parrot" or "checkpoints".
 */
final class DoerNouns {

    private final List<String> endings;

    DoerNouns(final Lexicon lexicon) {
        this.endings = List.copyOf(lexicon.words("noun-phrase", "person-ending"));
    }

    boolean isDoer(final Token word) {
        final String norm = word.norm();
        final String singular = norm.endsWith("s") ? norm.substring(0, norm.length() - 1) : norm;
        return endings.stream().anyMatch(singular::endsWith);
    }
}
