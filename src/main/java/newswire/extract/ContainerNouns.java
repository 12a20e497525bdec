package newswire.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The container noun whose "of" a number completes (lexicon {@code container}): right before it ("the deaths of 12
 * soldiers"), or parted from its "of" by an adverbial of place or time ("the killings in El Salvador on that date in
 * 1989 of six Jesuit priests", "the deaths last week of 12 soldiers"; lexicon {@code container-apart}), or an act
 * of harm a word of outcome makes fatal ("the fatal 2003 shooting of two teenage girls"; lexicon {@code fatal-act}).
 */
final class ContainerNouns {

    /** How many words the adverbial between a container noun and its "of" may have. */
    private static final int APART_WORDS = 10;
    /** How many years or name words may stand between a word of outcome and the act it makes fatal. */
    private static final int FATAL_GAP = 2;
    private static final String FATAL_ACT = "fatal-act";
    private static final String SECTION = "container";
    private static final String OF = "of";

    private final Lexicon lexicon;
    /** The container nouns that may stand apart, by head word ("killings" of "killings of"), with their key. */
    private final Map<String, String> apartHeads = new HashMap<>();
    private final Set<String> openers;
    private final Set<String> times;
    private final Set<String> fatalWords;

    ContainerNouns(final Lexicon lexicon) {
        this.lexicon = lexicon;
        for (final String key : lexicon.words("container-apart", "classes")) {
            for (final String phrase : lexicon.phrases(SECTION, key)) {
                final String[] words = phrase.split(" ");
                if (words.length == 2 && OF.equals(words[1])) {
                    apartHeads.put(words[0], key);
                }
            }
        }
        this.openers = lexicon.words("container-apart", "openers");
        this.times = lexicon.words("container-apart", "times");
        this.fatalWords = lexicon.words("fatal-act-outcome", "words");
    }

    /** The container whose phrase the number at {@code number} completes, ending right before it or apart. */
    Optional<Lexicon.Cue> before(final List<Token> tokens, final int number) {
        if (number == 0) {
            return Optional.empty();
        }
        final Optional<Lexicon.Cue> right = lexicon.endingAt(tokens, number - 1, SECTION);
        if (right.isPresent()) {
            return right;
        }
        final Optional<Lexicon.Cue> fatal = fatalAct(tokens, number);
        return fatal.isPresent() || !OF.equals(tokens.get(number - 1).norm()) ? fatal : apart(tokens, number - 1);
    }

    /**
     * An act of harm ending right before the number, made fatal by a word of outcome before it, across at most
     * {@link #FATAL_GAP} years or capitalised words ("the fatal 2003 Leeds shooting of"), as a container of the dead.
     */
    private Optional<Lexicon.Cue> fatalAct(final List<Token> tokens, final int number) {
        final Optional<Lexicon.Cue> act = lexicon.endingAt(tokens, number - 1, FATAL_ACT);
        if (act.isEmpty()) {
            return act;
        }
        for (int k = act.get().first() - 1; k >= Math.max(0, act.get().first() - 1 - FATAL_GAP); k--) {
            final Token token = tokens.get(k);
            if (fatalWords.contains(token.norm())) {
                return Optional.of(new Lexicon.Cue(SECTION, act.get().key(), act.get().phrase(), act.get().first(),
                        act.get().last()));
            }
            if (!token.isNumber() && !token.isCapitalised()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * A container noun parted from its "of" at {@code of}: the adverbial opens right after the noun ({@code openers})
     * and ends right before "of" with a name, a year or a word of time ({@code times}), which an "of" phrase with a
     * number does not complete (not "the killings in a village of 300 people"); no verb or punctuation between.
     */
    private Optional<Lexicon.Cue> apart(final List<Token> tokens, final int of) {
        if (of < 3) {
            return Optional.empty();
        }
        final Token last = tokens.get(of - 1);
        if (!last.isNumber() && !times.contains(last.norm())
                && !last.isCapitalised()) {
            return Optional.empty();
        }
        for (int k = of - 2; k >= Math.max(0, of - 1 - APART_WORDS); k--) {
            final Token token = tokens.get(k);
            if (token.isPunct() || lexicon.at(tokens, k, "verb").isPresent()) {
                return Optional.empty();
            }
            final String key = apartHeads.get(token.norm());
            if (key != null) {
                return openers.contains(tokens.get(k + 1).norm())
                        ? Optional.of(new Lexicon.Cue(SECTION, key, token.norm() + " " + OF, k, of))
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
