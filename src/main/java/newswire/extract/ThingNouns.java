package newswire.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether the phrase of a number counts things or animals rather than people, for {@link CountedNounFinder}: a noun
 * the lexicon calls {@code non-person} as its head ("two burnt houses", "bodies of water", "troops of monkeys"), arms,
 * the patrons a business lost, wounds one body bears, a participle said of things only ("four downed airliners").
 */
final class ThingNouns {

    private final Lexicon lexicon;
    private final PredicateFinder predicates;
    private final Set<String> unitStops;
    private final Set<String> measures;
    private final Set<String> nounStops;
    private final Set<String> nonPersons;
    private final Set<String> animals;
    private final Set<String> armsClasses;
    private final Set<String> patrons;
    private final Set<String> lossNouns;
    private final Set<String> woundWords;
    private final Set<String> bearingVerbs;

    ThingNouns(final Lexicon lexicon, final PredicateFinder predicates) {
        this.lexicon = lexicon;
        this.predicates = predicates;
        this.unitStops = lexicon.words("unit-stop", "words");
        this.measures = lexicon.words("measure", "words");
        this.measures.addAll(lexicon.words("measure", "month"));
        this.nounStops = lexicon.words("noun-phrase", "not-head");
        this.nonPersons = lexicon.words("non-person", "words");
        this.nonPersons.addAll(lexicon.words("non-person", "abstract"));
        this.animals = lexicon.words("non-person", "animals");
        this.armsClasses = lexicon.words("container-not", "classes");
        this.patrons = lexicon.words("patron", "words");
        this.lossNouns = lexicon.words("patron", "lost-by");
        this.woundWords = lexicon.words("wounds", "words");
        this.bearingVerbs = lexicon.words("wounds", "borne");
    }

    /**
     * Whether the phrase right after the number names things, animals or a measure ("300 cattle", "two burnt houses",
     * "688 mln francs").
     */
    boolean namesThings(final List<Token> tokens, final QuantityMention mention) {
        final int from = mention.last() + 1;
        for (int k = from; k < Math.min(tokens.size(), from + CountedNounFinder.NOUN_PHRASE_WORDS); k++) {
            final Token token = tokens.get(k);
            if ((nonPersons.contains(token.norm()) || animals.contains(token.norm())) && !modifiesNext(tokens, k)
                    || measures.contains(token.norm()) && onlyNamesBefore(tokens, from, k)) {
                return true; // "the loss of 688 mln francs", "a loss of 918,000 U.S. dlrs": money or a measure
            }
            if (token.type() != Token.Type.WORD || unitStops.contains(token.norm())
                    || nounStops.contains(token.norm()) || lexicon.at(tokens, k, "unit").isPresent()) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether only capitalised words stand between the number and a measure ("918,000 U.S. dlrs", "55 mln Canadian
     * dlrs"): the measure is the number's own, not a later phrase's ("killed two co-workers two years ago").
     */
    private static boolean onlyNamesBefore(final List<Token> tokens, final int from, final int at) {
        for (int k = from; k < at; k++) {
            final Token token = tokens.get(k);
            if (!token.isCapitalised()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "bodies of water", "rounds of talks": a head followed by "of" and a thing counts that thing; so does a head
     * whose "of" phrase names animals ("troops of captive woolly monkeys"), while "residents of the town" are people.
     */
    boolean ofNonPersons(final List<Token> tokens, final int head) {
        if (head + 2 >= tokens.size() || !tokens.get(head + 1).norm().equals("of")) {
            return false;
        }
        if (nonPersons.contains(tokens.get(head + 2).norm())) {
            return true;
        }
        for (int k = head + 2; k < Math.min(tokens.size(), head + 2 + CountedNounFinder.NOUN_PHRASE_WORDS); k++) {
            final Token token = tokens.get(k);
            if (animals.contains(token.norm())) {
                return true;
            }
            if (token.type() != Token.Type.WORD || unitStops.contains(token.norm())) {
                return false;
            }
        }
        return false;
    }

    /** Whether the first lexicon unit of the phrase after the number counts munitions or vehicles ("20 missiles"). */
    boolean countsArms(final List<Token> tokens, final QuantityMention mention) {
        final int from = mention.last() + 1;
        for (int k = from; k < Math.min(tokens.size(), from + CountedNounFinder.NOUN_PHRASE_WORDS); k++) {
            final Optional<Lexicon.Cue> unit = lexicon.at(tokens, k, "unit");
            if (unit.isPresent()) {
                return armsClasses.contains(unit.get().key());
            }
        }
        return false;
    }

    /**
     * Whether a loss counts the patrons of a business ("a net loss of 58,000 customers", "the loss of 2,000
     * subscribers"; lexicon {@code patron}): custom lost, not lives ("the loss of 58 soldiers" stays a toll).
     */
    boolean losesPatrons(final List<Token> tokens, final Lexicon.Cue container, final QuantityMention mention) {
        boolean loss = false;
        for (int k = container.first(); k <= container.last(); k++) {
            loss |= lossNouns.contains(tokens.get(k).norm());
        }
        final int from = mention.last() + 1;
        for (int k = from; loss && k < Math.min(tokens.size(), from + CountedNounFinder.NOUN_PHRASE_WORDS); k++) {
            if (patrons.contains(tokens.get(k).norm())) {
                return true;
            }
            if (tokens.get(k).type() != Token.Type.WORD) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the nearest counted noun before a number in its sentence is a thing ("20,000 ships", "two houses";
     * lexicon {@code non-person}) rather than people (lexicon {@code unit}): "of them" after it points at the things.
     */
    boolean thingsNamedBefore(final List<Token> tokens, final QuantityMention mention) {
        for (int k = mention.first() - 1; k > 0; k--) {
            if (nonPersons.contains(tokens.get(k).norm()) && lexicon.isNumberAt(tokens, k - 1)) {
                return true;
            }
            if (lexicon.at(tokens, k, "unit").isPresent()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "had more than 90 injuries in his body", "suffered three wounds": injuries counted as the object of a verb of
     * bearing them are one body's wounds, not wounded people (lexicon {@code wounds}).
     */
    boolean isWoundsBorne(final List<Token> tokens, final QuantityMention mention, final Lexicon.Cue unit) {
        return unit.first() == unit.last() && woundWords.contains(tokens.get(unit.first()).norm())
                && mention.first() > 0 && bearingVerbs.contains(tokens.get(mention.first() - 1).norm());
    }

    /** Whether a participle says what is done to things only ("downed", "fired"), never to people. */
    boolean isThingsParticiple(final Lexicon.Cue participle) {
        return predicates.accepts("weapons", participle.key()) && !predicates.accepts("person", participle.key());
    }

    /**
     * Whether a noun of things modifies the noun after it ("a bus driver", "two cattle thieves", "a car bomb"): what
     * the phrase counts is its head, the last noun, not every noun in it. A modifier is singular (a plural is the
     * head: "two explosions rose"), and a participle after it ends the phrase ("two homes burned").
     */
    boolean modifiesNext(final List<Token> tokens, final int k) {
        final String word = tokens.get(k).norm();
        if (!nextIsModified(tokens, k) || word.endsWith("s") && (nonPersons.contains(word.substring(0, word.length() - 1))
                || word.endsWith("es") && nonPersons.contains(word.substring(0, word.length() - 2)))) {
            return false;
        }
        final String next = tokens.get(k + 1).norm();
        return !next.endsWith("ed") && !next.endsWith("ing") && !measures.contains(next);
    }

    /** Whether the word after token {@code k} can be the noun it modifies. */
    boolean nextIsModified(final List<Token> tokens, final int k) {
        if (k + 1 >= tokens.size()) {
            return false;
        }
        final Token next = tokens.get(k + 1);
        return next.type() == Token.Type.WORD && !next.isHangul() && !unitStops.contains(next.norm())
                && !nounStops.contains(next.norm()) && lexicon.at(tokens, k + 1, "verb").isEmpty();
    }
}
