package newswire.extract;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a number counts: the noun after it ("3,000 troops"), an earlier noun it refers back to ("6 of the systems",
 * "2,500 of them"), a noun before it ("troops, possibly as many as 5,000"; "the death toll rose to 3,140"), a plural
 * demonym ("1.5 million Ukrainians"), the Korean noun near its counter, or people when a casualty verb takes the
 * bare number ("killed 14", "five were wounded").
 */
final class CountedNounFinder {

    /** Where the heads of counted nouns are kept, the noun counted last: no word of a text is empty. */
    static final String LAST_COUNTED = "";
    /** How many words a noun phrase after a number may have ("three well-known local traders"). */
    static final int NOUN_PHRASE_WORDS = 4;
    /** The words after a container noun ("the bodies of the"), which are not the noun. */
    private static final Set<String> CONTAINER_LINKS = Set.of("of", "the");
    /** The key of the lexicon's partitive "of the", "of those". */
    private static final String DEFINITE = "definite";
    /** The kinds of a toll, as units ("the dead", "the wounded") and as verbs ("those killed"). */
    static final Set<String> TOLLS = Set.of("killed", "wounded");
    /** The keys of the lexicon's {@code member} "among" and {@code subset} "included" (the toll "included"). */
    private static final String AMONG = "among";
    private static final String INCLUDED = "included";
    /** How many words may stand between a word of membership and the toll or the number it joins. */
    private static final int MEMBER_WORDS = 4;

    /** How far before the number a verb of surviving may stand: "leaves behind his wife and two children". */
    private static final int SURVIVOR_WINDOW = 5;

    private final Lexicon lexicon;
    private final ContainerNouns containers;
    private final PredicateFinder predicates;
    private final KoreanNouns korean;
    private final ThingNouns things;
    private final PluralNouns plurals;
    private final int unitWindow;
    private final Set<String> unitStops;
    private final Set<String> measures;
    private final Set<String> abstractNouns;
    private final Set<String> ellipticFollowers;
    private final Set<String> appositiveWords;
    private final Set<String> pronounsOfCount;
    private final Set<String> nounStops;
    private final Set<String> nonPersons;
    private final Set<String> undergoing;
    private final Set<String> ellipticHeads;
    private final Set<String> ordinals;
    /** Heads of a quantity ("number", "majority", "handful": lexicon {@code noun-phrase quantity-head}). */
    private final Set<String> quantityHeads;
    /** Words between a number and its noun that count more of it: "two more hikers", "three additional guards". */
    private final Set<String> moreOf;
    private final Set<String> collectives;
    private final Set<String> animals;
    private final Set<String> opposedWords;
    private final Set<String> kin;
    private final Set<String> copulas;
    private final Set<String> perfects;
    private final Set<String> adverbs;
    private final Set<String> determiners;
    private final Set<String> needsUnit;
    private final Set<String> auxiliaries;

    CountedNounFinder(final Lexicon lexicon, final PredicateFinder predicates, final ContainerNouns containers,
                      final ExtractOptions options) {
        this.lexicon = lexicon;
        this.containers = containers;
        this.predicates = predicates;
        this.korean = new KoreanNouns(lexicon, options);
        this.things = new ThingNouns(lexicon, predicates);
        this.plurals = new PluralNouns(lexicon);
        this.unitWindow = options.unitWindow();
        this.unitStops = lexicon.words("unit-stop", "words");
        this.measures = lexicon.words("measure", "words");
        this.measures.addAll(lexicon.words("measure", "month"));
        this.ellipticFollowers = lexicon.words("elliptic", "after");
        this.appositiveWords = lexicon.words("appositive", "words");
        this.pronounsOfCount = lexicon.words("subset", "of");
        this.nounStops = lexicon.words("noun-phrase", "not-head");
        this.abstractNouns = lexicon.words("non-person", "abstract");
        this.nonPersons = lexicon.words("non-person", "words");
        this.nonPersons.addAll(abstractNouns);
        this.undergoing = new HashSet<>(lexicon.words("undergo", "verbs"));
        this.auxiliaries = lexicon.words("modal", "finite");
        this.undergoing.addAll(lexicon.words("undergo", "fatal")); // "five climbers succumbed to their injuries"
        this.ellipticHeads = lexicon.words("noun-phrase", "elliptic-head");
        this.ordinals = lexicon.words("noun-phrase", "ordinal");
        this.quantityHeads = lexicon.words("noun-phrase", "quantity-head");
        this.moreOf = lexicon.words("more-of", "after");
        this.collectives = lexicon.words("noun-phrase", "collective");
        this.animals = lexicon.words("non-person", "animals");
        this.opposedWords = lexicon.words("no-event", "opposed");
        this.kin = lexicon.words("survivors", "kin");
        this.copulas = lexicon.words("no-event", "copula");
        this.perfects = lexicon.words("perfect", "words");
        this.adverbs = lexicon.words("predicate", "adverb");
        this.needsUnit = lexicon.words("container-needs-unit", "words");
        this.determiners = lexicon.words("predicate", "object-start");
    }

    /**
     * What {@code mention} counts, or null.
     *
     * @param heads the last words of the nouns counted so far ("systems" of "air defence systems"), so that a later
     *              "6 of the systems" counts the same thing; under {@link #LAST_COUNTED}, the noun counted last
     */
    Counted countedBy(final Sentence sentence, final QuantityMention mention, final List<Lexicon.Cue> backward,
                      final List<NamedSpan> named, final Map<String, Counted> heads) {
        final List<Token> tokens = sentence.tokens();
        if (mention.counter() != null) {
            return korean.koreanUnit(sentence, mention);
        }
        final Optional<Lexicon.Cue> container = containerOf(tokens, mention);
        if (mention.singular() && container.isEmpty()) {
            final Counted phrase = nounPhrase(sentence, mention);
            return phrase != null ? phrase : objectOfVerbBefore(sentence, mention); // "wounded another"
        }
        if (container.isPresent()) {
            if (things.namesThings(tokens, mention) || things.ofNonPersons(tokens, mention.last())
                    || isBare(tokens, mention) || things.countsArms(tokens, mention)
                    || things.losesPatrons(tokens, container.get(), mention)
                    || isLossOfNoOne(tokens, container.get(), mention)
                    || mention.singular() && nounPhrase(sentence, mention) == null) {
                return null; // "the massacre of 300 cattle", "the death of one of her four cats"; a bare number is a
                             // year: "the killings of 1641"; "the kidnapping of a youth group" is of no one person
            }
            // "the bodies of 70 civilians": the number counts what the container noun says (remains), not people;
            // the noun is the phrase's last word before its links, past an adverbial that parts it from its "of"
            // ("the killings in El Salvador in 1989 of six priests": killings, not 1989)
            final List<String> phraseWords = Arrays.asList(container.get().phrase().split(" "));
            int noun = container.get().last();
            while (noun > container.get().first() && (CONTAINER_LINKS.contains(tokens.get(noun).norm())
                    || !phraseWords.contains(tokens.get(noun).norm()))) {
                noun--;
            }
            return new Counted(container.get().key(), tokens.get(noun).text(), noun, noun, mention.last() + 1);
        }
        // "an early 1842 painting of the Isle of the Dead": a year-like number counts only the noun right after it
        final int end = Math.min(tokens.size(), mention.last() + 1 + (looksLikeYear(tokens, mention) ? 1 : unitWindow));
        boolean ownPhrase = true; // still in the noun phrase right after the number: no verb or clause word yet
        for (int j = mention.last() + 1; j < end; j++) {
            final Optional<Lexicon.Cue> unit = lexicon.at(tokens, j, "unit");
            if (unit.isPresent()) {
                final Counted toll = "person".equals(unit.get().key()) ? tollOfPeople(sentence, mention, backward) : null;
                if (toll != null) {
                    return toll;
                }
                return things.ofNonPersons(tokens, unit.get().last())
                        || things.isWoundsBorne(tokens, mention, unit.get()) ? null
                        : new Counted(unit.get().key(), sentence.span(unit.get().first(), unit.get().last()),
                        unit.get().first(), unit.get().last(), mention.last() + 1);
            }
            if (j == mention.last() + 1 && countsPronoun(tokens, mention)) {
                if (things.thingsNamedBefore(tokens, mention)) {
                    return null; // "20,000 ships were lost, with 15,000 of them sunk": a part of the things just named
                }
                if (heads.containsKey(LAST_COUNTED)) {
                    // "about 2,500 of them": what the article counted last
                    final Counted last = heads.get(LAST_COUNTED);
                    return new Counted(last.unitClass(), last.text(), j + 1, j + 1, mention.last() + 1);
                }
            }
            final Counted earlier = heads.get(tokens.get(j).norm());
            if (earlier != null) {
                return new Counted(earlier.unitClass(), tokens.get(j).text(), j, j, mention.last() + 1);
            }
            if (j == mention.last() + 1 && abstractNouns.contains(tokens.get(j).norm())) {
                return null; // "at one point U.S. forces", "one reason deaths are rising": the number counts its noun
            }
            final Counted people = pluralDemonym(sentence, named, j, mention);
            if (people != null) {
                return people;
            }
            final Token token = tokens.get(j);
            if (joinsModifiers(tokens, mention, j)) {
                continue; // "25 charred and bloated bodies": two participles of one noun
            }
            ownPhrase &= token.type() == Token.Type.WORD && !nounStops.contains(token.norm())
                    && lexicon.at(tokens, j, "verb").isEmpty();
            if (ownPhrase && nonPersons.contains(token.norm()) && !things.modifiesNext(tokens, j)) {
                return null; // "250 camps hosting people made homeless": the number counts the things it names first
            }
            if (j > mention.last() + 1 && opensParticiplePhrase(tokens, j)) {
                break; // "30 lorries carrying refugees": a participle after a plural head opens a phrase on it
            }
            if ((token.isPunct() && !token.norm().equals("-"))
                    || unitStops.contains(token.norm()) && !joinsNames(tokens, mention, j)
                    || measures.contains(token.norm()) || (token.norm().equals("of") && j > mention.last() + 1)
                    || startsOwnCount(tokens, mention, j)) {
                break; // "of" after a noun starts another phrase: "one cause of cancer deaths"
            }
        }
        final boolean bare = isBare(tokens, mention);
        final Counted object = objectOfVerbBefore(sentence, mention);
        if (object != null) {
            return object;
        }
        // "six people were shot, two fatally": an adverb of outcome after a bare number says what befell them
        final Optional<Lexicon.Cue> outcome = mention.last() + 1 < tokens.size()
                ? lexicon.at(tokens, mention.last() + 1, "outcome") : Optional.empty();
        if (outcome.isPresent() && endsClause(tokens, outcome.get().last() + 1)) {
            return new Counted(outcome.get().key(), null, mention.last(), mention.last(), mention.last() + 1);
        }
        // "five were wounded", "at least one killed", "nine had died", "with 884 still missing": the verb follows the
        // number directly, through an auxiliary, a perfect one before a verb that takes no object, or an adverb; "six
        // more are feared dead" counts more of those named before, as "six" alone would
        final int after = mention.last() + 1;
        final int next = after + 1 < tokens.size() && moreOf.contains(tokens.get(after).norm()) ? after + 1 : after;
        final Optional<Lexicon.Cue> aux = next < tokens.size() ? lexicon.at(tokens, next, "elliptic") : Optional.empty();
        final boolean perfect = aux.isEmpty() && next + 1 < tokens.size() && perfects.contains(tokens.get(next).norm())
                && lexicon.at(tokens, next + 1, "verb").filter(predicates::isIntransitive).isPresent();
        int verbAt = aux.map(cue -> cue.last() + 1).orElse(perfect ? next + 1 : next);
        final int adverbsEnd = Math.min(tokens.size(), verbAt + 2);
        while (verbAt < adverbsEnd && adverbs.contains(tokens.get(verbAt).norm())) {
            verbAt++;
        }
        if (aux.isPresent() && predicates.judgesState(tokens, verbAt)) {
            verbAt++; // "six more are feared dead": the state judged is the predicate
        }
        final boolean helped = aux.isPresent() || perfect;
        if (verbAt < tokens.size() && lexicon.at(tokens, verbAt, "verb")
                .filter(verb -> helped || predicates.accepts(Counted.NOUN, verb.key()) && !predicates.isWeak(verb)
                        || predicates.namesNoEvent(verb)
                        // "and another 12 captured.": a participle said of people that ends its clause
                        || predicates.accepts("person", verb.key()) && endsClause(tokens, verb.last() + 1))
                .isPresent()) {
            return new Counted("person", null, mention.last(), mention.last(), mention.last() + 1);
        }
        if (things.namesThings(tokens, mention)) {
            return null; // "the death toll from two deadly explosions": the number counts its own noun
        }
        final Counted named0 = backwardUnit(sentence, mention, backward);
        if (named0 != null) {
            return named0;
        }
        final Counted apposed = bare ? appositiveUnit(sentence, mention) : null;
        return apposed != null ? apposed : nounPhrase(sentence, mention);
    }

    /**
     * Whether the counted phrase says where its people are ("162 people on board", "12 crew aboard"): a count of
     * those aboard, a casualty only where a casualty predicate governs it in its grammatical place ("killing all 72
     * people aboard"), not by a verb nearby ("an airliner with 162 people on board lost contact").
     */
    boolean isAboard(final List<Token> tokens, final Counted counted) {
        return counted.last() + 1 < tokens.size() && lexicon.at(tokens, counted.last() + 1, "aboard").isPresent();
    }

    /**
     * Whether another number at token {@code at} starts a count of its own, whose noun is not the first number's:
     * "18,000 cases including 300 deaths" counts cases, not deaths; only a partitive reaches across it ("2,000 of the
     * 9,000 soldiers"), and a number after a name is part of it ("18 Leopard 2 tanks").
     */
    private static boolean startsOwnCount(final List<Token> tokens, final QuantityMention mention, final int at) {
        return tokens.get(at).isNumber() && !tokens.get(mention.last() + 1).norm().equals("of")
                && !Character.isUpperCase(tokens.get(at - 1).text().charAt(0));
    }

    /**
     * Whether the "and" at {@code at} joins two names that modify one noun ("70,000 U.S. and NATO troops", "French and
     * Belgian soldiers"), not two phrases: a capitalised word on each side, the first after the number.
     */
    private static boolean joinsNames(final List<Token> tokens, final QuantityMention mention, final int at) {
        return tokens.get(at).norm().equals("and") && at - 1 > mention.last() && at + 1 < tokens.size()
                && tokens.get(at - 1).isCapitalised() && tokens.get(at + 1).isCapitalised();
    }

    private static boolean endsClause(final List<Token> tokens, final int at) {
        return at >= tokens.size() || tokens.get(at).isPunct() || tokens.get(at).norm().equals("and");
    }

    /**
     * The container noun the number completes ("the deaths of 78 Muslims", "death of two soldiers"), also across "and"
     * from the number before it: "the deaths of one US soldier and four government employees" counts both groups.
     */
    private Optional<Lexicon.Cue> containerOf(final List<Token> tokens, final QuantityMention mention) {
        final int at = mention.first();
        final Optional<Lexicon.Cue> right = containers.before(tokens, at);
        if (right.isPresent() || at < 3 || !tokens.get(at - 1).norm().equals("and")) {
            return right;
        }
        for (int k = at - 2; k >= Math.max(1, at - 2 - NOUN_PHRASE_WORDS); k--) {
            final Token token = tokens.get(k);
            if (token.isPunct() || lexicon.at(tokens, k, "verb").isPresent()) {
                return Optional.empty();
            }
            final Optional<Lexicon.Cue> before = lexicon.endingAt(tokens, k - 1, "container");
            if (before.isPresent()) {
                return lexicon.isNumberAt(tokens, k) ? before : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean commaBetween(final List<Token> tokens, final int from, final int to) {
        for (int k = from + 1; k < to; k++) {
            if (tokens.get(k).norm().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** Whether no noun follows the number: punctuation, a word that ends its phrase, "more", "others". */
    private boolean isBare(final List<Token> tokens, final QuantityMention mention) {
        final int next = mention.last() + 1;
        return next >= tokens.size() || tokens.get(next).isPunct() || unitStops.contains(tokens.get(next).norm())
                || ellipticFollowers.contains(tokens.get(next).norm());
    }

    /**
     * "killed 14 and wounded 37", "killed two of them": with no noun after it, the verb right before the number says it
     * counts people.
     */
    private Counted objectOfVerbBefore(final Sentence sentence, final QuantityMention mention) {
        final List<Token> tokens = sentence.tokens();
        // "wounding other 70": an elliptic head before the number stands for the noun, as "70 others" after it, and so
        // do words of more of the same ("wounding another 7", "killing a further two")
        final int verbEnd = mention.first() > 1 && ellipticHeads.contains(tokens.get(mention.first() - 1).norm())
                ? mention.first() - 2
                : lexicon.endingAt(tokens, mention.first() - 1, "more-of").filter(more -> "before".equals(more.key()))
                .map(more -> more.first() - 1).orElse(mention.first() - 1);
        if ((isBare(tokens, mention) || countsPronoun(tokens, mention)) && verbEnd >= 0
                && lexicon.endingAt(tokens, verbEnd, "verb")
                .filter(verb -> predicates.accepts("person", verb.key()) && !predicates.isIntransitive(verb)
                        && predicates.governsObject(verb, sentence.toldAsHeadline())
                        && predicates.takesObjectAfter(tokens, verb))
                .isPresent()) {
            return new Counted("person", null, mention.last(), mention.last(), mention.last() + 1);
        }
        return null;
    }

    /**
     * The noun phrase right after the number ("three traders", "a well-known actor", "a displaced person"): its head
     * is its last word before a preposition, verb, number or punctuation. A head of the lexicon's {@code unit} keeps
     * its class; one the lexicon calls {@code non-person} ("houses", "rounds", "bodies of water") is no count of
     * people; any other is a {@link Counted#NOUN}, which only a casualty predicate in its place makes a claim.
     */
    private Counted nounPhrase(final Sentence sentence, final QuantityMention mention) {
        final List<Token> tokens = sentence.tokens();
        final int from = mention.last() + 1;
        // "wounding two of his bodyguards", "killed three of the attackers": a part of a group named by its determiner
        // counts that group's noun ("three of the 22 patients" names a whole by its number: no head here)
        final int start = from + 2 < tokens.size() && tokens.get(from).norm().equals("of")
                && determiners.contains(tokens.get(from + 1).norm()) ? from + 2 : from;
        int head = -1;
        for (int k = start; k < Math.min(tokens.size(), start + NOUN_PHRASE_WORDS); k++) {
            final Token token = tokens.get(k);
            if (k == start && ellipticHeads.contains(token.norm())) {
                head = k; // "one other was injured"; "one other soldier" goes on to its noun
                continue;
            }
            if (k == start && !mention.singular() && moreOf.contains(token.norm()) && isNounAt(tokens, k + 1)) {
                continue; // "two more hikers were found dead": hikers, as "two hikers"; "two more were hurt" ends here
            }
            if (k == start && mention.singular() && ordinals.contains(token.norm()) && !endsNoun(tokens, k + 1)) {
                continue; // "a second soldier was injured": one more of them; "a second later", "a third of" end here
            }
            if (mention.singular() && quantityHeads.contains(token.norm()) && k + 1 < tokens.size()
                    && tokens.get(k + 1).norm().equals("of")) {
                return null; // "an unknown number of civilians", "a large majority of": a quantity untold, not one
            }
            if (nonPersons.contains(token.norm()) && !things.modifiesNext(tokens, k)) {
                return null; // "two houses", "a car bomb": a thing; "a bus driver" is a person
            }
            if (collectives.contains(token.norm()) && endsNoun(tokens, k + 1)) {
                return null; // "killing a British couple", "a family of five": the group, not one of it
            }
            if (token.type() != Token.Type.WORD || token.isHangul() || measures.contains(token.norm())
                    || (unitStops.contains(token.norm()) || nounStops.contains(token.norm())) && !isAcronym(tokens, k)
                    || undergoing.contains(token.norm())) {
                break; // "nine marchers sustained gunshot wounds": the verb of undergoing starts the predicate
            }
            if (head >= 0 && lexicon.at(tokens, k, "complement").isPresent()) {
                break; // "taking 10 tourists hostage": the complement of the verb, not the noun
            }
            // "a wounded soldier": a participle before a noun modifies it; "one man killed": after one, it ends it
            final Optional<Lexicon.Cue> participle = lexicon.at(tokens, k, "verb");
            if (participle.isPresent() && (head >= 0 || !things.nextIsModified(tokens, k))) {
                break;
            }
            if (participle.isPresent() && things.isThingsParticiple(participle.get())) {
                return null; // "four downed airliners", "two launched drones": what was done to them is done to things
            }
            if (head >= 0 && opensParticiplePhrase(tokens, k) && lexicon.at(tokens, k + 1, "unit").isPresent()) {
                break; // "30 lorries carrying refugees": the people are the participle's object, not the head
            }
            head = k;
        }
        if (head < 0 || things.ofNonPersons(tokens, head)) {
            return null;
        }
        final Optional<Lexicon.Cue> known = lexicon.endingAt(tokens, head, "unit");
        final String unitClass = known.filter(cue -> cue.first() >= start).map(Lexicon.Cue::key).orElse(Counted.NOUN);
        return new Counted(unitClass, sentence.span(start, head), start, head, from);
    }

    /**
     * Whether a present participle at {@code at} follows a plural noun ("lorries carrying", "camps hosting", "people
     * fleeing"; plural by its form, or a unit of the lexicon): it opens a phrase on that noun, which is the head.
     */
    private boolean opensParticiplePhrase(final List<Token> tokens, final int at) {
        final Token token = tokens.get(at);
        if (token.type() != Token.Type.WORD || token.norm().length() <= 4 || !token.norm().endsWith("ing")) {
            return false;
        }
        return plurals.isPlural(tokens.get(at - 1)) || lexicon.endingAt(tokens, at - 1, "unit").isPresent();
    }

    /**
     * Whether "and" at {@code at} joins two participles before a unit of the number's phrase ("25 charred and bloated
     * bodies"), neither a predicate of the lexicon ("five killed and two wounded soldiers" are two phrases).
     */
    private boolean joinsModifiers(final List<Token> tokens, final QuantityMention mention, final int at) {
        return tokens.get(at).norm().equals("and") && at - 1 > mention.last() && at + 2 < tokens.size()
                && isParticiple(tokens, at - 1) && isParticiple(tokens, at + 1)
                && lexicon.at(tokens, at + 2, "unit").isPresent();
    }

    private boolean isParticiple(final List<Token> tokens, final int at) {
        return tokens.get(at).type() == Token.Type.WORD && tokens.get(at).norm().endsWith("ed")
                && lexicon.at(tokens, at, "verb").isEmpty();
    }

    /** Whether no noun goes on at {@code at}: the end, punctuation, "of", or a word that ends a noun phrase. */
    private boolean endsNoun(final List<Token> tokens, final int at) {
        return at >= tokens.size() || tokens.get(at).type() != Token.Type.WORD || tokens.get(at).norm().equals("of")
                || unitStops.contains(tokens.get(at).norm()) || nounStops.contains(tokens.get(at).norm());
    }

    /**
     * Whether a plural noun or a unit of the lexicon stands at {@code at}, not a word that ends the phrase or a verb
     * ("and four more vanished"): what "more" before it counts.
     */
    private boolean isNounAt(final List<Token> tokens, final int at) {
        return !endsNoun(tokens, at) && (plurals.isPlural(tokens.get(at)) || lexicon.at(tokens, at, "unit").isPresent())
                && lexicon.at(tokens, at, "verb").isEmpty();
    }

    /** Four digits without a separator, 1800 to 2100: more often a year than a count. */
    private static boolean looksLikeYear(final List<Token> tokens, final QuantityMention mention) {
        final Token token = tokens.get(mention.last());
        final Long value = mention.quantity().value();
        return mention.first() == mention.last() && token.isNumber() && token.text().length() == 4
                && value != null && value >= 1800 && value <= 2100;
    }

    /**
     * Whether token {@code k} is an acronym ("5 IS militants", "two US soldiers"): in capitals before a word that is
     * not, so that it is a name, not the word "is" or "us" (a headline all in capitals says nothing).
     */
    private static boolean isAcronym(final List<Token> tokens, final int k) {
        final String text = tokens.get(k).text();
        if (text.length() < 2 || text.equals(tokens.get(k).norm()) || !text.equals(text.toUpperCase(Locale.ROOT))
                || k + 1 >= tokens.size()) {
            return false;
        }
        final String next = tokens.get(k + 1).text();
        return !next.equals(next.toUpperCase(Locale.ROOT));
    }

    /**
     * Whether the number names no event whatever its noun: the other side ("fighting against two forces") or a
     * membership ("Troop I is one of only two troops", "This is one of the newest programs").
     */
    boolean namesNoEvent(final List<Token> tokens, final QuantityMention mention) {
        if (mention.first() == 0) {
            return false;
        }
        final String before = tokens.get(mention.first() - 1).norm();
        return opposedWords.contains(before) || copulas.contains(before) && mention.last() + 1 < tokens.size()
                && tokens.get(mention.last() + 1).norm().equals("of");
    }

    /**
     * Whether the number counts the family a dead person leaves ("killed in a crash, leaves wife, two small children",
     * "is survived by three sons"): a verb of surviving a few words before it and a word of kin as its noun (lexicon
     * {@code survivors}).
     */
    boolean countsSurvivors(final List<Token> tokens, final QuantityMention mention, final Counted counted) {
        if (counted.text() == null || !kin.contains(tokens.get(counted.last()).norm())
                || counted.last() + 1 < tokens.size() && lexicon.at(tokens, counted.last() + 1, "resultative")
                .filter(cue -> !"verbs".equals(cue.key())).isPresent()) {
            return false; // "the storm leaves three children dead" is a toll
        }
        for (int k = Math.max(0, mention.first() - SURVIVOR_WINDOW); k < mention.first(); k++) {
            if (lexicon.at(tokens, k, "survivors").filter(cue -> "verbs".equals(cue.key())).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a number follows the phrase counted before it across "and" alone ("three women and three children"), or
     * across the comma and "and" that close a list of three or more ("two guards, three cooks, and a driver": the
     * phrase before, {@code previous}, comes after a comma itself): two counted phrases joined into one subject or
     * object. A comma after a lone phrase may close its clause ("killed 22 civilians, and 3 soldiers were held").
     */
    static boolean isConjoined(final List<Token> tokens, final Counted before, final QuantityMention previous,
                               final QuantityMention mention) {
        if (before == null || !tokens.get(mention.first() - 1).norm().equals("and")) {
            return false;
        }
        return mention.first() == before.last() + 2
                || mention.first() == before.last() + 3 && tokens.get(before.last() + 1).text().equals(",")
                && previous != null && endsList(tokens, previous);
    }

    /** Whether a counted phrase comes after a comma: "two pilots, two medics and three soldiers" lists three. */
    static boolean endsList(final List<Token> tokens, final QuantityMention first) {
        return first.first() > 0 && tokens.get(first.first() - 1).norm().equals(",");
    }

    /** "four of them": a part of a group counted earlier, which for casualties is a sub-count, never a toll. */
    boolean countsPronoun(final List<Token> tokens, final QuantityMention mention) {
        final int of = mention.last() + 1;
        return of + 1 < tokens.size() && tokens.get(of).norm().equals("of")
                && pronounsOfCount.contains(tokens.get(of + 1).norm());
    }

    /**
     * Whether a container that also names things (lexicon {@code container-needs-unit}: a loss is also money) counts
     * no one: no noun of people or lives of the lexicon in the number's own phrase, and either a scale in the number
     * (money: "a pretax loss of 1.6 mln compared with a profit", "a loss of 50 mln marks") or no plural noun after it
     * ("a loss of 1,200 compared with"). "The loss of 400 lives", "the loss of 700 Libyan troops" and "the loss of 15
     * firefighters" are tolls; things and measures ("a loss of 300 jobs", "of 40 points") never reach here.
     */
    private boolean isLossOfNoOne(final List<Token> tokens, final Lexicon.Cue container, final QuantityMention mention) {
        if (!needsUnit.contains(tokens.get(container.first()).norm())
                && !needsUnit.contains(tokens.get(container.last() - 1).norm())) {
            return false;
        }
        boolean scaled = false;
        for (int k = mention.first(); k <= mention.last(); k++) {
            scaled |= lexicon.at(tokens, k, "scale").isPresent();
        }
        for (int k = mention.last() + 1; k < Math.min(tokens.size(), mention.last() + 1 + NOUN_PHRASE_WORDS); k++) {
            if (lexicon.at(tokens, k, "unit").isPresent()) {
                return false;
            }
            final String word = tokens.get(k).norm();
            if (tokens.get(k).type() != Token.Type.WORD || unitStops.contains(word)) {
                return true;
            }
            if (!scaled && word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Two of the wounded were in serious condition", "one of the dead was a child", "twelve of those killed had been
     * aboard": a part of the dead or the wounded that no number counts is a sub-count of a toll, not a toll of its own.
     * The check on {@code verb} keeps a part whose predicate lies outside the toll's words. Where the predicate found
     * for the number is the toll's own word, so in "two of the wounded later died" and "gunmen killed two of the
     * wounded" alike, the part is dropped rather than given the toll's kind (the base read both as wounded 2);
     * reading the other verb needs the predicate search to step past the partitive phrase (left for a later round).
     */
    boolean isPartOfUnnumberedToll(final List<Token> tokens, final QuantityMention mention, final Lexicon.Cue verb) {
        final Optional<Lexicon.Cue> partitive = mention.last() + 1 < tokens.size()
                ? lexicon.at(tokens, mention.last() + 1, "partitive").filter(cue -> DEFINITE.equals(cue.key()))
                : Optional.empty();
        if (partitive.isEmpty() || partitive.get().last() + 1 >= tokens.size()) {
            return false;
        }
        final int whole = partitive.get().last() + 1;
        final Optional<Lexicon.Cue> toll = lexicon.at(tokens, whole, "unit").filter(cue -> TOLLS.contains(cue.key()))
                .or(() -> lexicon.at(tokens, whole, "verb").filter(cue -> TOLLS.contains(cue.key())));
        return toll.isPresent() && (verb == null || verb.first() > mention.last() && verb.first() <= toll.get().last());
    }

    /**
     * "Among those seriously injured were two drivers and a guard", "the dead included the two guards": whether the
     * number names members of a toll, a sub-count of it when the toll is told with a larger figure (the caller, {@code
     * ClaimExtractor}, checks that and that the number has no verb of its own after it). "Among" opens
     * the toll (lexicon {@code member}), or a verb of inclusion follows it a few words before the number (lexicon
     * {@code subset included}, which {@code ClaimExtractor} reads right before it); the toll is a unit or a verb of the
     * dead or the wounded, in the number's clause. A number told before the toll it belongs to ("Four children are
     * among the dead") stays a claim, the sub-count beside a headline's total (TeaserRulesTest).
     */
    boolean isMemberOfToll(final List<Token> tokens, final QuantityMention mention) {
        final int start = hasOwnAuxiliary(tokens, mention) ? -1 : mention.first() - 1;
        for (int k = start; k >= 0 && !isClauseBreak(tokens, k); k--) {
            final Optional<Lexicon.Cue> among = lexicon.at(tokens, k, "member").filter(cue -> AMONG.equals(cue.key()));
            final Optional<Lexicon.Cue> included = lexicon.at(tokens, k, "subset")
                    .filter(cue -> INCLUDED.equals(cue.key()));
            if (among.isPresent() && among.get().last() < mention.first()
                    && hasToll(tokens, among.get().last() + 1, mention.first())
                    || included.isPresent() && included.get().last() < mention.first()
                    && included.get().last() + MEMBER_WORDS >= mention.first()
                    && hasToll(tokens, k - MEMBER_WORDS, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the number is the subject of a clause of its own, an auxiliary after its phrase before any punctuation
     * ("4 guards were among the dead, 3 soldiers were also wounded": the 3 are no member of the dead).
     */
    private boolean hasOwnAuxiliary(final List<Token> tokens, final QuantityMention mention) {
        for (int k = mention.last() + 1; k < tokens.size() && !tokens.get(k).isPunct(); k++) {
            if (auxiliaries.contains(tokens.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a unit or a verb of the dead or the wounded starts between {@code from} and {@code to} (exclusive). */
    private boolean hasToll(final List<Token> tokens, final int from, final int to) {
        for (int j = Math.max(0, from); j < Math.min(to, tokens.size()); j++) {
            final int at = j;
            if (lexicon.at(tokens, at, "unit").filter(cue -> TOLLS.contains(cue.key()))
                    .or(() -> lexicon.at(tokens, at, "verb").filter(cue -> TOLLS.contains(cue.key()))).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Where a clause ends: a stop, a semicolon or colon, or "and"/"but" after a comma ("..., and police said"). */
    private static boolean isClauseBreak(final List<Token> tokens, final int k) {
        final String word = tokens.get(k).norm();
        return word.equals(".") || word.equals(";") || word.equals(":")
                || (word.equals("and") || word.equals("but")) && k > 0 && tokens.get(k - 1).norm().equals(",");
    }

    /**
     * "Fourteen of the 22 patients died": a number after "of (the)" and another number is the whole group, and the
     * first number counts what happened to part of it.
     */
    static boolean isPartitiveWhole(final List<Token> tokens, final QuantityMention mention,
                                    final QuantityMention before) {
        if (before == null) {
            return false;
        }
        int k = mention.first() - 1;
        if (k > before.last() && tokens.get(k).norm().equals("the")) {
            k--;
        }
        return k == before.last() + 1 && tokens.get(k).norm().equals("of") && !exceeds(before, mention);
    }

    /** "the killings in 1989 of six priests": a part larger than its whole is no part (there, a year). */
    private static boolean exceeds(final QuantityMention part, final QuantityMention whole) {
        final Long partValue = part.quantity().value();
        final Long wholeValue = whole.quantity().value();
        return partValue != null && wholeValue != null && partValue > wholeValue;
    }

    /**
     * Whether a Korean count is the whole of the count right after it ({@link KoreanNouns#isKoreanPartitiveWhole}) or
     * of a part no number counts ({@link KoreanNouns#isKoreanWholeOfUncounted}); {@code next} may be null.
     */
    boolean isKoreanPartitiveWhole(final List<Token> tokens, final QuantityMention mention,
                                   final QuantityMention next) {
        return korean.isKoreanPartitiveWhole(tokens, mention, next) || korean.isKoreanWholeOfUncounted(tokens, mention);
    }

    /**
     * "sent 3,000 troops in 2023 and 5,000 in 2024", "3,000 more troops, bringing the total to 14,000": a bare number
     * joined to a counted one (lexicon {@code shared}) counts the same.
     */
    Counted sharedUnit(final List<Token> tokens, final QuantityMention mention, final Counted previous) {
        if (previous == null || previous.text() == null || mention.first() == 0) {
            return null;
        }
        final int next = mention.last() + 1;
        final boolean bare = next >= tokens.size() || tokens.get(next).isPunct()
                || unitStops.contains(tokens.get(next).norm());
        return bare && lexicon.endingAt(tokens, mention.first() - 1, "shared").isPresent()
                ? new Counted(previous.unitClass(), previous.text(), mention.last(), mention.last(),
                mention.last() + 1)
                : null;
    }

    /**
     * "additional troops, possibly as many as 5,000": the noun just before the number, across a comma or a word of
     * the lexicon's {@code appositive} list, is what the number counts.
     */
    private Counted appositiveUnit(final Sentence sentence, final QuantityMention mention) {
        final List<Token> tokens = sentence.tokens();
        boolean bridged = false;
        for (int k = mention.first() - 1; k >= Math.max(0, mention.first() - 4); k--) {
            final Optional<Lexicon.Cue> unit = lexicon.endingAt(tokens, k, "unit");
            if (unit.isPresent() && !tokens.get(k).isHangul()) {
                return bridged ? new Counted(unit.get().key(), sentence.span(unit.get().first(), unit.get().last()),
                        unit.get().first(), unit.get().last(), unit.get().first()) : null;
            }
            final String word = tokens.get(k).norm();
            if (!word.equals(",") && !appositiveWords.contains(word)) {
                return null;
            }
            bridged = true;
        }
        return null;
    }

    /** "1.5 million Ukrainians have fled": a plural demonym counts people of that country. */
    private Counted pluralDemonym(final Sentence sentence, final List<NamedSpan> named, final int token,
                                  final QuantityMention mention) {
        final List<NamedSpan> here = NamedSpan.between(named, token, token + 1);
        if (here.isEmpty() || !GazetteerMatch.COUNTRY.equals(here.get(0).match().type())) {
            return null;
        }
        final NamedSpan name = here.get(0);
        final String written = sentence.span(name.first(), name.last());
        if (!written.endsWith("s") || written.equals(name.match().party().name())) {
            return null;
        }
        return new Counted("person", written, name.first(), name.last(), mention.last() + 1);
    }

    /**
     * "the number of North Korean troops in Russia could reach 11,000": the noun is named before the number, after the
     * nearest backward cue ({@code backward}: that sentence's cues, in order). A toll counts no number with a noun of
     * its own past a comma: "the death toll rose to 57, with three miners still missing".
     */
    private Counted backwardUnit(final Sentence sentence, final QuantityMention mention,
                                 final List<Lexicon.Cue> backward) {
        final List<Token> tokens = sentence.tokens();
        Lexicon.Cue cue = null;
        for (int low = 0, high = backward.size(); low < high; ) {
            final int mid = (low + high) >>> 1;
            if (backward.get(mid).last() < mention.first()) {
                cue = backward.get(mid);
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        if (cue == null || mention.first() - cue.last() > 3 * unitWindow
                || !"unit".equals(cue.key()) && !isBare(tokens, mention)
                && commaBetween(tokens, cue.last(), mention.first())) {
            return null;
        }
        if (!"unit".equals(cue.key())) {
            return new Counted(cue.key(), sentence.span(cue.first(), cue.last()), cue.first(), cue.last(),
                    cue.last() + 1);
        }
        final int end = Math.min(mention.first(), cue.last() + 1 + unitWindow);
        for (int k = cue.last() + 1; k < end; k++) {
            final Optional<Lexicon.Cue> unit = lexicon.at(tokens, k, "unit");
            if (unit.isPresent()) {
                return new Counted(unit.get().key(), sentence.span(unit.get().first(), unit.get().last()),
                        unit.get().first(), unit.get().last(), cue.last() + 1);
            }
            final int predicate = predicates.clausePredicateAt(tokens, k + 1);
            if (isOpenHead(tokens.get(k)) && predicate < mention.first()
                    && lexicon.at(tokens, predicate, "verb").isPresent() && predicates.isValueAfter(tokens, mention)) {
                // "the number of Americans killed in Iraq has passed 4,000": a noun the lexicon does not know, which
                // only its predicate in its place (the participle after it, or a clause on it: "members who have
                // died", "members to have died") makes a count of people, when the number is the phrase's value
                return new Counted(Counted.NOUN, tokens.get(k).text(), k, k, cue.last() + 1);
            }
        }
        return null;
    }

    /**
     * "the death toll had risen to at least 56 people": when the number is the value of a toll named before it, the
     * people after it are what the toll counts, and the toll says what befell them (not "the number of people ...").
     */
    private Counted tollOfPeople(final Sentence sentence, final QuantityMention mention,
                                 final List<Lexicon.Cue> backward) {
        if (!predicates.isValueAfter(sentence.tokens(), mention)) {
            return null;
        }
        final Counted toll = backwardUnit(sentence, mention, backward);
        return toll != null && predicates.kindOf(toll, null) != null ? toll : null;
    }

    /** Whether a token may head a noun phrase the lexicon does not know: a word, no determiner, preposition or thing. */
    private boolean isOpenHead(final Token token) {
        return token.type() == Token.Type.WORD && !token.isHangul() && !unitStops.contains(token.norm())
                && !measures.contains(token.norm()) && !nounStops.contains(token.norm())
                && !nonPersons.contains(token.norm()) && !animals.contains(token.norm());
    }
}
