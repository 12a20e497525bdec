package newswire.extract;

import java.util.Set;

/**
 * Whether a noun is plural by its form: a word in -s that is not one in -ss ("guards", not "the boss"), a compound of
 * "man" in -men ("gunmen", "militiamen", "women"), or an irregular plural of the lexicon ({@code noun-phrase plural}:
 * "people", "police", "crew").
 */
final class PluralNouns {

    private final Set<String> irregular;

    PluralNouns(final Lexicon lexicon) {
        this.irregular = lexicon.words("noun-phrase", "plural");
    }

    boolean isPlural(final Token token) {
        final String word = token.norm();
        return token.type() == Token.Type.WORD
                && (irregular.contains(word) || word.endsWith("men") || word.endsWith("s") && !word.endsWith("ss"));
    }
}
