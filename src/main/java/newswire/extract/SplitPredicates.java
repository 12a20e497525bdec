package newswire.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
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
    /** The section of a predicate of hospital care with injuries, whose first word is a place ("to hospital"). */
    static final String CARE = "care";
    /** Words between a verb of undergoing and its injury noun: "sustained serious head injuries". */
    private static final int MODIFIER_WORDS = 3;
    private static final String OR = "or";
    private static final String AND = "and";
    private static final String WITH = "with";
    /** Words of a phrase joined by "and" before a shared result ("and the gunman dead"). */
    private static final int CONJUNCT_WORDS = 3;
    /** The key of the resultative section that lists the verbs, not results. */
    private static final String VERBS = "verbs";

    private final Lexicon lexicon;
    private final Set<String> undergoing;
    private final Set<String> care;
    private final Set<String> careFor;
    private final Set<String> fatal;
    private final Set<String> parts;
    private final Set<String> injuries;
    private final Set<String> violence;
    private final Set<String> stops;
    private final Set<String> negations;
    private final Set<String> verbNeeded;
    private final Set<String> conjunctStarts;

    SplitPredicates(final Lexicon lexicon) {
        this.lexicon = lexicon;
        this.undergoing = lexicon.words("undergo", "verbs");
        this.care = lexicon.words("undergo", "care");
        this.careFor = lexicon.words("undergo", "care-for");
        this.fatal = lexicon.words("undergo", "fatal");
        this.parts = lexicon.words("undergo", "part");
        this.injuries = lexicon.words("undergo", "wounded");
        this.violence = lexicon.words("resultative", "verbs");
        this.stops = lexicon.words("unit-stop", "words");
        this.negations = lexicon.words("undergo", "not-between");
        this.verbNeeded = lexicon.words("needs-verb", "classes");
        this.conjunctStarts = lexicon.words("resultative", "conjunct-start");
    }

    /** The words that may start such a predicate, for {@link PredicateFinder#mayCountOne}. */
    Set<String> firstWords() {
        final Set<String> first = new HashSet<>(undergoing);
        first.addAll(care);
        first.addAll(fatal);
        first.addAll(violence);
        return first;
    }

    /**
     * Adds to {@code verbs} (the lexicon's predicates by the token they start at) each verb of undergoing followed by
     * an injury noun, and each word of hospital care followed by "with" and one ("were hospitalized with minor
     * injuries", "taken to the hospital, three of them with critical injuries"), as one predicate of the wounded
     * spanning both: care alone may be for illness ("taken to hospital with hypothermia").
     */
    void addUndergone(final List<Token> tokens, final List<List<Lexicon.Cue>> verbs) {
        for (int k = 0; k < tokens.size(); k++) {
            final String word = tokens.get(k).norm();
            final boolean dying = fatal.contains(word);
            final int injury = undergoing.contains(word) ? injuryFrom(tokens, k + 1)
                    : care.contains(word) ? injuryWith(tokens, k + 1)
                    : dying ? injuryAfterTo(tokens, k + 1) : -1;
            if (injury >= 0) {
                final List<Lexicon.Cue> here = new ArrayList<>(verbs.get(k));
                here.add(new Lexicon.Cue(care.contains(word) ? CARE : UNDERGONE, dying ? "killed" : "wounded",
                        word + " " + tokens.get(injury).norm(), k, injury));
                verbs.set(k, here);
            }
        }
    }

    /** The injury noun after "to" at {@code to} ("succumbed to their injuries"), or -1 ("succumbed to pneumonia"). */
    private int injuryAfterTo(final List<Token> tokens, final int to) {
        return to < tokens.size() && "to".equals(tokens.get(to).norm()) ? injuryFrom(tokens, to + 1) : -1;
    }

    static boolean isCare(final Lexicon.Cue verb) {
        return CARE.equals(verb.section());
    }

    /** The injury noun after "with" or "for" at {@code from}, past a part of the group before it (", two of them"), or -1. */
    private int injuryWith(final List<Token> tokens, final int from) {
        int j = from;
        if (j < tokens.size() && ",".equals(tokens.get(j).text())) {
            j = partEnd(tokens, j + 1);
        }
        return j > 0 && j < tokens.size() && careFor.contains(tokens.get(j).norm()) ? injuryFrom(tokens, j + 1) : -1;
    }

    /** Where a part of a group ("three of them", "some", "two") that starts at {@code j} ends, or -1. */
    private int partEnd(final List<Token> tokens, final int j) {
        if (j >= tokens.size() || !(lexicon.isNumberAt(tokens, j) || parts.contains(tokens.get(j).norm()))) {
            return -1;
        }
        final int next = lexicon.at(tokens, j, "number").map(cue -> cue.last() + 1).orElse(j + 1);
        return next + 1 < tokens.size() && "of".equals(tokens.get(next).norm())
                && "them".equals(tokens.get(next + 1).norm()) ? next + 2 : next;
    }

    /** The injury noun a few modifiers on from {@code from} ("serious head injuries"), or -1. */
    private int injuryFrom(final List<Token> tokens, final int from) {
        for (int j = from; j < Math.min(tokens.size(), from + 1 + MODIFIER_WORDS); j++) {
            final Token token = tokens.get(j);
            if (injuries.contains(token.norm())) {
                return j;
            }
            if (token.type() != Token.Type.WORD || stops.contains(token.norm()) || negations.contains(token.norm())) {
                return -1; // "suffered no injuries", "received reports of injuries"
            }
        }
        return -1;
    }

    /**
     * The result that makes a verb of violence or of leaving right before a number its predicate: "dead" or "to death"
     * (killed), "injured" (wounded), "homeless" (displaced), right after the counted phrase that ends at {@code head}
     * ("shot a shopkeeper dead", "left 3,000 people homeless") or as that phrase's own head ("left 4,000 homeless");
     * null when there is none, or when "or" joins it to another ("left 1,000 people dead or missing": a mixed total,
     * whose disjoined predicate the caller then finds and drops).
     */
    Lexicon.Cue resultOf(final List<Token> tokens, final int number, final int head) {
        if (number == 0 || !violence.contains(tokens.get(number - 1).norm()) || head >= tokens.size()) {
            return null;
        }
        final Optional<Lexicon.Cue> after = resultAt(tokens, afterConjunct(tokens, head + 1));
        final Optional<Lexicon.Cue> result = after.isPresent() || head <= number || standsAlone(tokens, head) ? after
                : resultAt(tokens, head);
        if (result.isEmpty() || result.get().last() + 1 < tokens.size()
                && OR.equals(tokens.get(result.get().last() + 1).norm())) {
            return null;
        }
        return new Lexicon.Cue(RESULTATIVE, result.get().key(),
                tokens.get(number - 1).norm() + " " + result.get().phrase(), number - 1, number - 1);
    }

    /**
     * Past a phrase joined by "and" to the counted one, a few words with no number, verb or mark that start as a noun
     * phrase does (lexicon {@code resultative conjunct-start}: "left four police officers and the gunman dead"): where
     * a result of both may stand; {@code at} itself when none is joined there (not "left four men and went home").
     */
    private int afterConjunct(final List<Token> tokens, final int at) {
        if (at + 1 >= tokens.size() || !AND.equals(tokens.get(at).norm())
                || !conjunctStarts.contains(tokens.get(at + 1).norm())) {
            return at;
        }
        for (int k = at + 1; k < Math.min(tokens.size(), at + 2 + CONJUNCT_WORDS); k++) {
            if (k > at + 1 && resultAt(tokens, k).isPresent()) {
                return k;
            }
            if (tokens.get(k).type() != Token.Type.WORD || lexicon.isNumberAt(tokens, k)
                    || lexicon.at(tokens, k, "verb").isPresent()) {
                return at;
            }
        }
        return at;
    }

    /** Whether the head is a noun that is a claim with no verb ("left four dead": the dead need no result). */
    private boolean standsAlone(final List<Token> tokens, final int head) {
        return lexicon.at(tokens, head, "unit").filter(unit -> !verbNeeded.contains(unit.key())).isPresent();
    }

    /**
     * The result at {@code at}: a word of the lexicon ("dead", "injured", "homeless"), or "with" and an injury a few
     * modifiers on ("left six people with serious injuries", "received 40 people with injuries": wounded).
     */
    private Optional<Lexicon.Cue> resultAt(final List<Token> tokens, final int at) {
        if (at >= tokens.size()) {
            return Optional.empty();
        }
        final int injury = WITH.equals(tokens.get(at).norm()) ? injuryFrom(tokens, at + 1) : -1;
        if (injury >= 0) {
            return Optional.of(new Lexicon.Cue(RESULTATIVE, "wounded", WITH + " " + tokens.get(injury).norm(), at,
                    injury));
        }
        return lexicon.at(tokens, at, RESULTATIVE).filter(cue -> !VERBS.equals(cue.key()));
    }
}
