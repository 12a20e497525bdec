package newswire.extract;

import java.util.List;
import java.util.Set;

/**
 * Verbs of loss whose object is things, not lives: "lost power", "lost nearly everything", "lost $2 million", "lost
 * 30 pounds" (lexicon {@code predicate loss/loss-object}, {@code measure currency/words}), which
 * {@link PredicateFinder#verbs} drops; "lost 40 men" stays a toll.
 */
final class LostThings {

    /** How many words an amount after a verb of loss may take before its measure: "tens of millions of dollars". */
    private static final int AMOUNT_WORDS = 4;

    private final Lexicon lexicon;
    private final Set<String> losses;
    private final Set<String> lossObjects;
    private final Set<String> measures;
    private final Set<String> currencies;

    LostThings(final Lexicon lexicon) {
        this.lexicon = lexicon;
        this.losses = lexicon.words("predicate", "loss");
        this.lossObjects = lexicon.words("predicate", "loss-object");
        this.measures = lexicon.words("measure", "words");
        this.currencies = lexicon.words("measure", "currency");
    }

    /** Whether a verb of loss has an object of its own that is no person ("lost nearly everything", "lost power"). */
    boolean losesThings(final List<Token> tokens, final Lexicon.Cue verb) {
        return losses.contains(verb.phrase()) && verb.last() + 1 < tokens.size()
                && (lossObjects.contains(tokens.get(verb.last() + 1).norm()) || losesAmount(tokens, verb.last() + 1));
    }

    /**
     * Whether the object at {@code at} is an amount of money or a measure: "lost $2 million", "lost millions of
     * dollars", "lost 30 pounds", "lost about $180bn" (lexicon {@code measure currency/words}; a qualifier before it
     * is skipped): a loss of things, not of lives.
     */
    private boolean losesAmount(final List<Token> tokens, final int object) {
        final int at = lexicon.at(tokens, object, "qualifier").map(cue -> cue.last() + 1).orElse(object);
        if (at >= tokens.size()) {
            return false;
        }
        if (currencies.contains(tokens.get(at).norm())) {
            return true;
        }
        int k = at;
        while (k < tokens.size() && k <= at + AMOUNT_WORDS && isAmountWord(tokens, k)) {
            k++;
        }
        return k > at && k < tokens.size() && measures.contains(tokens.get(k).norm());
    }

    /** A word of a written amount: digits, a number word, a scale, a vague quantity, or the "of" inside one. */
    private boolean isAmountWord(final List<Token> tokens, final int k) {
        return lexicon.isNumberAt(tokens, k) || tokens.get(k).norm().equals("of")
                || lexicon.at(tokens, k, "scale").isPresent()
                || lexicon.at(tokens, k, "vague").isPresent();
    }
}
