package newswire.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import newswire.model.Quantity;

/**
 * The English clause grammar of {@link PredicateFinder}: where a counted phrase and its clause end (of-phrases,
 * conjuncts, asides, sub-counts, relative clauses), whether the phrase is a verb's subject, object or agent, and the
 * clauses that make a predicate no event told of it (an attempt, a witness, a question, the writer as subject).
 */
final class EnglishClauses {

    /** The dashes that open and close an aside when set apart by spaces. */
    private static final Set<String> DASHES = Set.of("-", "–", "—");
    private static final String DETAINED = "detained";
    /** The key of the lexicon's infinitive perfect ("to have"), an auxiliary of a clause on a noun. */
    static final String INFINITIVE = "infinitive";
    /** How many words of a noun may follow the number of a sub-count opened with no mark. */
    private static final int SUB_COUNT_WORDS = 4;
    /** How far after a verb of flight its "from" is looked for: "evacuated about 300 stranded passengers from". */
    private static final int VENUE_WINDOW = 6;
    /** The most words between the determiner and a venue left: "from the burning office tower". */
    private static final int VENUE_MODIFIERS = 2;
    /** How many words an "of" phrase completing a noun may have ("of the same small village"). */
    private static final int OF_PHRASE_WORDS = 5;
    /** How many words a subject that names no one may have before its head ("none of the crew", "no Israeli soldiers"). */
    private static final int NEGATED_SUBJECT_WORDS = 3;
    /** The longest item of a list of counts, after its number: "2 police officers", "4 members of the crew". */
    private static final int LIST_ITEM_WORDS = 5;
    /** The most groups a total is broken into after it: "four guards, two cooks, a driver and seven bystanders". */
    private static final int LIST_ITEMS = 8;
    /** The longest subject read between an inverted auxiliary and its verb ("has the provincial government executed"). */
    private static final int INVERTED_SUBJECT_WORDS = 4;
    /** The most words of a phrase of place between a captor and its verb: "pirates in the Red Sea". */
    private static final int CAPTOR_PLACE_WORDS = 4;
    /** The most words of a relative clause between a subject and its verb: "police who caught the kidnappers". */
    private static final int CAPTOR_RELATIVE_WORDS = 6;

    private final Lexicon lexicon;
    private final Set<String> adverbs;
    private final Set<String> partSubjects;
    private final Set<String> attempts;
    private final Set<String> intents;
    private final Set<String> relativeAuxiliaries;
    private final Set<String> objectStarts;
    private final Set<String> subjectPronouns;
    private final Set<String> patientKeys;
    private final Set<String> venues;
    private final Set<String> prepositions;
    private final Set<String> subjectSkips;
    private final Set<String> clauseStarts;
    private final Set<String> subjectOpeners;
    private final Set<String> police;
    private final Set<String> personalSubjects;
    private final Set<String> placeWords;
    private final Set<String> relatives;
    private final Set<String> relativeOpeners;
    private final Set<String> perceptions;
    private final Set<String> witnesses;
    private final Set<String> coordinators;
    private final Set<String> clauseBoundaries;
    private final Set<String> phraseEnds;
    private final Set<String> modals;
    private final Set<String> abilityRelatives;
    private final int asideWindow;
    private final Set<String> agentMarks;
    private final Set<String> questions;
    private final Set<String> questionCounts;
    private final Set<String> verdictVerbs;
    private final Set<String> negatedSubjects;
    private final Set<String> invertedAuxiliaries;
    private final Set<String> determiners;
    /** Verbs of violence (lexicon {@code resultative verbs}): transitive, what follows them is their object. */
    private final Set<String> violence;
    /** The kinds of the verbs by which an armed group holds people (lexicon {@code accepts held-by-captor}). */
    private final Set<String> holdings;
    /** Words of a verb group before a verb of holding: "are believed to be holding". */
    private final Set<String> holdingGroup;
    /** Nouns of no other class that name people one may hold (lexicon {@code held-by-captor people}). */
    private final Set<String> heldPeople;

    EnglishClauses(final Lexicon lexicon, final ExtractOptions options) {
        this.lexicon = lexicon;
        this.adverbs = lexicon.words("predicate", "adverb");
        this.partSubjects = lexicon.words("part-subject", "words");
        this.attempts = lexicon.words("predicate", "attempt");
        this.intents = lexicon.words("predicate", "intent");
        this.relativeAuxiliaries = lexicon.words("accusation", "skip");
        this.objectStarts = lexicon.words("predicate", "object-start");
        this.subjectPronouns = lexicon.words("predicate", "subject-pronoun");
        this.patientKeys = lexicon.words("predicate", "patient");
        this.venues = lexicon.words("venue", "words");
        this.prepositions = lexicon.words("noun-phrase", "preposition");
        this.subjectSkips = lexicon.words("subject", "skip");
        this.clauseStarts = lexicon.words("noun-phrase", "clause-start");
        this.subjectOpeners = lexicon.words("predicate", "subject-opener");
        this.police = lexicon.words("detainer", "police");
        this.personalSubjects = lexicon.words("subject", "personal");
        this.placeWords = lexicon.words("direction", "to");
        this.relatives = lexicon.words("noun-phrase", "relative");
        this.relativeOpeners = lexicon.words("predicate", "relative-opener");
        this.perceptions = lexicon.words("predicate", "perception");
        this.witnesses = lexicon.words("predicate", "witness");
        this.coordinators = lexicon.words("predicate", "coordinator");
        this.clauseBoundaries = lexicon.words("clause", "boundary");
        this.phraseEnds = lexicon.words("unit-stop", "words");
        this.modals = lexicon.words("modal", "words");
        this.abilityRelatives = lexicon.words("modal", "relative");
        this.asideWindow = options.statusWindow();
        this.agentMarks = lexicon.words("agent", "all");
        this.questions = lexicon.words("predicate", "question");
        this.questionCounts = lexicon.words("predicate", "question-count");
        this.verdictVerbs = lexicon.words("verdict", "verbs");
        this.negatedSubjects = lexicon.words("predicate", "negated-subject");
        this.invertedAuxiliaries = lexicon.words("negative-inversion", "aux");
        this.determiners = lexicon.words("predicate", "determiner");
        this.violence = lexicon.words("resultative", "verbs");
        this.holdings = lexicon.words("accepts", "held-by-captor");
        this.holdingGroup = lexicon.words("held-by-captor", "verb-group");
        this.heldPeople = lexicon.words("held-by-captor", "people");
    }

    /**
     * Whether the number's phrase is the object of an active verb right before it, past a determiner and adverbs: a
     * verb of the lexicon ("wounded four others") or of violence, which no casualty verb of the lexicon need be
     * ("stabbed three others", "shot two guards"). A phrase joined to it by "and" is then no second object when a
     * verb follows it: "shot two others and a nurse died" are two clauses, and the nurse's verb is not the others'.
     */
    boolean isObjectOfVerbBefore(final List<Token> tokens, final QuantityMention mention) {
        final int before = beforeAdverbs(tokens, objectStart(tokens, mention));
        return before >= 0 && (violence.contains(tokens.get(before).norm())
                || lexicon.endingAt(tokens, before, "verb").isPresent());
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
    boolean opensVerbGroup(final List<Token> tokens, final int at) {
        final int from = afterRelative(tokens, at);
        return from < tokens.size() && (modals.contains(tokens.get(from).norm())
                || lexicon.at(tokens, from, "elliptic").filter(aux -> "aux".equals(aux.key())).isPresent());
    }

    /**
     * Past a relative pronoun that opens a clause on the phrase before it ("eight other men who were mistreated",
     * "two students who were found stabbed to death"): the clause's verb is the phrase's own.
     */
    int afterRelative(final List<Token> tokens, final int at) {
        return at + 1 < tokens.size() && relatives.contains(tokens.get(at).norm()) ? at + 1 : at;
    }

    /**
     * Where the predicate of a clause on the noun that ends right before {@code at} starts: past a relative pronoun
     * and its auxiliary ("the number of members who have died"), or past an infinitive perfect ("members to have
     * died": lexicon {@code noun-phrase infinitive}); {@code at} itself when no such clause opens there.
     */
    int clausePredicateAt(final List<Token> tokens, final int at) {
        final int relative = afterRelative(tokens, at);
        return relative > at || isInfinitivePerfect(tokens, at)
                ? auxiliaryAt(tokens, relative).map(aux -> aux.last() + 1).orElse(relative) : at;
    }

    /**
     * The auxiliary of a clause at {@code at}: a finite one ("were", "have been") or an infinitive perfect ("to have").
     */
    Optional<Lexicon.Cue> auxiliaryAt(final List<Token> tokens, final int at) {
        if (at >= tokens.size()) {
            return Optional.empty();
        }
        final Optional<Lexicon.Cue> finite = lexicon.at(tokens, at, "elliptic");
        return finite.isPresent() || !isInfinitivePerfect(tokens, at) ? finite : lexicon.at(tokens, at, "noun-phrase");
    }

    private boolean isInfinitivePerfect(final List<Token> tokens, final int at) {
        return at < tokens.size()
                && lexicon.at(tokens, at, "noun-phrase").filter(cue -> INFINITIVE.equals(cue.key())).isPresent();
    }

    /**
     * Where the predicate of a noun phrase may start after its head: right after it, or after an "of" phrase that
     * completes it ("members of his family", "residents of the old town"), a few words with no verb or punctuation.
     */
    int ofPhraseEnd(final List<Token> tokens, final int at) {
        return linkedPhraseEnd(tokens, at, "of", false);
    }

    /**
     * Where the predicate of a noun phrase may start after a phrase conjoined to it by "and" ("three police officers
     * and three assailants were killed"): a few words, numbers among them, with no verb or punctuation.
     */
    int conjunctEnd(final List<Token> tokens, final int at) {
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
     * Whether a predicate's subject names no one ("No one was injured", "nobody was hurt", "none of the crew were
     * hurt", "no guards were wounded"; lexicon {@code predicate negated-subject}), found past its auxiliaries and
     * adverbs: such a predicate tells that no one came to harm, so a number after it ("No one was hurt in the fire,
     * which began after three workers left a heater on") is not what it befell. A word of no one further back is no
     * subject: "no doubt the blast killed three".
     */
    boolean hasNegatedSubject(final List<Token> tokens, final Lexicon.Cue verb) {
        int k = verb.first() - 1;
        while (k >= 0 && (adverbs.contains(tokens.get(k).norm())
                || lexicon.at(tokens, k, "elliptic").filter(aux -> "aux".equals(aux.key())).isPresent())) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        // "no one", "nobody", "none"; "no guards", "no Israeli soldiers"; "none of the crew"
        for (int j = k; j >= Math.max(0, k - NEGATED_SUBJECT_WORDS); j--) {
            final Token token = tokens.get(j);
            if (token.isPunct()) {
                return false;
            }
            if (negatedSubjects.contains(token.norm())) {
                // only a word that opens its clause is the subject: after a preposition or a verb it is another
                // phrase's ("gunmen with no uniforms killed three", "there were no warnings before militants killed six")
                return opensClause(tokens, j)
                        && (j == k || tokens.get(j + 1).norm().equals("of") || !hasDeterminer(tokens, j + 1, k));
            }
        }
        return false;
    }

    /**
     * Whether the predicate stands in a sentence that opens on a negative adverbial and inverts its subject and
     * auxiliary ("Not since 1990 has the county executed a prisoner", "Never before had a soldier been killed here";
     * lexicon {@code negative-inversion}): it tells that the deed did not happen, so it governs no count. The
     * inversion is read back from the verb: past its adverbs and auxiliaries a short subject, and before that the
     * inverted auxiliary; "Never had the town been so quiet, until gunmen killed three" has no auxiliary before
     * "gunmen", and its count stands.
     */
    boolean isNegativeInversion(final List<Token> tokens, final Lexicon.Cue verb) {
        int start = 0;
        while (start < tokens.size() && tokens.get(start).isPunct()) {
            start++; // an opening quote
        }
        final Optional<Lexicon.Cue> opener = lexicon.at(tokens, start, "negative-inversion")
                .filter(cue -> "opener".equals(cue.key()));
        if (opener.isEmpty()) {
            return false;
        }
        int k = verb.first() - 1;
        while (k > opener.get().last() && (adverbs.contains(tokens.get(k).norm())
                || lexicon.at(tokens, k, "elliptic").filter(aux -> "aux".equals(aux.key())).isPresent())) {
            k--;
        }
        for (int j = k; j > opener.get().last() && j >= k - INVERTED_SUBJECT_WORDS; j--) {
            final Token token = tokens.get(j);
            if (token.isPunct()) {
                return false;
            }
            if (j < k && invertedAuxiliaries.contains(token.norm())) {
                return true;
            }
        }
        return false;
    }

    private boolean opensClause(final List<Token> tokens, final int at) {
        return at == 0 || tokens.get(at - 1).isPunct() || subjectOpeners.contains(tokens.get(at - 1).norm());
    }

    private boolean hasDeterminer(final List<Token> tokens, final int from, final int to) {
        for (int k = from; k <= to; k++) {
            if (determiners.contains(tokens.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The closing mark of an aside right after token {@code at} (", about 90 percent of the population,", " - many of
     * them civilians - ", "(most of them children)"), or -1; for a sub-count with no mark ("including four
     * policemen") or a part with none ("most of them policemen"), its last word.
     */
    int asideEnd(final List<Token> tokens, final int at) {
        if (at + 1 >= tokens.size()) {
            return -1;
        }
        final Token open = tokens.get(at + 1);
        final Optional<Lexicon.Cue> unmarked = lexicon.at(tokens, at + 1, "aside");
        if (unmarked.filter(cue -> "unmarked".equals(cue.key())).isPresent()) {
            return subCountEnd(tokens, at + 1);
        }
        if (unmarked.filter(cue -> "partitive".equals(cue.key())).isPresent()) {
            return partitiveEnd(tokens, unmarked.get().last() + 1);
        }
        final String close = open.norm().equals("(") ? ")" : open.norm();
        final boolean dash = DASHES.contains(open.norm());
        if (!close.equals(",") && !close.equals(")") && !(dash && open.start() > tokens.get(at).end())) {
            return -1; // a dash glued to its words joins them ("15-20"), it opens no aside
        }
        // "six people, including three guards, a driver, and two attackers, died": a sub-count opened after a comma may
        // list its parts between commas; it ends at the comma before the verb, or else at its first comma
        final boolean list = close.equals(",")
                && lexicon.at(tokens, at + 2, "aside").filter(cue -> "unmarked".equals(cue.key())).isPresent();
        // "by gunfire -- four of them in ambushes -- in 2014": a doubled dash opens and closes the aside as one mark
        final boolean doubled = dash && isGluedDash(tokens, at + 2, open);
        final int body = doubled ? at + 3 : at + 2;
        int first = -1;
        for (int k = body; k < Math.min(tokens.size(), body + (list ? 2 : 1) * asideWindow); k++) {
            if (tokens.get(k).norm().equals(close)) {
                if (doubled) {
                    if (isGluedDash(tokens, k + 1, tokens.get(k))) {
                        return k + 1;
                    }
                    continue; // a hyphen inside ("in 2017-18") closes no aside that a doubled dash opened
                }
                if (close.equals(",") && !list && opensCount(tokens, body) && k + 2 < tokens.size()
                        && tokens.get(k + 1).norm().equals("and") && opensCount(tokens, k + 2)) {
                    return -1; // "22 civilians, 2 guards, and 5 attackers": an item of a list, not an aside
                }
                if (!list || k + 1 < tokens.size()
                        && (opensVerbGroup(tokens, k + 1) || lexicon.at(tokens, k + 1, "verb").isPresent())) {
                    return k;
                }
                first = first < 0 && k < body + asideWindow ? k : first;
            } else if (lexicon.at(tokens, k, "verb").isPresent()) {
                break; // a verb inside: a clause of its own, not an aside (or not past the list's first part)
            }
        }
        // "Two of the attackers -- who were killed in the assault -- were named": a doubled dash with no aside after it
        // is one mark, passed like an empty aside, so that the relative clause after it stays the phrase's
        return first >= 0 ? first : doubled ? at + 2 : -1;
    }

    /** Whether the token at {@code at} is the same dash as {@code dash}, written right after it ("--"). */
    private static boolean isGluedDash(final List<Token> tokens, final int at, final Token dash) {
        return at < tokens.size() && tokens.get(at).norm().equals(dash.norm()) && tokens.get(at).start() == dash.end();
    }

    /**
     * The last word of an unmarked aside that says what most of a group were ("30 Iraqis most of them policemen and two
     * soldiers were killed"): its words from {@code from} up to "and" or a verb, at least one and only words; or -1.
     */
    private int partitiveEnd(final List<Token> tokens, final int from) {
        return from < tokens.size() && isPlainWord(tokens, from)
                ? wordsBeforeVerb(tokens, from + 1, from + SUB_COUNT_WORDS, true) : -1;
    }

    /**
     * The last token of a sub-count opened with no mark ("six people including four policemen were wounded"): a
     * number and the words of its noun up to the verb, or -1 if it is no such phrase ("ten people including the mayor
     * attended the funeral of two soldiers killed").
     */
    private int subCountEnd(final List<Token> tokens, final int from) {
        final int first = lexicon.at(tokens, from, "aside").map(Lexicon.Cue::last).orElse(from) + 1;
        // "three persons including a minor were killed": a single part counts as a number does
        if (first >= tokens.size() || !opensCount(tokens, first)) {
            return -1;
        }
        return wordsBeforeVerb(tokens, first + 1, first + 1 + SUB_COUNT_WORDS, false);
    }

    /**
     * The token before the first verb (or "and", when {@code andEnds}) among {@code from} to {@code to}, or -1 when a
     * token that is no plain word comes first or no verb comes: the bounded walk over a noun's words that ends an
     * unmarked aside or sub-count.
     */
    private int wordsBeforeVerb(final List<Token> tokens, final int from, final int to, final boolean andEnds) {
        for (int k = from; k < Math.min(tokens.size(), to); k++) {
            if (andEnds && tokens.get(k).norm().equals("and") || lexicon.at(tokens, k, "verb").isPresent()
                    || opensVerbGroup(tokens, k)) {
                return k - 1;
            }
            if (!isPlainWord(tokens, k)) {
                return -1;
            }
        }
        return -1;
    }

    private boolean isPlainWord(final List<Token> tokens, final int at) {
        return tokens.get(at).type() == Token.Type.WORD && !lexicon.isNumberAt(tokens, at);
    }

    /**
     * Whether a subject of its own stands between a phrase and the verb after it, a clause on the phrase with no
     * relative pronoun ("soldiers the school has trained", "recruits they trained"): the phrase is its object.
     */
    boolean hasOwnSubject(final List<Token> tokens, final int at, final Lexicon.Cue verb) {
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
    boolean hasOwnObject(final List<Token> tokens, final Lexicon.Cue verb, final boolean[] inNumber) {
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
    boolean isAbility(final List<Token> tokens, final int from, final int verbAt) {
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
    boolean isAccused(final List<Token> tokens, final int from, final int verbAt) {
        int k = from;
        while (k < verbAt && relativeAuxiliaries.contains(tokens.get(k).norm())) {
            k++;
        }
        return k < verbAt && lexicon.at(tokens, k, "accusation")
                .filter(cue -> "words".equals(cue.key()) && cue.last() + 1 == verbAt).isPresent();
    }

    /**
     * Whether the counted phrase is the object of a verb of verdict ("a court sentenced five men to prison for the
     * killing of", "the jury convicted two guards of beating"): it counts the accused, whatever harm the clause names
     * after it (lexicon {@code verdict verbs}).
     */
    boolean isConvicted(final List<Token> tokens, final QuantityMention mention) {
        final int before = beforeAdverbs(tokens, objectStart(tokens, mention));
        return before >= 0 && verdictVerbs.contains(tokens.get(before).norm());
    }

    /** The last token before {@code at} that is not an adverb ("police quickly detained"), or -1. */
    int beforeAdverbs(final List<Token> tokens, final int at) {
        int before = at - 1;
        while (before >= 0 && adverbs.contains(tokens.get(before).norm())) {
            before--;
        }
        return before;
    }

    /**
     * Where the object of an active verb starts: at the number, or at a determiner right before it ("killed the two
     * guards", "shot his three brothers").
     */
    int objectStart(final List<Token> tokens, final QuantityMention mention) {
        final int before = mention.first() - 1;
        return before > 0 && objectStarts.contains(tokens.get(before).norm()) ? before : mention.first();
    }

    /** "a gunman killed at least 70 people": a bound word starts the verb's own object, it ends no phrase. */
    boolean startsBound(final List<Token> tokens, final int at) {
        return at < tokens.size() && lexicon.at(tokens, at, "qualifier").isPresent();
    }

    /** Whether a noun phrase ends at {@code at}: the sentence's end, punctuation or a word that stops a phrase. */
    boolean endsPhrase(final List<Token> tokens, final int at) {
        return at >= tokens.size() || tokens.get(at).isPunct() || phraseEnds.contains(tokens.get(at).norm());
    }

    /**
     * Where a list of counted phrases that goes on at {@code at} has its last item ("22 civilians, 2 guards and 5
     * attackers were killed", with or without a comma before "and"): the first token of that item, or -1. The list is
     * commas each opening an item with a number or "a", then "and" and one, with no verb on the way; the verb after
     * the last item is every item's, as after a phrase joined by "and" alone. A comma before a verb or before a word
     * that opens no count ("22 civilians, most of them women") opens no list, and ", and" closes a list of three or
     * more only: after a lone phrase it may close a clause ("the bus carried 40 passengers, and 12 drowned").
     */
    int listLastItem(final List<Token> tokens, final int at) {
        int k = at;
        while (k + 1 < tokens.size() && tokens.get(k).text().equals(",")) {
            final int item = tokens.get(k + 1).norm().equals("and") ? k + 2 : k + 1;
            if (item >= tokens.size() || !opensCount(tokens, item)) {
                return -1;
            }
            if (item == k + 2) {
                // ", and 5 attackers": the last item, once an item after a comma came before it
                return k > at || isItemAfterComma(tokens, at) ? item : -1;
            }
            k = item + 1;
            while (k < Math.min(tokens.size(), item + LIST_ITEM_WORDS) && !tokens.get(k).isPunct()
                    && !tokens.get(k).norm().equals("and")) {
                if (lexicon.at(tokens, k, "verb").isPresent() || lexicon.at(tokens, k, "elliptic").isPresent()
                        || lexicon.at(tokens, k, "report").isPresent()) {
                    return -1; // a verb, or a report between commas ("12 civilians, an army statement said, and")
                }
                k++;
            }
            if (k + 1 < tokens.size() && tokens.get(k).norm().equals("and")) {
                return opensCount(tokens, k + 1) ? k + 1 : -1;
            }
        }
        return -1;
    }

    /**
     * Whether the phrase that ends before the comma at {@code comma} is itself an item after a list's comma ("2
     * guards" in "22 civilians, 2 guards, and 5 attackers"), not a lone phrase or the last of two joined by "and".
     */
    private boolean isItemAfterComma(final List<Token> tokens, final int comma) {
        for (int j = comma - 1; j > 0 && j >= comma - 1 - LIST_ITEM_WORDS; j--) {
            if (tokens.get(j).isPunct() || tokens.get(j).norm().equals("and")) {
                return false;
            }
            if (tokens.get(j - 1).text().equals(",") && opensCount(tokens, j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The index of the total whose groups the number {@code mentions[m]} is one of, in a list set off after the
     * total's clause, or -1: after a colon or a dash ("Nine people died: four firefighters and five residents", "12
     * were killed — five soldiers and seven civilians"), or after a comma when the groups add up to the total ("Twenty
     * were hurt, nine pupils and eleven teachers"; "killed 22 civilians, 3 guards and 5 policemen" lists three groups).
     * The mark follows the total's clause within {@code asideWindow} words with no other number or clause boundary
     * between, and opens the list; its items, at most {@link #LIST_ITEMS}, are joined by commas and "and" with no
     * verb between or after them ("Two soldiers were killed, two civilians were killed too" are two clauses).
     */
    int totalOfGroup(final List<Token> tokens, final List<QuantityMention> mentions, final int m) {
        if (mentions.get(m).counter() != null) {
            return -1;
        }
        int first = m;
        while (first > 0 && m - first < LIST_ITEMS && joinsItems(tokens, mentions.get(first - 1), mentions.get(first))) {
            first--;
        }
        final int total = first - 1;
        final int mark = mentions.get(first).first() - 1;
        if (total < 0 || mark <= mentions.get(total).last() || mark - mentions.get(total).last() > asideWindow) {
            return -1;
        }
        final String markText = tokens.get(mark).norm();
        if (!markText.equals(":") && !DASHES.contains(markText) && !markText.equals(",")) {
            return -1;
        }
        for (int k = mentions.get(total).last() + 1; k < mark; k++) {
            if (clauseBoundaries.contains(tokens.get(k).norm()) || coordinators.contains(tokens.get(k).norm())) {
                return -1; // "Nine died, and in the next town, two children": the mark ends no total's clause
            }
        }
        long sum = 0;
        int last = first;
        for (int item = first; item < Math.min(mentions.size(), first + LIST_ITEMS); item++) {
            if (item > first && !joinsItems(tokens, mentions.get(item - 1), mentions.get(item))) {
                break;
            }
            final Quantity quantity = mentions.get(item).quantity();
            sum = quantity.value() == null || quantity.approximate() || sum < 0 ? -1 : sum + quantity.value();
            last = item;
        }
        final boolean adds = !markText.equals(",") || sum >= 0 && Long.valueOf(sum).equals(mentions.get(total)
                .quantity().value());
        return adds && !hasVerbBeforeMark(tokens, mentions.get(last).last() + 1) ? total : -1;
    }

    /**
     * Whether the words between two items of a list, at most {@link #LIST_ITEM_WORDS}, are a noun's and the comma or
     * "and" that join them, no verb.
     */
    private boolean joinsItems(final List<Token> tokens, final QuantityMention before, final QuantityMention item) {
        if (item.first() - before.last() - 1 > LIST_ITEM_WORDS + 1) {
            return false;
        }
        boolean joined = false;
        for (int k = before.last() + 1; k < item.first(); k++) {
            final String word = tokens.get(k).norm();
            if (word.equals(",") || word.equals("and")) {
                joined = true;
            } else if (tokens.get(k).type() != Token.Type.WORD || lexicon.at(tokens, k, "verb").isPresent()
                    || opensVerbGroup(tokens, k)) {
                return false;
            }
        }
        return joined;
    }

    /**
     * Whether a verb of the lexicon or a verb group stands from {@code from} up to the next punctuation mark, within
     * {@code asideWindow} words: the list's last item is then a clause's subject, no group of a total.
     */
    private boolean hasVerbBeforeMark(final List<Token> tokens, final int from) {
        for (int k = from; k < Math.min(tokens.size(), from + asideWindow) && !tokens.get(k).isPunct(); k++) {
            if (lexicon.at(tokens, k, "verb").isPresent() || opensVerbGroup(tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a count opens at {@code at}: a number, or the article of one person ("a driver"). */
    private boolean opensCount(final List<Token> tokens, final int at) {
        return lexicon.isNumberAt(tokens, at) || tokens.get(at).isIndefiniteArticle();
    }

    /** Whether another number stands strictly between {@code from} and {@code to}. */
    static boolean crossesNumber(final boolean[] inNumber, final int from, final int to) {
        for (int k = from + 1; k < to; k++) {
            if (inNumber[k]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a relative pronoun stands strictly between {@code from} and {@code to}: a number after it is in the
     * clause it opens, whose own verb governs it ("was shot dead by guards, who later freed 12 captives"), not the verb
     * before the pronoun (lexicon {@code predicate relative-opener}).
     */
    boolean crossesRelative(final List<Token> tokens, final int from, final int to) {
        for (int k = from + 1; k < to; k++) {
            if (relativeOpeners.contains(tokens.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a conjunction or a comma stands strictly between {@code from} and {@code to}. */
    static boolean crossesConjunction(final List<Token> tokens, final int from, final int to) {
        for (int k = from + 1; k < to; k++) {
            final String word = tokens.get(k).norm();
            if (word.equals("and") || word.equals("or") || word.equals("but") || word.equals(",")
                    || word.equals(";")) {
                return true;
            }
        }
        return false;
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
     * Whether the predicate after a number belongs to a part named after a comma: "About 200 people were rescued, some
     * badly hurt" says what befell some of them, not the 200.
     */
    boolean isPartsOwn(final List<Token> tokens, final QuantityMention mention, final Lexicon.Cue verb) {
        final int part = beforeAdverbs(tokens, verb.first());
        return verb.first() > mention.last() && part > mention.last() + 1 && partSubjects.contains(tokens.get(part).norm())
                && ",".equals(tokens.get(part - 1).norm());
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
     * Whether an armed group holds the people an English count counts (the twin of {@link
     * KoreanClauses#isHeldByCaptor}): the count is the object of a verb of holding or taking whose subject is a captor
     * noun (lexicon {@code captor armed}: "pirates are holding 18 sailors", "the gunmen held 30 passengers for six
     * hours", "militants in the valley still hold 7 engineers"), or follows its noun as a passive whose agent is one
     * ("26 crew members held by pirates"). A count that is itself the holder holds no one ("twelve gunmen held the town
     * hall"), nor does anyone else ("police held 35 protesters": an arrest; "police who caught the kidnappers held 5
     * people"). Only people the lexicon knows are held ({@code held-by-captor classes}, and a noun it does not class
     * otherwise only when {@code held-by-captor people} lists it: "engineers", not "seized four tractors").
     */
    boolean isHeldByCaptor(final List<Token> tokens, final QuantityMention mention, final Counted counted) {
        if (Counted.NOUN.equals(counted.unitClass()) && !isHeldPerson(tokens, counted.last())) {
            return false;
        }
        final int verbEnd = objectStart(tokens, mention) - 1;
        final Optional<Lexicon.Cue> verb = verbEnd >= 0 ? lexicon.endingAt(tokens, verbEnd, "verb")
                .filter(cue -> holdings.contains(cue.key())) : Optional.empty();
        if (verb.isPresent()) {
            int subject = verb.get().first() - 1;
            while (subject >= 0 && (holdingGroup.contains(tokens.get(subject).norm())
                    || adverbs.contains(tokens.get(subject).norm()))) {
                subject--;
            }
            subject = beforeRelative(tokens, subject);
            return subject >= 0 && (isCaptorAt(tokens, subject) || isCaptorBeforePlace(tokens, subject));
        }
        int after = counted.last() + 1;
        while (after < tokens.size() && holdingGroup.contains(tokens.get(after).norm())) {
            after++;
        }
        final Optional<Lexicon.Cue> passive = lexicon.at(tokens, after, "verb")
                .filter(cue -> holdings.contains(cue.key()));
        if (passive.isEmpty() || passive.get().last() + 2 >= tokens.size()
                || !agentMarks.contains(tokens.get(passive.get().last() + 1).norm())) {
            return false;
        }
        final int agent = passive.get().last() + 2;
        final int head = determiners.contains(tokens.get(agent).norm()) ? agent + 1 : agent;
        return head < tokens.size() && lexicon.at(tokens, head, "captor").isPresent();
    }

    /**
     * The end of the subject before a relative clause that ends at {@code at}, or {@code at} when none does: in "police
     * who caught the kidnappers have held 5 people" the police hold, not the kidnappers (a relative pronoun within
     * {@link #CAPTOR_RELATIVE_WORDS} words, no punctuation between, with a verb's word right after it: "said that the
     * pirates hold" and "said that pirates hold" open a complement whose subject the pirates are).
     */
    private int beforeRelative(final List<Token> tokens, final int at) {
        final int phrase = lexicon.endingAt(tokens, at, "captor").map(Lexicon.Cue::first).orElse(at);
        for (int k = at - 1; k > 0 && k >= at - CAPTOR_RELATIVE_WORDS && !tokens.get(k).isPunct(); k--) {
            if (relatives.contains(tokens.get(k).norm()) && k + 1 < phrase
                    && !determiners.contains(tokens.get(k + 1).norm())) {
                return k - 1;
            }
        }
        return at;
    }

    /** Whether a noun of people one may hold ends at {@code at}, of one word or two: "engineers", "crew members". */
    private boolean isHeldPerson(final List<Token> tokens, final int at) {
        return heldPeople.contains(tokens.get(at).norm())
                || at > 0 && heldPeople.contains(tokens.get(at - 1).norm() + " " + tokens.get(at).norm());
    }

    /** Whether a captor noun (lexicon {@code captor}) ends at {@code at}: "pirates", "armed men". */
    private boolean isCaptorAt(final List<Token> tokens, final int at) {
        return lexicon.endingAt(tokens, at, "captor").isPresent();
    }

    /**
     * Whether the subject ending at {@code at} is a captor with a phrase of place after it: "pirates in the gulf",
     * "rebels in the north" (a preposition right after the captor, at most {@link #CAPTOR_PLACE_WORDS} words).
     */
    private boolean isCaptorBeforePlace(final List<Token> tokens, final int at) {
        for (int k = at - 1; k > 0 && k >= at - CAPTOR_PLACE_WORDS; k--) {
            if (tokens.get(k).isPunct()) {
                return false;
            }
            if (prepositions.contains(tokens.get(k).norm())) {
                return isCaptorAt(tokens, k - 1);
            }
        }
        return false;
    }

    /**
     * Whether a detention, or an arrest of combatants, is a police arrest: the police detain ("Police detained two
     * soldiers", "were detained by police", "police arrested 12 pirates"), whoever is detained (lexicon {@code
     * detainer police}).
     */
    boolean isArrest(final List<Token> tokens, final Lexicon.Cue verb) {
        if (!DETAINED.equals(verb.key()) && !PredicateFinder.ARRESTED.equals(verb.key())) {
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
     * Whether the number's verb after it is its own, not a relative clause's on its noun ("a crew member who suffered
     * burns" names a member; "three later died" tells a fate of their own).
     */
    boolean hasOwnVerbAfter(final List<Token> tokens, final QuantityMention mention, final Lexicon.Cue verb) {
        if (verb == null || verb.first() <= mention.last()) {
            return false;
        }
        for (int k = mention.last() + 1; k < verb.first(); k++) {
            if (relatives.contains(tokens.get(k).norm())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a verb of flight leaves a building, a venue or a vehicle: its object ("fled the theater", "evacuated the
     * stadium"), the place after "from" in its clause ("300 passengers were evacuated from the stranded train") or its
     * subject right before it ("the airport was evacuated", "Hamburg airport evacuated after …") when no count stands
     * before it: people leaving a place for a while, not driven from their homes. The venue heads its phrase ("fled the
     * embassy district" leaves a district), and "from near" or "from around" leaves the venue's neighbourhood.
     */
    boolean leavesAVenue(final List<Token> tokens, final QuantityMention mention, final Lexicon.Cue verb) {
        if (!"displaced".equals(verb.key()) || verb.last() + 1 >= tokens.size()) {
            return false;
        }
        int k = verb.last() + 1;
        boolean from = false;
        for (int j = k; j < Math.min(tokens.size(), k + VENUE_WINDOW) && !tokens.get(j).isPunct(); j++) {
            if (tokens.get(j).norm().equals("from")) {
                k = j + 1;
                from = true;
                break;
            }
        }
        if (from && k < tokens.size() && prepositions.contains(tokens.get(k).norm())) {
            return false; // "evacuated from near the plant": the people lived by the venue, not in it
        }
        if (k < tokens.size() && (objectStarts.contains(tokens.get(k).norm()) || tokens.get(k).isIndefiniteArticle())) {
            k++;
        }
        for (int j = k; j < Math.min(tokens.size(), k + VENUE_MODIFIERS + 1) && tokens.get(j).type() == Token.Type.WORD; j++) {
            if (venues.contains(tokens.get(j).norm()) && isHead(tokens, j)) {
                return true;
            }
        }
        final int before = verb.first() - 1;
        final int subject = before < 0 ? -1 : lexicon.endingAt(tokens, before, "elliptic")
                .filter(aux -> "aux".equals(aux.key())).map(aux -> aux.first() - 1).orElse(before);
        // "10,000 people living near the plant were evacuated": a count before the venue is the subject, the venue
        // its modifier's
        return subject >= 0 && subject < mention.first() && venues.contains(tokens.get(subject).norm())
                && isHead(tokens, subject);
    }

    /**
     * Whether the word at {@code k} heads its noun phrase: nothing, a punctuation mark, a preposition, an auxiliary, a
     * verb or a clause's opener follows it, not a noun it modifies ("the embassy district", "tower blocks").
     */
    private boolean isHead(final List<Token> tokens, final int k) {
        if (k + 1 >= tokens.size() || tokens.get(k + 1).type() != Token.Type.WORD) {
            return true;
        }
        final String next = tokens.get(k + 1).norm();
        return phraseEnds.contains(next) || prepositions.contains(next) || clauseStarts.contains(next)
                || lexicon.at(tokens, k + 1, "verb").isPresent();
    }
}
