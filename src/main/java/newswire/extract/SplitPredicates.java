package newswire.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Casualty predicates whose parts stand apart, so that the lexicon cannot list them as phrases: a verb of undergoing
 * with an injury noun a few words on ("five passengers suffered minor burn injuries", "a guard received a gunshot
 * wound": wounded), and a verb of violence whose result follows its object ("gunmen shot a trader dead", "beat a
 * farmer to death": killed). Only verbs of violence take a result: "sentenced three men to death" kills no one.
 */
final class SplitPredicates {

    static final String UNDERGONE = "undergone";
    static final String RESULTATIVE = "resultative";
    /** Words between a verb of undergoing and its injury noun: "sustained serious head injuries". */
    private static final int MODIFIER_WORDS = 3;

    private final Lexicon lexicon;
    private final Set<String> undergoing;
    private final Set<String> injuries;
    private final Set<String> violence;
    private final Set<String> stops;
    private final Set<String> negations;

    SplitPredicates(final Lexicon lexicon) {
        this.lexicon = lexicon;
        this.undergoing = lexicon.words("undergo", "verbs");
        this.injuries = lexicon.words("undergo", "wounded");
        this.violence = lexicon.words("resultative", "verbs");
        this.stops = lexicon.words("unit-stop", "words");
        this.negations = lexicon.words("undergo", "not-between");
    }

    /** The words that may start such a predicate, for {@link PredicateFinder#mayCountOne}. */
    Set<String> firstWords() {
        final Set<String> first = new HashSet<>(undergoing);
        first.addAll(violence);
        return first;
    }

    /**
     * Adds to {@code verbs} (the lexicon's predicates by the token they start at) each verb of undergoing followed by
     * an injury noun, as one predicate of the wounded spanning both.
     */
    void addUndergone(final List<Token> tokens, final List<List<Lexicon.Cue>> verbs) {
        for (int k = 0; k < tokens.size(); k++) {
            if (!undergoing.contains(tokens.get(k).norm())) {
                continue;
            }
            for (int j = k + 1; j < Math.min(tokens.size(), k + 2 + MODIFIER_WORDS); j++) {
                final Token token = tokens.get(j);
                if (injuries.contains(token.norm())) {
                    final List<Lexicon.Cue> here = new ArrayList<>(verbs.get(k));
                    here.add(new Lexicon.Cue(UNDERGONE, "wounded", tokens.get(k).norm() + " " + token.norm(), k, j));
                    verbs.set(k, here);
                    break;
                }
                if (token.type() != Token.Type.WORD || stops.contains(token.norm())
                        || negations.contains(token.norm())) {
                    break; // "suffered no injuries", "received reports of injuries"
                }
            }
        }
    }

    /**
     * The result that makes a verb of violence right before a number a predicate of the killed: "dead" or "to death"
     * right after the counted phrase that ends at {@code head} ("shot a shopkeeper dead"), or null.
     */
    Lexicon.Cue resultOf(final List<Token> tokens, final int number, final int head) {
        if (number == 0 || !violence.contains(tokens.get(number - 1).norm()) || head + 1 >= tokens.size()) {
            return null;
        }
        return lexicon.at(tokens, head + 1, RESULTATIVE)
                .filter(result -> "killed".equals(result.key()))
                .map(result -> new Lexicon.Cue(RESULTATIVE, "killed", tokens.get(number - 1).norm() + " " + result.phrase(),
                        number - 1, number - 1))
                .orElse(null);
    }
}
