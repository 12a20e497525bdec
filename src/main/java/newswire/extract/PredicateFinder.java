package newswire.extract;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newswire.model.ClaimKind;

/**
 * What happened to what a number counts: the event predicate (lexicon {@code verb}) that fits its noun ("killed" fits
 * soldiers, "fired" missiles) and lies nearest, and the kind of claim that makes. Predicates whose parts stand apart
 * are read by {@link SplitPredicates}, which Korean clause a count and a verb belong to by {@link KoreanClauses}, the
 * English clause around a counted phrase (where it ends, whether it is a verb's subject, object or agent) by
 * {@link EnglishClauses}, and verbs of loss whose object is things by {@link LostThings}.
 */
final class PredicateFinder {

    /** The kind of a predicate of some other event (lexicon {@code kind arrested none}): it makes no claim. */
    private static final String NO_KIND = "none";
    /**
     * The words that join two verbs of one clause ("to kill a guard and wound two others"), and two model numbers of
     * one name ("Atlas 2 and 3": see {@link NonCounts#isPartOfName}).
     */
    static final Set<String> COORDINATORS = Set.of("and", "or");
    static final String KILLED = "killed";
    private static final String WEAPONS = "weapons";
    private static final String CAPTURED = "captured";
    static final String ARRESTED = "arrested";
    /** The accepts class of the kinds a side in arms adds to a noun the lexicon does not know (capture). */
    private static final String ARMED_SIDE = "armed-side";
    /** The verb key of taking and holding (lexicon {@code verb held}): with a complement of capture, a capture. */
    private static final String HELD = "held";
    /** The accepts class of the kinds an armed group holding a Korean count adds to its own (capture). */
    private static final String HELD_BY_CAPTOR = "held-by-captor";
    /** The outcomes a person killed did not also have: "killed and wounded" counts two groups. */
    private static final Set<String> OTHER_OUTCOMES = Set.of("wounded", CAPTURED);
    /** How far after a whole's relative clause the part's own verb is looked for ("who were hurt in the blast died"). */
    private static final int PART_VERB_WINDOW = 6;
    /** The most adverbs between an auxiliary and what follows it: "had reportedly also been killed". */
    private static final int ADVERBS = 2;

    private final Lexicon lexicon;
    private final Map<String, Set<String>> accepts = new HashMap<>();
    private final Set<String> needsVerb;
    private final Set<String> armedSides;
    private final Set<String> adverbs;
    private final Set<String> weak;
    private final Set<String> plural;
    private final Set<String> perfects;
    private final Set<String> intransitive;
    private final Set<String> nounLike;
    private final Set<String> determiners;
    private final Set<String> notHeads;
    private final Set<String> modals;
    /** Verbs said of troops only as their subject ("trained": underwent training), never of troops as their object. */
    private final Set<String> subjectOnly;
    private final Set<String> verbalBefore;
    private final Set<String> tollValues;
    private final Set<String> perceptions;
    private final Set<String> foundStates;
    /** Verbs of judging ("confirmed", "feared") that govern a state right after them as a perception does. */
    private final Set<String> judgements;
    /** Roles of business and politics a passive state may not hurt bodily (lexicon {@code predicate non-bodily-role}). */
    private final Set<String> nonBodilyRoles;
    /** Causes and adverbs of a harm to a trade, a purse or a career (lexicon {@code predicate non-bodily-cause}). */
    private final Set<String> nonBodilyCauses;
    private final Set<String> firingVerbs;
    private final Set<String> firers;
    private final Map<String, String> kinds = new HashMap<>();
    private final Set<String> casualtyFirstWords = new HashSet<>();
    /** The first words of predicates whose parts stand apart ("suffered … injuries", "shot … dead"). */
    private final Set<String> splitFirstWords;
    private final int verbWindow;
    private final SplitPredicates split;
    private final LostThings lost;
    private final KoreanClauses korean;
    private final EnglishClauses clauses;
    /**
     * Classes whose arrest is a capture (pirates taken by a navy), unless the police make it (see
     * {@link EnglishClauses#isArrest}).
     */
    private final Set<String> capturedWhenArrested;
    private final Set<String> presentForms;
    private final Set<String> relatives;
    private final Set<String> finiteAuxiliaries;
    /** What an English captor holds: people, not places or things (lexicon {@code held-by-captor classes}). */
    private final Set<String> heldByCaptorClasses;

    PredicateFinder(final Lexicon lexicon, final ExtractOptions options, final EnglishClauses clauses,
                    final KoreanClauses korean) {
        this.lexicon = lexicon;
        this.clauses = clauses;
        this.korean = korean;
        for (final String unitClass : lexicon.keys("accepts")) {
            accepts.put(unitClass, lexicon.words("accepts", unitClass));
        }
        this.needsVerb = lexicon.words("needs-verb", "classes");
        this.armedSides = lexicon.words("armed-side", "words");
        this.adverbs = lexicon.words("predicate", "adverb");
        this.weak = lexicon.words("predicate", "weak");
        this.plural = lexicon.words("elliptic", "plural");
        this.perfects = lexicon.words("perfect", "words");
        this.intransitive = lexicon.words("predicate", "intransitive");
        this.nounLike = lexicon.words("predicate", "noun-like");
        this.determiners = lexicon.words("predicate", "determiner");
        this.notHeads = lexicon.words("noun-phrase", "not-head");
        this.notHeads.addAll(lexicon.words("noun-phrase", "preposition"));
        this.notHeads.addAll(lexicon.words("noun-phrase", "not-after-participle"));
        this.modals = lexicon.words("modal", "words");
        this.subjectOnly = lexicon.words("predicate", "subject-only");
        this.verbalBefore = lexicon.words("predicate", "verbal-before");
        this.tollValues = lexicon.words("toll-value", "words");
        this.perceptions = lexicon.words("predicate", "perception");
        this.foundStates = lexicon.words("predicate", "found-state");
        this.judgements = lexicon.words("predicate", "judgement");
        this.nonBodilyRoles = lexicon.words("predicate", "non-bodily-role");
        this.nonBodilyCauses = lexicon.words("predicate", "non-bodily-cause");
        this.firingVerbs = lexicon.words("predicate", "firing");
        this.firers = lexicon.words("predicate", "firer");
        for (final String kind : accepts.getOrDefault(Counted.NOUN, Set.of())) {
            lexicon.phrases("verb", kind).forEach(phrase -> casualtyFirstWords.add(phrase.split(" ")[0]));
        }
        for (final String verbKey : lexicon.keys("kind")) {
            kinds.put(verbKey, lexicon.phrases("kind", verbKey).get(0));
        }
        this.split = new SplitPredicates(lexicon);
        this.lost = new LostThings(lexicon);
        this.capturedWhenArrested = lexicon.words("arrest-captures", "classes");
        this.presentForms = lexicon.words("predicate", "present");
        this.relatives = lexicon.words("noun-phrase", "relative");
        this.finiteAuxiliaries = lexicon.words("modal", "finite");
        this.heldByCaptorClasses = lexicon.words("held-by-captor", "classes");
        this.splitFirstWords = split.firstWords();
        casualtyFirstWords.addAll(splitFirstWords);
        this.verbWindow = options.verbWindow();
    }

    /**
     * The predicates of a sentence by the token they start at (lexicon {@code verb}), without the base forms that are
     * nouns there: "fire", "ship", "launch" are verbs after "to", a modal or a pronoun ("plans to fire", "they
     * fire"), and nouns elsewhere ("a support ship", "returned fire", "came under fire"); nor the Korean stems that
     * name a doer (살해범, a murderer: lexicon {@code predicate agent-ko}) or say that it did not happen (살해하려 한,
     * 다치지 않았다: see {@link KoreanClauses#isUnrealised}), nor those inside a word that names something else
     * (특전사, the special forces, holds 전사; 사망률, a rate: lexicon {@code predicate other-word-ko}).
     */
    List<List<Lexicon.Cue>> verbs(final List<Token> tokens) {
        final List<List<Lexicon.Cue>> verbs = lexicon.findAll(tokens, "verb");
        for (int k = 0; k < verbs.size(); k++) {
            final List<Lexicon.Cue> here = verbs.get(k);
            if (!here.isEmpty() && tokens.get(k).isHangul()) {
                final String word = KoreanClauses.wholeWord(tokens, k); // "사망(말소)자" is 사망자, no predicate
                if (here.stream().anyMatch(cue -> korean.isNoPredicate(tokens, word, cue))) {
                    verbs.set(k, here.stream().filter(cue -> !korean.isNoPredicate(tokens, word, cue)).toList());
                }
                continue;
            }
            if (!here.isEmpty() && nounLike.contains(here.get(0).phrase())
                    && (k == 0 || !verbalBefore.contains(tokens.get(k - 1).norm()))
                    && !isCoordinatedBase(tokens, verbs, k) && !takesNumber(tokens, k)) {
                verbs.set(k, here.stream().filter(cue -> !nounLike.contains(cue.phrase())).toList());
            }
            if (!verbs.get(k).isEmpty()) {
                verbs.set(k, verbs.get(k).stream()
                        .filter(cue -> !lost.losesThings(tokens, cue) && !isAttributive(tokens, cue)).toList());
            }
        }
        split.addUndergone(tokens, verbs);
        return verbs;
    }

    /**
     * Whether an "-ing" form between a number and the noun it counts modifies that noun ("30 launching units", "one
     * robbery charge", "two shooting incidents"): a compound of things, not a predicate on any number. The noun is
     * a plain word that is no unit of the lexicon (so "two injured soldiers" is not asked: no "-ing"), no number or
     * vague quantity, no verb, modal or auxiliary ("2,600 missing may grow"), and none of the words that end a noun
     * phrase, qualify a predicate or join what follows it ("killing more than", "killing all 72", "wounding them",
     * "28 missing as of Monday", "61 missing with little hope", "150 missing and 20 dead").
     */
    private boolean isAttributive(final List<Token> tokens, final Lexicon.Cue cue) {
        final int k = cue.first();
        final int next = cue.last() + 1;
        if (!cue.phrase().endsWith("ing") || cue.phrase().contains(" ") || k == 0 || next >= tokens.size()
                || !lexicon.isNumberAt(tokens, k - 1)) {
            return false;
        }
        final Token noun = tokens.get(next);
        return noun.type() == Token.Type.WORD && !noun.isCapitalised() && !noun.isHangul()
                && !lexicon.isNumberAt(tokens, next) && !notHeads.contains(noun.norm()) && !adverbs.contains(noun.norm())
                && !modals.contains(noun.norm()) && !finiteAuxiliaries.contains(noun.norm())
                && lexicon.at(tokens, next, "verb").isEmpty()
                && lexicon.at(tokens, next, "unit").isEmpty() && lexicon.at(tokens, next, "vague").isEmpty()
                && lexicon.at(tokens, next, "qualifier").isEmpty();
    }

    /**
     * Whether the base form at {@code k} has a number for its object, as a verb of a title-case headline has ("Troops
     * Wound 13 On Gaza Border", "Police Kill 2, Wound 13"): no noun is followed by a count of its own, unless a
     * determiner makes it one ("a ship 40 miles off the coast").
     */
    private boolean takesNumber(final List<Token> tokens, final int k) {
        return k + 1 < tokens.size() && lexicon.isNumberAt(tokens, k + 1)
                && (k == 0 || !determiners.contains(tokens.get(k - 1).norm()));
    }

    /**
     * Whether the form at {@code k} is a base form joined by "and"/"or" to a verb that is one ("to kill a guard and
     * wound two others", "could fire and launch"): the second verb of the pair, with its own object.
     */
    private boolean isCoordinatedBase(final List<Token> tokens, final List<List<Lexicon.Cue>> verbs, final int k) {
        if (k < 2 || !COORDINATORS.contains(tokens.get(k - 1).norm())) {
            return false;
        }
        for (int j = k - 2; j >= Math.max(1, k - 2 - verbWindow); j--) {
            if (tokens.get(j).isPunct()) {
                return false;
            }
            if (!verbs.get(j).isEmpty() && verbalBefore.contains(tokens.get(j - 1).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence has a predicate counting one person ("killed", "wounded", "taken hostage"), so that "a" is
     * worth reading as a number; one set lookup a token, as most sentences have none, and the whole phrase read only
     * where its first word is there ("taken" alone starts no such predicate).
     */
    boolean mayCountOne(final List<Token> tokens) {
        final Set<String> casualties = accepts.getOrDefault(Counted.NOUN, Set.of());
        for (int k = 0; k < tokens.size(); k++) {
            final Token token = tokens.get(k);
            if (!token.isHangul() && casualtyFirstWords.contains(token.norm()) && (splitFirstWords.contains(token.norm())
                    || lexicon.allAt(tokens, k, "verb").stream().anyMatch(verb -> casualties.contains(verb.key())))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a verb never takes the number after it as its object ("died a violent death"). */
    boolean isIntransitive(final Lexicon.Cue verb) {
        return intransitive.contains(verb.phrase());
    }

    /** Whether a verb form is too weak to govern a noun the lexicon does not know ("kill", "lost"). */
    boolean isWeak(final Lexicon.Cue verb) {
        return weak.contains(verb.phrase());
    }

    /**
     * Whether a verb governs the number right after it as its object: not a weak form, except that a headline tells
     * a past event in the present ("Raiders kill 12 herders in dawn attack"), where "kill" is the event itself.
     */
    boolean governsObject(final Lexicon.Cue verb, final boolean headline) {
        return !isWeak(verb) || headline && presentForms.contains(verb.phrase());
    }

    /**
     * Whether a verb can take a number after it as its object ("killed 14"). Korean puts the object before its verb: an
     * inflected Korean verb before a number ends its clause or modifies the noun after it ("100명이 숨진 10·26 참사" is a
     * disaster named by its date); only a bare predicate noun heads a count after it, as a tally does ("사망 3, 부상 5").
     */
    boolean takesObjectAfter(final List<Token> tokens, final Lexicon.Cue verb) {
        return !tokens.get(verb.last()).isHangul() || korean.isBareNoun(tokens, verb);
    }

    /** Whether a Korean count is the agent of its verb, not what it befell: see {@link KoreanClauses#isAgent}. */
    boolean isKoreanAgent(final List<Token> tokens, final List<QuantityMention> mentions, final int m,
                          final Lexicon.Cue verb) {
        return korean.isAgent(tokens, mentions, m, verb);
    }

    /** Whether a Korean count is in a condition, not an event: see {@link KoreanClauses#isCondition}. */
    boolean isKoreanCondition(final List<Token> tokens, final QuantityMention mention) {
        return tokens.get(mention.last()).isHangul() && korean.isCondition(tokens, mention);
    }

    /**
     * Whether a Korean count is no figure of what befell it: superseded ({@link KoreanClauses#isSuperseded}) or the
     * agent of a passive ({@link KoreanClauses#isPassiveAgent}).
     */
    boolean isKoreanNonFigure(final List<Token> tokens, final QuantityMention mention) {
        return mention.counter() != null && tokens.get(mention.last()).isHangul()
                && (korean.isSuperseded(tokens, mention) || korean.isPassiveAgent(tokens, mention));
    }

    /** Whether a Korean count of the dead has an illness for its cause: see {@link KoreanClauses#isIllness}. */
    boolean isKoreanIllness(final List<Token> tokens, final QuantityMention mention, final Lexicon.Cue verb) {
        return tokens.get(mention.last()).isHangul() && korean.isIllness(tokens, mention, verb);
    }

    /**
     * Whether a Korean count of relatives follows a verb of another noun: see {@link KoreanClauses#isRelativesOfAnother}.
     */
    boolean isKoreanRelativesOfAnother(final List<Token> tokens, final QuantityMention mention,
                                       final Lexicon.Cue verb) {
        return verb.last() < mention.first() && tokens.get(mention.last()).isHangul()
                && korean.isRelativesOfAnother(tokens, mention, verb);
    }

    /** Whether a Korean count follows the one before it as the next of two groups: see {@link KoreanClauses#joins}. */
    boolean isKoreanConjoined(final List<Token> tokens, final QuantityMention previous, final QuantityMention mention) {
        return korean.joins(tokens, previous, mention);
    }

    /** Whether a Korean verb of flight leaves a vehicle or a venue: see {@link KoreanClauses#leavesAVenue}. */
    boolean isKoreanVenueLeft(final List<Token> tokens, final Lexicon.Cue verb, final Counted counted) {
        return korean.leavesAVenue(tokens, verb, counted);
    }

    /** Whether a Korean predicate is an ability said of the noun it modifies: see {@link KoreanClauses#isAbility}. */
    boolean isKoreanAbility(final List<Token> tokens, final Lexicon.Cue verb) {
        return korean.isAbility(tokens, verb);
    }

    /**
     * Whether a verb is joined by "or" to another predicate ("killed or arrested", "dead or missing"), or by "and" to
     * a predicate of another kind ("killed and injured"): the number counts both together, so it is a claim of
     * neither. Korean joins them by an ending or a word (see {@link KoreanClauses#isDisjoined}).
     */
    boolean isDisjoined(final List<Token> tokens, final Lexicon.Cue verb) {
        if (tokens.get(verb.last()).isHangul()) {
            return korean.isDisjoined(tokens, verb);
        }
        final int after = listEnd(tokens, verb) + 2;
        final int before = verb.first() - 2;
        return after < tokens.size() && tokens.get(after - 1).norm().equals("or")
                && tokens.get(after).type() == Token.Type.WORD
                || before >= 0 && tokens.get(before + 1).norm().equals("or")
                && tokens.get(before).type() == Token.Type.WORD
                || after < tokens.size() && tokens.get(after - 1).norm().equals("and")
                && ofAnotherKind(verb, lexicon.at(tokens, after, "verb"), false)
                || before >= 0 && tokens.get(before + 1).norm().equals("and")
                && ofAnotherKind(verb, lexicon.endingAt(tokens, before, "verb"), true);
    }

    /**
     * Where a list of predicates that starts with {@code verb} ends before its last joiner: "killed, wounded or
     * captured" ends at "wounded", so that the "or" after it joins the whole list.
     */
    private int listEnd(final List<Token> tokens, final Lexicon.Cue verb) {
        int last = verb.last();
        while (last + 2 < tokens.size() && ",".equals(tokens.get(last + 1).norm())) {
            final Optional<Lexicon.Cue> next = lexicon.at(tokens, last + 2, "verb");
            if (next.isEmpty()) {
                break;
            }
            last = next.get().last();
        }
        return last;
    }

    /**
     * Whether a predicate joined to {@code verb} by "and" is another outcome than death ("killed and injured", "killed
     * and captured"): the dead are not also wounded, so one number before or after both counts the two groups
     * together and is a claim of neither. Other pairs tell what happened to the same people in turn ("abducted and
     * killed", "wounded and captured", "kidnapped and killed": a capture before a death is a sequence, a death
     * before a capture two groups).
     */
    private boolean ofAnotherKind(final Lexicon.Cue verb, final Optional<Lexicon.Cue> other, final boolean otherFirst) {
        return other.filter(cue -> {
            final String one = kinds.getOrDefault(verb.key(), verb.key());
            final String two = kinds.getOrDefault(cue.key(), cue.key());
            final boolean capturedThenKilled = (otherFirst ? two : one).equals(CAPTURED)
                    && (otherFirst ? one : two).equals(KILLED);
            return !one.equals(two) && !capturedThenKilled && (one.equals(KILLED) && OTHER_OUTCOMES.contains(two)
                    || two.equals(KILLED) && OTHER_OUTCOMES.contains(one));
        }).isPresent();
    }

    /**
     * Whether a platform is what fires, not what is fired: "three jets fired six missiles", "two warships launched
     * cruise missiles" (lexicon {@code predicate firing}, {@code firer}). Munitions are fired; aircraft and ships fire
     * them, and are weapons only when supplied or sent.
     */
    boolean isFirer(final Counted counted, final Lexicon.Cue verb) {
        return verb != null && firers.contains(counted.unitClass()) && firingVerbs.contains(verb.phrase());
    }

    /** Whether a predicate tells another event than a claim's ("missing", "arrested": lexicon {@code kind ... none}). */
    boolean namesNoEvent(final Lexicon.Cue verb) {
        return NO_KIND.equals(kinds.get(verb.key()));
    }

    /**
     * The kinds a verb in its place may give what the number counts: its class's, and for a noun the lexicon does not
     * know that names one side of a fight ("insurgents", "militants": lexicon {@code armed-side}) a capture too, as of
     * soldiers ("23 suspected insurgents were detained in raids"; a detention by the police stays an arrest,
     * {@link EnglishClauses#isArrest}).
     */
    private Set<String> fitting(final List<Token> tokens, final Counted counted) {
        final Set<String> own = accepts.getOrDefault(counted.unitClass(), Set.of());
        if (!Counted.NOUN.equals(counted.unitClass()) || counted.text() == null
                || !armedSides.contains(tokens.get(counted.last()).norm())) {
            return own;
        }
        final Set<String> withCapture = new HashSet<>(own);
        withCapture.addAll(accepts.getOrDefault(ARMED_SIDE, Set.of()));
        return withCapture;
    }

    /**
     * Whether a verb read for another phrase can say what happened to this one ("deployed 3,000 troops, 40 tanks and
     * 12 helicopters": tanks are not deployed troops), by the same classes as a verb found for the phrase itself. A
     * noun the lexicon does not know ("gendarmes", "militiamen") has no class to refuse the verb: it shares it.
     */
    boolean fits(final List<Token> tokens, final Counted counted, final Lexicon.Cue verb) {
        return Counted.NOUN.equals(counted.unitClass()) || fitting(tokens, counted).contains(verb.key());
    }

    /** Whether a verb of that kind can say what happened to a noun of that class. */
    boolean accepts(final String unitClass, final String kind) {
        return accepts.getOrDefault(unitClass, Set.of()).contains(kind);
    }

    /**
     * The verb nearest the number and its noun, among those that fit the noun. A verb across "and" or a comma counts
     * as further away: in "killed 14 civilians and wounded 37 others", 14 were killed and 37 wounded. People an armed
     * group holds are held or detained whatever they are (see {@link #heldByCaptor}).
     */
    Lexicon.Cue verbFor(final List<Token> tokens, final List<List<Lexicon.Cue>> verbs, final QuantityMention mention,
                        final Counted counted, final boolean[] inNumber) {
        final Set<String> fitting = heldByCaptor(tokens, mention, counted,
                accepts.getOrDefault(counted.unitClass(), Set.of()));
        final Lexicon.Cue taken = takenAs(tokens, verbs, mention, counted, fitting);
        if (taken != null) {
            return taken;
        }
        final Lexicon.Cue nearest = nearestVerb(tokens, verbs, mention, counted, inNumber, fitting);
        return nearest == null ? null
                : korean.outcome(tokens, verbs, nearest, fitting, cue -> isDisjoined(tokens, cue));
    }

    /**
     * The kinds a verb may give, and holding or detaining when an armed group holds the people counted: Korean ({@link
     * KoreanClauses#isHeldByCaptor}) or English, of people only ({@link EnglishClauses#isHeldByCaptor}: not "rebels
     * held 12 checkpoints").
     */
    private Set<String> heldByCaptor(final List<Token> tokens, final QuantityMention mention, final Counted counted,
                                     final Set<String> kinds) {
        final boolean counter = mention.counter() != null && tokens.get(mention.last()).isHangul();
        if (counter ? !korean.isHeldByCaptor(tokens, mention) : !heldByCaptorClasses.contains(counted.unitClass())
                || !clauses.isHeldByCaptor(tokens, mention, counted)) {
            return kinds;
        }
        final Set<String> held = new HashSet<>(kinds);
        held.addAll(accepts.getOrDefault(HELD_BY_CAPTOR, Set.of()));
        return held;
    }

    private Lexicon.Cue nearestVerb(final List<Token> tokens, final List<List<Lexicon.Cue>> verbs,
                                    final QuantityMention mention, final Counted counted, final boolean[] inNumber,
                                    final Set<String> fitting) {
        // "stabbed eight children to death before fleeing": a verb of violence and its result around the phrase are
        // its predicate, whatever verb is nearer
        final Lexicon.Cue result = split.resultOf(tokens, mention.first(), counted.last());
        if (result != null && fitting.contains(result.key())) {
            return result;
        }
        final int from = Math.min(mention.first(), counted.first());
        final int listVerb = korean.listVerbAt(tokens, verbs, mention);
        if (listVerb >= 0 && !verbs.get(listVerb).isEmpty()) {
            // "인력 104명, 장비 30여대를 동원해 … 제거했다": the verb after a Korean list's last item is every item's
            return verbs.get(listVerb).stream().filter(verb -> fitting.contains(verb.key())).findFirst()
                    .orElseGet(() -> korean.modifierBefore(tokens, verbs, from, fitting));
        }
        if (korean.hasOtherVerb(tokens, verbs, mention) || korean.belongsToAnotherNoun(tokens, verbs, mention)) {
            // people aboard a vehicle that was captured are taken with it: "선원 24명을 태운 어선이 납치됐다"
            final Lexicon.Cue carrier = korean.carrierVerb(tokens, verbs, mention);
            return carrier != null && fitting.contains(carrier.key()) && isCapture(carrier) ? carrier
                    : korean.modifierBefore(tokens, verbs, from, fitting);
        }
        final int to = Math.max(mention.last(), counted.last());
        Lexicon.Cue best = null;
        int bestDistance = Integer.MAX_VALUE;
        final int aside = clauses.asideEnd(tokens, to);
        // "A million people have been told to evacuate and 7 million people are without power": a phrase followed by
        // its own auxiliary is the subject of its clause, and a verb before it belongs to another clause, unless the
        // phrase is that verb's object ("accused of wounding 58 is seen")
        final boolean subject = mention.counter() == null && clauses.opensVerbGroup(tokens, to + 1);
        // "three women and three children were shot dead": the verb after the next phrase is both phrases' verb, past
        // an aside of the first ("30 Iraqis, most of them policemen, and two soldiers were killed"), and so is the
        // verb after a list's last item ("six guards, two cooks and a driver were killed")
        final int phraseEnd = Math.max(to, aside);
        final int lastItem = mention.counter() == null ? clauses.listLastItem(tokens, phraseEnd + 1) : -1;
        // ... but not when this phrase is the object of a verb before it: "stabbed three others and a guard was
        // killed" joins two clauses
        final boolean joinedByAnd = phraseEnd + 2 < tokens.size() && tokens.get(phraseEnd + 1).norm().equals("and")
                && inNumber[phraseEnd + 2] && (mention.counter() != null || !clauses.isObjectOfVerbBefore(tokens, mention));
        final boolean conjoined = joinedByAnd || lastItem >= 0;
        // the last phrase joined to this one: a number after its own is another clause's count, as after a lone phrase
        final int conjunctNumberEnd = conjoined ? numberEnd(inNumber, lastItem >= 0 ? lastItem : phraseEnd + 2) : -1;
        final int scanFrom = Math.max(0, from - verbWindow - 3);
        final int scanTo = Math.min(tokens.size(), Math.max(phraseEnd, lastItem) + verbWindow + 1);
        for (int j = scanFrom; j < scanTo; j++) {
            for (final Lexicon.Cue verb : verbs.get(j)) {
                if (!fitting.contains(verb.key()) || (verb.first() >= from && verb.last() <= to
                        && !tokens.get(verb.first()).isHangul() && !qualifiesNounBefore(tokens, verb, mention, counted))
                        || subject && verb.last() < from - 1) {
                    continue;
                }
                final boolean after = verb.first() > to;
                if (mention.counter() != null
                        && (verb.last() < from && !korean.modifiesNoun(tokens, verb, mention.first(), inNumber)
                        || counted.text() != null && verb.first() >= counted.first() && verb.last() <= counted.last())) {
                    // Korean puts a count's verb after it ("32명이 사망하고 102명이 부상했으며"), not in its noun (이주민); a
                    // modifier before is the count's only up to the count itself: "납치된 인질 가운데 생존자 12명이 …
                    // 석방된" modifies the whole, and the part was freed
                    continue;
                }
                if (after && mention.counter() != null && korean.isAfterTopic(tokens, mention, verb)) {
                    continue; // "20여 명의 유족은 … 희생된 가족들을": a relative clause on another noun after a topic
                }
                if (after && mention.counter() != null && korean.isBareBefore(tokens, verb, inNumber)) {
                    continue; // "승선 3542명·사망 528명": a bare predicate noun before a count is that count's
                }
                if (!after && clauses.hasNegatedSubject(tokens, verb)) {
                    continue; // "No one was hurt in the fire, which began after three workers left": no one was hurt
                }
                if (clauses.isNegativeInversion(tokens, verb)) {
                    continue; // "Not since 1990 has the county executed a prisoner": nobody was executed since
                }
                if (subjectOnly.contains(verb.phrase()) && (!after || clauses.hasOwnSubject(tokens, phraseEnd + 1, verb))) {
                    continue; // "thousands of soldiers the school has trained": the phrase is trained, it trains not
                }
                if (after && clauses.hasOwnObject(tokens, verb, inNumber)) {
                    continue; // "four armed men, shot and killed a student": the phrase is the agent
                }
                if (after && WEAPONS.equals(verb.key()) && clauses.isAbility(tokens, to + 1, verb.first())) {
                    continue; // "carries 20 cruise missiles that can be launched from afar": what could be fired
                }
                if (!after && mention.counter() == null && clauses.crossesRelative(tokens, verb.last(), from)) {
                    continue; // "the gunman was killed by police, who also freed 30 hostages": the clause's own verb
                }
                if (after && clauses.isAccused(tokens, to + 1, verb.first())) {
                    continue; // "the trial of the two men accused of killing her": they are the accused, not the dead
                }
                // "1.9 million Gazans, about 90 percent of the population, have been displaced": skip the aside
                // and a list's items before its last: the verb's distance counts from that item
                final int from2 = after && lastItem >= 0 && verb.first() > lastItem ? lastItem
                        : after && aside >= 0 && verb.first() > aside ? aside : to;
                if (after && mention.counter() == null && (conjoined
                        ? verb.first() > conjunctNumberEnd && clauses.crossesNumber(inNumber, conjunctNumberEnd, verb.first())
                        : clauses.crossesNumber(inNumber, from2, verb.first()))) {
                    // "1,000 people attended the funeral of the 18 soldiers killed": killed goes with 18 (in English;
                    // Korean puts one verb after all its objects: 미사일 40발과 드론 150대를 발사했다); counted past
                    // the last phrase joined to this one ("carrying 30 migrants, 4 crew and a captain; 12 drowned")
                    continue;
                }
                if (after && mention.counter() != null && korean.crossesSubject(tokens, inNumber, mention, verb)) {
                    continue; // "근로자 6명을 치는 사고가 나 2명이 숨지고": the verb is the later subject's
                }
                if (after && mention.counter() != null && korean.crossesPart(tokens, inNumber, mention, verb)) {
                    continue; // "3명을 들이받아, 이 중 1명을 숨지게": the verb is the part's, not the whole's
                }
                if (after && mention.counter() != null && korean.isResultOf(tokens, mention, verb)) {
                    continue; // "중 한 명으로 부상했다": rose to be one of them, nobody hurt
                }
                if (after && mention.counter() != null && korean.isCauser(tokens, mention, verb)) {
                    continue; // "인력 66명을 동원해 주민을 대피시키고": the count made others go
                }
                final int gap = verb.last() < from ? from - verb.last() : Math.max(0, verb.first() - from2);
                if (gap > verbWindow) {
                    continue;
                }
                int distance = gap;
                if (clauses.crossesConjunction(tokens, Math.min(verb.last(), from2), Math.max(verb.first(), from))) {
                    distance += 4; // ranks a verb across "and" below a nearer one, without ruling it out
                }
                if (!after && mention.counter() != null) {
                    distance += 2; // Korean puts the verb last: 1000명 이상이 부상했다
                }
                if (distance < bestDistance) {
                    best = verb;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /**
     * The predicate that governs a noun phrase in its grammatical place, for a noun the lexicon does not know or a
     * number written "a": in the active voice it ends right before the number ("shot and killed three farmers",
     * "killing a border guard"); in the passive it follows the noun phrase, with or without its auxiliary and
     * adverbs ("two policemen were wounded", "a guard was later killed", "one man killed and a woman wounded"). A
     * verb right after the phrase with an object of its own is active and the phrase its agent: "two gunmen killed
     * a man" says nothing about two.
     *
     * @param casualtyOnly whether only the kinds a noun the lexicon does not know accepts may be read (for "a")
     * @param headline     whether the sentence is a headline, which tells events in the present
     */
    Lexicon.Cue governing(final List<Token> tokens, final List<List<Lexicon.Cue>> verbs, final QuantityMention mention,
                          final Counted counted, final boolean casualtyOnly, final boolean headline) {
        final Lexicon.Cue verb = governingVerb(tokens, verbs, mention, counted, casualtyOnly, headline);
        // "Not since 1990 has the county executed a prisoner": a deed the sentence says did not happen governs nothing
        return verb != null && clauses.isNegativeInversion(tokens, verb) ? null : verb;
    }

    private Lexicon.Cue governingVerb(final List<Token> tokens, final List<List<Lexicon.Cue>> verbs,
                                      final QuantityMention mention, final Counted counted, final boolean casualtyOnly,
                                      final boolean headline) {
        final Set<String> fitting = heldByCaptor(tokens, mention, counted, fitting(tokens, counted));
        final Set<String> casualties = accepts.getOrDefault(Counted.NOUN, Set.of());
        final Lexicon.Cue taken = takenAs(tokens, verbs, mention, counted, fitting);
        if (taken != null) {
            return taken;
        }
        // "killing all 72 people aboard": an adverb may stand between the verb and its object; "killed the two guards":
        // the object may start with its determiner
        final int object = clauses.beforeAdverbs(tokens, clauses.objectStart(tokens, mention)) + 1;
        for (int j = Math.max(0, object - 4); j < object; j++) {
            for (final Lexicon.Cue verb : verbs.get(j)) {
                if (verb.last() == object - 1 && fitting.contains(verb.key()) && governsObject(verb, headline)
                        && !isIntransitive(verb) && (!casualtyOnly || casualties.contains(verb.key()))) {
                    return verb;
                }
            }
        }
        final Lexicon.Cue result = split.resultOf(tokens, mention.first(), counted.last());
        if (result != null && fitting.contains(result.key())) {
            return result; // "gunmen shot a trader dead", "left five people injured"
        }
        // "nine members of his family died"; "three officers and three assailants were killed"
        // "all 40 passengers aboard were killed": where they were is no part of the predicate
        final int head = counted.last() + 1;
        final int afterHead = head < tokens.size()
                ? lexicon.at(tokens, head, "aboard").map(cue -> cue.last() + 1).orElse(head) : head;
        // "two students who were found stabbed to death": a relative clause on the phrase holds its predicate; "two
        // guards, a cook and a driver were killed": so does the one after a list's last item
        final int lastItem = clauses.listLastItem(tokens, afterHead);
        final int conjunct = lastItem >= 0 ? lastItem - 1 : clauses.ofPhraseEnd(tokens, afterHead);
        // ... but the object of a verb before it shares no verb after a phrase joined to it: "shot two others and a
        // nurse died" are two clauses
        final int joinedEnd = clauses.isObjectOfVerbBefore(tokens, mention) ? conjunct
                : clauses.conjunctEnd(tokens, conjunct);
        final int phraseEnd = afterAside(tokens, joinedEnd);
        int k = clauses.afterRelative(tokens, phraseEnd);
        final boolean relative = k > phraseEnd;
        final Optional<Lexicon.Cue> first = clauses.auxiliaryAt(tokens, k);
        // "have also been injured", "had reportedly been killed": adverbs may split a perfect from the "been" of its
        // passive, and the passive's auxiliary is then the one that tells the voice
        final Optional<Lexicon.Cue> passive = first.flatMap(cue -> clauses.auxiliaryAt(tokens,
                pastAdverbs(tokens, cue.last() + 1)).filter(next -> next.first() > cue.last() + 1));
        final Optional<Lexicon.Cue> aux = passive.isPresent() ? passive : first;
        boolean perceived = false;
        if (aux.isPresent()) {
            if (mention.singular() && plural.contains(aux.get().phrase())) {
                return null; // "a process … when tissues are injured": "a" does not agree with "are"
            }
            k = aux.get().last() + 1;
            if (relative && k < tokens.size() && tokens.get(k).norm().endsWith("ing")) {
                return null; // "a lifestyle that was killing him": a progressive relative clause is active
            }
            if (k < tokens.size() && (perceptions.contains(tokens.get(k).norm()) || judgesState(tokens, k))) {
                k++; // "were found stabbed to death": found in the state the predicate names; "were confirmed dead"
                perceived = true;
            }
        }
        k = pastAdverbs(tokens, k);
        if (k >= tokens.size()) {
            return null;
        }
        for (final Lexicon.Cue verb : verbs.get(k)) {
            // "five members of the family were found dead", "six other skiers were hurt": a state found, or one a
            // passive auxiliary gives, is no weak form (a perfect's "have hurt" stays active); with no auxiliary, a
            // verb governs the phrase before it only when no object follows it ("two gunmen killed a man": their
            // agent), and a verb that takes no object has none, whatever follows ("three miners died underground",
            // "died when the roof fell", "died of their wounds")
            // ... but only for the phrase right before its auxiliary: the items of a list before it may be other
            // clauses' objects ("After feeding 25 orphans, a cook and two others were hurt")
            final boolean state = perceived || aux.isPresent() && !isActivePerfect(aux.get(), verb) && lastItem < 0
                    && !isNonBodilyState(tokens, counted, verb);
            if (fitting.contains(verb.key()) && (!isWeak(verb) || state && foundStates.contains(verb.phrase()))
                    && (!casualtyOnly || casualties.contains(verb.key()))
                    && (aux.isPresent() && !isActivePerfect(aux.get(), verb)
                    || SplitPredicates.UNDERGONE.equals(verb.section()) || SplitPredicates.isCare(verb)
                    || clauses.endsPhrase(tokens, verb.last() + 1) && !clauses.startsBound(tokens, verb.last() + 1)
                    || isIntransitive(verb))) {
                return verb;
            }
        }
        return null;
    }

    /**
     * Whether the word at {@code k} is a verb of judging before a state it governs ("were confirmed dead", "are feared
     * dead"), read as a perception is; not before anything else ("were reported killed" keeps "killed" its own verb).
     */
    boolean judgesState(final List<Token> tokens, final int k) {
        return k + 1 < tokens.size() && judgements.contains(tokens.get(k).norm())
                && foundStates.contains(tokens.get(k + 1).norm());
    }

    /** Past at most {@link #ADVERBS} adverbs from {@code at}: "were also seriously injured". */
    private int pastAdverbs(final List<Token> tokens, final int at) {
        int k = at;
        while (k < Math.min(tokens.size(), at + ADVERBS) && adverbs.contains(tokens.get(k).norm())) {
            k++;
        }
        return k;
    }

    /**
     * Past an aside right after a counted phrase that ends before {@code at} ("seven pilgrims, including six women,
     * were killed", "40 fishermen - most of them from one village - were rescued"), where its predicate may stand;
     * {@code at} itself when no aside opens there.
     */
    private int afterAside(final List<Token> tokens, final int at) {
        final int aside = at > 0 ? clauses.asideEnd(tokens, at - 1) : -1;
        return aside >= 0 ? aside + 1 : at;
    }

    /**
     * Whether a perfect auxiliary makes the phrase before it the verb's agent: "two gunmen have killed a shopkeeper",
     * "police believe three gunmen to have killed a guard" (a verb that takes an object), unlike "nine had died" or
     * "have been killed".
     */
    private boolean isActivePerfect(final Lexicon.Cue aux, final Lexicon.Cue verb) {
        return (perfects.contains(aux.phrase()) || EnglishClauses.INFINITIVE.equals(aux.key())) && !isIntransitive(verb);
    }

    /**
     * "the number of civilians killed since the war began rose to 19", "the number of people who have died": a
     * participle right after a noun named before the number, or the verb of a relative clause on it, says what
     * happened to what the number counts, when the number is that phrase's value: right after a word that gives it
     * ("rose to", "has passed", "stands at": lexicon {@code toll-value}); not "the number of people killed in 2004 in
     * 12 provinces".
     */
    private boolean qualifiesNounBefore(final List<Token> tokens, final Lexicon.Cue verb,
                                        final QuantityMention mention, final Counted counted) {
        if (counted.last() >= mention.first() || !isValueAfter(tokens, mention)) {
            return false;
        }
        return verb.first() == clauses.clausePredicateAt(tokens, counted.last() + 1);
    }

    /** Where the predicate of a clause on the noun before {@code at} starts (see {@link EnglishClauses}). */
    int clausePredicateAt(final List<Token> tokens, final int at) {
        return clauses.clausePredicateAt(tokens, at);
    }

    /** Whether the number is the value of a phrase before it: "rose to 19", "has passed 4,000", "stands at 300". */
    boolean isValueAfter(final List<Token> tokens, final QuantityMention mention) {
        return mention.first() > 0 && tollValues.contains(tokens.get(mention.first() - 1).norm());
    }

    /**
     * "taking 10 Australian tourists hostage", "holding three aid workers hostage": a verb of taking or holding right
     * before the object, and a word of capture right after it (lexicon {@code complement}), say together that what
     * the number counts was captured.
     */
    private Lexicon.Cue takenAs(final List<Token> tokens, final List<List<Lexicon.Cue>> verbs,
                                final QuantityMention mention, final Counted counted, final Set<String> fitting) {
        final int objectAt = mention.first();
        final int after = Math.max(mention.last(), counted.last()) + 1;
        if (objectAt == 0 || after >= tokens.size() || tokens.get(after).isHangul()) {
            return null;
        }
        final Optional<Lexicon.Cue> complement = lexicon.at(tokens, after, "complement");
        if (complement.isEmpty() || !fitting.contains(complement.get().key())) {
            return null;
        }
        for (int j = Math.max(0, objectAt - 3); j < objectAt; j++) {
            for (final Lexicon.Cue verb : verbs.get(j)) {
                if (verb.last() == objectAt - 1 && HELD.equals(verb.key())) {
                    return new Lexicon.Cue(verb.section(), complement.get().key(),
                            verb.phrase() + " " + complement.get().phrase(), verb.first(), complement.get().last());
                }
            }
        }
        return null;
    }

    /**
     * A participle right after the noun ("73 drones launched by Russia"), for the whole group of a partitive ("56 of
     * 73 drones"); an intransitive verb there is the main verb of the part ("Fourteen of the 22 patients died"). A
     * relative clause right after the noun is the noun's, whatever its verb ("one of the two teachers who died", "three
     * of the 12 people who were wounded"; lexicon {@code noun-phrase relative}, past {@code modal finite}).
     */
    Lexicon.Cue participleAfter(final List<Token> tokens, final List<List<Lexicon.Cue>> verbs, final Counted counted) {
        final int at = counted.last() + 1;
        if (at >= tokens.size()) {
            return null;
        }
        if (relatives.contains(tokens.get(at).norm())) {
            int verbAt = at + 1;
            while (verbAt < tokens.size() && finiteAuxiliaries.contains(tokens.get(verbAt).norm())) {
                verbAt++;
            }
            return verbAt < tokens.size() ? verbs.get(verbAt).stream()
                    .filter(verb -> accepts(counted.unitClass(), verb.key())).findFirst().orElse(null) : null;
        }
        for (final Lexicon.Cue verb : verbs.get(at)) {
            if (accepts(counted.unitClass(), verb.key()) && !isIntransitive(verb)) {
                return verb;
            }
        }
        return null;
    }

    /** The last token of the number that opens at {@code at} (the token itself when it is an article, "a captain"). */
    private static int numberEnd(final boolean[] inNumber, final int at) {
        int end = at;
        while (end + 1 < inNumber.length && inNumber[end + 1]) {
            end++;
        }
        return end;
    }

    /**
     * The predicate of a part whose whole has a relative clause of its own ("Three of the 20 people who were injured
     * died later"): the nearest verb, {@code verb}, is the clause's and tells the whole's toll; a verb after the
     * clause, in the same stretch of words, is the part's own when it tells a worse outcome, death (the injured who
     * died, the hostages who were killed). The same outcome again ("two of the 12 men who were shot were shot twice"),
     * another that is no worse ("nine of the 50 injured were evacuated": moved because hurt, not displaced) or no verb
     * of a kind leaves the part a sub-count, as before.
     */
    Lexicon.Cue partsOwnVerb(final List<Token> tokens, final List<List<Lexicon.Cue>> verbs, final Lexicon.Cue verb,
                             final Counted counted) {
        if (verb == null || !verb.equals(participleAfter(tokens, verbs, counted))) {
            return verb;
        }
        final ClaimKind wholesKind = kindOf(counted, verb);
        final int end = Math.min(tokens.size(), verb.last() + 1 + PART_VERB_WINDOW);
        for (int k = verb.last() + 1; k < end && !tokens.get(k).isPunct(); k++) {
            if (!verbs.get(k).isEmpty()) {
                final Lexicon.Cue next = verbs.get(k).get(0);
                final boolean died = accepts(counted.unitClass(), next.key())
                        && kindOf(counted, next) == ClaimKind.KILLED && wholesKind != ClaimKind.KILLED;
                return died ? next : verb;
            }
        }
        return verb;
    }

    /**
     * The kind of claim: the verb's (none for a predicate of another event, "arrested"), or, with no verb, the kind
     * a unit class is named after ("troops", "killed", "captured") or whose verb key it is ("the kidnappers of seven
     * employees": kidnapped), unless that class needs a verb ("270,000 people" is a headcount); null when it is no claim.
     */
    /**
     * Whether a passive auxiliary's state befalls a trade, a purse or a career rather than a body: the phrase is a role
     * of business or politics ("three other lenders were hurt"), or the rest of the clause names a cause or manner of
     * that kind ("were hurt by the new duties", "were hurt in the polls", "were hurt financially"); "were hurt in the
     * avalanche" stays a wound.
     */
    private boolean isNonBodilyState(final List<Token> tokens, final Counted counted, final Lexicon.Cue verb) {
        if (nonBodilyRoles.contains(tokens.get(counted.last()).norm())) {
            return true;
        }
        for (int k = verb.last() + 1; k < tokens.size() && !tokens.get(k).isPunct(); k++) {
            if (nonBodilyCauses.contains(tokens.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a verb tells a capture, by its own key or the kind the lexicon gives it ("kidnapped" is captured). */
    private boolean isCapture(final Lexicon.Cue verb) {
        return ClaimKind.CAPTURED.json().equals(kinds.getOrDefault(verb.key(), verb.key()));
    }

    ClaimKind kindOf(final Counted counted, final Lexicon.Cue verb) {
        if (verb != null && ARRESTED.equals(verb.key()) && capturedWhenArrested.contains(counted.unitClass())) {
            return ClaimKind.CAPTURED; // "26 pirates arrested" by a navy: combatants taken are captured
        }
        if (verb != null) {
            final String kind = kinds.getOrDefault(verb.key(), verb.key());
            return kind.equals(NO_KIND) ? null : ClaimKind.valueOf(kind.toUpperCase(Locale.ROOT));
        }
        if (needsVerb.contains(counted.unitClass())) {
            return null;
        }
        final String named = kinds.getOrDefault(counted.unitClass(), counted.unitClass()); // a container of a verb key
        return Arrays.stream(ClaimKind.values()).filter(kind -> kind.json().equals(named)).findFirst().orElse(null);
    }
}
