package newswire.extract;

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
    private static final int NOUN_PHRASE_WORDS = 4;
    /** The words after a container noun ("the bodies of the"), which are not the noun. */
    private static final Set<String> CONTAINER_LINKS = Set.of("of", "the");
    /** The class of the Korean counter 개, which counts things of any sort (lexicon {@code counter thing}). */
    private static final String THING = "thing";
    /** The class of the Korean counters 대, 기, 척 of vehicles and machines (lexicon {@code counter machine}). */
    private static final String MACHINE = "machine";
    /** The unit classes a Korean counter of rounds or machines may count: munitions and platforms (전차, 전투기). */
    private static final Set<String> WEAPON_UNITS = Set.of("weapons", "platform");
    /** The class of the Korean counter 구, which counts bodies (lexicon {@code counter remains}). */
    private static final String REMAINS = "remains";

    /** How far before the number a verb of surviving may stand: "leaves behind his wife and two children". */
    private static final int SURVIVOR_WINDOW = 5;
    /** How many words of the part may stand between 중 and its count ("28명 중 재판 개정 이후 피고인 2명이"). */
    private static final int PARTITIVE_REACH = 5;

    private final Lexicon lexicon;
    private final PredicateFinder predicates;
    private final int unitWindow;
    private final Set<String> unitStops;
    private final Set<String> koreanPartitives;
    private final Set<String> measures;
    private final Set<String> abstractNouns;
    private final Set<String> ellipticFollowers;
    private final Set<String> appositiveWords;
    private final Set<String> pronounsOfCount;
    private final Set<String> nounStops;
    private final Set<String> nonPersons;
    private final Set<String> undergoing;
    private final Set<String> armsClasses;
    private final Set<String> ellipticHeads;
    private final Set<String> collectives;
    private final Set<String> animals;
    private final Set<String> patrons;
    private final Set<String> lossNouns;
    private final Set<String> opposedWords;
    private final Set<String> kin;
    private final Set<String> copulas;
    private final Set<String> koreanCaseMarks;
    private final Set<String> koreanGenitives;
    private final Set<String> koreanObliqueMarks;
    private final Set<String> koreanCoreMarks;
    private final Set<String> koreanObjectMarks;
    private final Set<String> koreanComplementMarks;
    private final Set<String> koreanCopulas;
    private final Set<String> perfects;
    private final Set<String> woundWords;
    private final Set<String> bearingVerbs;
    private final Set<String> adverbs;
    private final Set<String> determiners;

    CountedNounFinder(final Lexicon lexicon, final PredicateFinder predicates, final ExtractOptions options) {
        this.lexicon = lexicon;
        this.predicates = predicates;
        this.unitWindow = options.unitWindow();
        this.unitStops = lexicon.words("unit-stop", "words");
        this.koreanPartitives = lexicon.words("partitive", "ko");
        this.measures = lexicon.words("measure", "words");
        this.measures.addAll(lexicon.words("measure", "month"));
        this.ellipticFollowers = lexicon.words("elliptic", "after");
        this.appositiveWords = lexicon.words("appositive", "words");
        this.pronounsOfCount = lexicon.words("subset", "of");
        this.nounStops = lexicon.words("noun-phrase", "not-head");
        this.abstractNouns = lexicon.words("non-person", "abstract");
        this.nonPersons = lexicon.words("non-person", "words");
        this.nonPersons.addAll(abstractNouns);
        this.undergoing = lexicon.words("undergo", "verbs");
        this.armsClasses = lexicon.words("container-not", "classes");
        this.ellipticHeads = lexicon.words("noun-phrase", "elliptic-head");
        this.collectives = lexicon.words("noun-phrase", "collective");
        this.animals = lexicon.words("non-person", "animals");
        this.patrons = lexicon.words("patron", "words");
        this.lossNouns = lexicon.words("patron", "lost-by");
        this.opposedWords = lexicon.words("no-event", "opposed");
        this.kin = lexicon.words("survivors", "kin");
        this.copulas = lexicon.words("no-event", "copula");
        this.koreanCaseMarks = lexicon.words("particle", "case-ko");
        this.koreanGenitives = lexicon.words("particle", "genitive-ko");
        this.koreanObliqueMarks = lexicon.words("particle", "oblique-ko");
        this.koreanCoreMarks = lexicon.words("particle", "core-ko");
        this.koreanObjectMarks = lexicon.words("particle", "object-ko");
        this.koreanComplementMarks = lexicon.words("particle", "complement-ko");
        this.koreanCopulas = lexicon.words("particle", "copula-ko");
        this.perfects = lexicon.words("perfect", "words");
        this.woundWords = lexicon.words("wounds", "words");
        this.bearingVerbs = lexicon.words("wounds", "borne");
        this.adverbs = lexicon.words("predicate", "adverb");
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
            return koreanUnit(sentence, mention);
        }
        final Optional<Lexicon.Cue> container = containerOf(tokens, mention);
        if (mention.singular() && container.isEmpty()) {
            final Counted phrase = nounPhrase(sentence, mention);
            return phrase != null ? phrase : objectOfVerbBefore(sentence, mention); // "wounded another"
        }
        if (container.isPresent()) {
            if (namesThings(tokens, mention) || ofNonPersons(tokens, mention.last()) || isBare(tokens, mention)
                    || countsArms(tokens, mention) || losesPatrons(tokens, container.get(), mention)
                    || mention.singular() && nounPhrase(sentence, mention) == null) {
                return null; // "the massacre of 300 cattle", "the death of one of her four cats"; a bare number is a
                             // year: "the killings of 1641"; "the kidnapping of a youth group" is of no one person
            }
            // "the bodies of 70 civilians": the number counts what the container noun says (remains), not people
            int noun = container.get().last();
            while (noun > container.get().first() && CONTAINER_LINKS.contains(tokens.get(noun).norm())) {
                noun--;
            }
            return new Counted(container.get().key(), tokens.get(noun).text(), noun, noun, mention.last() + 1);
        }
        // "an early 1842 painting of the Isle of the Dead": a year-like number counts only the noun right after it
        final int end = Math.min(tokens.size(), mention.last() + 1 + (looksLikeYear(tokens, mention) ? 1 : unitWindow));
        for (int j = mention.last() + 1; j < end; j++) {
            final Optional<Lexicon.Cue> unit = lexicon.at(tokens, j, "unit");
            if (unit.isPresent()) {
                final Counted toll = "person".equals(unit.get().key()) ? tollOfPeople(sentence, mention, backward) : null;
                if (toll != null) {
                    return toll;
                }
                return ofNonPersons(tokens, unit.get().last()) || isWoundsBorne(tokens, mention, unit.get()) ? null
                        : new Counted(unit.get().key(), sentence.span(unit.get().first(), unit.get().last()),
                        unit.get().first(), unit.get().last(), mention.last() + 1);
            }
            if (j == mention.last() + 1 && countsPronoun(tokens, mention)) {
                if (thingsNamedBefore(tokens, mention)) {
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
        // number directly, through an auxiliary, a perfect one before a verb that takes no object, or an adverb
        final int next = mention.last() + 1;
        final Optional<Lexicon.Cue> aux = next < tokens.size() ? lexicon.at(tokens, next, "elliptic") : Optional.empty();
        final boolean perfect = aux.isEmpty() && next + 1 < tokens.size() && perfects.contains(tokens.get(next).norm())
                && lexicon.at(tokens, next + 1, "verb").filter(predicates::isIntransitive).isPresent();
        int verbAt = aux.map(cue -> cue.last() + 1).orElse(perfect ? next + 1 : next);
        final int adverbsEnd = Math.min(tokens.size(), verbAt + 2);
        while (verbAt < adverbsEnd && adverbs.contains(tokens.get(verbAt).norm())) {
            verbAt++;
        }
        final boolean helped = aux.isPresent() || perfect;
        if (verbAt < tokens.size() && lexicon.at(tokens, verbAt, "verb")
                .filter(verb -> helped || predicates.accepts(Counted.NOUN, verb.key()) && !predicates.isWeak(verb)
                        || predicates.namesNoEvent(verb)).isPresent()) {
            return new Counted("person", null, mention.last(), mention.last(), mention.last() + 1);
        }
        if (namesThings(tokens, mention)) {
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
                && isCapitalisedWord(tokens.get(at - 1)) && isCapitalisedWord(tokens.get(at + 1));
    }

    private static boolean isCapitalisedWord(final Token token) {
        return token.type() == Token.Type.WORD && Character.isUpperCase(token.text().charAt(0));
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
        final Optional<Lexicon.Cue> right = at > 0 ? lexicon.endingAt(tokens, at - 1, "container") : Optional.empty();
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

    /**
     * "had more than 90 injuries in his body", "suffered three wounds": injuries counted as the object of a verb of
     * bearing them are one body's wounds, not wounded people (lexicon {@code wounds}).
     */
    private boolean isWoundsBorne(final List<Token> tokens, final QuantityMention mention, final Lexicon.Cue unit) {
        return unit.first() == unit.last() && woundWords.contains(tokens.get(unit.first()).norm())
                && mention.first() > 0 && bearingVerbs.contains(tokens.get(mention.first() - 1).norm());
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
        // "wounding other 70": an elliptic head before the number stands for the noun, as "70 others" after it
        final int verbEnd = mention.first() > 1 && ellipticHeads.contains(tokens.get(mention.first() - 1).norm())
                ? mention.first() - 2 : mention.first() - 1;
        if ((isBare(tokens, mention) || countsPronoun(tokens, mention)) && verbEnd >= 0
                && lexicon.endingAt(tokens, verbEnd, "verb")
                .filter(verb -> predicates.accepts("person", verb.key()) && !predicates.isIntransitive(verb)
                        && predicates.governsObject(verb, sentence.toldAsHeadline()))
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
            if (nonPersons.contains(token.norm()) && !modifiesNext(tokens, k)) {
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
            if (participle.isPresent() && (head >= 0 || !nextIsModified(tokens, k))) {
                break;
            }
            if (participle.isPresent() && isThingsParticiple(participle.get())) {
                return null; // "four downed airliners", "two launched drones": what was done to them is done to things
            }
            head = k;
        }
        if (head < 0 || ofNonPersons(tokens, head)) {
            return null;
        }
        final Optional<Lexicon.Cue> known = lexicon.endingAt(tokens, head, "unit");
        final String unitClass = known.filter(cue -> cue.first() >= start).map(Lexicon.Cue::key).orElse(Counted.NOUN);
        return new Counted(unitClass, sentence.span(start, head), start, head, from);
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

    /**
     * Whether the nearest counted noun before a number in its sentence is a thing ("20,000 ships", "two houses";
     * lexicon {@code non-person}) rather than people (lexicon {@code unit}): "of them" after it points at the things.
     */
    private boolean thingsNamedBefore(final List<Token> tokens, final QuantityMention mention) {
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

    /** Whether no noun goes on at {@code at}: the end, punctuation, "of", or a word that ends a noun phrase. */
    private boolean endsNoun(final List<Token> tokens, final int at) {
        return at >= tokens.size() || tokens.get(at).type() != Token.Type.WORD || tokens.get(at).norm().equals("of")
                || unitStops.contains(tokens.get(at).norm()) || nounStops.contains(tokens.get(at).norm());
    }

    /** Whether the first lexicon unit of the phrase after the number counts munitions or vehicles ("20 missiles"). */
    private boolean countsArms(final List<Token> tokens, final QuantityMention mention) {
        final int from = mention.last() + 1;
        for (int k = from; k < Math.min(tokens.size(), from + NOUN_PHRASE_WORDS); k++) {
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
    private boolean losesPatrons(final List<Token> tokens, final Lexicon.Cue container, final QuantityMention mention) {
        boolean loss = false;
        for (int k = container.first(); k <= container.last(); k++) {
            loss |= lossNouns.contains(tokens.get(k).norm());
        }
        final int from = mention.last() + 1;
        for (int k = from; loss && k < Math.min(tokens.size(), from + NOUN_PHRASE_WORDS); k++) {
            if (patrons.contains(tokens.get(k).norm())) {
                return true;
            }
            if (tokens.get(k).type() != Token.Type.WORD) {
                return false;
            }
        }
        return false;
    }

    /** Whether the phrase right after the number names things or animals ("300 cattle", "two burnt houses"). */
    private boolean namesThings(final List<Token> tokens, final QuantityMention mention) {
        final int from = mention.last() + 1;
        for (int k = from; k < Math.min(tokens.size(), from + NOUN_PHRASE_WORDS); k++) {
            final Token token = tokens.get(k);
            if ((nonPersons.contains(token.norm()) || animals.contains(token.norm())) && !modifiesNext(tokens, k)) {
                return true;
            }
            if (token.type() != Token.Type.WORD || unitStops.contains(token.norm())
                    || nounStops.contains(token.norm()) || lexicon.at(tokens, k, "unit").isPresent()) {
                return false;
            }
        }
        return false;
    }

    /** Whether a participle says what is done to things only ("downed", "fired"), never to people. */
    private boolean isThingsParticiple(final Lexicon.Cue participle) {
        return predicates.accepts("weapons", participle.key()) && !predicates.accepts("person", participle.key());
    }

    /** Four digits without a separator, 1800 to 2100: more often a year than a count. */
    private static boolean looksLikeYear(final List<Token> tokens, final QuantityMention mention) {
        final Token token = tokens.get(mention.last());
        final Long value = mention.quantity().value();
        return mention.first() == mention.last() && token.isNumber() && token.text().length() == 4
                && value != null && value >= 1800 && value <= 2100;
    }

    /**
     * Whether a noun of things modifies the noun after it ("a bus driver", "two cattle thieves", "a car bomb"): what
     * the phrase counts is its head, the last noun, not every noun in it. A modifier is singular (a plural is the
     * head: "two explosions rose"), and a participle after it ends the phrase ("two homes burned").
     */
    private boolean modifiesNext(final List<Token> tokens, final int k) {
        final String word = tokens.get(k).norm();
        if (!nextIsModified(tokens, k) || word.endsWith("s") && (nonPersons.contains(word.substring(0, word.length() - 1))
                || word.endsWith("es") && nonPersons.contains(word.substring(0, word.length() - 2)))) {
            return false;
        }
        final String next = tokens.get(k + 1).norm();
        return !next.endsWith("ed") && !next.endsWith("ing") && !measures.contains(next);
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

    /** Whether the word after token {@code k} can be the noun it modifies. */
    private boolean nextIsModified(final List<Token> tokens, final int k) {
        if (k + 1 >= tokens.size()) {
            return false;
        }
        final Token next = tokens.get(k + 1);
        return next.type() == Token.Type.WORD && !next.isHangul() && !unitStops.contains(next.norm())
                && !nounStops.contains(next.norm()) && lexicon.at(tokens, k + 1, "verb").isEmpty();
    }

    /**
     * "bodies of water", "rounds of talks": a head followed by "of" and a thing counts that thing; so does a head
     * whose "of" phrase names animals ("troops of captive woolly monkeys"), while "residents of the town" are people.
     */
    private boolean ofNonPersons(final List<Token> tokens, final int head) {
        if (head + 2 >= tokens.size() || !tokens.get(head + 1).norm().equals("of")) {
            return false;
        }
        if (nonPersons.contains(tokens.get(head + 2).norm())) {
            return true;
        }
        for (int k = head + 2; k < Math.min(tokens.size(), head + 2 + NOUN_PHRASE_WORDS); k++) {
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
     * Whether a number follows the phrase counted before it across "and" alone ("three women and three children"):
     * two counted phrases joined into one subject or object.
     */
    static boolean isConjoined(final List<Token> tokens, final Counted before, final QuantityMention mention) {
        return before != null && mention.first() == before.last() + 2
                && tokens.get(before.last() + 1).norm().equals("and");
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
        return k == before.last() + 1 && tokens.get(k).norm().equals("of");
    }

    /**
     * Whether a Korean count is the whole of the count right after it ("11명 중 9명이 사망했고", "승객 7명 가운데 3명이"): the
     * whole comes first in Korean, with 중 or 가운데 (lexicon {@code partitive ko}) between the two, and the part's own
     * words may stand before it in the same phrase ("28명 중 재판 개정 이후 피고인 2명이 사망하고"), and its own parts in
     * brackets after it ("181명(승무원 6명·승객 175명) 중 179명이").
     */
    boolean isKoreanPartitiveWhole(final List<Token> tokens, final QuantityMention mention,
                                   final QuantityMention next) {
        final int at = afterAside(tokens, mention.last() + 1);
        if (mention.counter() == null || next == null || next.first() <= at
                || next.first() > at + 1 + PARTITIVE_REACH || !koreanPartitives.contains(tokens.get(at).norm())) {
            return false;
        }
        for (int k = at + 1; k < next.first(); k++) {
            if (!tokens.get(k).isHangul() || KoreanClauses.endsWithAny(tokens.get(k).text(), koreanCoreMarks)) {
                return false; // a comma, a number or a clause's own subject or object: the part is another phrase's
            }
        }
        return true;
    }

    /** The token after a bracketed aside that opens at {@code at} ("181명(승무원 6명·승객 175명) 중"), or {@code at}. */
    private static int afterAside(final List<Token> tokens, final int at) {
        if (at >= tokens.size() || !tokens.get(at).text().equals("(")) {
            return at;
        }
        for (int k = at + 1; k < tokens.size(); k++) {
            if (tokens.get(k).text().equals(")")) {
                return k + 1;
            }
        }
        return at;
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
            if (isOpenHead(tokens.get(k)) && k + 1 < end && lexicon.at(tokens, k + 1, "verb").isPresent()
                    && predicates.isValueAfter(tokens, mention)) {
                // "the number of Americans killed in Iraq has passed 4,000": a noun the lexicon does not know, which
                // only its predicate in its place (the participle after it) makes a count of people, when the number
                // is the phrase's value
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

    /**
     * Korean counts people with 명 and names them nearby, in its own phrase: "북한군 1500명", "1만2000명 규모의 병력", "46명의
     * 사망자". A noun after the count is its noun only when no case particle ends the count's phrase ("102명이 부상했으며
     * 희생자 대부분은": the victims are another phrase's); no noun across punctuation or another number counts it ("사망자
     * 수는 187명에 이르렀고, 적어도 300명이"), nor one before a word that a case closes ("사람들 사이로 … 시신 2구") or after
     * one that a core case closes ("3명의 아프간 경찰이 … 더 많은 부상자가"), nor one after a copula, which makes the
     * count the predicate of the topic before it ("승선자는 총 3542명이고 이중 사망자는"); 구 counts
     * bodies whatever noun is near. 개 counts things of any sort: a weapon only when one is named right beside it;
     * 대, 기 and 척 count machines: a weapon only when one is named near.
     */
    private Counted koreanUnit(final Sentence sentence, final QuantityMention mention) {
        final List<Token> tokens = sentence.tokens();
        final boolean thing = THING.equals(mention.counter());
        final boolean machine = MACHINE.equals(mention.counter());
        final boolean weapons = thing || machine || "weapons".equals(mention.counter());
        final int reach = thing ? 1 : REMAINS.equals(mention.counter()) ? 0 : unitWindow;
        final Lexicon.Cue complement = weapons ? null : koreanComplement(tokens, mention.last());
        if (complement != null) {
            return new Counted(complement.key(), complement.phrase(), complement.first(), complement.last(),
                    mention.last() + 1);
        }
        Lexicon.Cue best = koreanUnitNear(tokens, mention.first() - 1, -1, reach, weapons);
        final String count = tokens.get(mention.last()).text();
        if (!KoreanClauses.endsWithAny(count, koreanCaseMarks) && !KoreanClauses.endsWithAny(count, koreanCopulas)) {
            final Lexicon.Cue after = koreanUnitNear(tokens, mention.last() + 1, 1, reach, weapons);
            // "10명의 부상자와 2명의 사망자": a genitive count modifies the noun after it, whatever noun is as near before
            if (after != null && (best == null || after.first() - mention.last() < mention.first() - best.last()
                    || KoreanClauses.endsWithAny(count, koreanGenitives))) {
                best = after;
            }
        }
        if (best == null) {
            return thing || machine ? null
                    : new Counted(mention.counter(), null, mention.last(), mention.last(), mention.last());
        }
        return new Counted(best.key(), best.phrase(), best.first(), best.last(), mention.last() + 1);
    }

    /**
     * The noun an object count is counted as, right after it with 으로/로 ("총 4934명을 희생자로 확인했다": victims;
     * lexicon {@code particle complement-ko}), or null.
     */
    private Lexicon.Cue koreanComplement(final List<Token> tokens, final int last) {
        final int next = last + 1;
        if (next >= tokens.size() || !tokens.get(next).isHangul()
                || !KoreanClauses.endsWithAny(tokens.get(last).text(), koreanObjectMarks)
                || !KoreanClauses.endsWithAny(tokens.get(next).text(), koreanComplementMarks)) {
            return null;
        }
        return lexicon.at(tokens, next, "unit").filter(cue -> cue.last() == next).orElse(null);
    }

    /** The nearest Korean unit of the count's sort from token {@code start} on in {@code step}'s direction, or null. */
    private Lexicon.Cue koreanUnitNear(final List<Token> tokens, final int start, final int step, final int reach,
                                       final boolean weapons) {
        for (int j = start, n = 0; j >= 0 && j < tokens.size() && n < reach; j += step, n++) {
            final Token token = tokens.get(j);
            if (token.isPunct() || token.isNumber()) {
                return null;
            }
            final Optional<Lexicon.Cue> cue = token.isHangul() ? lexicon.at(tokens, j, "unit") : Optional.empty();
            if (cue.isPresent() && step < 0 && j < start
                    && (KoreanClauses.endsWithAny(token.text(), koreanObjectMarks)
                    || KoreanClauses.endsWithAny(token.text(), koreanGenitives))) {
                // "부상자를 포함한 참가자 4명": a noun another verb takes as its object is not the count's, nor one that
                // modifies the noun after it ("군인의 유가족 5명": the bereaved, not soldiers)
                return null;
            }
            if (cue.isPresent() && weapons == WEAPON_UNITS.contains(cue.get().key())) {
                return cue.get();
            }
            if (step < 0 && KoreanClauses.endsWithAny(token.text(), koreanObliqueMarks)
                    || step > 0 && token.isHangul() && KoreanClauses.endsWithAny(token.text(), koreanCoreMarks)) {
                return null; // "3명의 아프간 경찰이 … 사망하고 더 많은 부상자가": the phrase ends at its case
            }
        }
        return null;
    }
}
