package newswire.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newswire.model.ClaimKind;
import newswire.model.ClaimStatus;

/**
 * How firmly a claim is made: denied, possible, planned or reported, from the status cues of its sentence (lexicon
 * {@code status}) and where they stand relative to the number.
 */
final class StatusReader {

    private final Set<String> contrasts;
    private final Set<String> subordinators;
    private final Set<String> deedCopulas;
    private final Set<String> relativeOpeners;
    private final Set<String> clauseBoundaries;
    private final Set<String> coordinators;
    private final Set<String> koreanModifierEndings;
    private final Lexicon lexicon;
    private final ContainerNouns containers;
    private final EnglishClauses clauses;
    private final int window;
    private final Set<String> modals;
    /** Counted nouns that name who acts: people and forces. */
    private static final Set<String> AGENT_UNITS = Set.of("person", "troops");
    /** The counter of a Korean year written in digits: 2024년. */
    private static final String YEAR_COUNTER = "년";
    /** The particle of a span's start: 2012년부터 (a year of digits alone may be a deadline: 2026년 12월 31일까지). */
    private static final String SPAN_START = "부터";
    /**
     * How many tokens before a figure the span it is counted over may open ("올해 4∼11월 사이 … 사망자도 13명", "Over the
     * past five years, as mines deepened, 85 miners died").
     */
    private static final int SPAN_REACH = 15;
    /** How many words after a Korean count the verb telling it as a tally may stand: "숨진 것으로 집계됐다". */
    private static final int TALLY_VERB_REACH = 3;
    /**
     * The counter of a Korean day after its number (28일, 3일간): a day dates one event, and a length of days is no
     * span of a tally. A counter, read only after a number, not a word of the lexicon's: 일 alone begins many words
     * (일부, 일대, 일어난).
     */
    private static final String DAY_COUNTER = "일";

    private final Set<String> presentForms;
    private final Set<String> notPresentBefore;
    private final Set<String> adverbs;
    private final Set<String> compulsions;
    private final Set<String> habitWords;
    private final Set<String> modalChain;
    private final Set<String> finiteAuxiliaries;
    /** "could", "would", "might", "should": before "have", a past that did not happen. */
    private final Set<String> counterfactualModals;
    private final Set<String> negations;
    private final Set<String> periodWords;
    private final Set<String> spanWords;
    private final Set<String> spanJoiners;
    /** Units of a length of years back from the time of writing: "the past five years", "the last decade". */
    private final Set<String> spanUnits;
    /** Words of a vague number of them: "the past few years". */
    private final Set<String> spanCounts;
    /** The start of the span of years up to now from one: "since 2015". */
    private final Set<String> spanSince;
    /** Words of armed violence: its dead over a span of years are a war's toll, a claim (lexicon generic war-toll). */
    private final Set<String> warTolls;
    /** Causes that are a class of accidents, illness or nature: "on the roads" (lexicon generic accident-causes). */
    private final Set<String> accidentCauses;
    /** The words naming the agent of a passive: "shot dead by police" (lexicon agent all). */
    private final Set<String> agentMarks;
    /** Verbs of dying that take no object, no one's deed: "died", "drowned" (lexicon predicate intransitive). */
    private final Set<String> intransitiveDeaths;
    /** Marks that end a clause: ";", ":" (lexicon clause joint), and a coordinator after a comma. */
    private final Set<String> clauseJoints;
    /** Words that rank one event among others: "the deadliest crash since 1989" is one crash (lexicon generic rank). */
    private final Set<String> ranks;
    private final Set<String> months;
    private final Set<String> modalMonths;
    private final Set<String> timeShifts;
    private final Set<String> outcomeUnits;
    private final Set<String> accidents;
    private final Set<String> koreanYears;
    private final Set<String> koreanYearReferences;
    private final Set<String> koreanAccidents;
    private final Set<String> koreanSpanEnds;
    private final Set<String> koreanSpanTimes;
    private final Set<String> koreanSpansInto;
    private final Set<String> koreanThisEvent;
    /** The units of time a Korean span of a tally is counted in: months, years, quarters (월, 년, 분기), not days. */
    private final Set<String> koreanSpanUnits;
    private final Set<String> koreanBetween;
    /** The signs of a range of numbers (4∼11월): a tilde or a dash, not any punctuation. */
    private final Set<String> koreanRangeSigns;
    /** The Korean "in the same period" and "in one year alone": a figure of a compared or summed period. */
    private final Set<String> koreanPeriods;
    /** Words that single out one event between a span and its figure: 어제, 이번, 하루, 최악, 번째 (with the ranks). */
    private final Set<String> koreanEventAnchors;
    /** A war or a cumulative toll: its dead over a span are a claim of the war, not a statistic (전쟁, 내전, 누적). */
    private final Set<String> koreanWarTolls;
    /** The noun-modifying endings of a Korean verb (이어진, 일한, 중단됐던): a relative clause on a noun after it. */
    private final Set<String> koreanNounModifiers;
    private final Set<String> koreanTopics;
    private final Set<String> koreanSubjects;
    /** The verbs of events occurring (발생한, 벌어진): a relative clause of them over a span dates the events counted. */
    private final Set<String> koreanOccurrences;
    /** The nouns of a finding (조사한 결과): a relative clause on one gives its span to the figure found. */
    private final Set<String> koreanFindings;
    /** The verbs that tell a figure as a count made of records (집계됐다, 나타났다, 조사됐다), not as what happened. */
    private final Set<String> koreanTallyVerbs;
    private final Set<String> koreanCauseMarks;
    /** Words that make an accident of a year one event: the worst, the first, the second (최악, 가장 큰, 첫, 두 번째). */
    private final Set<String> koreanRanks;
    private final Set<String> determiners;

    StatusReader(final Lexicon lexicon, final ContainerNouns containers, final EnglishClauses clauses, final int window) {
        this.lexicon = lexicon;
        this.containers = containers;
        this.clauses = clauses;
        this.contrasts = lexicon.words("clause", "contrast");
        this.subordinators = lexicon.words("clause", "subordinator");
        this.deedCopulas = lexicon.words("generic", "deed-copula");
        this.relativeOpeners = lexicon.words("predicate", "relative-opener");
        this.clauseBoundaries = lexicon.words("clause", "boundary");
        this.coordinators = lexicon.words("predicate", "coordinator");
        // a clause of time or cause tells another event as it happened: neither a denial nor a hedge reaches into it
        this.contrasts.addAll(lexicon.words("clause", "time"));
        this.clauseBoundaries.addAll(lexicon.words("clause", "time"));
        this.koreanModifierEndings = lexicon.words("status-modifier", "ko");
        this.window = window;
        this.modals = lexicon.words("modal", "words");
        this.presentForms = lexicon.words("predicate", "present");
        this.notPresentBefore = lexicon.words("predicate", "non-finite-before");
        this.adverbs = lexicon.words("predicate", "adverb");
        this.compulsions = lexicon.words("predicate", "compelled");
        this.habitWords = lexicon.words("predicate", "habit");
        this.modalChain = lexicon.words("modal", "chain");
        this.finiteAuxiliaries = lexicon.words("modal", "finite");
        this.counterfactualModals = lexicon.words("modal", "counterfactual");
        this.negations = lexicon.words("modal", "negation");
        this.periodWords = lexicon.words("generic", "period");
        this.spanWords = lexicon.words("year-span", "start");
        this.spanJoiners = lexicon.words("year-span", "joiner");
        this.spanUnits = lexicon.words("year-span", "unit");
        this.spanCounts = lexicon.words("year-span", "count");
        this.spanSince = lexicon.words("year-span", "since");
        this.warTolls = lexicon.words("generic", "war-toll");
        this.accidentCauses = lexicon.words("generic", "accident-causes");
        this.accidentCauses.addAll(lexicon.words("generic", "accidents"));
        this.agentMarks = lexicon.words("agent", "all");
        this.intransitiveDeaths = lexicon.words("predicate", "intransitive");
        this.clauseJoints = lexicon.words("clause", "joint");
        this.ranks = lexicon.words("generic", "rank");
        this.months = lexicon.words("measure", "month");
        this.modalMonths = lexicon.words("measure", "month-modal");
        this.timeShifts = lexicon.words("generic", "time-shift");
        this.outcomeUnits = lexicon.words("generic", "outcome-units");
        this.accidents = lexicon.words("generic", "accidents");
        this.koreanYears = lexicon.words("generic", "year-ko");
        this.koreanYearReferences = lexicon.words("generic", "year-reference-ko");
        this.koreanAccidents = lexicon.words("generic", "accidents-ko");
        this.koreanSpanEnds = lexicon.words("generic", "span-end-ko");
        this.koreanSpanTimes = lexicon.words("generic", "span-time-ko");
        this.koreanSpansInto = lexicon.words("generic", "span-into-ko");
        this.koreanThisEvent = lexicon.words("generic", "this-event-ko");
        this.koreanSpanUnits = lexicon.words("generic", "span-unit-ko");
        this.koreanBetween = lexicon.words("generic", "between-ko");
        this.koreanRangeSigns = lexicon.words("generic", "range-sign-ko");
        this.koreanPeriods = lexicon.words("generic", "period-ko");
        this.koreanWarTolls = lexicon.words("generic", "war-toll-ko");
        this.koreanNounModifiers = lexicon.words("predicate", "modifier-ko");
        this.koreanTopics = lexicon.words("particle", "topic-ko");
        this.koreanSubjects = lexicon.words("particle", "subject-ko");
        this.koreanOccurrences = lexicon.words("generic", "occurrence-ko");
        this.koreanFindings = lexicon.words("generic", "finding-ko");
        this.koreanFindings.addAll(lexicon.words("generic", "course-ko"));
        this.koreanTallyVerbs = lexicon.words("generic", "tally-verb-ko");
        this.koreanCauseMarks = lexicon.words("particle", "complement-ko");
        this.koreanRanks = new HashSet<>(lexicon.words("measure", "superlative-ko"));
        this.koreanRanks.addAll(lexicon.words("generic", "rank-ko"));
        this.koreanEventAnchors = new HashSet<>(koreanRanks);
        this.koreanEventAnchors.addAll(lexicon.words("generic", "event-anchor-ko"));
        this.determiners = lexicon.words("predicate", "determiner");
    }

    /**
     * The status cues of a sentence (lexicon {@code status}), less a month named like a modal: "between May 2016 and
     * 2017" dates a figure, it does not hedge it.
     */
    List<Lexicon.Cue> cues(final List<Token> tokens) {
        return lexicon.find(tokens, "status").stream().filter(cue -> !isModalMonth(tokens, cue.first())).toList();
    }

    /**
     * Whether token {@code at} is a month: one of lexicon {@code measure month}, or one named like a modal ("May")
     * written as a name before a number.
     */
    private boolean isMonth(final List<Token> tokens, final int at) {
        return months.contains(tokens.get(at).norm()) || isModalMonth(tokens, at);
    }

    private boolean isModalMonth(final List<Token> tokens, final int at) {
        final Token token = tokens.get(at);
        return modalMonths.contains(token.norm()) && Character.isUpperCase(token.text().charAt(0))
                && at + 1 < tokens.size() && tokens.get(at + 1).isNumber();
    }

    /**
     * The status of the number {@code mention} counting {@code counted}, given its sentence's status cues in order.
     * Nobody plans a death toll: a casualty figure under "would" or "will" is a hypothetical, at most possible.
     */
    ClaimStatus statusOf(final List<Token> tokens, final List<Lexicon.Cue> cues, final QuantityMention mention,
                         final Counted counted, final ClaimKind kind, final Lexicon.Cue verb) {
        if (isDenied(tokens, cues, mention)) {
            return ClaimStatus.DENIED;
        }
        final ClaimStatus hedged = hedged(tokens, cues, mention, counted, verb);
        final ClaimStatus status = hedged == ClaimStatus.REPORTED && isInfinitive(tokens, verb) ? ClaimStatus.PLANNED
                : hedged;
        final boolean casualty = kind == ClaimKind.KILLED || kind == ClaimKind.WOUNDED;
        return casualty && status == ClaimStatus.PLANNED ? ClaimStatus.POSSIBLE : status;
    }

    /**
     * Whether the predicate is an infinitive ("Pentagon to call up 50,000 reservists", "opted to deploy 1,200
     * troops"): an aim or a decision, not a thing done. After "to" a past form is no infinitive but a modifier, and
     * "to" a preposition ("aid to wounded soldiers"); and what people were forced to do they did ("were forced to
     * flee": lexicon {@code predicate compelled}).
     */
    private boolean isInfinitive(final List<Token> tokens, final Lexicon.Cue verb) {
        return verb != null && verb.first() > 0 && tokens.get(verb.first() - 1).norm().equals("to")
                && !tokens.get(verb.first()).isHangul() && !tokens.get(verb.first()).norm().endsWith("ed")
                && !SplitPredicates.isCare(verb) // "taken to hospital with injuries": a place, not an infinitive
                && (verb.first() < 2 || !compulsions.contains(tokens.get(verb.first() - 2).norm()));
    }

    /**
     * Whether the predicate is in the simple present outside a headline ("Both countries deploy thousands of soldiers
     * every summer", "the disease kills 300 people"): a habit or a general truth, not a reported event. A headline
     * tells a past event in the present ("Russia sends 3,000 troops"), and so does a body of one sentence, a flash or an
     * event coder's note ("State forces kill six protesters."), unless a word of frequency says it is a habit (lexicon
     * {@code predicate habit}); after "to", a modal or "do" the form is no present (see {@link #isInfinitive}).
     */
    boolean isHabitual(final Sentence sentence, final Lexicon.Cue verb) {
        final List<Token> tokens = sentence.tokens();
        if (verb != null && isDeedInGeneral(tokens, verb)) {
            return true;
        }
        if (verb == null || sentence.inTitle() || !presentForms.contains(verb.phrase())) {
            return false;
        }
        if ((sentence.alone() || sentence.inNote() && hasAgent(tokens, verb.first()))
                && tokens.stream().noneMatch(t -> habitWords.contains(t.norm()))) {
            return false;
        }
        int before = finiteBefore(tokens, verb.first());
        // "to kill a guard and wound two others": the second of two joined verbs has the form of the first
        final int first = before > 0 && PredicateFinder.COORDINATORS.contains(tokens.get(before).norm())
                ? firstConjunct(tokens, before) : -1;
        if (first >= 0) {
            before = finiteBefore(tokens, first);
        }
        return (before < 0 || !notPresentBefore.contains(tokens.get(before).norm()))
                && !QuantityReader.isTitleCase(tokens);
    }

    /**
     * Whether the predicate is a gerund that opens its clause and, with its object, is the subject of a present copula
     * (lexicon {@code generic deed-copula}): "killing a prisoner is a crime", "believes that wounding two people is
     * justified", "… and killing a hostage is murder" judge the deed in general, nobody was harmed. A gerund after a
     * word of its clause ("accused of killing 12 and wounding 58 is due in court") is no subject, and a clause boundary
     * or a relative pronoun before the copula ends the search ("injuring a guard whose wounds are light").
     */
    private boolean isDeedInGeneral(final List<Token> tokens, final Lexicon.Cue verb) {
        if (!tokens.get(verb.last()).norm().endsWith("ing") || !opensClause(tokens, verb.first())) {
            return false;
        }
        for (int k = verb.last() + 1; k < Math.min(tokens.size(), verb.last() + 1 + window); k++) {
            final String word = tokens.get(k).norm();
            if (deedCopulas.contains(word) && !tokens.get(k).isCapitalised()) { // "killing 5 IS militants": a name
                return true;
            }
            if (tokens.get(k).isPunct() || clauseBoundaries.contains(word) || relativeOpeners.contains(word)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the word at {@code at} opens its clause: it starts the sentence or follows a mark or a clause boundary, or
     * it follows a coordinator whose first conjunct does (a gerund joined to another, "accused of killing 12 and
     * wounding 58", takes the other's place).
     */
    private boolean opensClause(final List<Token> tokens, final int at) {
        final int before = at - 1;
        if (before < 0 || tokens.get(before).isPunct() || clauseBoundaries.contains(tokens.get(before).norm())) {
            return true;
        }
        if (!coordinators.contains(tokens.get(before).norm())) {
            return false;
        }
        for (int k = before - 1; k >= 0 && !tokens.get(k).isPunct() && !clauseBoundaries.contains(tokens.get(k).norm());
             k--) {
            if (tokens.get(k).norm().endsWith("ing")) {
                return opensClause(tokens, k);
            }
        }
        return true;
    }

    /**
     * Whether someone does the deed a note tells in the present: people, whose verb agrees with a plural ("Gunmen
     * attack and kill two", "Police kill three"), a person or force the lexicon knows, a name or an acronym ("Al
     * Shabaab attacks and kills two", "OLA kills 2"); not a cause ("The disease kills about 300 residents" is a
     * general truth).
     */
    private boolean hasAgent(final List<Token> tokens, final int verbAt) {
        if (!tokens.get(verbAt).norm().endsWith("s")) {
            return true;
        }
        for (int k = 0; k < verbAt; k++) {
            final String text = tokens.get(k).text();
            final boolean acronym = text.length() > 1 && text.chars().allMatch(Character::isUpperCase);
            final boolean name = k > 0 && Character.isUpperCase(text.charAt(0));
            if (acronym || name || lexicon.at(tokens, k, "unit").filter(u -> AGENT_UNITS.contains(u.key())).isPresent()
                    || lexicon.at(tokens, k, "detainer").isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The last token before {@code at} that is neither an adverb nor a modal's chain, or -1. */
    private int finiteBefore(final List<Token> tokens, final int at) {
        int before = at - 1;
        while (before >= 0 && (adverbs.contains(tokens.get(before).norm())
                || modalChain.contains(tokens.get(before).norm()))) {
            before--;
        }
        return before;
    }

    /** The simple-present form joined by the coordinator at {@code and}, within its clause, or -1. */
    private int firstConjunct(final List<Token> tokens, final int and) {
        for (int k = and - 1; k >= Math.max(0, and - window); k--) {
            if (tokens.get(k).isPunct()) {
                return -1;
            }
            if (presentForms.contains(tokens.get(k).norm())) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether the figure is a statistic rather than a claim about events: a count per period right after it
     * ("40,000 violent deaths a year", "49,000 Americans die of influenza each year"; lexicon {@code generic}), or the
     * deaths or injuries of a whole year (see {@link #isWholeYear}).
     */
    boolean isGeneric(final List<Token> tokens, final QuantityMention mention, final Counted counted) {
        // "the massacre of 300,000 people in 1937" names one event (lexicon container), not a year's tally
        final boolean tally = outcomeUnits.contains(counted.unitClass()) && counted.text() != null
                && !afterContainer(tokens, mention);
        // the period may come first: "In a typical year, 36,000 Americans die", 매년 4만명이 숨진다, and the Korean
        // "in the same period" when it is told of the figure ("같은 기간 부상자는 총 2800명", not "같은 기간 공장 폭발로
        // 근로자 5명이 다쳤다", one explosion's)
        for (int k = Math.max(0, mention.first() - 6); k < mention.first(); k++) {
            final Optional<Lexicon.Cue> period = lexicon.at(tokens, k, "generic");
            if (period.filter(cue -> "before".equals(cue.key())).isPresent()
                    || period.filter(cue -> "period-ko".equals(cue.key())).isPresent()
                    && isKoreanSpanOfFigure(tokens, period.get().last() + 1, mention.first(), counted, tally)) {
                return true;
            }
        }
        if (counted.text() != null && isAccidentsOfYear(tokens, mention)) {
            return true;
        }
        if (mention.counter() != null && tokens.get(mention.last()).isHangul() && isKoreanAccidentsOfYear(tokens)) {
            return true;
        }
        if (tally && wholeYearBefore(tokens, mention)) {
            return true;
        }
        if (tally && (isFigureOfYear(tokens, mention.first())
                || mention.counter() != null
                && (isKoreanYearTally(tokens) || isKoreanSpanBefore(tokens, mention.first(), counted, true)))) {
            return true;
        }
        // people counted by a predicate ("물에 빠져 숨진 사람은 27명") over a span, their figure told as a tally
        // ("…명으로 집계됐다", "…명인 것으로 나타났다"): the span's records, as a noun of the dead would be
        // ... and so are they over a span of years, whatever verb tells the figure ("최근 4년 동안 23명이 숨졌지만",
        // "2003년부터 올해까지 … 33명이 사망했다"): a multi-year figure counts many events, not one
        if (!tally && mention.counter() != null && tokens.get(mention.last()).isHangul()) {
            final KoreanSpan span = koreanSpanBefore(tokens, mention.first(), counted, false);
            if (span == KoreanSpan.YEARS || span == KoreanSpan.SHORT && isToldAsTally(tokens, mention)) {
                return true;
            }
        }
        // "the number of people killed on the roads each year rose to 3,000": or between a noun named before the number
        // and the number
        final int after = Math.max(mention.last(), counted.last()) + 1;
        final int from = counted.last() < mention.first() ? counted.last() + 1 : after;
        for (int k = from; k < Math.min(tokens.size(), after + window); k++) {
            if (lexicon.at(tokens, k, "generic").filter(cue -> "rate".equals(cue.key()) && !shiftsTime(tokens, cue))
                    .isPresent()
                    || tally && isWholeYear(tokens, k)) {
                return true;
            }
            if (clauseBoundaries.contains(tokens.get(k).norm())) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether people counted as the subject of their predicate were killed or hurt over a whole year named after it and
     * closing the clause (see {@link #isYearThatEndsClause}), with only bare nouns between ("at least 281 women were
     * killed in Turkey in 2014", "Fifty officers were killed by firearms in 2014", "155 aid workers died in 2013"): the
     * year's tally, a statistic of many events. A determiner there picks out one event or place ("were killed in an
     * attack in 2012", "died at a gas field in 2013"), and one person is one event ("a student died in 2011"). So are
     * they over a span of years (see {@link #spanOfYearsEnd}), named after them in the same way ("have died on the
     * roads since 2016") or before them in their sentence ("Over the past five years, 85 miners died"), as a Korean
     * figure over a span of years is (see {@link #koreanSpanBefore}), when, as there, the cause is a class of
     * accidents or no one's deed (see {@link #isToldAsStatistic}); and a word ranking one event among others stops the
     * reading as a determiner does ("40 drowned in the deadliest ferry sinking since 1987", lexicon
     * {@code generic rank}, as the Korean ranks). The deeds of an agent ("the rebels have killed 900 soldiers over the
     * past three years") have the figure as their object, not subject.
     */
    boolean isTallyOfYear(final List<Token> tokens, final QuantityMention mention, final Counted counted,
                          final Lexicon.Cue verb) {
        if (verb == null || mention.singular() || Long.valueOf(1).equals(mention.quantity().value())
                || verb.first() <= Math.max(mention.last(), counted.last())
                || tokens.get(verb.first()).isHangul()) {
            return false;
        }
        if (isSpanOfYearsBefore(tokens, mention.first()) && isToldAsStatistic(tokens, mention, verb)) {
            return true;
        }
        for (int k = verb.last() + 1; k < Math.min(tokens.size(), verb.last() + 1 + 2 * window); k++) {
            final int aside = tokens.get(k).isPunct() && !tokens.get(k).norm().equals(",")
                    ? clauses.asideEnd(tokens, k - 1) : -1;
            if (aside >= 0 && opensWithNumber(tokens, k, aside)) {
                k = aside; // "were killed by firearms -- 15 in ambush attacks -- in 2014": a sub-count aside, passed
                continue; // (an aside of one event, "(in a single ambush)", is read word by word: its determiner stops)
            }
            if (isYearThatEndsClause(tokens, k)
                    || endsClause(tokens, spanOfYearsEnd(tokens, k)) && isToldAsStatistic(tokens, mention, verb)) {
                return true;
            }
            final String word = tokens.get(k).norm();
            if (determiners.contains(word) || ranks.contains(word) || clauseBoundaries.contains(word)
                    || coordinators.contains(word)
                    || lexicon.isNumberAt(tokens, k) || lexicon.at(tokens, k, "verb").isPresent()) {
                return false; // "were killed and 12 others were wounded in 2019": the year is the other clause's
            }
        }
        return false;
    }

    /**
     * Whether a span of years (see {@link #spanOfYearsEnd}) ends before the figure at {@code first}, within
     * {@link #SPAN_REACH} words as a Korean one, in the figure's clause: no contrast nor end of a clause between
     * ("Since 2015, 3,000 people have been killed"; not "since 2011, but on Monday 12 people were killed", nor "in
     * recent years the mine has expanded, and yesterday 11 miners died", see {@link #isClauseJoint}), and, as the
     * Korean ranks do, no word ranking one event ("since 2011, the deadliest attack killed 28").
     */
    private boolean isSpanOfYearsBefore(final List<Token> tokens, final int first) {
        for (int k = Math.max(0, first - SPAN_REACH); k < first; k++) {
            final int end = spanOfYearsEnd(tokens, k);
            if (end >= 0 && end < first && isToldOfFigure(tokens, end + 1, first)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the clause of people counted over a span of years tells them as its statistic: it names a class of
     * accidents, illness or nature as their cause ("have been killed on the roads", "injured by fireworks", lexicon
     * {@code generic accident-causes}), or they died of no one's deed ("230 loggers died", lexicon {@code predicate
     * intransitive}); and it names neither violence ("in the civil war", "in attacks", "shot", lexicon {@code generic
     * war-toll}) nor an agent ("by police"). So "230 police officers have been killed in the province" is a claim, as a
     * Korean figure over a span is unless its cause is a class of accidents.
     */
    private boolean isToldAsStatistic(final List<Token> tokens, final QuantityMention mention, final Lexicon.Cue verb) {
        int start = mention.first();
        while (start > 0 && !isClauseJoint(tokens, start - 1)) {
            start--;
        }
        int end = verb.last() + 1;
        while (end < tokens.size() && !isClauseJoint(tokens, end)) {
            end++;
        }
        boolean accidental = false;
        for (int k = start; k < end; k++) {
            final String word = tokens.get(k).norm();
            if (warTolls.contains(word)
                    || agentMarks.contains(word) && k > verb.last() && !namesAccidentAfter(tokens, k, end)) {
                return false;
            }
            accidental |= accidentCauses.contains(word);
        }
        return accidental || intransitiveDeaths.contains(verb.phrase());
    }

    /** Whether a cause of accidents follows an agent's mark at {@code mark} within three words ("by fireworks"). */
    private boolean namesAccidentAfter(final List<Token> tokens, final int mark, final int end) {
        for (int k = mark + 1; k < Math.min(end, mark + 4); k++) {
            if (accidentCauses.contains(tokens.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    private boolean isToldOfFigure(final List<Token> tokens, final int from, final int to) {
        for (int k = from; k < to; k++) {
            if (contrasts.contains(tokens.get(k).norm()) || ranks.contains(tokens.get(k).norm())
                    || isClauseJoint(tokens, k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a clause ends at {@code at}: ";" or ":" (lexicon {@code clause joint}), or a comma before "and". */
    private boolean isClauseJoint(final List<Token> tokens, final int at) {
        final String word = tokens.get(at).norm();
        return clauseJoints.contains(word) || ",".equals(word) && at + 1 < tokens.size()
                && !",".equals(tokens.get(at + 1).norm()) && coordinators.contains(tokens.get(at + 1).norm());
    }

    /** Whether the clause ends right after {@code end} (a token index, or -1 for none): the sentence's end or a mark. */
    private static boolean endsClause(final List<Token> tokens, final int end) {
        return end >= 0 && (end + 1 == tokens.size() || tokens.get(end + 1).isPunct());
    }

    /**
     * The last token of a span of years that opens at {@code at}, or -1: a length of years back from the time of
     * writing ("over the past five years", "in the last decade", "in recent years": lexicon {@code year-span back},
     * a number or a vague count, {@code year-span unit}), the years since one ("since 2015"), or a span from one year
     * to a later one ("between 2010 and 2018", see {@link #yearsSpanEnd}). Not "after five years of construction"
     * nor "five years after the war", which date one event.
     */
    private int spanOfYearsEnd(final List<Token> tokens, final int at) {
        final Token token = tokens.get(at);
        if (token.isHangul()) {
            return -1;
        }
        if (spanWords.contains(token.norm())) {
            return yearsSpanEnd(tokens, at + 1);
        }
        if (spanSince.contains(token.norm())) {
            return at + 1 < tokens.size() && isYear(tokens.get(at + 1)) ? at + 1 : -1;
        }
        final Optional<Lexicon.Cue> back = lexicon.at(tokens, at, "year-span").filter(cue -> "back".equals(cue.key()));
        if (back.isEmpty()) {
            return -1;
        }
        int unit = back.get().last() + 1;
        if (unit < tokens.size() && (spanCounts.contains(tokens.get(unit).norm()) || tokens.get(unit).isNumber())) {
            unit++;
        } else {
            unit = lexicon.at(tokens, unit, "number").map(cue -> cue.last() + 1).orElse(unit);
        }
        return unit < tokens.size() && spanUnits.contains(tokens.get(unit).norm()) ? unit : -1;
    }

    /** Whether the first word between an aside's opening mark at {@code open} and its end is a number. */
    private boolean opensWithNumber(final List<Token> tokens, final int open, final int end) {
        for (int k = open + 1; k <= end; k++) {
            if (!tokens.get(k).isPunct()) {
                return lexicon.isNumberAt(tokens, k);
            }
        }
        return false;
    }

    /**
     * Whether one calendar year is named at {@code at} as a period that ends its clause ("in 2014.", "in 2013, a 121%
     * increase"): a year the events are counted over, not the time of events named after it ("so far in 2017 in
     * attacks on mosques" counts those attacks) nor a span of an era ("during his rule from 1973 to 1990").
     */
    private boolean isYearThatEndsClause(final List<Token> tokens, final int at) {
        return at + 1 < tokens.size() && periodWords.contains(tokens.get(at).norm()) && isYear(tokens.get(at + 1))
                && (at + 2 == tokens.size() || tokens.get(at + 2).isPunct());
    }

    /** Whether a whole year is named as a period ("in 2012") in the six words before the figure. */
    private boolean wholeYearBefore(final List<Token> tokens, final QuantityMention mention) {
        for (int k = Math.max(0, mention.first() - 6); k < mention.first(); k++) {
            if (isWholeYear(tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the people of the figure were killed or hurt in accidents (many events, a plural; lexicon {@code generic
     * accidents}) over a whole year, named right after the accidents or before the figure: "almost 900 miners were
     * killed in mine accidents in 2012", "In 2012, 900 miners died in accidents" are a tally, whatever noun counts them
     * ("died in accidents and violence during the elections in 1982" dates the elections, not the accidents).
     */
    private boolean isAccidentsOfYear(final List<Token> tokens, final QuantityMention mention) {
        for (int k = mention.last() + 1; k < Math.min(tokens.size(), mention.last() + 1 + 2 * window); k++) {
            if (accidents.contains(tokens.get(k).norm())) {
                return wholeYearBefore(tokens, mention) || isWholeYear(tokens, k + 1);
            }
            if (clauseBoundaries.contains(tokens.get(k).norm())) {
                return false;
            }
        }
        return false;
    }

    /**
     * "a day earlier", "a week after the raid": a period before a word of time names when, not how often ("killed 12
     * people a day earlier" is one event; lexicon {@code generic time-shift}).
     */
    private boolean shiftsTime(final List<Token> tokens, final Lexicon.Cue rate) {
        return rate.last() + 1 < tokens.size() && timeShifts.contains(tokens.get(rate.last() + 1).norm());
    }

    private boolean afterContainer(final List<Token> tokens, final QuantityMention mention) {
        return containers.before(tokens, mention.first()).isPresent();
    }

    /**
     * Whether a whole year is named at token {@code at} as a period ("in 2011", "during 2015"): the deaths or injuries
     * of a year, counted by their own noun and not by a predicate of an event ("4,000 road deaths in 2011", "In 2019,
     * there were 300 injuries"), are a national tally, a statistic (lexicon {@code generic period/outcome-units}).
     */
    private boolean isWholeYear(final List<Token> tokens, final int at) {
        return at + 1 < tokens.size() && (periodWords.contains(tokens.get(at).norm()) && isYear(tokens.get(at + 1))
                || spanWords.contains(tokens.get(at).norm()) && yearsSpanEnd(tokens, at + 1) >= 0);
    }

    /**
     * Where a span from one year to a later one that starts at {@code at} ends, each end with or without its month
     * ("between June 2003 and 2004", "from 2019 to 2021"): the later year's index, or -1. A period of a year or more,
     * as a whole year is.
     */
    private int yearsSpanEnd(final List<Token> tokens, final int at) {
        final int start = yearAfterMonth(tokens, at);
        if (start < 0 || start + 2 >= tokens.size() || !spanJoiners.contains(tokens.get(start + 1).norm())) {
            return -1;
        }
        final int end = yearAfterMonth(tokens, start + 2);
        return end >= 0 && tokens.get(end).text().compareTo(tokens.get(start).text()) > 0 ? end : -1;
    }

    /** The index of the year at {@code at}, or right after a month there ("June 2003"), or -1. */
    private int yearAfterMonth(final List<Token> tokens, final int at) {
        final int year = at < tokens.size() && isMonth(tokens, at) ? at + 1 : at;
        return year < tokens.size() && isYear(tokens.get(year)) ? year : -1;
    }

    /**
     * Whether a Korean sentence measures its figures against a whole year: a year (지난해, 올해, 2024년: lexicon
     * {@code generic year-ko}) taken as the reference of a figure or compared with it (지난해 기준, 2024년보다, 전년 대비:
     * {@code generic year-reference-ko}). The dead or wounded counted there by their own noun are a year's tally
     * ("지난해 기준 만성질환 사망자는 28만 명", "사망자 수는 36만 명으로 2024년보다 늘었다"); a time of day is an
     * update of one event's toll ("오전 6시 기준 사망자는 179명") and is no year.
     */
    private boolean isKoreanYearTally(final List<Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            final String word = tokens.get(k).text();
            if (!tokens.get(k).isHangul()) {
                continue;
            }
            final String next = k + 1 < tokens.size() ? tokens.get(k + 1).text() : "";
            for (final String reference : koreanYearReferences) {
                final String year = word.endsWith(reference) ? word.substring(0, word.length() - reference.length())
                        : next.startsWith(reference) ? word : null;
                if (year != null && (koreanYears.contains(year)
                        || year.equals(YEAR_COUNTER) && k > 0 && isYear(tokens.get(k - 1)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a Korean sentence names, before the figure, a span of months or years it is counted over: a length after
     * a number (최근 3년간, 6개월 동안: lexicon {@code generic length-ko}), or a month or a year marked 부터 and an end
     * marked 까지 ("4월부터 11월까지", also a year named from today: "2020년부터 지난해까지"), or a range of months before 사이 ("4∼11월 사이": {@code generic between-ko}). The dead or
     * wounded counted there by their own noun are the span's tally, as "70 gun deaths between June 2003 and 2004" is
     * in English; days are no such span ("28일부터 29일까지" tells one storm). The span stands in the figure's own
     * stretch of the sentence (see {@link #SPAN_REACH}), not in an unrelated headline run into it, and is told of
     * the figure (see {@link #isKoreanSpanOfFigure}); a war's dead over its span, or a cumulative toll, are the war's
     * claim ("전쟁이 4년간 이어지면서 누적 사망자는 7만 명", "3개월간 공습에 따른 민간인 사망자": lexicon {@code generic
     * war-toll-ko}, the nouns of armed violence and of civilians). People counted by a predicate rather than a noun of
     * the dead ({@code tally} false) also lose the span to a cause marked between (see {@link #isKoreanSpanOfFigure}).
     */
    private boolean isKoreanSpanBefore(final List<Token> tokens, final int first, final Counted counted,
                                       final boolean tally) {
        return koreanSpanBefore(tokens, first, counted, tally) != KoreanSpan.NONE;
    }

    /**
     * What a Korean span before a figure is counted in (see {@link #isKoreanSpanBefore}): none; a short one, of days,
     * weeks or months ("최근 3개월 동안", "지난 2주간"); or years.
     */
    private enum KoreanSpan { NONE, SHORT, YEARS }

    /**
     * The span before a Korean figure told of it (see {@link #isKoreanSpanBefore}), and whether it runs over years: a
     * length of years ("최근 4년 동안", "5년간") or a span from a year ("2003년부터 올해까지"), not a shorter one of days,
     * weeks or months.
     */
    private KoreanSpan koreanSpanBefore(final List<Token> tokens, final int first, final Counted counted,
                                        final boolean tally) {
        final int from = Math.max(1, first - SPAN_REACH);
        for (int k = from; k < first; k++) {
            if (tokens.get(k).isHangul() && KoreanClauses.startsWithAny(tokens.get(k).text(), koreanWarTolls)) {
                return KoreanSpan.NONE;
            }
        }
        KoreanSpan start = KoreanSpan.NONE;
        for (int k = from; k < first; k++) {
            final Token token = tokens.get(k);
            if (start != KoreanSpan.NONE && token.isHangul() && KoreanClauses.startsWithAny(token.text(), koreanYears)
                    && isKoreanSpanEnd(token.text())) {
                return toldOfFigure(tokens, k + 1, first, counted, tally, start); // "2020년부터 지난해까지"
            }
            if (!token.isHangul() || !tokens.get(k - 1).isNumber()) {
                continue;
            }
            final String word = token.text();
            final KoreanSpan unit = word.startsWith(YEAR_COUNTER) ? KoreanSpan.YEARS : KoreanSpan.SHORT;
            final Optional<Lexicon.Cue> length = lexicon.at(tokens, k, "generic")
                    .filter(cue -> "length-ko".equals(cue.key()));
            if (length.isPresent()) {
                return toldOfFigure(tokens, length.get().last() + 1, first, counted, tally, unit);
            }
            if (KoreanClauses.startsWithAny(word, koreanSpanUnits)) {
                if (start != KoreanSpan.NONE && isKoreanSpanEnd(word)) {
                    return toldOfFigure(tokens, k + 1, first, counted, tally, start);
                }
                if (isMonthRangeBefore(tokens, k)) {
                    return toldOfFigure(tokens, k + 2, first, counted, tally, KoreanSpan.SHORT);
                }
                if (word.endsWith(SPAN_START)) {
                    start = unit;
                }
            }
        }
        return KoreanSpan.NONE;
    }

    /** The span {@code span} where it is told of the figure (see {@link #isKoreanSpanOfFigure}), or none. */
    private KoreanSpan toldOfFigure(final List<Token> tokens, final int from, final int first, final Counted counted,
                                    final boolean tally, final KoreanSpan span) {
        return isKoreanSpanOfFigure(tokens, from, first, counted, tally) ? span : KoreanSpan.NONE;
    }

    /**
     * Whether a Korean count's own clause tells it as a tally: a verb of counting records (lexicon {@code generic
     * tally-verb-ko}: 집계, 나타나, 조사, 분석) closes the clause within {@link #TALLY_VERB_REACH} words after the count
     * ("27명으로 파악됐다", "41명인 것으로 나타났다", "숨진 것으로 집계됐다"), not a verb of what happened.
     */
    private boolean isToldAsTally(final List<Token> tokens, final QuantityMention mention) {
        for (int k = mention.last() + 1; k < Math.min(tokens.size(), mention.last() + 1 + TALLY_VERB_REACH); k++) {
            final Token token = tokens.get(k);
            if (!token.isHangul()) {
                return false;
            }
            if (KoreanClauses.startsWithAny(token.text(), koreanTallyVerbs)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a Korean span or period ending before {@code from} is told of the figure at {@code first}, adverbial to
     * its own clause: not of another noun's relative clause between them ("10년간 잠잠했던 화산이 분화해 사망자 30명",
     * "6개월 동안 준비한 축제": a verb's noun-modifying form before a noun other than the figure's, unless it passes
     * the span on, see {@link #isClauseOfFigure}), with no word singling out one event between, a word of time naming
     * a point (어제, 전날, 새벽, 오후, 지난주, 당시, 이번, 하루, 28일) or a rank (최악, 두 번째: lexicon {@code generic
     * event-anchor-ko} and the ranks), and, for people counted by a predicate rather than
     * by a noun of the dead or hurt, with no cause marked 으로/로 between ("같은 기간 공장 폭발로 근로자 5명이 다쳤다":
     * one explosion's) unless the cause names a class of accidents rather than one ("최근 5년간 산업재해로 120명이
     * 숨졌다", "3년간 교통사고로": many events, see {@link #isAccidentsNamed}) and the span is of the cause's clause
     * (see {@link #isOneClause}).
     */
    private boolean isKoreanSpanOfFigure(final List<Token> tokens, final int from, final int first,
                                         final Counted counted, final boolean tally) {
        for (int k = from; k < first; k++) {
            final Token token = tokens.get(k);
            if (!token.isHangul()) {
                continue;
            }
            final String word = token.text();
            if (KoreanClauses.startsWithAny(word, koreanEventAnchors)
                    || k > 0 && tokens.get(k - 1).isNumber() && word.startsWith(DAY_COUNTER)) {
                return false;
            }
            if (word.length() > 1 && KoreanClauses.endsWithAny(word, koreanNounModifiers)
                    && !KoreanClauses.endsWithAny(word, koreanTopics) && !isClauseOfFigure(tokens, k, counted)) {
                return false;
            }
            if (!tally && koreanCauseMarks.stream().anyMatch(mark -> word.endsWith(mark) && word.length() > mark.length())
                    && !(isAccidentsNamed(tokens, k) && isOneClause(tokens, from, k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the Korean words from {@code from} to a cause at {@code cause} stay in one clause: no other noun's subject
     * (이/가) and no verb's noun-modifying form (lexicon {@code predicate modifier-ko}) stand between, save a verb of occurring (발생한
     * 교통사고로) and the word compounded with the cause (물놀이 사고로). "지난 2년 동안 준비해 온 행사가 열린 날
     * 교통사고로" spans the preparation of an event, not the accidents.
     */
    private boolean isOneClause(final List<Token> tokens, final int from, final int cause) {
        for (int k = from; k < cause - 1; k++) {
            final String word = tokens.get(k).text();
            if (tokens.get(k).isHangul() && word.length() > 1 && (KoreanClauses.endsWithAny(word, koreanSubjects)
                    || KoreanClauses.endsWithAny(word, koreanNounModifiers) && !KoreanClauses.endsWithAny(word, koreanTopics)
                    && !KoreanClauses.startsWithAny(word, koreanOccurrences))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a Korean verb's noun-modifying form at {@code at} passes a span before it on to the figure: it modifies
     * the figure's own noun ("화재로 인한 사망자는"), tells events occurring ("발생한 산불로"), or modifies a finding
     * ("조사한 결과") or the course of doing something ("단속하는 과정에서": the span runs through it to the figure).
     */
    private boolean isClauseOfFigure(final List<Token> tokens, final int at, final Counted counted) {
        return at + 1 == counted.first() || KoreanClauses.startsWithAny(tokens.get(at).text(), koreanOccurrences)
                || at + 1 < tokens.size() && KoreanClauses.startsWithAny(tokens.get(at + 1).text(), koreanFindings);
    }

    /**
     * Whether the word at {@code at} names accidents as a class (사고, 재해: lexicon {@code generic accidents-ko}), not
     * this one (이번 사고, 그 사고: {@code generic this-event-ko}).
     */
    private boolean isAccidentsNamed(final List<Token> tokens, final int at) {
        return koreanAccidents.stream().anyMatch(tokens.get(at).text()::contains)
                && (at == 0 || !koreanThisEvent.contains(tokens.get(at - 1).text()));
    }

    /** Whether the time word at {@code at} closes a range of numbers ("4∼11월", "4-11월") followed by 사이 ("between"). */
    private boolean isMonthRangeBefore(final List<Token> tokens, final int at) {
        return at >= 3 && at + 1 < tokens.size() && koreanRangeSigns.contains(tokens.get(at - 2).text())
                && tokens.get(at - 3).isNumber() && koreanBetween.contains(tokens.get(at + 1).text());
    }

    /**
     * Whether a Korean sentence counts accidents (사고, 재해: lexicon {@code generic accidents-ko}) over a span that runs
     * into a year or up to a time of it: a year (올해, 지난해, 2012년부터) followed by 들어 ("올해 들어서만 11건의 투신 사고가
     * 발생해 9명이 숨졌다") or by an end marked 까지 ("올해 1월부터 10월까지 사고가 446건 발생해 111명이 사망하고",
     * "2009년 개통 이후 올해 12월 28일까지 투신 사고로 86명이 숨진"). Its dead and hurt are a tally of many events, as
     * "killed in mine accidents in 2012" is in English. An accident told as this one (이번 사고) or ranked in the year
     * (올해 들어 최악의 사고, 두 번째 사고) is one event, and "오후 3시까지" names no year.
     */
    private boolean isKoreanAccidentsOfYear(final List<Token> tokens) {
        boolean accidents = false;
        boolean span = false;
        int year = -1;
        for (int k = 0; k < tokens.size(); k++) {
            final Token token = tokens.get(k);
            if (!token.isHangul()) {
                continue;
            }
            final String word = token.text();
            if (KoreanClauses.startsWithAny(word, koreanRanks)) {
                return false;
            }
            if (isAccidentsNamed(tokens, k)) {
                accidents = true;
            }
            if (year < 0 && (KoreanClauses.startsWithAny(word, koreanYears)
                    || word.startsWith(YEAR_COUNTER + SPAN_START) && k > 0 && isYear(tokens.get(k - 1)))) {
                year = k;
            }
            span |= year >= 0 && (isKoreanSpanEnd(word) || k == year + 1 && KoreanClauses.startsWithAny(word,
                    koreanSpansInto));
        }
        return accidents && span;
    }

    /** Whether a Korean word ends a span at a time: 10월까지, 3분기까지, 지금까지 (not 까지 as "even": 불까지). */
    private boolean isKoreanSpanEnd(final String word) {
        for (final String end : koreanSpanEnds) {
            final int at = word.indexOf(end);
            if (at > 0 && KoreanClauses.endsWithAny(word.substring(0, at), koreanSpanTimes)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the number at {@code first} opens a parenthesis right after a year: "rose from 2018 (253 deaths) to 2022
     * (723 deaths)" gives each year its tally, whatever word introduced the year.
     */
    private static boolean isFigureOfYear(final List<Token> tokens, final int first) {
        return first > 1 && tokens.get(first - 1).text().equals("(") && isYear(tokens.get(first - 2));
    }

    private static boolean isYear(final Token token) {
        return token.isNumber() && token.text().length() == 4 && (token.text().startsWith("19")
                || token.text().startsWith("20"));
    }

    /**
     * Whether a modal ("could", "would", "may") is another verb's and not the predicate's: a modal governs the verb
     * its chain leads to ("could kill", "may have been killed", "could infect millions and kill"), not a predicate
     * before it ("the 12 people killed could have been saved") nor one with a finite auxiliary of its own ("warned
     * the dam could fail and 12 villagers were injured"), nor a participle right after a phrase a determiner picks out
     * as the object of the modal's own verb ("will mourn the 40 miners killed in the collapse": they are dead already).
     * A figure with no predicate ("could result in 300 deaths") stays under the modal of its clause.
     */
    private boolean isOtherVerbsModal(final List<Token> tokens, final Lexicon.Cue cue, final Lexicon.Cue verb) {
        if (verb == null || cue.first() != cue.last() || !modals.contains(tokens.get(cue.first()).norm())) {
            return false;
        }
        if (verb.last() < cue.first()) {
            return true;
        }
        int k = cue.last() + 1;
        while (k < verb.first() && modalChain.contains(tokens.get(k).norm())) {
            k++;
        }
        if (k == verb.first()) {
            return false;
        }
        int before = verb.first() - 1;
        while (before > k && modalChain.contains(tokens.get(before).norm())
                && !finiteAuxiliaries.contains(tokens.get(before).norm())) {
            before--;
        }
        return finiteAuxiliaries.contains(tokens.get(before).norm())
                || before == verb.first() - 1 && !tokens.get(verb.first()).norm().endsWith("ing")
                && isDeterminedObject(tokens, k + 1, verb.first());
    }

    /** Whether a determiner lies between {@code from} and {@code to}, in one clause: the modal verb's own object. */
    private boolean isDeterminedObject(final List<Token> tokens, final int from, final int to) {
        for (int k = from; k < to; k++) {
            final String word = tokens.get(k).norm();
            if (tokens.get(k).isPunct() || clauseBoundaries.contains(word)) {
                return false;
            }
            if (determiners.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a modal after a figure with no predicate, named by a noun before its number ("the killing of two
     * clerics", "the death toll stood at 25"), is the verb of the clause that phrase is the subject of: "The killing
     * of two clerics could be part of a slide" tells the killing as done ("could result in 300 deaths" stays possible:
     * its noun follows the number).
     */
    private boolean isSubjectsModal(final List<Token> tokens, final Lexicon.Cue cue, final QuantityMention mention,
                                    final Counted counted, final Lexicon.Cue verb) {
        return verb == null && counted.last() < mention.first() && cue.first() > mention.last()
                && cue.first() == cue.last() && modals.contains(tokens.get(cue.first()).norm());
    }

    /**
     * Denied when a denial comes before the number in its sentence ("The Kremlin denied reports that 3,000…") and
     * nothing turns the sentence round in between ("denied the reports, but Kyiv said 3,000…").
     */
    private boolean isDenied(final List<Token> tokens, final List<Lexicon.Cue> cues, final QuantityMention mention) {
        Lexicon.Cue nearest = null;
        for (final Lexicon.Cue cue : cues) {
            if ("denied".equals(cue.key()) && cue.last() < mention.first()) {
                nearest = cue;
            }
        }
        if (nearest == null || isDenialOfSubordinateClause(tokens, nearest, mention)) {
            return false;
        }
        for (int k = nearest.last() + 1; k < mention.first(); k++) {
            if (contrasts.contains(tokens.get(k).norm())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the denial lies in a subordinate clause that a comma closes before the number ("Although the firm will
     * deny it, an inquiry into four deaths goes on"): the number is the main clause's, which the denial does not
     * govern. A number inside the denial's own clause stays denied ("After the army denied that 30 were killed, …").
     */
    private boolean isDenialOfSubordinateClause(final List<Token> tokens, final Lexicon.Cue denial,
                                                final QuantityMention mention) {
        boolean subordinate = false;
        for (int k = denial.first() - 1; k >= 0 && !tokens.get(k).isPunct(); k--) {
            subordinate |= subordinators.contains(tokens.get(k).norm());
        }
        if (!subordinate) {
            return false;
        }
        for (int k = denial.last() + 1; k < mention.first(); k++) {
            if (tokens.get(k).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Possible or planned when a cue shares the number's clause and lies near it ("could reach", "plans to send",
     * "would be deployed", "하기로 결정"); otherwise reported. Korean puts a claim's status after its verb (파병할 계획이다): a
     * Korean cue before the number, or one that modifies a noun (예정됐던 집회, 계획된 행사), is not the claim's.
     */
    private ClaimStatus hedged(final List<Token> tokens, final List<Lexicon.Cue> cues, final QuantityMention mention,
                               final Counted counted, final Lexicon.Cue verb) {
        boolean planned = false;
        boolean possible = false;
        for (final Lexicon.Cue cue : clauseCues(tokens, cues, mention, counted, verb)) {
            possible |= "possible".equals(cue.key());
            planned |= "planned".equals(cue.key());
        }
        if (possible) {
            return ClaimStatus.POSSIBLE;
        }
        return planned ? ClaimStatus.PLANNED : ClaimStatus.REPORTED;
    }

    /**
     * Whether the figure's own modal is a past one of what did not happen: "could", "would", "might" or "should"
     * followed by "have" ("There might have been two people killed", "the bomb would have killed dozens"). A guess
     * at a past that did not happen is no claim, not even a possible one; "may have killed 30" stays possible, and a
     * modal of another verb ("The 12 people killed could have been saved") is not the figure's; "would have to be
     * sent" is a need, not a past.
     */
    boolean isCounterfactual(final List<Token> tokens, final List<Lexicon.Cue> cues, final QuantityMention mention,
                             final Counted counted, final Lexicon.Cue verb) {
        for (final Lexicon.Cue cue : clauseCues(tokens, cues, mention, counted, verb)) {
            int next = cue.last() + 1;
            while (next < tokens.size() && negations.contains(tokens.get(next).norm())) {
                next++;
            }
            if (cue.first() == cue.last() && counterfactualModals.contains(tokens.get(cue.first()).norm())
                    && next < tokens.size() && tokens.get(next).norm().equals("have")
                    && (next + 1 == tokens.size() || !tokens.get(next + 1).norm().equals("to"))) {
                return true;
            }
        }
        return false;
    }

    /** The status cues that share the number's clause and lie near it, and are the figure's own (see hedged). */
    private List<Lexicon.Cue> clauseCues(final List<Token> tokens, final List<Lexicon.Cue> cues,
                                         final QuantityMention mention, final Counted counted,
                                         final Lexicon.Cue verb) {
        final int numberEnd = Math.max(mention.last(), counted.last());
        int clauseStart = mention.first();
        while (clauseStart > 0 && mention.first() - clauseStart < window
                && !clauseBoundaries.contains(tokens.get(clauseStart - 1).norm())) {
            clauseStart--;
        }
        int clauseEnd = numberEnd;
        while (clauseEnd + 1 < tokens.size() && clauseEnd - numberEnd < window
                && !clauseBoundaries.contains(tokens.get(clauseEnd + 1).norm())) {
            clauseEnd++;
        }
        int low = 0;
        int high = cues.size();
        while (low < high) {
            final int mid = (low + high) >>> 1;
            if (cues.get(mid).first() < clauseStart) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        final List<Lexicon.Cue> own = new ArrayList<>();
        for (int k = low; k < cues.size() && cues.get(k).first() <= clauseEnd; k++) {
            final Lexicon.Cue cue = cues.get(k);
            if (cue.last() <= clauseEnd && !isOtherVerbsModal(tokens, cue, verb)
                    && !isKoreanAside(tokens, cue, mention) && !isSubjectsModal(tokens, cue, mention, counted, verb)
                    && !isInNextVerbPhrase(tokens, cue, numberEnd, verb)) {
                own.add(cue);
            }
        }
        predicatesModal(tokens, cues, numberEnd, verb).filter(cue -> !own.contains(cue)).ifPresent(own::add);
        return own;
    }

    /**
     * The modal that opens the verb group of a predicate after the figure: "thousands of reservists, with their tanks,
     * would have to be flown out" is a hypothetical however far from the number the modal stands (a comma ends the
     * clause the other cues are looked for in).
     */
    private Optional<Lexicon.Cue> predicatesModal(final List<Token> tokens, final List<Lexicon.Cue> cues,
                                                  final int numberEnd, final Lexicon.Cue verb) {
        if (verb == null || verb.first() <= numberEnd) {
            return Optional.empty();
        }
        int k = verb.first() - 1;
        while (k > numberEnd && (modalChain.contains(tokens.get(k).norm()) || tokens.get(k).norm().equals("to"))) {
            k--;
        }
        if (k <= numberEnd || !modals.contains(tokens.get(k).norm())) {
            return Optional.empty();
        }
        final int modal = k;
        return cues.stream().filter(cue -> cue.first() == modal && cue.last() == modal).findFirst();
    }

    /**
     * Whether a cue after the figure lies in a verb phrase joined after the one the figure is the object of: "killing
     * 31 and prompting the team to draw up plans to respond", "sent 3,000 troops and plans to send more": the plan is
     * the next phrase's, not the figure's.
     */
    private static boolean isInNextVerbPhrase(final List<Token> tokens, final Lexicon.Cue cue, final int numberEnd,
                                              final Lexicon.Cue verb) {
        if (verb == null || verb.last() > numberEnd || cue.first() <= numberEnd || tokens.get(cue.first()).isHangul()) {
            return false;
        }
        for (int k = numberEnd + 1; k + 1 <= cue.first(); k++) {
            if (PredicateFinder.COORDINATORS.contains(tokens.get(k).norm())
                    && (k + 1 == cue.first() || tokens.get(verb.first()).norm().endsWith("ing")
                    && tokens.get(k + 1).norm().endsWith("ing"))) {
                return true;
            }
        }
        return false;
    }

    private boolean isKoreanAside(final List<Token> tokens, final Lexicon.Cue cue, final QuantityMention mention) {
        final Token word = tokens.get(cue.last());
        return word.isHangul() && (cue.last() < mention.first()
                || KoreanClauses.endsWithAny(word.text(), koreanModifierEndings));
    }
}
