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
 * are read by {@link SplitPredicates}, which Korean clause a count and a verb belong to by {@link KoreanClauses}, and
 * verbs of loss whose object is things by {@link LostThings}.
 */
final class PredicateFinder {

    /** The kind of a predicate of some other event (lexicon {@code kind arrested none}): it makes no claim. */
    private static final String NO_KIND = "none";
    /** The dashes that open and close an aside when set apart by spaces. */
    private static final Set<String> DASHES = Set.of("-", "–", "—");
    /** The words that join two verbs of one clause ("to kill a guard and wound two others"). */
    static final Set<String> COORDINATORS = Set.of("and", "or");
    static final String KILLED = "killed";
    private static final String WEAPONS = "weapons";
    private static final String CAPTURED = "captured";
    private static final String DETAINED = "detained";
    private static final String ARRESTED = "arrested";
    /** How many words of a noun may follow the number of a sub-count opened with no mark. */
    private static final int SUB_COUNT_WORDS = 4;
    /** The verb key of taking and holding (lexicon {@code verb held}): with a complement of capture, a capture. */
    private static final String HELD = "held";
    /** The outcomes a person killed did not also have: "killed and wounded" counts two groups. */
    private static final Set<String> OTHER_OUTCOMES = Set.of("wounded", CAPTURED);
    /** How many words an "of" phrase completing a noun may have ("of the same small village"). */
    private static final int OF_PHRASE_WORDS = 5;

    private final Lexicon lexicon;
    private final Map<String, Set<String>> accepts = new HashMap<>();
    private final Set<String> needsVerb;
    private final Set<String> adverbs;
    private final Set<String> partSubjects;
    private final Set<String> weak;
    private final Set<String> plural;
    private final Set<String> perfects;
    private final Set<String> intransitive;
    private final Set<String> nounLike;
    private final Set<String> determiners;
    private final Set<String> attempts;
    private final Set<String> intents;
    private final Set<String> relativeAuxiliaries;
    private final Set<String> objectStarts;
    /** Verbs said of troops only as their subject ("trained": underwent training), never of troops as their object. */
    private final Set<String> subjectOnly;
    private final Set<String> subjectPronouns;
    private final Set<String> patientKeys;
    private final Set<String> venues;
    private final Set<String> verbalBefore;
    private final Set<String> subjectSkips;
    private final Set<String> clauseStarts;
    private final Set<String> police;
    private final Set<String> personalSubjects;
    private final Set<String> placeWords;
    private final Set<String> relatives;
    private final Set<String> tollValues;
    private final Set<String> perceptions;
    private final Set<String> witnesses;
    private final Set<String> coordinators;
    private final Set<String> firingVerbs;
    private final Set<String> firers;
    private final Map<String, String> kinds = new HashMap<>();
    private final Set<String> casualtyFirstWords = new HashSet<>();
    /** The first words of predicates whose parts stand apart ("suffered … injuries", "shot … dead"). */
    private final Set<String> splitFirstWords;
    private final Set<String> phraseEnds;
    private final Set<String> modals;
    private final Set<String> abilityRelatives;
    private final int verbWindow;
    private final int asideWindow;
    private final SplitPredicates split;
    private final LostThings lost;
    private final KoreanClauses korean;
    private final Set<String> agentMarks;
    /** Classes whose arrest is a capture (pirates taken by a navy), unless the police make it (see isArrest). */
    private final Set<String> capturedWhenArrested;
    private final Set<String> questions;
    private final Set<String> questionCounts;
    private final Set<String> presentForms;

    PredicateFinder(final Lexicon lexicon, final ExtractOptions options) {
        this.lexicon = lexicon;
        for (final String unitClass : lexicon.keys("accepts")) {
            accepts.put(unitClass, lexicon.words("accepts", unitClass));
        }
        this.needsVerb = lexicon.words("needs-verb", "classes");
        this.adverbs = lexicon.words("predicate", "adverb");
        this.partSubjects = lexicon.words("part-subject", "words");
        this.weak = lexicon.words("predicate", "weak");
        this.plural = lexicon.words("elliptic", "plural");
        this.perfects = lexicon.words("perfect", "words");
        this.modals = lexicon.words("modal", "words");
        this.abilityRelatives = lexicon.words("modal", "relative");
        this.intransitive = lexicon.words("predicate", "intransitive");
        this.nounLike = lexicon.words("predicate", "noun-like");
        this.determiners = lexicon.words("predicate", "determiner");
        this.attempts = lexicon.words("predicate", "attempt");
        this.intents = lexicon.words("predicate", "intent");
        this.relativeAuxiliaries = lexicon.words("accusation", "skip");
        this.objectStarts = lexicon.words("predicate", "object-start");
        this.subjectOnly = lexicon.words("predicate", "subject-only");
        this.subjectPronouns = lexicon.words("predicate", "subject-pronoun");
        this.patientKeys = lexicon.words("predicate", "patient");
        this.venues = lexicon.words("venue", "words");
        this.verbalBefore = lexicon.words("predicate", "verbal-before");
        this.subjectSkips = lexicon.words("subject", "skip");
        this.clauseStarts = lexicon.words("noun-phrase", "clause-start");
        this.police = lexicon.words("detainer", "police");
        this.personalSubjects = lexicon.words("subject", "personal");
        this.placeWords = lexicon.words("direction", "to");
        this.relatives = lexicon.words("noun-phrase", "relative");
        this.tollValues = lexicon.words("toll-value", "words");
        this.perceptions = lexicon.words("predicate", "perception");
        this.witnesses = lexicon.words("predicate", "witness");
        this.coordinators = lexicon.words("predicate", "coordinator");
        this.firingVerbs = lexicon.words("predicate", "firing");
        this.firers = lexicon.words("predicate", "firer");
        for (final String kind : accepts.getOrDefault(Counted.NOUN, Set.of())) {
            lexicon.phrases("verb", kind).forEach(phrase -> casualtyFirstWords.add(phrase.split(" ")[0]));
        }
        for (final String verbKey : lexicon.keys("kind")) {
            kinds.put(verbKey, lexicon.phrases("kind", verbKey).get(0));
        }
        this.phraseEnds = lexicon.words("unit-stop", "words");
        this.split = new SplitPredicates(lexicon);
        this.lost = new LostThings(lexicon);
        this.korean = new KoreanClauses(lexicon);
        this.agentMarks = lexicon.words("agent", "all");
        this.capturedWhenArrested = lexicon.words("arrest-captures", "classes");
        this.questions = lexicon.words("predicate", "question");
        this.questionCounts = lexicon.words("predicate", "question-count");
        this.presentForms = lexicon.words("predicate", "present");
        this.splitFirstWords = split.firstWords();
        casualtyFirstWords.addAll(splitFirstWords);
        this.verbWindow = options.verbWindow();
        this.asideWindow = options.statusWindow();
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
                final String word = tokens.get(k).text();
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
                verbs.set(k, verbs.get(k).stream().filter(cue -> !lost.losesThings(tokens, cue)).toList());
            }
        }
        split.addUndergone(tokens, verbs);
        return verbs;
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

    /** Whether a Korean count is the agent of its verb, not what it befell: see {@link KoreanClauses#isAgent}. */
    boolean isKoreanAgent(final List<Token> tokens, final List<QuantityMention> mentions, final int m,
                          final Lexicon.Cue verb) {
        return korean.isAgent(tokens, mentions, m, verb);
    }

    /**
     * Whether a verb of flight has a building or venue for its object ("fled the theater", "evacuated the stadium"):
     * people leaving a place for a while, not driven from their homes.
     */
    boolean leavesAVenue(final List<Token> tokens, final Lexicon.Cue verb) {
        int k = verb.last() + 1;
        if (!"displaced".equals(verb.key()) || k >= tokens.size()) {
            return false;
        }
        if (objectStarts.contains(tokens.get(k).norm()) || tokens.get(k).norm().equals("a")) {
            k++;
        }
        return k < tokens.size() && venues.contains(tokens.get(k).norm());
    }

    /** Whether a Korean count is in a condition, not an event: see {@link KoreanClauses#isCondition}. */
    boolean isKoreanCondition(final List<Token> tokens, final QuantityMention mention) {
        return tokens.get(mention.last()).isHangul() && korean.isCondition(tokens, mention);
    }

    /** Whether a Korean count of the dead has an illness for its cause: see {@link KoreanClauses#isIllness}. */
    boolean isKoreanIllness(final List<Token> tokens, final QuantityMention mention, final Lexicon.Cue verb) {
        return tokens.get(mention.last()).isHangul() && korean.isIllness(tokens, mention, verb);
    }

    /** Whether a Korean predicate is an ability said of the noun it modifies: see {@link KoreanClauses#isAbility}. */
    boolean isKoreanAbility(final List<Token> tokens, final Lexicon.Cue verb) {
        return korean.isAbility(tokens, verb);
    }

    /**
     * Whether the predicate is only attempted ("attempting to kill three others", "tried to kill two officers"): what
     * it says did not happen to what it counts (lexicon {@code predicate attempt}).
     */
    boolean isAttempt(final List<Token> tokens, final Lexicon.Cue verb) {
        return isAfterTo(tokens, verb, attempts);
    }

    /**
     * Whether the predicate is only meant ("convicted of conspiring to kill three others", "plotting to kidnap ten
     * tourists"): a plot harms no one, though a plan to send troops or move people is a planned figure (lexicon
     * {@code predicate intent}; the caller applies it to harm only).
     */
    boolean isIntent(final List<Token> tokens, final Lexicon.Cue verb) {
        return isAfterTo(tokens, verb, intents);
    }

    private static boolean isAfterTo(final List<Token> tokens, final Lexicon.Cue verb, final Set<String> heads) {
        final int to = verb.first() - 1;
        return to > 0 && tokens.get(to).norm().equals("to") && heads.contains(tokens.get(to - 1).norm());
    }

    /**
     * Whether a detention, or an arrest of combatants, is a police arrest: the police detain ("Police detained two
     * soldiers", "were detained by police", "police arrested 12 pirates"), whoever is detained (lexicon {@code
     * detainer police}).
     */
    boolean isArrest(final List<Token> tokens, final Lexicon.Cue verb) {
        if (!DETAINED.equals(verb.key()) && !ARRESTED.equals(verb.key())) {
            return false;
        }
        int after = verb.last() + 1;
        if (after < tokens.size() && tokens.get(after).norm().equals("by")) {
            after++;
            if (after < tokens.size() && objectStarts.contains(tokens.get(after).norm())) {
                after++;
            }
            return after < tokens.size() && police.contains(tokens.get(after).norm());
        }
        final int before = beforeAdverbs(tokens, verb.first());
        return before >= 0 && police.contains(tokens.get(before).norm());
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
     * Whether the predicate after a number belongs to a part named after a comma: "About 200 people were rescued, some
     * badly hurt" says what befell some of them, not the 200.
     */
    boolean isPartsOwn(final List<Token> tokens, final QuantityMention mention, final Lexicon.Cue verb) {
        final int part = beforeAdverbs(tokens, verb.first());
        return verb.first() > mention.last() && part > mention.last() + 1 && partSubjects.contains(tokens.get(part).norm())
                && ",".equals(tokens.get(part - 1).norm());
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
     * Whether a bare number is followed by an auxiliary of its own ("and 120 were hospitalized"): it is the subject of
     * its own clause, whose verb, known to the lexicon or not, says what happened to it.
     */
    boolean hasOwnClause(final List<Token> tokens, final QuantityMention mention) {
        return mention.counter() == null && opensVerbGroup(tokens, mention.last() + 1);
    }

    /**
     * Whether the word at {@code at} opens a verb group: an auxiliary ("were hospitalized") or a modal ("may have
     * escaped"). After a number's phrase it makes the phrase the subject of a clause of its own.
     */
    private boolean opensVerbGroup(final List<Token> tokens, final int at) {
        final int from = afterRelative(tokens, at);
        return from < tokens.size() && (modals.contains(tokens.get(from).norm())
                || lexicon.at(tokens, from, "elliptic").filter(aux -> "aux".equals(aux.key())).isPresent());
    }

    /**
     * Past a relative pronoun that opens a clause on the phrase before it ("eight other men who were mistreated",
     * "two students who were found stabbed to death"): the clause's verb is the phrase's own.
     */
    private int afterRelative(final List<Token> tokens, final int at) {
        return at + 1 < tokens.size() && relatives.contains(tokens.get(at).norm()) ? at + 1 : at;
    }

    /**
     * Whether a counted phrase is the subject of a clause of its own whose predicate leads to no place ("four soldiers
     * are charged with …"), unlike "3,000 troops are in Iraq" or "were flown into": a place later in the sentence is
     * not where they are. A participle of finding right after the phrase is such a predicate too: "the 15 soldiers
     * found in a field in France" were found there (as remains), not sent.
     */
    boolean hasOwnPredicate(final List<Token> tokens, final Counted counted) {
        final int at = counted.last() + 1;
        if (at < tokens.size() && perceptions.contains(tokens.get(at).norm())) {
            return true;
        }
        final Optional<Lexicon.Cue> aux = at < tokens.size()
                ? lexicon.at(tokens, at, "elliptic").filter(cue -> "aux".equals(cue.key())) : Optional.empty();
        if (aux.isEmpty()) {
            return false;
        }
        int next = aux.get().last() + 1;
        while (next < tokens.size() && adverbs.contains(tokens.get(next).norm())) {
            next++;
        }
        // "are in Iraq", "were flown into the region", "is expected to arrive in": a place word at or right after the
        // predicate's first word leads to where they are or go
        return next + 1 < tokens.size() && tokens.get(next).type() == Token.Type.WORD
                && !placeWords.contains(tokens.get(next).norm()) && !placeWords.contains(tokens.get(next + 1).norm());
    }

    /**
     * Whether the subject of a predicate is the writer or the reader ("You just killed three people in one shot", "I
     * was able to launch 10 rounds into a tight group"): a game, a sport or a how-to, not a reported event. The
     * subject is found across the auxiliaries, modals and adverbs before the verb (lexicon {@code subject skip}).
     */
    boolean hasPersonalSubject(final List<Token> tokens, final Lexicon.Cue verb) {
        if (verb == null || tokens.get(verb.first()).isHangul()) {
            return false;
        }
        int before = verb.first() - 1;
        while (before >= 0 && (subjectSkips.contains(tokens.get(before).norm())
                || adverbs.contains(tokens.get(before).norm()))) {
            before--;
        }
        return before >= 0 && personalSubjects.contains(tokens.get(before).norm());
    }

    /**
     * Whether the number stands in the agent phrase of its predicate, which comes before it: "a man was beaten to
     * death by five men", "three were injured by two gunmen": who did it, not who it befell.
     */
    boolean isAgent(final List<Token> tokens, final QuantityMention mention, final Lexicon.Cue verb) {
        return verb != null && verb.last() < mention.first() && mention.first() > 0
                && agentMarks.contains(tokens.get(mention.first() - 1).norm());
    }

    /**
     * Whether the counted phrase is the subject of a verb of witness before its predicate: "14 million people saw the
     * character killed off", "hundreds watched him die" count who saw it, not whom it befell (lexicon
     * {@code predicate witness}).
     */
    boolean isWitness(final List<Token> tokens, final Counted counted, final Lexicon.Cue verb) {
        if (verb == null || verb.first() <= counted.last()) {
            return false;
        }
        for (int k = counted.last() + 1; k < verb.first(); k++) {
            if (witnesses.contains(tokens.get(k).norm())) {
                return true;
            }
            if (tokens.get(k).isPunct()) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the number is the object of a verb of its own that the lexicon does not know, coordinated after its
     * predicate: "killed four militants and freed 15 hostages", "has killed 50,000 and turned 2 million others into
     * refugees", "killing 20, freeing dozens of prisoners". A verb form ("-ed", "-ing") right before the number ends
     * the reach of the predicate before it; a known verb ("and wounded 12"), a result ("leaving 5 dead") or a
     * sub-count ("including 3 children") does not.
     */
    boolean isOtherVerbsObject(final List<Token> tokens, final QuantityMention mention, final Lexicon.Cue verb) {
        final int k = mention.first() - 1;
        if (verb == null || verb.last() >= k - 1 || tokens.get(k).type() != Token.Type.WORD
                || tokens.get(k).isHangul() || !coordinators.contains(tokens.get(k - 1).norm())) {
            return false;
        }
        final String word = tokens.get(k).norm();
        return (word.endsWith("ed") || word.endsWith("ing")) && word.length() > 4
                && lexicon.at(tokens, k, "verb").isEmpty() && lexicon.at(tokens, k, "resultative").isEmpty()
                && lexicon.at(tokens, k, "subset").isEmpty();
    }

    /**
     * Whether a platform is what fires, not what is fired: "three jets fired six missiles", "two warships launched
     * cruise missiles" (lexicon {@code predicate firing}, {@code firer}). Munitions are fired; aircraft and ships fire
     * them, and are weapons only when supplied or sent.
     */
    boolean isFirer(final Counted counted, final Lexicon.Cue verb) {
        return verb != null && firers.contains(counted.unitClass()) && firingVerbs.contains(verb.phrase());
    }

    /**
     * Whether the predicate after the number is a question's own, which counts its own noun: "asked the three jurors
     * how many people he would have to kill" (lexicon {@code predicate question}, {@code question-count}).
     */
    boolean isQuestionsOwn(final List<Token> tokens, final QuantityMention mention, final Lexicon.Cue verb) {
        if (verb == null) {
            return false;
        }
        // from the number on: the noun found may be the question's own ("the three jurors how many people")
        for (int k = mention.last() + 1; k + 1 < verb.first(); k++) {
            if (questions.contains(tokens.get(k).norm()) && questionCounts.contains(tokens.get(k + 1).norm())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a predicate tells another event than a claim's ("missing", "arrested": lexicon {@code kind ... none}). */
    boolean namesNoEvent(final Lexicon.Cue verb) {
        return NO_KIND.equals(kinds.get(verb.key()));
    }

    /** Whether a verb of that kind can say what happened to a noun of that class. */
    boolean accepts(final String unitClass, final String kind) {
        return accepts.getOrDefault(unitClass, Set.of()).contains(kind);
    }

    /**
     * The verb nearest the number and its noun, among those that fit the noun. A verb across "and" or a comma counts
     * as further away: in "killed 14 civilians and wounded 37 others", 14 were killed and 37 wounded.
     */
    Lexicon.Cue verbFor(final List<Token> tokens, final List<List<Lexicon.Cue>> verbs, final QuantityMention mention,
                        final Counted counted, final boolean[] inNumber) {
        final Set<String> fitting = accepts.getOrDefault(counted.unitClass(), Set.of());
        final Lexicon.Cue taken = takenAs(tokens, verbs, mention, counted, fitting);
        if (taken != null) {
            return taken;
        }
        final Lexicon.Cue nearest = nearestVerb(tokens, verbs, mention, counted, inNumber, fitting);
        return nearest == null ? null
                : korean.outcome(tokens, verbs, nearest, fitting, cue -> isDisjoined(tokens, cue));
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
        if (korean.hasOtherVerb(tokens, verbs, mention)) {
            return korean.modifierBefore(tokens, verbs, from, fitting);
        }
        final int to = Math.max(mention.last(), counted.last());
        Lexicon.Cue best = null;
        int bestDistance = Integer.MAX_VALUE;
        final int aside = asideEnd(tokens, to);
        // "A million people have been told to evacuate and 7 million people are without power": a phrase followed by
        // its own auxiliary is the subject of its clause, and a verb before it belongs to another clause, unless the
        // phrase is that verb's object ("accused of wounding 58 is seen")
        final boolean subject = mention.counter() == null && opensVerbGroup(tokens, to + 1);
        // "three women and three children were shot dead": the verb after the next phrase is both phrases' verb, past
        // an aside of the first ("30 Iraqis, most of them policemen, and two soldiers were killed")
        final int phraseEnd = Math.max(to, aside);
        final boolean conjoined = phraseEnd + 2 < tokens.size() && tokens.get(phraseEnd + 1).norm().equals("and")
                && inNumber[phraseEnd + 2];
        final int scanFrom = Math.max(0, from - verbWindow - 3);
        final int scanTo = Math.min(tokens.size(), Math.max(to, aside) + verbWindow + 1);
        for (int j = scanFrom; j < scanTo; j++) {
            for (final Lexicon.Cue verb : verbs.get(j)) {
                if (!fitting.contains(verb.key()) || (verb.first() >= from && verb.last() <= to
                        && !tokens.get(verb.first()).isHangul() && !qualifiesNounBefore(tokens, verb, mention, counted))
                        || subject && verb.last() < from - 1) {
                    continue;
                }
                final boolean after = verb.first() > to;
                if (mention.counter() != null
                        && (verb.last() < from && !korean.modifiesNoun(tokens, verb, from, inNumber)
                        || counted.text() != null && verb.first() >= counted.first() && verb.last() <= counted.last())) {
                    continue; // Korean puts a count's verb after it ("32명이 사망하고 102명이 부상했으며"), not in its noun (이주민)
                }
                if (after && mention.counter() != null && korean.isAfterTopic(tokens, mention, verb)) {
                    continue; // "20여 명의 유족은 … 희생된 가족들을": a relative clause on another noun after a topic
                }
                if (after && mention.counter() != null && korean.isBareBefore(tokens, verb, inNumber)) {
                    continue; // "승선 3542명·사망 528명": a bare predicate noun before a count is that count's
                }
                if (subjectOnly.contains(verb.phrase()) && (!after || hasOwnSubject(tokens, phraseEnd + 1, verb))) {
                    continue; // "thousands of soldiers the school has trained": the phrase is trained, it trains not
                }
                if (after && hasOwnObject(tokens, verb, inNumber)) {
                    continue; // "four armed men, shot and killed a student": the phrase is the agent
                }
                if (after && WEAPONS.equals(verb.key()) && isAbility(tokens, to + 1, verb.first())) {
                    continue; // "carries 20 cruise missiles that can be launched from afar": what could be fired
                }
                if (after && isAccused(tokens, to + 1, verb.first())) {
                    continue; // "the trial of the two men accused of killing her": they are the accused, not the dead
                }
                // "1.9 million Gazans, about 90 percent of the population, have been displaced": skip the aside
                final int from2 = after && aside >= 0 && verb.first() > aside ? aside : to;
                if (after && mention.counter() == null && !conjoined && crossesNumber(inNumber, from2, verb.first())) {
                    // "1,000 people attended the funeral of the 18 soldiers killed": killed goes with 18 (in English;
                    // Korean puts one verb after all its objects: 미사일 40발과 드론 150대를 발사했다)
                    continue;
                }
                if (after && mention.counter() != null && korean.crossesSubject(tokens, inNumber, mention, verb)) {
                    continue; // "근로자 6명을 치는 사고가 나 2명이 숨지고": the verb is the later subject's
                }
                final int gap = verb.last() < from ? from - verb.last() : Math.max(0, verb.first() - from2);
                if (gap > verbWindow) {
                    continue;
                }
                int distance = gap;
                if (crossesConjunction(tokens, Math.min(verb.last(), from2), Math.max(verb.first(), from))) {
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
     * Whether a subject of its own stands between a phrase and the verb after it, a clause on the phrase with no
     * relative pronoun ("soldiers the school has trained", "recruits they trained"): the phrase is its object.
     */
    private boolean hasOwnSubject(final List<Token> tokens, final int at, final Lexicon.Cue verb) {
        if (at >= verb.first() || !objectStarts.contains(tokens.get(at).norm())
                && !subjectPronouns.contains(tokens.get(at).norm())) {
            return false;
        }
        for (int k = at; k < verb.first(); k++) {
            if (tokens.get(k).isPunct()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a verb that takes what it counts as its object (lexicon {@code predicate patient}: killed, not fled) is
     * active with an object of its own: no passive auxiliary before it, and a number or a determiner right after it
     * ("killed a civilian", "wounded the driver"); "were killed the next day" is passive.
     */
    private boolean hasOwnObject(final List<Token> tokens, final Lexicon.Cue verb, final boolean[] inNumber) {
        final int next = verb.last() + 1;
        if (!patientKeys.contains(verb.key()) || tokens.get(verb.first()).isHangul()) {
            return false; // "40,000 people fled the town": who flees or is sent is the subject
        }
        if (next >= tokens.size() || !inNumber[next] && !objectStarts.contains(tokens.get(next).norm())
                || tokens.get(next).isHangul()) {
            return false;
        }
        final int before = beforeAdverbs(tokens, verb.first());
        return before < 0 || lexicon.endingAt(tokens, before, "elliptic").isEmpty();
    }

    /**
     * Whether a relative clause with a modal opens between a phrase and its verb ("missiles that can be launched",
     * "rockets which could be fired"): it says what the thing is able to do, not what was done with it.
     */
    private boolean isAbility(final List<Token> tokens, final int from, final int verbAt) {
        for (int k = from; k + 1 < verbAt; k++) {
            if (abilityRelatives.contains(tokens.get(k).norm()) && modals.contains(tokens.get(k + 1).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words between a phrase and a verb after it accuse the phrase of that verb ("two men accused of
     * killing", "three teens who were charged with wounding"): the phrase counts the accused (lexicon {@code
     * accusation}).
     */
    private boolean isAccused(final List<Token> tokens, final int from, final int verbAt) {
        int k = from;
        while (k < verbAt && relativeAuxiliaries.contains(tokens.get(k).norm())) {
            k++;
        }
        return k < verbAt && lexicon.at(tokens, k, "accusation")
                .filter(cue -> "words".equals(cue.key()) && cue.last() + 1 == verbAt).isPresent();
    }

    /** The last token before {@code at} that is not an adverb ("police quickly detained"), or -1. */
    private int beforeAdverbs(final List<Token> tokens, final int at) {
        int before = at - 1;
        while (before >= 0 && adverbs.contains(tokens.get(before).norm())) {
            before--;
        }
        return before;
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
        final Set<String> fitting = accepts.getOrDefault(counted.unitClass(), Set.of());
        final Set<String> casualties = accepts.getOrDefault(Counted.NOUN, Set.of());
        final Lexicon.Cue taken = takenAs(tokens, verbs, mention, counted, fitting);
        if (taken != null) {
            return taken;
        }
        // "killing all 72 people aboard": an adverb may stand between the verb and its object; "killed the two guards":
        // the object may start with its determiner
        final int object = beforeAdverbs(tokens, objectStart(tokens, mention)) + 1;
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
        // "two students who were found stabbed to death": a relative clause on the phrase holds its predicate
        final int phraseEnd = conjunctEnd(tokens, ofPhraseEnd(tokens, afterHead));
        int k = afterRelative(tokens, phraseEnd);
        final boolean relative = k > phraseEnd;
        final Optional<Lexicon.Cue> aux = k < tokens.size() ? lexicon.at(tokens, k, "elliptic") : Optional.empty();
        if (aux.isPresent()) {
            if (mention.singular() && plural.contains(aux.get().phrase())) {
                return null; // "a process … when tissues are injured": "a" does not agree with "are"
            }
            k = aux.get().last() + 1;
            if (relative && k < tokens.size() && tokens.get(k).norm().endsWith("ing")) {
                return null; // "a lifestyle that was killing him": a progressive relative clause is active
            }
            if (k < tokens.size() && perceptions.contains(tokens.get(k).norm())) {
                k++; // "were found stabbed to death": found in the state the predicate names
            }
        }
        final int adverbsEnd = Math.min(tokens.size(), k + 2);
        while (k < adverbsEnd && adverbs.contains(tokens.get(k).norm())) {
            k++;
        }
        if (k >= tokens.size()) {
            return null;
        }
        for (final Lexicon.Cue verb : verbs.get(k)) {
            if (fitting.contains(verb.key()) && !isWeak(verb) && (!casualtyOnly || casualties.contains(verb.key()))
                    && (aux.isPresent() && !isActivePerfect(aux.get(), verb)
                    || SplitPredicates.UNDERGONE.equals(verb.section()) || SplitPredicates.isCare(verb)
                    || endsPhrase(tokens, verb.last() + 1) && !startsBound(tokens, verb.last() + 1)
                    || isIntransitive(verb) && isCause(tokens, verb.last() + 1))) {
                return verb;
            }
        }
        return null;
    }

    /**
     * Whether a perfect auxiliary makes the phrase before it the verb's agent: "two gunmen have killed a shopkeeper"
     * (a verb that takes an object), unlike "nine had died" or "have been killed".
     */
    private boolean isActivePerfect(final Lexicon.Cue aux, final Lexicon.Cue verb) {
        return perfects.contains(aux.phrase()) && !isIntransitive(verb);
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
        int at = afterRelative(tokens, counted.last() + 1);
        if (at > counted.last() + 1 && at < tokens.size()) {
            at = lexicon.at(tokens, at, "elliptic").map(aux -> aux.last() + 1).orElse(at);
        }
        return verb.first() == at;
    }

    /** Whether the number is the value of a phrase before it: "rose to 19", "has passed 4,000", "stands at 300". */
    boolean isValueAfter(final List<Token> tokens, final QuantityMention mention) {
        return mention.first() > 0 && tollValues.contains(tokens.get(mention.first() - 1).norm());
    }

    /**
     * Where the object of an active verb starts: at the number, or at a determiner right before it ("killed the two
     * guards", "shot his three brothers").
     */
    private int objectStart(final List<Token> tokens, final QuantityMention mention) {
        final int before = mention.first() - 1;
        return before > 0 && objectStarts.contains(tokens.get(before).norm()) ? before : mention.first();
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
     * Where the predicate of a noun phrase may start after its head: right after it, or after an "of" phrase that
     * completes it ("members of his family", "residents of the old town"), a few words with no verb or punctuation.
     */
    private int ofPhraseEnd(final List<Token> tokens, final int at) {
        return linkedPhraseEnd(tokens, at, "of", false);
    }

    /**
     * Where the predicate of a noun phrase may start after a phrase conjoined to it by "and" ("three police officers
     * and three assailants were killed"): a few words, numbers among them, with no verb or punctuation.
     */
    private int conjunctEnd(final List<Token> tokens, final int at) {
        return linkedPhraseEnd(tokens, at, "and", true);
    }

    /** The end of a short phrase opened by {@code link} at {@code at} before a verb or an auxiliary, or {@code at}. */
    private int linkedPhraseEnd(final List<Token> tokens, final int at, final String link, final boolean numbers) {
        if (at >= tokens.size() || !tokens.get(at).norm().equals(link)) {
            return at;
        }
        for (int k = at + 1; k < Math.min(tokens.size(), at + 1 + OF_PHRASE_WORDS); k++) {
            final Token token = tokens.get(k);
            if (clauseStarts.contains(token.norm())) {
                return at; // "a fan of how he died": a clause, not a noun, completes the head
            }
            final boolean ends = numbers ? token.type() == Token.Type.PUNCT : token.type() != Token.Type.WORD;
            if (ends || lexicon.at(tokens, k, "verb").isPresent() || lexicon.at(tokens, k, "elliptic").isPresent()) {
                return k > at + 1 ? k : at;
            }
        }
        return at;
    }

    /**
     * A participle right after the noun ("73 drones launched by Russia"), for the whole group of a partitive ("56 of
     * 73 drones"); an intransitive verb there is the main verb of the part ("Fourteen of the 22 patients died").
     */
    Lexicon.Cue participleAfter(final List<Token> tokens, final List<List<Lexicon.Cue>> verbs, final Counted counted) {
        final int at = counted.last() + 1;
        if (at >= tokens.size()) {
            return null;
        }
        for (final Lexicon.Cue verb : verbs.get(at)) {
            if (accepts(counted.unitClass(), verb.key()) && !isIntransitive(verb)) {
                return verb;
            }
        }
        return null;
    }

    /** "two competitors died of hypothermia": what an intransitive predicate is followed by is its cause. */
    private static boolean isCause(final List<Token> tokens, final int at) {
        return at < tokens.size() && tokens.get(at).norm().equals("of");
    }

    /** "a gunman killed at least 70 people": a bound word starts the verb's own object, it ends no phrase. */
    private boolean startsBound(final List<Token> tokens, final int at) {
        return at < tokens.size() && lexicon.at(tokens, at, "qualifier").isPresent();
    }

    private boolean endsPhrase(final List<Token> tokens, final int at) {
        return at >= tokens.size() || tokens.get(at).isPunct() || phraseEnds.contains(tokens.get(at).norm());
    }

    /**
     * The kind of claim: the verb's (none for a predicate of another event, "arrested"), or, with no verb, the kind
     * a unit class is named after ("troops", "killed", "captured") or whose verb key it is ("the kidnappers of seven
     * employees": kidnapped), unless that class needs a verb ("270,000 people" is a headcount); null when it is no claim.
     */
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

    /**
     * The last token of a sub-count opened with no mark ("six people including four policemen were wounded"): a
     * number and the words of its noun up to the verb, or -1 if it is no such phrase ("ten people including the mayor
     * attended the funeral of two soldiers killed").
     */
    private int subCountEnd(final List<Token> tokens, final int from) {
        final int first = lexicon.at(tokens, from, "aside").map(Lexicon.Cue::last).orElse(from) + 1;
        if (first >= tokens.size() || !lexicon.isNumberAt(tokens, first)) {
            return -1;
        }
        for (int k = first + 1; k < Math.min(tokens.size(), first + 1 + SUB_COUNT_WORDS); k++) {
            if (lexicon.at(tokens, k, "verb").isPresent() || opensVerbGroup(tokens, k)) {
                return k - 1;
            }
            if (tokens.get(k).type() != Token.Type.WORD || lexicon.isNumberAt(tokens, k)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The closing mark of an aside right after token {@code at} (", about 90 percent of the population,", " - many of
     * them civilians - ", "(most of them children)"), or -1; for a sub-count with no mark, its last word.
     */
    private int asideEnd(final List<Token> tokens, final int at) {
        if (at + 1 >= tokens.size()) {
            return -1;
        }
        final Token open = tokens.get(at + 1);
        if (lexicon.at(tokens, at + 1, "aside").filter(cue -> "unmarked".equals(cue.key())).isPresent()) {
            return subCountEnd(tokens, at + 1);
        }
        final String close = open.norm().equals("(") ? ")" : open.norm();
        final boolean dash = DASHES.contains(open.norm());
        if (!close.equals(",") && !close.equals(")") && !(dash && open.start() > tokens.get(at).end())) {
            return -1; // a dash glued to its words joins them ("15-20"), it opens no aside
        }
        for (int k = at + 2; k < Math.min(tokens.size(), at + 2 + asideWindow); k++) {
            if (tokens.get(k).norm().equals(close)) {
                return k;
            }
            if (lexicon.at(tokens, k, "verb").isPresent()) {
                return -1; // a verb inside: a clause of its own, not an aside
            }
        }
        return -1;
    }

    private static boolean crossesNumber(final boolean[] inNumber, final int from, final int to) {
        for (int k = from + 1; k < to; k++) {
            if (inNumber[k]) {
                return true;
            }
        }
        return false;
    }

    private static boolean crossesConjunction(final List<Token> tokens, final int from, final int to) {
        for (int k = from + 1; k < to; k++) {
            final String word = tokens.get(k).norm();
            if (word.equals("and") || word.equals("or") || word.equals("but") || word.equals(",")
                    || word.equals(";")) {
                return true;
            }
        }
        return false;
    }
}
