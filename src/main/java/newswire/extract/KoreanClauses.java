package newswire.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The Korean clause grammar of {@link PredicateFinder}: which clause a count and a verb belong to, read from the
 * particles that mark a phrase's case (이/가, 을/를, 은/는, 의) and the endings that close a verb's clause, modify a noun
 * or join two verbs (사망하고, 숨진, 숨지거나): whether a verb before a count is the count's, whether a count has a
 * verb of its own, whether a predicate is no event (살해범, 살해하려 한, 다치지 않았다), and which event a sequence of
 * verbs ends in.
 */
final class KoreanClauses {

    /** How many words before a Korean noun phrase a verb modifying it may end: 익사한 여학생 시신 2구. */
    private static final int MODIFIER_REACH = 3;
    /** How many words after a count its clause may run to a noun of condition: "1명 이상 발생한 경우". */
    private static final int CONDITION_REACH = 3;
    /** Tokens from a comma to the end of a Korean list's next item: a noun, a number and its counter ("장비 30 여대를"). */
    private static final int LIST_ITEM_REACH = 3;
    /** How many words before a count an illness named as the cause may stand: "만성질환으로 인한 사망자는 28만 명". */
    private static final int CAUSE_REACH = 4;
    /** How many words before a count a word telling an earlier figure may stand: "부상자는 당초 119명으로". */
    private static final int EARLIER_REACH = 3;
    /** "당초 예상보다 많은 30명": an earlier word before a comparison is the comparison's, not a superseded figure's. */
    private static final String COMPARED_WITH = "보다";
    /** The shortest action noun a passive 당하다 is glued to ("폭행당한"). */
    private static final int ACTION_NOUN_SYLLABLES = 2;
    /** How many words after a count its clause may run to a concessive ending: "당초 1명이 숨지고 2명이 실종됐는데". */
    private static final int CONCESSION_REACH = 5;

    /**
     * The brackets of a gloss written inside a Korean word, ASCII or full-width ("사망(말소)자", "사망（말소）자"), and how
     * many tokens it may hold.
     */
    private static final Set<String> OPEN_GLOSS = Set.of("(", "（");
    private static final Set<String> CLOSE_GLOSS = Set.of(")", "）");
    private static final int GLOSS_REACH = 4;
    /** The kind of the verbs of release (석방, 풀려나): a predicate of no kind that frees what it counts. */
    private static final String RELEASED = "released";
    /** The particle and the verb stem of catching an illness: "독감에 걸려", "암에 걸린". */
    private static final String INFECTION_MARK = "에";
    private static final String CATCH_STEM = "걸";
    /** How many words before a Korean verb of flight the vehicle or venue left may stand: "기내에 연기 가득…122명 긴급 대피". */
    private static final int VENUE_REACH = 10;
    /** How many words around a Korean count its captor may stand: "해적들이 화물선을 납치해 선원 17명을 붙잡고 있다". */
    private static final int CAPTOR_REACH = 6;
    /** How many words after 함께 the clause of a companion may run to its verb: "아이 2명과 함께 차에 타고 있던 여성". */
    private static final int COMPANION_REACH = 4;

    /** How many words after a verb of being aboard the vehicle may stand: "태우고 가던 여객기가". */
    private static final int VEHICLE_REACH = 2;
    /** How many Korean words may stand before the vehicle's own predicate: "유조선이 지난 3일 해적에게 납치됐다". */
    private static final int VEHICLE_VERB_REACH = 6;

    /** A Sino-Korean predicate noun has two syllables or more (방문, 조사); one syllable is a bound word (등, 중). */
    private static final int PREDICATE_NOUN_LENGTH = 2;

    private final Lexicon lexicon;
    private final Set<String> subjectMarks;
    private final Set<String> objectMarks;
    private final Set<String> coreMarks;
    private final Set<String> complementMarks;
    private final Set<String> verbEndings;
    private final Set<String> verbWords;
    private final Set<String> sequenceEndings;
    private final Set<String> endsInDeath;
    private final Set<String> lightVerbs;
    private final Set<String> inflections;
    private final Set<String> phraseEnds;
    private final Set<String> topics;
    private final Set<String> genitiveMarks;
    private final Set<String> caseMarks;
    private final Set<String> dependentNouns;
    private final Set<String> agentSuffixes;
    private final Set<String> modifierEndings;
    private final Set<String> attemptEndings;
    private final Set<String> negations;
    private final Set<String> otherWords;
    private final Set<String> mixedStems;
    private final Set<String> superlatives;
    private final Set<String> orEndings;
    private final Set<String> orWords;
    private final Set<String> ands;
    private final Set<String> conditions;
    private final Set<String> illnesses;
    /**
     * The vehicles and venues people leave for a while (기내, 여객기, 뷔페), the marks of being in them (에서, 안에서), the
     * words that are an inside by themselves (기내) and the mark they take besides (에), the connectives that end a
     * clause before the flight's, the verbs of saying, and the residents who are displaced wherever they were.
     */
    private final Set<String> venues;
    private final Set<String> venueMarks;
    private final Set<String> insideVenues;
    private final Set<String> insideMarks;
    private final Set<String> venueClauseEnds;
    private final Set<String> sayingVerbs;
    private final Set<String> residents;
    /**
     * The nouns of patients that name an illness or an infection themselves (질환자, 감염자): "한랭질환자 90명…사망자 2명"
     * counts the dead among them.
     */
    private final Set<String> patients;
    /**
     * The nouns of patients of anything (환자): of an illness only after an illness's name (암환자, 치매 환자), not of an
     * emergency or a ward (응급환자, 중환자, 입원환자).
     */
    private final Set<String> anyPatients;
    /** The nouns of the dead (사망자, 희생자): only they count the dead among an illness's patients. */
    private final Set<String> deadNouns;
    /** The verbs that link a cause to what it caused (인한, 인해, 따른): "질환으로 인한 사망자" is the illness's. */
    private final Set<String> causeLinks;
    /** The verbs and nouns of the dead (사망, 사망자, 숨진): the words an illness may name the deaths of. */
    private final Set<String> deathWords;
    /** The verbs that take what they count as their object (lexicon {@code predicate patient}: killed, not fled). */
    private final Set<String> patientKeys;
    private final Set<String> partitives;
    /** The words of a total (총, 모두): "사망자는 총 9명" counts the dead as "사망자는 9명" does. */
    private final Set<String> totals;
    private final Set<String> anaphors;
    private final Set<String> gluedAnaphors;
    private final Set<String> causatives;
    private final Set<String> earlier;
    private final Set<String> concessives;
    private final Set<String> clauseEnds;
    private final Set<String> agentMarks;
    private final Set<String> passives;
    /** The mark of a person who acted (에게) and the passive endings of an action noun (살해됐다, 피살된). */
    private final Set<String> personAgentMarks;
    private final Set<String> donePassives;
    /** The relatives a count may count (가족, 유족). */
    private final Set<String> relatives;
    /** The words of company after a count marked 과/와 (함께, 같이): "아이 2명과 함께 살던 여성". */
    private final Set<String> companions;
    /** The nouns of a parent, whose children a genitive count may count: "자녀 3명의 어머니". */
    private final Set<String> parents;
    /** The mark of the amount a verb reaches (에): "5만 명에 달하는 집회". */
    private final Set<String> extentMarks;
    /** The words after 태운 that make the vehicle the sentence's (채, 채로), and the words of a capture averted. */
    private final Set<String> carryingMarks;
    private final Set<String> averted;

    KoreanClauses(final Lexicon lexicon) {
        this.lexicon = lexicon;
        this.subjectMarks = lexicon.words("particle", "subject-ko");
        this.objectMarks = lexicon.words("particle", "object-ko");
        this.coreMarks = lexicon.words("particle", "core-ko");
        this.complementMarks = lexicon.words("particle", "complement-ko");
        this.verbEndings = lexicon.words("predicate", "ending-ko");
        this.verbWords = lexicon.words("predicate", "word-ko");
        this.sequenceEndings = lexicon.words("predicate", "sequence-ko");
        this.endsInDeath = lexicon.words("predicate", "ends-in-death");
        this.lightVerbs = lexicon.words("predicate", "light-ko");
        this.inflections = lexicon.words("predicate", "inflection-ko");
        this.phraseEnds = lexicon.words("particle", "core-ko");
        this.phraseEnds.addAll(lexicon.words("particle", "oblique-ko"));
        this.phraseEnds.addAll(lexicon.words("particle", "genitive-ko"));
        this.topics = lexicon.words("particle", "topic-ko");
        this.genitiveMarks = lexicon.words("particle", "genitive-ko");
        this.caseMarks = lexicon.words("particle", "case-ko");
        this.dependentNouns = lexicon.words("particle", "dependent-noun-ko");
        this.agentSuffixes = lexicon.words("predicate", "agent-ko");
        this.modifierEndings = lexicon.words("predicate", "modifier-ko");
        this.attemptEndings = lexicon.words("predicate", "attempt-ko");
        this.negations = lexicon.words("predicate", "negation-ko");
        this.otherWords = lexicon.words("predicate", "other-word-ko");
        this.mixedStems = lexicon.words("verb", "mixed");
        this.superlatives = lexicon.words("measure", "superlative-ko");
        this.orEndings = lexicon.words("predicate", "or-ending-ko");
        this.orWords = lexicon.words("predicate", "or-word-ko");
        this.ands = lexicon.words("particle", "and-ko");
        this.conditions = lexicon.words("predicate", "condition-ko");
        this.illnesses = lexicon.words("cause", "illness-ko");
        this.venues = lexicon.words("venue", "ko");
        this.venueMarks = lexicon.words("venue", "place-ko");
        this.insideVenues = lexicon.words("venue", "within-ko");
        this.insideMarks = lexicon.words("venue", "within-place-ko");
        this.venueClauseEnds = lexicon.words("venue", "clause-end-ko");
        this.sayingVerbs = lexicon.words("report", "verb");
        this.residents = lexicon.words("venue", "residents-ko");
        this.patients = lexicon.words("cause", "patient-ko");
        this.anyPatients = lexicon.words("cause", "any-patient-ko");
        this.deadNouns = lexicon.words("unit", PredicateFinder.KILLED);
        this.causeLinks = lexicon.words("cause", "link-ko");
        this.deathWords = lexicon.words("verb", PredicateFinder.KILLED);
        this.deathWords.addAll(lexicon.words("unit", PredicateFinder.KILLED));
        this.patientKeys = lexicon.words("predicate", "patient");
        this.partitives = lexicon.words("partitive", "ko");
        this.totals = lexicon.words("partitive", "total-ko");
        this.anaphors = lexicon.words("partitive", "anaphor-ko");
        this.gluedAnaphors = lexicon.words("partitive", "anaphor-glued-ko");
        this.causatives = lexicon.words("predicate", "causative-ko");
        this.earlier = lexicon.words("predicate", "earlier-ko");
        this.concessives = lexicon.words("predicate", "concessive-ko");
        this.clauseEnds = lexicon.words("predicate", "clause-end-ko");
        this.agentMarks = lexicon.words("particle", "agent-ko");
        this.passives = lexicon.words("predicate", "passive-ko");
        this.personAgentMarks = lexicon.words("particle", "person-agent-ko");
        this.donePassives = lexicon.words("predicate", "passive-done-ko");
        this.relatives = lexicon.words("noun", "relatives-ko");
        this.companions = lexicon.words("particle", "company-ko");
        this.parents = lexicon.words("noun", "parent-ko");
        this.extentMarks = lexicon.words("particle", "extent-ko");
        this.carryingMarks = lexicon.words("predicate", "carrying-ko");
        this.averted = lexicon.words("predicate", "averted-ko");
    }

    /** Whether a verb found in a Korean word is no predicate of the sentence: see {@link PredicateFinder#verbs}. */
    boolean isNoPredicate(final List<Token> tokens, final String word, final Lexicon.Cue cue) {
        return namesDoer(word, cue) || isUnrealised(tokens, cue) || holdsOtherWord(word, cue.phrase())
                || isInHistory(tokens, cue.first());
    }

    /** Whether a word holds the stem only inside a word that names something else (특전사, 안전사고, 사상가). */
    private boolean holdsOtherWord(final String word, final String stem) {
        return otherWords.stream().anyMatch(other -> other.contains(stem) && word.contains(other));
    }

    /**
     * Whether the Korean word at {@code k} names a mixed total, the killed and the wounded together (사상자가, "11명
     * 사상", 사상했다): not a word that only holds the stem (사상가, 역사상), nor 사상 "in history".
     */
    boolean namesMixedTotal(final List<Token> tokens, final int k) {
        final String word = tokens.get(k).text();
        for (final String stem : mixedStems) {
            if (word.startsWith(stem) && !holdsOtherWord(word, stem)) {
                return !isInHistory(tokens, k);
            }
        }
        return false;
    }

    /** Whether the word at {@code k} is 사상 "in history" before a superlative (사상 최대, 사상 처음): no mixed total. */
    private boolean isInHistory(final List<Token> tokens, final int k) {
        return mixedStems.contains(tokens.get(k).text()) && k + 1 < tokens.size()
                && startsWithAny(tokens.get(k + 1).text(), superlatives);
    }

    private boolean namesDoer(final String word, final Lexicon.Cue verb) {
        if (verb.first() != verb.last()) {
            return false; // a phrase of two words ends in the next word
        }
        final int end = word.indexOf(verb.phrase()) + verb.phrase().length();
        for (final String suffix : agentSuffixes) {
            if (word.startsWith(suffix, end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a Korean predicate says its event did not happen: an intent or attempt ending right after the stem
     * (살해하려 한 혐의, 살해하려다: lexicon {@code predicate attempt-ko}), an attempt noun after it (살해 미수), or a
     * negation after its -지 form (다치지 않았다, 사망하지 않은: {@code predicate negation-ko}).
     */
    private boolean isUnrealised(final List<Token> tokens, final Lexicon.Cue verb) {
        final String rest = restAfter(tokens, verb);
        if (rest == null) {
            return false;
        }
        final String next = verb.last() + 1 < tokens.size() ? tokens.get(verb.last() + 1).text() : "";
        return startsWithAny(rest, attemptEndings)
                || rest.isEmpty() && startsWithAny(next, attemptEndings)
                || rest.endsWith("지") && startsWithAny(next, negations);
    }

    /** What follows a Korean verb's stem in its last word (됐다 in 납치됐다), or null if the word does not hold it. */
    private static String restAfter(final List<Token> tokens, final Lexicon.Cue verb) {
        final String word = tokens.get(verb.last()).text();
        final String[] parts = verb.phrase().split(" ");
        final String last = parts[parts.length - 1];
        final int at = verb.first() == verb.last() ? word.indexOf(verb.phrase()) : word.indexOf(last);
        return at < 0 ? null : word.substring(at + last.length());
    }

    /**
     * Whether a Korean count marked as subject or object (이/가, 을/를) is followed right away by a verb form the
     * lexicon does not list ("일당 15명을 급습하는 과정에서 5명을 사살했다", "23명이 구조됐다", "피고인은 최종적으로
     * 25명으로 되었다"), or, as a subject, by
     * an object and such a verb ("주민 3천여 명이 피해를 봤고 2명이 숨졌다"), or, as an object, by such a verb's
     * noun-modifying form before the subject or object it modifies ("자녀 3명을 둔 가장이 숨졌다": the father died): that
     * verb is its own, so a casualty verb further on says nothing about it.
     */
    boolean hasOtherVerb(final List<Token> tokens, final List<List<Lexicon.Cue>> verbs,
                         final QuantityMention mention) {
        final int marked = markedAt(tokens, mention);
        int next = marked + 1;
        final String count = tokens.get(marked).text();
        if (mention.counter() != null && isBare(tokens.get(marked)) && next < tokens.size()) {
            if (",".equals(tokens.get(next).text())) {
                final int listVerb = listVerbAt(tokens, verbs, mention);
                return listVerb >= 0 && isUnlisted(tokens, verbs, listVerb);
            }
            return hasBareVerb(tokens, verbs, next);
        }
        if (mention.counter() != null && endsWithAny(count, extentMarks) && isSubjectBefore(tokens, mention)
                && next + 1 < tokens.size() && isUnlisted(tokens, verbs, next)
                && isNounModifying(tokens.get(next).text()) && tokens.get(next + 1).isHangul()) {
            // the amount a subject reaches, in a clause on another noun: "참가자가 5만 명에 달하는 집회" (but "10명에
            // 달하는 노동자가" counts the workers)
            return true;
        }
        if (mention.counter() == null
                || !endsWithAny(count, coreMarks) && !endsWithAny(count, complementMarks)) {
            return false;
        }
        if (next + 1 < tokens.size() && endsWithAny(count, subjectMarks)
                && isUnlisted(tokens, verbs, next) && endsWithAny(tokens.get(next).text(), objectMarks)) {
            next++; // the subject's own object: "피해를 봤고"
        }
        // a word right before another count is that count's noun, whatever it ends in ("남성이 괴한 3명에게")
        return next < tokens.size() && isUnlisted(tokens, verbs, next)
                && (next + 1 == tokens.size() || !tokens.get(next + 1).isNumber())
                && (endsWithAny(tokens.get(next).text(), verbEndings)
                || verbWords.contains(tokens.get(next).text())
                || endsWithAny(count, objectMarks) && isNounModifying(tokens.get(next).text())
                && next + 1 < tokens.size() && tokens.get(next + 1).isHangul()
                && endsWithAny(tokens.get(next + 1).text(), coreMarks));
    }

    /**
     * Whether a Korean count is the next group after the count before it, joined by 과/와 and counted by a noun of its
     * own ("경찰 3명과 괴한 3명이 숨졌다"): one noun at most between the two.
     */
    boolean joins(final List<Token> tokens, final QuantityMention previous, final QuantityMention mention) {
        final int marked = markedAt(tokens, previous);
        return previous.counter() != null && mention.counter() != null && tokens.get(marked).isHangul()
                && endsWithAny(tokens.get(marked).text(), ands) && mention.first() - marked <= 2
                && (marked + 1 == mention.first() || tokens.get(marked + 1).isHangul());
    }

    /**
     * Whether a Korean count belongs to the phrase of another noun, whose verb a casualty verb after it is: the company
     * of someone a modifying clause describes ("아이 2명과 함께 살던 여성이 숨졌다": 과/와, then 함께 or 같이, then a
     * verb the lexicon does not list in its noun-modifying form before a noun marked as subject or object), or the
     * children of a parent, counted with their own noun before them ("자녀 3명의 어머니인 그는", "손자 2명의 할머니가":
     * lexicon {@code noun parent-ko}). The woman and the mother are the ones who died; "아이 2명과 함께 숨졌다" and
     * "희생자 3명의 어머니" (counted by a noun of the dead) are left as they are.
     */
    boolean belongsToAnotherNoun(final List<Token> tokens, final List<List<Lexicon.Cue>> verbs,
                                 final QuantityMention mention) {
        if (mention.counter() == null) {
            return false;
        }
        final int marked = markedAt(tokens, mention);
        final String count = tokens.get(marked).text();
        if (endsWithAny(count, genitiveMarks)) {
            return mention.first() > 0 && tokens.get(mention.first() - 1).isHangul() && marked + 1 < tokens.size()
                    && tokens.get(marked + 1).isHangul() && startsWithAny(tokens.get(marked + 1).text(), parents);
        }
        if (!endsWithAny(count, ands) || marked + 1 >= tokens.size()
                || !companions.contains(tokens.get(marked + 1).text())) {
            return false;
        }
        final int end = Math.min(tokens.size() - 1, marked + 2 + COMPANION_REACH);
        for (int k = marked + 2; k < end && tokens.get(k).isHangul() && verbs.get(k).isEmpty(); k++) {
            final String word = tokens.get(k).text();
            if ((endsWithAny(word, modifierEndings) || endsWithAny(word, verbEndings) && isNounModifying(word))
                    && tokens.get(k + 1).isHangul() && endsWithAny(tokens.get(k + 1).text(), coreMarks)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The capture verb of the vehicle a Korean count is aboard, if it is the vehicle's own predicate: the count is the
     * subject or object of a verb of being aboard (lexicon {@code predicate word-ko}: 탄, 태운, 태우고), and either the
     * noun that verb modifies is the vehicle, marked 이/가 with a passive capture as its first predicate ("선원 24명을 태운
     * 어선이 해적들에게 납치됐다") or marked 을/를 with an active one ("선원 23명이 탄 화물선을 납치했다"), or the verb is
     * followed by 채 and a passive capture is the next predicate ("선원 24명을 태운 채로 … 피랍됐다", "태운 채 납치된
     * 여객기"). A vehicle of the genitive (버스의 기사), a verb that modifies another noun (예인선이 납치된 유조선을 구하러)
     * or comes after another subject, object or verb, and a capture averted or only threatened (납치를 면했다, 납치 위협,
     * 납치 시도: lexicon {@code predicate averted-ko}) are no capture of the people aboard. Null if there is none.
     */
    Lexicon.Cue carrierVerb(final List<Token> tokens, final List<List<Lexicon.Cue>> verbs,
                            final QuantityMention mention) {
        final int marked = markedAt(tokens, mention);
        final String count = tokens.get(marked).text();
        final int aboard = marked + 1;
        if (mention.counter() == null || !endsWithAny(count, subjectMarks) && !endsWithAny(count, objectMarks)
                || aboard + 1 >= tokens.size() || !verbWords.contains(tokens.get(aboard).text())) {
            return null;
        }
        if (carryingMarks.contains(tokens.get(aboard + 1).text())) {
            return vehiclePredicate(tokens, verbs, aboard + 2, true, true);
        }
        final int end = Math.min(tokens.size(), aboard + 1 + VEHICLE_REACH);
        for (int k = aboard + 1; k < end && tokens.get(k).isHangul(); k++) {
            final String word = tokens.get(k).text();
            if (endsWithAny(word, subjectMarks)) {
                return vehiclePredicate(tokens, verbs, k + 1, true, false);
            }
            if (endsWithAny(word, objectMarks)) {
                return vehiclePredicate(tokens, verbs, k + 1, false, false);
            }
            if (endsWithAny(word, caseMarks) || endsWithAny(word, genitiveMarks)) {
                return null;
            }
        }
        return null;
    }

    /**
     * The first predicate from {@code from} on, if it is a listed verb in the voice the vehicle's case asks for
     * (passive for a subject, active for an object), not averted, and, if passive, not modifying another noun unless
     * the vehicle is that noun, as after 채 (an active verb's modifying form still has the vehicle as its object: "버스를
     * 납치한 괴한"); null if another subject, object or verb comes first.
     */
    private Lexicon.Cue vehiclePredicate(final List<Token> tokens, final List<List<Lexicon.Cue>> verbs, final int from,
                                         final boolean passive, final boolean modifierAllowed) {
        boolean subjectSeen = false;
        int words = 0;
        for (int k = from; k < tokens.size() && words <= VEHICLE_VERB_REACH && !tokens.get(k).isPunct(); k++) {
            final String word = tokens.get(k).text();
            if (!verbs.get(k).isEmpty()) {
                final Lexicon.Cue verb = verbs.get(k).get(0);
                final String rest = Optional.ofNullable(restAfter(tokens, verb)).orElse("");
                final String next = verb.last() + 1 < tokens.size() ? tokens.get(verb.last() + 1).text() : "";
                final boolean isPassive = startsWithAny(rest, donePassives) || startsWithAny(rest, passives)
                        || rest.isEmpty() && (startsWithAny(next, donePassives) || startsWithAny(next, passives));
                final boolean averted = startsWithAny(rest, this.averted) || startsWithAny(next, this.averted);
                final boolean modifies = !rest.isEmpty() && isNounModifying(word);
                return isPassive == passive && !averted && (modifierAllowed || !passive || !modifies) ? verb : null;
            }
            if (!tokens.get(k).isHangul()) {
                continue; // a date or a figure, not counted in the reach: "5월 15일"
            }
            words++;
            if (modifierAllowed && !subjectSeen && endsWithAny(word, subjectMarks)) {
                subjectSeen = true; // the vehicle itself after 채: "태운 채로 여객선이 … 피랍됐다"
                continue;
            }
            if (endsWithAny(word, coreMarks) || endsWithAny(word, verbEndings) || endsWithAny(word, modifierEndings)
                    || verbWords.contains(word)) {
                return null;
            }
        }
        return null;
    }

    /** Whether the word right before a Korean count is marked as a subject (이/가): "참가자가 5만 명에". */
    private boolean isSubjectBefore(final List<Token> tokens, final QuantityMention mention) {
        return mention.first() > 0 && tokens.get(mention.first() - 1).isHangul()
                && endsWithAny(tokens.get(mention.first() - 1).text(), subjectMarks);
    }

    /**
     * Where the verb of a bare Korean count before a comma stands, if the count is an item of a list whose last item,
     * a count of its own marked as subject or object, is followed right away by a verb (one the lexicon lists, or a
     * verb form): Korean puts one verb after all the items, so in "인력 104명, 장비 30여대를 동원해 폐기물을 제거했다"
     * 104 people were mobilised and no one removed. -1 if the count is no such item.
     */
    int listVerbAt(final List<Token> tokens, final List<List<Lexicon.Cue>> verbs, final QuantityMention mention) {
        final int comma = mention.last() + 1;
        if (mention.counter() == null || !isBare(tokens.get(mention.last())) || comma >= tokens.size()
                || !",".equals(tokens.get(comma).text())) {
            return -1;
        }
        final int end = Math.min(tokens.size() - 1, comma + 1 + LIST_ITEM_REACH);
        for (int k = comma + 1; k < end && !tokens.get(k).isPunct(); k++) {
            final String item = tokens.get(k).text();
            if (tokens.get(k).isHangul() && endsWithAny(item, coreMarks)) {
                final String next = tokens.get(k + 1).text();
                final boolean verb = !verbs.get(k + 1).isEmpty() || tokens.get(k + 1).isHangul()
                        && (endsWithAny(next, verbEndings) || verbWords.contains(next));
                return tokens.get(k - 1).type() == Token.Type.NUMBER && verb ? k + 1 : -1;
            }
        }
        return -1;
    }

    /** Whether a Korean counter word carries no particle: "2000명", "1만여명" (a headline's or a list's count). */
    private boolean isBare(final Token count) {
        return count.isHangul() && !endsWithAny(count.text(), caseMarks) && !endsWithAny(count.text(), genitiveMarks);
    }

    /**
     * Whether the word after a bare Korean count is a verb the lexicon does not list, in a verb form ("2000명 조사해")
     * or as a bare predicate noun closing a headline's phrase ("하루 1만명 방문, 명소로 부상"): the count's own verb,
     * so a casualty word further on (here 부상 as "rising") is not its.
     */
    private boolean hasBareVerb(final List<Token> tokens, final List<List<Lexicon.Cue>> verbs, final int next) {
        if (!isUnlisted(tokens, verbs, next)) {
            return false;
        }
        final String word = tokens.get(next).text();
        return endsWithAny(word, verbEndings) || endsWithAny(word, sequenceEndings)
                || word.length() >= PREDICATE_NOUN_LENGTH && next + 1 < tokens.size()
                && tokens.get(next + 1).isPunct() && tokens.get(next).end() == tokens.get(next + 1).start();
    }

    private static boolean isUnlisted(final List<Token> tokens, final List<List<Lexicon.Cue>> verbs, final int at) {
        return tokens.get(at).isHangul() && verbs.get(at).isEmpty();
    }

    /**
     * Whether a Korean verb before a count modifies its noun (숨진 40여명, 사망한 199명의 유해) or stands bare as a noun
     * right before the count (사망 3명) or before a list of counts that ends with it (중상 1명과 경상 3명), rather than
     * ending a clause of its own (사망하고, 숨졌으며); a bare noun before another noun is part of that noun's phrase
     * ("살해 사건의 주요 용의자 2명": the suspects of a murder, not its dead).
     */
    boolean modifiesNoun(final List<Token> tokens, final Lexicon.Cue verb, final int from,
                                 final boolean[] inNumber) {
        final String word = tokens.get(verb.last()).text();
        if (!tokens.get(verb.last()).isHangul()) {
            return true;
        }
        if (endsWithAny(word, modifierEndings)) {
            // "숨진 피해자는 9명이다", "사망한 영유아가 8명에 이른다", "숨진 노동자는 모두 457명으로": the subject
            // before a count, with no other phrase between, is the count's own phrase
            int end = from;
            for (int k = from - 1; k > verb.last(); k--) {
                final String text = tokens.get(k).text();
                if (tokens.get(k).isPunct() || endsWithAny(text, phraseEnds)) {
                    if (endsWithAny(text, topics) || endsWithAny(text, subjectMarks)) {
                        end = k;
                    }
                    break;
                }
            }
            return !crossesPhrase(tokens, verb.last(), end);
        }
        if (!word.equals(verb.phrase())) {
            return false;
        }
        int k = verb.last() + 1;
        while (k < from && inNumber[k]) {
            k++;
        }
        return k == from || k > verb.last() + 1 && endsWithAny(tokens.get(k - 1).text(), ands);
    }

    /**
     * Whether a Korean predicate is a bare noun opening an item of a list ("·사망 528명", "사망 2명과 부상 9명") right
     * before a count, which it modifies; with no separator before it ("경찰 3명 사망 8명 부상") it follows its own count.
     */
    boolean isBareBefore(final List<Token> tokens, final Lexicon.Cue verb, final boolean[] inNumber) {
        final int next = verb.last() + 1;
        final int before = verb.first() - 1;
        return isBareNoun(tokens, verb) && next < tokens.size() && inNumber[next] && before >= 0
                && (tokens.get(before).isPunct() || inNumber[before] && endsWithAny(tokens.get(before).text(), ands));
    }

    /**
     * Whether a Korean count's phrase is the sentence's topic ("20여 명의 유족은", "주민 3명은"), whose predicate is the
     * sentence's last, and the verb, in its noun-modifying form, stands apart from it: a relative clause on another
     * noun (not on a dependent noun, "숨진 채", "숨진 것으로", which makes the clause the topic's own).
     */
    boolean isAfterTopic(final List<Token> tokens, final QuantityMention mention, final Lexicon.Cue verb) {
        if (!endsWithAny(tokens.get(verb.last()).text(), modifierEndings)) {
            return false;
        }
        final int next = verb.last() + 1;
        if (next < tokens.size() && startsWithAny(tokens.get(next).text(), dependentNouns)) {
            return false; // "주민 3명은 집에서 숨진 채 발견됐다": the clause is the topic's own predicate
        }
        for (int k = mention.last(); k < tokens.size() && k <= mention.last() + 2 && tokens.get(k).isHangul(); k++) {
            final String word = tokens.get(k).text();
            if (lexicon.at(tokens, k, "suffix").isPresent()) {
                continue; // "1천명이 넘는 민간인이": a bound, not a topic
            }
            if (endsWithAny(word, topics)) {
                return verb.first() > k + 1;
            }
            if (endsWithAny(word, phraseEnds) && !endsWithAny(word, genitiveMarks)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a phrase ends between a Korean modifier at {@code verbAt} and a count at {@code from}: a word closed by a
     * case or a genitive, or punctuation ("숨진 여성을 추모하는 시위에서, 한 여성이", "숨진 군인의 유가족 5명"), so that the
     * modifier is another noun's; or a partitive's 중/가운데 before a part freed by its own predicate, which says what
     * became of the part ("납치된 인질 가운데 생존자 12명이 … 석방된": freed, not held); any other predicate of the part
     * leaves the whole's modifier its own ("부상한 시민 중 4명이 위독하다": four of the wounded).
     */
    private boolean crossesPhrase(final List<Token> tokens, final int verbAt, final int from) {
        for (int k = verbAt + 1; k < from; k++) {
            final String word = tokens.get(k).text();
            if (tokens.get(k).isPunct() && !Scripts.isQuote(word) || partitives.contains(word) && isFreed(tokens, from)
                    || tokens.get(k).isHangul() && endsWithAny(word, phraseEnds) && !isWholeNoun(tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the clause of a Korean count at {@code from} says it was freed (lexicon {@code verb released}: 석방,
     * 풀려나): up to the end of its clause (a comma, or an ending such as 했고).
     */
    private boolean isFreed(final List<Token> tokens, final int from) {
        for (int k = from; k < tokens.size(); k++) {
            if (lexicon.allAt(tokens, k, "verb").stream().anyMatch(cue -> RELEASED.equals(cue.key()))) {
                return true;
            }
            if (endsClause(tokens.get(k))) {
                return false;
            }
        }
        return false;
    }

    /** Whether a Korean word is a noun of the lexicon as it stands (어린이, 남자): its last syllable is no particle. */
    private boolean isWholeNoun(final List<Token> tokens, final int at) {
        return lexicon.at(tokens, at, "unit").filter(cue -> cue.phrase().equals(tokens.get(at).text())).isPresent();
    }

    /** Whether a Korean predicate stands as a bare noun, its word the phrase alone and no inflected form (죽고). */
    boolean isBareNoun(final List<Token> tokens, final Lexicon.Cue verb) {
        final String word = tokens.get(verb.last()).text();
        return tokens.get(verb.last()).isHangul() && word.equals(verb.phrase())
                && !endsWithAny(word, inflections);
    }

    /**
     * A fitting verb in its noun-modifying form just before a Korean count's noun phrase, which says what happened to
     * what it counts whatever the count's own verb: "익사한 여학생 시신 2구를 운구했다" counts two dead; so does a bare
     * predicate noun right before the count ("부상 5명이 발생했다").
     */
    Lexicon.Cue modifierBefore(final List<Token> tokens, final List<List<Lexicon.Cue>> verbs,
                               final int from, final Set<String> fitting) {
        for (int j = from - 1; j >= Math.max(0, from - MODIFIER_REACH); j--) {
            for (final Lexicon.Cue verb : verbs.get(j)) {
                if (verb.last() == j && fitting.contains(verb.key())
                        && (endsWithAny(tokens.get(j).text(), modifierEndings) && !crossesPhrase(tokens, j, from)
                        || j == from - 1 && isBareNoun(tokens, verb))) {
                    return verb;
                }
            }
        }
        return null;
    }

    /**
     * Whether a Korean count marked as an object, a subject or the person an act was aimed at (에게) has a count marked
     * as subject between it and a verb after it: the first count belongs to a clause of its own, and the verb to the
     * later subject ("열차가 근로자 6명을 치는 사고가 발생해 2명이 숨지고": 2 dead, not 6; "인부 5명이 열차에 치여 3명이
     * 숨졌다": 3, not 5; "인질 3명을 붙잡은 괴한 2명이 사살됐다"; "한 여성이 흉기를 휘둘러 승객 5명이 다쳤다", a native
     * numeral marked on its noun; "행인 3명에게 흉기를 휘둘러 2명이 숨졌다"); one verb after several objects stays theirs
     * ("미사일 40발과 드론 150대를 발사했다"). A later clause that opens with a topic of its own takes the verb too (see
     * {@link #crossesTopic}).
     */
    boolean crossesSubject(final List<Token> tokens, final boolean[] inNumber,
                           final QuantityMention mention, final Lexicon.Cue verb) {
        final int marked = markedAt(tokens, mention);
        final String count = tokens.get(marked).text();
        if (!endsWithAny(count, objectMarks) && !endsWithAny(count, subjectMarks)
                && !endsWithAny(count, personAgentMarks)) {
            return false;
        }
        // "군인 3명이, 민간인 2명이 숨졌다": subjects set off by a comma are coordinated, and the verb is every one's
        if (endsWithAny(count, subjectMarks) && marked + 1 < tokens.size()
                && tokens.get(marked + 1).norm().equals(",")) {
            return false;
        }
        for (int k = marked + 1; k < verb.first(); k++) {
            if (inNumber[k] && !inNumber[k + 1] && tokens.get(k).isHangul()
                    && endsWithAny(tokens.get(k).text(), subjectMarks)) {
                return true;
            }
        }
        return crossesTopic(tokens, marked + 1, verb.first());
    }

    /**
     * Whether a Korean count marked (으)로 stands right before the verb: the verb takes it as what something became or
     * came to (a complement of result), never as whom it befell: "제작자 중 한 명으로 부상했다" rose to be one of them
     * (부상 as "rising"); "부상자는 5명으로 늘었다" takes its kind from its own noun, not from the verb.
     */
    boolean isResultOf(final List<Token> tokens, final QuantityMention mention, final Lexicon.Cue verb) {
        return verb.first() == mention.last() + 1 && tokens.get(mention.last()).isHangul()
                && endsWithAny(tokens.get(mention.last()).text(), complementMarks);
    }

    /**
     * Whether a clause ends between {@code from} and {@code to} (이송됐으나, 옮겨졌고: lexicon {@code predicate
     * clause-end-ko}) and the next one opens with a topic of its own (여성은), not a word pointing back (이들은): the
     * verb after is that topic's. "5명이 병원으로 이송됐으나 이후 여성은 숨졌다" kills one woman, not five; "1명이 병원에
     * 옮겨졌지만 숨졌다" (no new topic) still kills the one.
     */
    private boolean crossesTopic(final List<Token> tokens, final int from, final int to) {
        boolean ended = false;
        for (int k = from; k < to; k++) {
            final String word = tokens.get(k).text();
            if (!tokens.get(k).isHangul()) {
                continue;
            }
            if (ended && endsWithAny(word, topics) && !endsWithAny(word, verbEndings)
                    && !anaphors.contains(word.substring(0, word.length() - 1))) {
                return true;
            }
            ended |= endsWithAny(word, clauseEnds);
        }
        return false;
    }

    /**
     * Whether a count of a part stands between a Korean count and a verb after it, opened by a demonstrative and
     * 중/가운데 that point back at a whole ("주민 3명을 들이받아, 이 중 1명을 숨지게 했다", "환자는 모두 8명으로, 이 가운데
     * 2명이 숨졌다", lexicon {@code partitive anaphor-ko}): the first count is that whole, and the verb the part's.
     */
    boolean crossesPart(final List<Token> tokens, final boolean[] inNumber, final QuantityMention mention,
                        final Lexicon.Cue verb) {
        for (int k = mention.last() + 1; k < verb.first(); k++) {
            if (pointsBack(tokens, k)) {
                for (int j = k + 1; j < verb.first(); j++) {
                    if (inNumber[j]) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a Korean verb after a count is a causative (대피시켜, lexicon {@code predicate causative-ko}) whose
     * object the count is not: the count is not marked 을/를, or another object stands between it and the verb
     * ("인력 104명과 장비 30대를 투입해 주민 50명을 대피시키는": 50 displaced, the 104 made them go).
     */
    boolean isCauser(final List<Token> tokens, final QuantityMention mention, final Lexicon.Cue verb) {
        final String word = tokens.get(verb.last()).text();
        final String stem = verb.phrase().substring(verb.phrase().lastIndexOf(' ') + 1);
        final int at = word.indexOf(stem);
        if (at < 0 || !startsWithAny(word.substring(at + stem.length()), causatives)) {
            return false;
        }
        if (!endsWithAny(tokens.get(mention.last()).text(), objectMarks)) {
            return true;
        }
        for (int k = mention.last() + 1; k < verb.first(); k++) {
            if (tokens.get(k).isHangul() && endsWithAny(tokens.get(k).text(), objectMarks)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a Korean count is a figure told as an earlier one (당초, 처음에: lexicon {@code predicate earlier-ko}, a few
     * words before it) in a clause that concedes it (발표됐으나, 숨졌는데: {@code predicate concessive-ko}): "부상자는
     * 당초 119명으로 발표됐으나 116명으로 정정됐다" tells a figure since replaced, no claim.
     */
    boolean isSuperseded(final List<Token> tokens, final QuantityMention mention) {
        boolean told = false;
        for (int k = mention.first() - 1; k >= 0 && k >= mention.first() - EARLIER_REACH && tokens.get(k).isHangul()
                && !tokens.get(k).text().endsWith(COMPARED_WITH); k--) {
            told |= startsWithAny(tokens.get(k).text(), earlier);
        }
        if (!told) {
            return false;
        }
        for (int k = mention.last(); k < tokens.size() && k <= mention.last() + CONCESSION_REACH; k++) {
            final String word = tokens.get(k).text();
            if (tokens.get(k).isPunct()) {
                return false;
            }
            if (k > mention.last() && endsWithAny(word, concessives)) {
                return true;
            }
            if (word.endsWith("다")) {
                return false; // the clause ends with the sentence: "당초 3명이 다쳤다"
            }
        }
        return false;
    }

    /**
     * Whether a Korean count marked 에/에게 is the agent of a passive right after it ("스태프 12명에 성폭행당한 배우",
     * "괴한 3명에 의해 납치됐다": lexicon {@code particle agent-ko}, {@code predicate passive-ko}), or a count of persons
     * marked 에게 before the 되 passive of an action noun ("괴한 2명에게 살해됐다": {@code particle person-agent-ko},
     * {@code predicate passive-done-ko}): they did it.
     */
    boolean isPassiveAgent(final List<Token> tokens, final QuantityMention mention) {
        final int next = mention.last() + 1;
        final String count = tokens.get(mention.last()).text();
        if (next >= tokens.size() || !tokens.get(next).isHangul() || !endsWithAny(count, agentMarks)) {
            return false;
        }
        final String word = tokens.get(next).text();
        return passives.stream().anyMatch(passive -> isPassiveIn(word, passive))
                || endsWithAny(count, personAgentMarks)
                && donePassives.stream().anyMatch(passive -> word.indexOf(passive) >= ACTION_NOUN_SYLLABLES);
    }

    /**
     * Whether {@code passive} is the word itself or the passive ending of an action noun of two syllables or more
     * ("의해", "성폭행당한", "납치당해"): in "해당하는", "상당한" or "담당한" the 당 is the last syllable of a noun of one
     * syllable before it, and no passive.
     */
    private static boolean isPassiveIn(final String word, final String passive) {
        final int at = word.indexOf(passive);
        return at == 0 || at >= ACTION_NOUN_SYLLABLES;
    }

    /** Whether the word at {@code k} is 중/가운데 after a demonstrative ("이 중", "이들 가운데"), or 그중 glued. */
    boolean pointsBack(final List<Token> tokens, final int k) {
        final String word = tokens.get(k).text();
        return gluedAnaphors.contains(word) || k > 0 && anaphors.contains(tokens.get(k - 1).text())
                && partitives.stream().anyMatch(p -> word.equals(p) || word.equals(p + "에") || word.equals(p + "에서"));
    }

    /**
     * Whether a Korean count is the agent of its verb: marked as subject (이/가) while a later count before the same
     * verb is marked as its object (을/를): "괴한 4명이 민간인 1명을 살해했다" says one was killed, not four; a later
     * genitive count is marked on its head ("한 남자가 10명의 관광객을 인질로 잡았다"). A numeral word with no counter ("한 남자가") is marked on the noun after
     * it: "한 남자가 관광객 10명을 인질로 잡았다" says ten were taken, not one.
     */
    boolean isAgent(final List<Token> tokens, final List<QuantityMention> mentions, final int m,
                    final Lexicon.Cue verb) {
        final QuantityMention mention = mentions.get(m);
        final int marked = markedAt(tokens, mention);
        if (mention.counter() == null || verb == null || !patientKeys.contains(verb.key())
                || !endsWithAny(tokens.get(marked).text(), subjectMarks)) {
            return false;
        }
        for (int n = m + 1; n < mentions.size() && mentions.get(n).last() < verb.first(); n++) {
            final QuantityMention later = mentions.get(n);
            if (later.counter() != null
                    && endsWithAny(tokens.get(genitiveHeadAt(tokens, later.last())).text(), objectMarks)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the case of a genitive count's phrase is marked: on its head noun, the first word after it with a core
     * mark ("10명의 호주 관광객을"); the count's own word otherwise.
     */
    private int genitiveHeadAt(final List<Token> tokens, final int count) {
        if (!endsWithAny(tokens.get(count).text(), genitiveMarks)) {
            return count;
        }
        for (int k = count + 1; k < Math.min(tokens.size(), count + 1 + MODIFIER_REACH); k++) {
            if (!tokens.get(k).isHangul()) {
                break;
            }
            if (endsWithAny(tokens.get(k).text(), coreMarks)) {
                return k;
            }
        }
        return count;
    }

    /**
     * The word that bears a Korean count's case mark: the count's own word ("5명을", "백명이"), or, for a native numeral
     * alone ("한 남자가", "세 자녀를 둔"), the noun it determines.
     */
    private static int markedAt(final List<Token> tokens, final QuantityMention mention) {
        final Token last = tokens.get(mention.last());
        return mention.first() == mention.last() && last.isHangul() && mention.last() + 1 < tokens.size()
                && !last.text().contains(NumberReader.PEOPLE_COUNTER) ? mention.last() + 1 : mention.last();
    }

    /**
     * Whether an armed group holds the people a Korean count counts: the holder, the nearest noun marked as subject,
     * topic or agent on either side within {@link #CAPTOR_REACH} words, is a noun of one (lexicon {@code captor
     * armed-ko}: 해적들이, 반군은, 무장세력에, 괴한에게), not the count's own noun ("해적 5명을 억류했다" holds pirates).
     * Holding (붙잡고 있다) or detaining (억류) such people is a capture ("해적들이 선원 21명을 붙잡고 있다", "무장세력에
     * 억류된 선원 9명"), not an arrest. Another subject nearer the count is the holder ("반군이 장악한 지역에서 보안군이
     * 주민 12명을 억류했다": security forces arrest), and a captor that is the subject of a clause modifying another
     * noun holds nobody ("반군이 장악한 지역", see {@link #isSubjectOfOtherModifier}).
     */
    boolean isHeldByCaptor(final List<Token> tokens, final QuantityMention mention) {
        return isHolderCaptor(tokens, mention, -1) || isHolderCaptor(tokens, mention, 1);
    }

    /** Whether the holder met first walking from the count in {@code step}'s direction is a captor (see above). */
    private boolean isHolderCaptor(final List<Token> tokens, final QuantityMention mention, final int step) {
        final int start = step < 0 ? mention.first() - 1 : mention.last() + 1;
        for (int k = start; k >= 0 && k < tokens.size() && Math.abs(k - start) < CAPTOR_REACH; k += step) {
            if (!tokens.get(k).isHangul()) {
                continue;
            }
            final Optional<Lexicon.Cue> captor = captorEndingAt(tokens, k);
            final String word = tokens.get(k).text();
            if (captor.isPresent() && k + 1 != mention.first()
                    && (endsWithAny(word, coreMarks) || endsWithAny(word, agentMarks))) {
                if (!isSubjectOfOtherModifier(tokens, mention, k)) {
                    return true;
                }
            } else if (captor.isEmpty() && k + 1 != mention.first() && word.length() > 1
                    && endsWithAny(word, subjectMarks)) {
                return false; // another subject holds them (the count's own noun, 어린이 5명, is none)
            }
        }
        return false;
    }

    /** The captor noun (lexicon {@code captor}) whose last word is at {@code at}: 해적들이, 무장 단체가. */
    private Optional<Lexicon.Cue> captorEndingAt(final List<Token> tokens, final int at) {
        for (int k = at; k >= Math.max(0, at - 1); k--) {
            final Optional<Lexicon.Cue> cue = lexicon.at(tokens, k, "captor").filter(c -> c.last() == at);
            if (cue.isPresent()) {
                return cue;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the noun at {@code at} is the subject of a verb's noun-modifying form right after it (장악한, 출몰하는) that
     * modifies a noun other than the count's: a word bearing a case mark stands between that form and the count
     * ("반군이 장악한 지역에서 … 12명"), or the count comes before it. "무장세력에 억류된 선원 9명" modifies the count's own
     * noun, and the captor holds them.
     */
    private boolean isSubjectOfOtherModifier(final List<Token> tokens, final QuantityMention mention, final int at) {
        final int verb = at + 1;
        if (verb >= tokens.size() || !tokens.get(verb).isHangul() || !isNounModifying(tokens.get(verb).text())) {
            return false;
        }
        if (verb > mention.last()) {
            return true;
        }
        for (int k = verb + 1; k < mention.first() - 1; k++) { // not the count's own noun (어린이 5명)
            if (tokens.get(k).isHangul() && endsWithAny(tokens.get(k).text(), phraseEnds)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a Korean count of relatives (lexicon {@code noun relatives-ko}) follows a verb that modifies another noun
     * before them: in "무장단체에 피랍된 선원 가족 12명" the crew were abducted and the twelve are their family; "피랍된
     * 가족 3명" were abducted themselves.
     */
    boolean isRelativesOfAnother(final List<Token> tokens, final QuantityMention mention, final Lexicon.Cue verb) {
        for (int k = verb.last() + 2; k < mention.first(); k++) {
            if (tokens.get(k).isHangul() && endsWithAny(tokens.get(k).text(), relatives)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a Korean predicate is an ability said of the noun it modifies: "로켓 12발을 발사할 수 있는 체계", "10명을
     * 숨지게 할 수 있는 독": nothing was done, the noun is described (lexicon {@code modal ability-ko}; the English
     * "missiles that can be launched" is read by {@link EnglishClauses#isAbility}).
     */
    boolean isAbility(final List<Token> tokens, final Lexicon.Cue verb) {
        // after the verb's word ("발사할 수 있는"), or from a causative ending in it ("숨지게 할 수 있는")
        return tokens.get(verb.last()).isHangul()
                && (isAbilityAt(tokens, verb.last() + 1) || isAbilityAt(tokens, verb.last()));
    }

    private boolean isAbilityAt(final List<Token> tokens, final int at) {
        return at < tokens.size() && lexicon.allAt(tokens, at, "modal").stream()
                .anyMatch(cue -> "ability-ko".equals(cue.key()));
    }

    /**
     * Whether a Korean count is in a condition, not an event: its clause runs, within a few words and before any
     * clause ends, to a verb's noun-modifying form (ending in ㄴ or ㄹ: 발생한, 숨질) and a noun of "case" or of a
     * target after it, alone or ending a compound of two bare nouns (lexicon {@code predicate condition-ko}):
     * "사망자가 1명 이상 발생한 경우 적용된다" states a law's criterion, "병력 1만 명을 모집하는 동원 목표" a goal.
     */
    boolean isCondition(final List<Token> tokens, final QuantityMention mention) {
        final int end = Math.min(tokens.size(), mention.last() + 1 + CONDITION_REACH);
        for (int k = mention.last() + 1; k < end && tokens.get(k).isHangul(); k++) {
            if (k > mention.last() + 1 && isNounModifying(tokens.get(k - 1).text())
                    && (startsWithAny(tokens.get(k).text(), conditions) || isCompoundOfCondition(tokens, k))) {
                return true;
            }
            if (endsWithAny(tokens.get(k).text(), sequenceEndings) && !isNounModifying(tokens.get(k).text())) {
                return false; // "1명이 숨지고 ... 경우": the count's clause ended before
            }
        }
        return false;
    }

    /**
     * Whether the bare noun at {@code k} opens a compound whose second noun is one of a condition (동원 목표); a noun
     * with a particle is none ("5명이 숨진 공장의 경우": in the case of the factory where five died, a genitive).
     */
    private boolean isCompoundOfCondition(final List<Token> tokens, final int k) {
        return k + 1 < tokens.size() && tokens.get(k + 1).isHangul() && isBare(tokens.get(k))
                && startsWithAny(tokens.get(k + 1).text(), conditions);
    }

    /** Whether a Korean word holds a predicate or a noun of the dead (사망, 사망자, 숨진). */
    private boolean isDeathWord(final String word) {
        return startsWithAny(word, deathWords);
    }

    /** Whether a Korean word ends in a verb's noun-modifying form: its last syllable closes with ㄴ or ㄹ. */
    private static boolean isNounModifying(final String word) {
        final int finalConsonant = Scripts.finalConsonant(word.charAt(word.length() - 1));
        return finalConsonant == Scripts.FINAL_NIEUN || finalConsonant == Scripts.FINAL_RIEUL;
    }

    /**
     * Whether a Korean count of the dead is a mortality statistic: an illness is named as the cause, marked 으로/로,
     * in the count's clause before its predicate or a few words before it (lexicon {@code cause illness-ko}): "주민
     * 60명이 암으로 사망", "만성질환으로 인한 사망자는 28만2716명", also with a gloss in brackets between the illness and
     * its mark ("비감염성 질환(NCD)으로": see {@link #wholeWord}), but only where its mark attaches to the death, not to
     * another verb before it ("지병으로 치료받던 주민 3명이 화재로 숨졌다": the illness was treated, the fire killed); or
     * the dead counted by their own noun are counted among the patients of an illness, told with their own count before
     * them in the sentence ("올해 한랭질환자 90명…사망자 2명", "온열질환자는 1200명이며 이 가운데 사망자는 9명"): a
     * tally of the illness. A word of the total between the noun of the dead and its count ("이 가운데 사망자는 총 9명")
     * says they are all counted, not who they are, so it leaves them the illness's.
     */
    boolean isIllness(final List<Token> tokens, final QuantityMention mention, final Lexicon.Cue verb) {
        final int from = Math.max(0, mention.first() - CAUSE_REACH);
        final int to = verb != null && verb.first() > mention.last() ? verb.first() : mention.last() + 1;
        final int death = verb != null ? verb.first() : mention.first();
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).isHangul()) {
                continue;
            }
            final String word = wholeWord(tokens, k);
            if (k + 1 < tokens.size() && isDeathWord(tokens.get(k + 1).text()) && endsWithAny(word, illnesses)) {
                return true; // "만성질환 사망자 28만명": the illness names the deaths it stands before
            }
            for (final String mark : complementMarks) {
                if (word.endsWith(mark) && (word.length() > mark.length()
                        && endsWithAny(word.substring(0, word.length() - mark.length()), illnesses)
                        || word.equals(mark) && illnessBefore(tokens, k))
                        && !hasOtherVerbBetween(tokens, k + 1, death, mention)) {
                    return true; // "암으로 사망", and "코로나19로": the mark after a name ending in digits
                }
            }
            if (isIllnessCaught(tokens, k)) {
                return true; // "750만 명이 독감에 걸려 3천 명이 사망": the infected, and the dead of an illness
            }
        }
        int dead = mention.first() - 1;
        while (dead >= 0 && totals.contains(tokens.get(dead).text())) {
            dead--;
        }
        if (dead >= 0 && tokens.get(dead).isHangul() && (namesPatients(tokens, dead) || isPartOfPatients(tokens, dead))) {
            return true; // "사망한 코로나19 확진자는 24명", "메르스 확진자 30명 가운데 4명이 숨졌다"
        }
        if (dead < 0 || !startsWithAny(tokens.get(dead).text(), deadNouns)) {
            return false;
        }
        for (int k = previousClauseStart(tokens, dead); k + 1 < dead; k++) {
            if (tokens.get(k).isHangul() && namesPatients(tokens, k)
                    && (tokens.get(k + 1).isNumber() || partitives.contains(tokens.get(k + 1).text()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a verb other than the death stands in its noun-modifying form between {@code from} and the death at
     * {@code to} (the count's own words aside): "지병으로 치료받던 주민 3명": a cause marked before it is that verb's.
     * A verb linking a cause to what it caused ("질환으로 인한 사망자") passes.
     */
    private boolean hasOtherVerbBetween(final List<Token> tokens, final int from, final int to,
                                        final QuantityMention mention) {
        for (int k = from; k < to; k++) {
            final String word = tokens.get(k).text();
            if (tokens.get(k).isHangul() && (k < mention.first() || k > mention.last()) && word.length() > 1
                    && endsWithAny(word, modifierEndings) && !endsWithAny(word, topics) && !isDeathWord(word)
                    && !startsWithAny(word, causeLinks)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the clause before the one holding the Korean word at {@code at} opens: the dead counted among an illness's
     * patients are told in the patients' clause or right after it ("온열질환자는 1200명이며 이 가운데 사망자는 9명",
     * "한랭질환자 90명…사망자 2명"), not several clauses on, where other people's count may stand ("…입원 중이던 환자
     * 20명이 이송됐고, 건물 밖에서 불을 끄던 주민이 다쳤으며, 사망자는 2명"). A clause ends at punctuation other than a
     * quote or at a clause's ending (lexicon {@code predicate clause-end-ko}: 했고, 됐으며), an ending and the
     * punctuation right after it counting as one end ("한랭질환자는 312명이었고, 사망자는 총 9명").
     */
    private int previousClauseStart(final List<Token> tokens, final int at) {
        int ends = 0;
        for (int k = at - 1; k >= 0; k--) {
            // an ending and the comma after it ("312명이었고,") close one clause
            final boolean closesSame = k + 1 < at && endsClause(tokens.get(k + 1));
            if (endsClause(tokens.get(k)) && !closesSame && ++ends > 1) {
                return k + 1;
            }
        }
        return 0;
    }

    /** Whether a token closes a Korean clause: a mark other than a quote, or a clause's ending (했고, 됐으며). */
    private boolean endsClause(final Token token) {
        return token.isPunct() && !Scripts.isQuote(token.text())
                || token.isHangul() && endsWithAny(token.text(), clauseEnds);
    }

    /**
     * Whether the Korean word at {@code k} names the patients of an illness, before a topic or subject particle or
     * none: a noun of patients of more than one syllable that names the illness or the infection itself (lexicon
     * {@code cause patient-ko}) and either is that illness (질환자) or closes a compound (한랭질환자는, 코로나감염자가);
     * or a noun of patients of anything ({@code cause any-patient-ko}: 환자) after an illness's name, in its word or
     * the word before (암환자, 치매 환자는), not after any other (응급환자, 중환자, 입원환자: the patients of an emergency
     * or a ward), nor a word that merely ends in 자 after an illness of one syllable (암자, a hermitage).
     */
    private boolean namesPatients(final List<Token> tokens, final int k) {
        final String word = tokens.get(k).text();
        for (final String patient : patients) {
            final int at = patientAt(word, patient);
            if (at > 0 || at == 0 && (illnesses.stream().anyMatch(patient::startsWith) || illnessBefore(tokens, k))) {
                return true;
            }
        }
        for (final String patient : anyPatients) {
            final int at = patientAt(word, patient);
            if (at > 0 ? endsWithAny(word.substring(0, at), illnesses) : at == 0 && illnessBefore(tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an illness's name is the word before the Korean word at {@code k}, written apart: "결핵 환자", "메르스
     * 확진자", also a name ending in digits ("코로나19 확진자", read as a name and its number).
     */
    private boolean illnessBefore(final List<Token> tokens, final int k) {
        int before = k - 1;
        if (before > 0 && tokens.get(before).isNumber() && tokens.get(before - 1).end() == tokens.get(before).start()) {
            before--; // "코로나19": the digits glued to the name are part of it
        }
        return before >= 0 && tokens.get(before).isHangul() && endsWithAny(tokens.get(before).text(), illnesses);
    }

    /**
     * Whether the word at {@code at}, right before a Korean count, is a partitive word (중, 가운데) after the patients
     * of an illness, with or without their own count: "결핵 환자 가운데 3명이 숨졌다", "확진자 30명 중 4명이": the part
     * counted among an illness's patients is the illness's tally, whatever its predicate.
     */
    private boolean isPartOfPatients(final List<Token> tokens, final int at) {
        if (!partitives.contains(tokens.get(at).text())) {
            return false;
        }
        int whole = at - 1;
        if (whole > 1 && tokens.get(whole - 1).isNumber() && tokens.get(whole).isHangul()) {
            whole -= 2; // the patients' own count, "30명"
        }
        return whole >= 0 && tokens.get(whole).isHangul() && namesPatients(tokens, whole);
    }

    /** Where a noun of patients stands in a Korean word closed by it and a topic or subject particle or none; or -1. */
    private int patientAt(final String word, final String patient) {
        final int at = word.lastIndexOf(patient);
        final String particle = at < 0 ? null : word.substring(at + patient.length());
        return particle != null && (particle.isEmpty() || topics.contains(particle) || subjectMarks.contains(particle))
                ? at : -1;
    }

    /**
     * The Korean word at {@code k} read whole across a gloss in brackets written inside it: "사망(말소)자" is 사망자,
     * "질환(NCD)으로" is 질환으로 (the particle is the word's before the brackets). The word alone where no bracket is
     * glued to it.
     */
    static String wholeWord(final List<Token> tokens, final int k) {
        final Token token = tokens.get(k);
        final int close = glossBracket(tokens, k, 1, OPEN_GLOSS, CLOSE_GLOSS);
        if (close > 0 && close + 1 < tokens.size() && tokens.get(close + 1).isHangul()
                && tokens.get(close).end() == tokens.get(close + 1).start()) {
            return token.text() + tokens.get(close + 1).text();
        }
        final int open = glossBracket(tokens, k, -1, CLOSE_GLOSS, OPEN_GLOSS);
        if (open > 0 && tokens.get(open - 1).isHangul() && tokens.get(open - 1).end() == tokens.get(open).start()) {
            return tokens.get(open - 1).text() + token.text();
        }
        return token.text();
    }

    /**
     * The far bracket of a gloss glued to the word at {@code k} on the side {@code step} (1: after it, -1: before it),
     * whose near bracket is one of {@code near}, within {@link #GLOSS_REACH} tokens; or -1.
     */
    private static int glossBracket(final List<Token> tokens, final int k, final int step, final Set<String> near,
                                    final Set<String> far) {
        final int at = k + step;
        if (at < 0 || at >= tokens.size() || !near.contains(tokens.get(at).text())
                || (step > 0 ? tokens.get(k).end() != tokens.get(at).start()
                        : tokens.get(at).end() != tokens.get(k).start())) {
            return -1;
        }
        for (int j = at + step; j >= 0 && j < tokens.size() && Math.abs(j - at) <= GLOSS_REACH; j += step) {
            if (far.contains(tokens.get(j).text())) {
                return j;
            }
        }
        return -1;
    }

    /**
     * Whether a Korean verb of flight tells the people it counts leaving a vehicle or a venue they were in, named in
     * the verb's clause before it with a mark of being there (lexicon {@code venue ko}, {@code place-ko}: "여객기서 연기
     * 발생…122명 대피", "뷔페서 화재…11명 대피", "항공기 안에서 연기가 유입돼 승객 122명이 대피했다"), as English
     * "evacuated the plane": out for a while, not driven from their homes. A bare 에 marks where people went or how
     * ("호텔에 대피했다", "버스에 타고"), so it counts only after a word that is an inside by itself ({@code within-ko}:
     * "기내에"); 로 ("초등학교로") never does. A venue of an earlier clause is not theirs: the scan stops at a verb ending
     * its clause ({@link #endsVenueClause}). Residents ({@code residents-ko}: 주민) are the displaced wherever they were.
     */
    boolean leavesAVenue(final List<Token> tokens, final Lexicon.Cue verb, final Counted counted) {
        if (!"displaced".equals(verb.key()) || counted.text() != null && residents.contains(counted.text())) {
            return false;
        }
        for (int k = verb.first() - 1; k >= Math.max(0, verb.first() - VENUE_REACH); k--) {
            if (!tokens.get(k).isHangul()) {
                continue;
            }
            if (endsVenueClause(tokens, k)) {
                return false;
            }
            if (isVenueWord(tokens.get(k).text())) {
                return true;
            }
            if (endsWithAny(tokens.get(k).text(), venues) && k + 1 < verb.first()
                    && venueMarks.contains(tokens.get(k + 1).text())) {
                return true; // "항공기 안에서"
            }
        }
        return false;
    }

    /** Whether a Korean word names a venue marked as where people were: "뷔페서", "열차에서", "기내에". */
    private boolean isVenueWord(final String word) {
        for (final String mark : venueMarks) {
            if (word.endsWith(mark) && endsWithAny(word.substring(0, word.length() - mark.length()), venues)) {
                return true;
            }
        }
        for (final String mark : insideMarks) {
            if (word.endsWith(mark) && endsWithAny(word.substring(0, word.length() - mark.length()), insideVenues)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the Korean word at {@code k} ends a clause of another doing before the flight's: a verb of saying
     * (lexicon {@code report verb}: 밝혔다), a clause's ending ({@code predicate clause-end-ko}: 했고), or a connective
     * ({@code venue clause-end-ko}: 열고, 치우자, 막아서) on a verb, known as one by the object marked right before it
     * ("회견을 열고"; a noun ending so, 사고 or 환자, has none). An event's clause ("극장에서 불이 나자") tells what befell
     * the place the people were in, and does not end the scan.
     */
    private boolean endsVenueClause(final List<Token> tokens, final int k) {
        final String word = tokens.get(k).text();
        return startsWithAny(word, sayingVerbs) || endsWithAny(word, clauseEnds)
                || endsWithAny(word, venueClauseEnds) && k > 0 && tokens.get(k - 1).isHangul()
                && endsWithAny(tokens.get(k - 1).text(), objectMarks);
    }

    /** Whether the word at {@code at} names an illness caught: marked 에 before a form of 걸리다 ("독감에 걸려"). */
    private boolean isIllnessCaught(final List<Token> tokens, final int at) {
        final String word = tokens.get(at).text();
        return tokens.get(at).isHangul() && at + 1 < tokens.size() && word.endsWith(INFECTION_MARK)
                && endsWithAny(word.substring(0, word.length() - INFECTION_MARK.length()), illnesses)
                && tokens.get(at + 1).text().startsWith(CATCH_STEM);
    }

    /**
     * Whether a Korean predicate is joined to another by "or": the ending -거나 on the first ("숨지거나 다친 근로자
     * 6명", "1200명이 전사하거나 부상했다": lexicon {@code predicate or-ending-ko}) or a word between them ("사망 또는
     * 실종된 3명": {@code predicate or-word-ko}).
     */
    boolean isDisjoined(final List<Token> tokens, final Lexicon.Cue verb) {
        final int after = verb.last() + 1;
        final int before = verb.first() - 1;
        return after < tokens.size() && endsWithAny(tokens.get(verb.last()).text(), orEndings)
                && lexicon.at(tokens, after, "verb").isPresent()
                || after + 1 < tokens.size() && orWords.contains(tokens.get(after).text())
                && lexicon.at(tokens, after + 1, "verb").isPresent()
                || before >= 0 && endsWithAny(tokens.get(before).text(), orEndings)
                && lexicon.endingAt(tokens, before, "verb").isPresent()
                || before > 0 && orWords.contains(tokens.get(before).text())
                && lexicon.endingAt(tokens, before - 1, "verb").isPresent();
    }

    /**
     * A Korean wound or entrapment joined by a connective ending to a death right after it, in the same clause, ends
     * in that death: "주민 2명이 중상을 입고 숨졌다", "2명이 매몰돼 숨졌다" count two dead (lexicon {@code predicate
     * sequence-ko}, {@code ends-in-death}); another count between them ("7명이 매몰돼 1명이 사망하고") starts a clause of
     * its own.
     *
     * @param disjoined whether a predicate is joined to another as one count of both ({@link
     *                  PredicateFinder#isDisjoined}): a death so joined ends no sequence
     */
    Lexicon.Cue outcome(final List<Token> tokens, final List<List<Lexicon.Cue>> verbs, final Lexicon.Cue verb,
                        final Set<String> fitting, final Predicate<Lexicon.Cue> disjoined) {
        int end = verb.last();
        if (!tokens.get(end).isHangul() || !endsInDeath.contains(verb.key())) {
            return verb;
        }
        if (end + 1 < tokens.size() && endsWithAny(tokens.get(end).text(), objectMarks)
                && startsWithAny(tokens.get(end + 1).text(), lightVerbs)) {
            end++; // "중상을 입고": the ending is on the light verb
        }
        final int next = end + 1;
        if (next >= tokens.size() || !endsWithAny(tokens.get(end).text(), sequenceEndings)) {
            return verb;
        }
        return verbs.get(next).stream()
                .filter(cue -> PredicateFinder.KILLED.equals(cue.key()) && fitting.contains(cue.key())
                        && !disjoined.test(cue))
                .findFirst().orElse(verb);
    }

    /** Whether a word begins with one of the stems: a verb's stem, or a bound word after a particle. */
    static boolean startsWithAny(final String word, final Set<String> stems) {
        for (final String stem : stems) {
            if (word.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word ends in one of the endings: a particle, or a verb's ending. */
    static boolean endsWithAny(final String word, final Set<String> endings) {
        for (final String ending : endings) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
