package newswire.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newswire.model.Attribution;
import newswire.model.Claim;
import newswire.model.ClaimKind;
import newswire.model.ClaimStatus;
import newswire.model.CleanArticle;
import newswire.model.Evidence;
import newswire.model.Party;
import newswire.model.Quantity;

/**
 * Reads the structured claims of a clean article: how many troops were sent, people killed, wounded, captured or
 * displaced, weapons fired or delivered; whose and where to; how firmly; and who says so.
 *
 * <p>A claim starts from a number ({@link QuantityReader}) and needs a noun that says what it counts ("troops",
 * "missiles", the Korean counter 명 with 병력 nearby). A verb near it says what happened ("killed", "fled", "fired");
 * a noun of people or weapons with no such verb is a headcount or an inventory, not a claim. The words are in
 * {@code lexicon.tsv}, the places in {@code gazetteer.tsv}; this class only says how they combine.
 *
 * <p>Stateless and thread-safe: the lexicon and gazetteer are read once, in {@link #standard()}, and each call keeps
 * its own state.
 */
public final class ClaimExtractor {

    /** How many tokens away from a number its subject or destination may be named. */
    private static final int SUBJECT_REACH = 40;
    /** How many earlier claims an actor may be borrowed from. */
    private static final int INHERIT_REACH = 20;
    /** Where the heads of counted nouns are kept, the noun counted last: no word of a text is empty. */
    private static final String LAST_COUNTED = "";
    /** Stands for "some actor or none" when a headline is compared with its body. */
    private static final Party ANY_ACTOR = new Party("*", "*");

    private final ExtractOptions options;
    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final QuantityReader quantities;
    private final AttributionFinder attributions;
    private final Set<String> unitStops;
    private final Set<String> measures;
    private final Set<String> needsVerb;
    private final Set<String> needsVerbOrPlace;
    private final Set<String> ellipticFollowers;
    private final Set<String> directions;
    private final Set<String> koreanDirections;
    private final Set<String> notSubject;
    private final Set<String> koreanSubjects;
    private final Set<String> clauseBoundaries;
    private final Set<String> selfReferences;
    private final Map<String, Set<String>> accepts = new HashMap<>();
    private final Map<String, Set<String>> agentWords = new HashMap<>();
    private final Set<String> contrasts;
    private final Set<String> appositiveWords;
    private final Set<String> subsetWords;
    private final Set<String> pronounsOfCount;

    public ClaimExtractor(final ExtractOptions options) {
        this.options = options;
        this.lexicon = options.lexicon();
        this.gazetteer = options.gazetteer();
        this.quantities = new QuantityReader(lexicon);
        this.attributions = new AttributionFinder(lexicon, gazetteer);
        this.unitStops = lexicon.words("unit-stop", "words");
        this.measures = lexicon.words("measure", "words");
        this.needsVerb = lexicon.words("needs-verb", "classes");
        this.needsVerbOrPlace = lexicon.words("needs-verb-or-place", "classes");
        this.ellipticFollowers = lexicon.words("elliptic", "after");
        this.directions = lexicon.words("direction", "to");
        this.koreanDirections = lexicon.words("direction", "ko");
        this.notSubject = lexicon.words("not-subject", "before");
        this.koreanSubjects = lexicon.words("subject", "ko");
        this.clauseBoundaries = lexicon.words("clause", "boundary");
        this.selfReferences = lexicon.words("speaker", "self");
        for (final String unitClass : lexicon.keys("agent")) {
            agentWords.put(unitClass, lexicon.words("agent", unitClass));
        }
        this.contrasts = lexicon.words("clause", "contrast");
        this.appositiveWords = lexicon.words("appositive", "words");
        this.subsetWords = lexicon.words("subset", "words");
        this.pronounsOfCount = lexicon.words("subset", "of");
        for (final String unitClass : lexicon.keys("accepts")) {
            accepts.put(unitClass, lexicon.words("accepts", unitClass));
        }
    }

    public static ClaimExtractor standard() {
        return new ClaimExtractor(ExtractOptions.standard());
    }

    public List<Claim> extract(final CleanArticle article) {
        final List<Sentence> sentences = SentenceSplitter.split(article.body(), 0);
        final List<Found> body = new ArrayList<>();
        final List<Attribution> sources = new ArrayList<>();
        final Map<String, Unit> heads = new HashMap<>();
        for (int index = 0; index < sentences.size(); index++) {
            read(sentences.get(index), index, body, sources, heads);
        }
        final List<Found> all = new ArrayList<>(distinct(body));
        if (article.title() != null && !article.title().isBlank()) {
            final String title = article.title().strip();
            final List<Found> headline = new ArrayList<>();
            read(new Sentence(title, -1, -1, Sentence.TITLE, Tokenizer.tokenize(title, 0, title.length())), -1,
                    headline, new ArrayList<>(), new HashMap<>());
            // A headline sums up the body, often rounded ("N. Korea to send 10,000 troops" over "as many as 10,000"):
            // its claim is reported only when the body has none of that kind about that actor, and then once.
            final Set<String> told = new HashSet<>();
            for (final Found claim : all) {
                told.add(subject(claim.kind(), claim.actor()));
                told.add(subject(claim.kind(), ANY_ACTOR));
            }
            for (final Found claim : distinct(headline)) {
                final boolean again = told.contains(subject(claim.kind(), claim.actor()))
                        || told.contains(subject(claim.kind(), null))
                        || claim.actor() == null && told.contains(subject(claim.kind(), ANY_ACTOR));
                if (!again) {
                    all.add(claim);
                }
            }
        }
        return identify(article.id(), all);
    }

    /** A claim as read, before it has an id, with the sentence it came from. */
    private record Found(int sentence, ClaimKind kind, Quantity quantity, String unit, Party actor, Party destination,
                         Party location, ClaimStatus status, Attribution attribution, Evidence evidence,
                         double confidence) {
    }

    /** What a number counts: the class of the noun (see lexicon "unit") and where it is. */
    private record Unit(String unitClass, String text, int first, int last, int modifiersFrom) {
    }

    /** A place or organisation of the sentence, by token. */
    private record Named(GazetteerMatch match, int first, int last) {
    }

    /**
     * Reads one sentence's claims into {@code found}.
     *
     * @param sources the sources named so far, for "he said"
     * @param heads   the last words of the nouns counted so far ("systems" of "air defence systems"), so that a later
     *                "6 of the systems" counts the same thing; under {@link #LAST_COUNTED}, the noun counted last
     *                ("2,500 of them")
     */
    private void read(final Sentence sentence, final int index, final List<Found> found,
                      final List<Attribution> sources, final Map<String, Unit> heads) {
        final List<Token> tokens = sentence.tokens();
        final List<AttributionFinder.Report> reports = attributions.reports(sentence, sources);
        if (!lexicon.find(tokens, "context").isEmpty()) {
            return; // sport: "the coach said his troops…"
        }
        final List<QuantityMention> mentions = quantities.read(tokens, sentence);
        if (mentions.isEmpty()) {
            return;
        }
        final List<Named> named = named(sentence, reports);
        final List<List<Lexicon.Cue>> verbs = lexicon.findAll(tokens, "verb");
        final List<Lexicon.Cue> statusCues = lexicon.find(tokens, "status");
        final List<Lexicon.Cue> backward = lexicon.find(tokens, "backward");
        final List<Lexicon.Cue> denials = statusCues.stream().filter(cue -> "denied".equals(cue.key())).toList();
        final boolean[] inNumber = new boolean[tokens.size()];
        mentions.forEach(m -> Arrays.fill(inNumber, m.first(), m.last() + 1, true));
        final boolean[] verbEnds = new boolean[tokens.size()];
        verbs.forEach(cues -> cues.forEach(cue -> verbEnds[cue.last()] = true));
        Unit previous = null;
        Lexicon.Cue previousVerb = null;
        for (final QuantityMention mention : mentions) {
            if (mention.first() > 0 && subsetWords.contains(tokens.get(mention.first() - 1).norm())) {
                continue; // "killed 40 people, including 12 children": a part of a figure already read
            }
            Unit unit = unitOf(sentence, mention, backward, named, heads);
            final boolean shared = unit == null;
            if (shared) {
                unit = sharedUnit(tokens, mention, previous);
            }
            if (unit == null) {
                continue;
            }
            previous = unit;
            if (unit.text() != null && !tokens.get(unit.last()).isHangul()) {
                heads.putIfAbsent(tokens.get(unit.last()).norm(), unit);
                heads.put(LAST_COUNTED, unit);
            }
            final Lexicon.Cue ownVerb = verbFor(tokens, verbs, mention, unit, inNumber);
            // "sent 3,000 troops in 2023 and 5,000 in 2024": the second number shares the first one's verb too
            final Lexicon.Cue verb = ownVerb == null && shared ? previousVerb : ownVerb;
            previousVerb = verb;
            final ClaimKind kind = kindOf(unit, verb);
            if (kind == null) {
                continue;
            }
            final Optional<AttributionFinder.Report> report = AttributionFinder.nearest(reports, mention.first());
            final Named actorName = actorOf(tokens, named, mention, unit, verbEnds);
            Party actor = actorName == null ? null : gazetteer.claimParty(actorName.match());
            if (actor == null) {
                actor = report.flatMap(r -> speakerAsActor(sentence, r, mention)).orElse(null);
            }
            if (actor == null) {
                actor = inherited(found, kind, index);
            }
            final Party place = placeOf(tokens, named, mention, unit, actorName, actor);
            if (verb == null && place == null && needsVerbOrPlace.contains(unit.unitClass())) {
                continue; // "North Korea has 1.2 million active troops": a standing army, not a deployment
            }
            final boolean moves = kind == ClaimKind.TROOPS || kind == ClaimKind.WEAPONS;
            final Attribution attribution = report.map(AttributionFinder.Report::attribution).orElse(null);
            final ClaimStatus status = isDenied(tokens, denials, mention) ? ClaimStatus.DENIED
                    : statusOf(tokens, statusCues, mention, unit);
            final int cues = 1 + (verb != null ? 1 : 0) + (actor != null ? 1 : 0) + (place != null ? 1 : 0)
                    + (attribution != null ? 1 : 0);
            found.add(new Found(index, kind, mention.quantity(), unit.text(), actor, moves ? place : null,
                    moves ? null : place, status, attribution,
                    new Evidence(sentence.text(), sentence.start(), sentence.end()),
                    Math.min(0.95, 0.35 + 0.12 * cues)));
        }
    }

    /** The places and organisations of a sentence, except those naming a source ("Seoul's spy agency said"). */
    private List<Named> named(final Sentence sentence, final List<AttributionFinder.Report> reports) {
        final List<Token> tokens = sentence.tokens();
        final boolean[] inReport = new boolean[tokens.size()];
        for (final AttributionFinder.Report report : reports) {
            for (int k = report.first(); k <= report.last(); k++) {
                inReport[k] = true;
            }
        }
        final int offset = sentence.inTitle() ? 0 : sentence.start();
        final List<Named> named = new ArrayList<>();
        int first = 0;
        for (final GazetteerMatch match : gazetteer.find(sentence.text())) {
            final int start = match.start() + offset;
            final int end = match.end() + offset;
            while (first < tokens.size() && tokens.get(first).end() <= start) {
                first++;
            }
            if (first >= tokens.size()) {
                break;
            }
            int last = first;
            while (last + 1 < tokens.size() && tokens.get(last + 1).start() < end) {
                last++;
            }
            if (!inReport[first] && !inReport[last]) {
                named.add(new Named(match, first, last));
            }
        }
        return named;
    }

    /** The names whose first token lies in [from, to), by binary search: sentences can be arbitrarily long. */
    private static List<Named> between(final List<Named> named, final int from, final int to) {
        return named.subList(firstAtOrAfter(named, from), firstAtOrAfter(named, to));
    }

    private static int firstAtOrAfter(final List<Named> named, final int token) {
        int low = 0;
        int high = named.size();
        while (low < high) {
            final int mid = (low + high) >>> 1;
            if (named.get(mid).first() < token) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private Unit unitOf(final Sentence sentence, final QuantityMention mention, final List<Lexicon.Cue> backward,
                        final List<Named> named, final Map<String, Unit> heads) {
        final List<Token> tokens = sentence.tokens();
        if (mention.counter() != null) {
            return koreanUnit(sentence, mention);
        }
        final int end = Math.min(tokens.size(), mention.last() + 1 + options.unitWindow());
        for (int j = mention.last() + 1; j < end; j++) {
            final Optional<Lexicon.Cue> unit = lexicon.at(tokens, j, "unit");
            if (unit.isPresent()) {
                return new Unit(unit.get().key(), sentence.span(unit.get().first(), unit.get().last()),
                        unit.get().first(), unit.get().last(), mention.last() + 1);
            }
            if (j == mention.last() + 1 && j + 1 < tokens.size() && tokens.get(j).norm().equals("of")
                    && pronounsOfCount.contains(tokens.get(j + 1).norm()) && heads.containsKey(LAST_COUNTED)) {
                // "about 2,500 of them": what the article counted last
                final Unit last = heads.get(LAST_COUNTED);
                return new Unit(last.unitClass(), last.text(), j + 1, j + 1, mention.last() + 1);
            }
            final Unit earlier = heads.get(tokens.get(j).norm());
            if (earlier != null) {
                return new Unit(earlier.unitClass(), tokens.get(j).text(), j, j, mention.last() + 1);
            }
            final Unit people = pluralDemonym(sentence, named, j, mention);
            if (people != null) {
                return people;
            }
            final Token token = tokens.get(j);
            if ((token.isPunct() && !token.norm().equals("-")) || unitStops.contains(token.norm())
                    || measures.contains(token.norm())) {
                break;
            }
        }
        // "killed 14 and wounded 37": the verb before the number says what it counts, if no noun follows
        final int next = mention.last() + 1;
        final boolean bare = next >= tokens.size() || tokens.get(next).isPunct()
                || unitStops.contains(tokens.get(next).norm()) || ellipticFollowers.contains(tokens.get(next).norm());
        if (bare && mention.first() > 0 && lexicon.endingAt(tokens, mention.first() - 1, "verb")
                .filter(verb -> accepts.getOrDefault("person", Set.of()).contains(verb.key())).isPresent()) {
            return new Unit("person", null, mention.last(), mention.last(), mention.last() + 1);
        }
        // "five were wounded": the verb follows the number directly
        final Optional<Lexicon.Cue> aux = mention.last() + 1 < tokens.size()
                ? lexicon.at(tokens, mention.last() + 1, "elliptic") : Optional.empty();
        if (aux.isPresent() && aux.get().last() + 1 < tokens.size()
                && lexicon.at(tokens, aux.get().last() + 1, "verb").isPresent()) {
            return new Unit("person", null, mention.last(), mention.last(), mention.last() + 1);
        }
        final Unit named0 = backwardUnit(sentence, mention, backward);
        return named0 != null ? named0 : appositiveUnit(sentence, mention);
    }

    /**
     * "additional troops, possibly as many as 5,000": the noun just before the number, across a comma or a word of
     * the lexicon's {@code appositive} list, is what the number counts.
     */
    private Unit appositiveUnit(final Sentence sentence, final QuantityMention mention) {
        final List<Token> tokens = sentence.tokens();
        boolean bridged = false;
        for (int k = mention.first() - 1; k >= Math.max(0, mention.first() - 4); k--) {
            final Optional<Lexicon.Cue> unit = lexicon.endingAt(tokens, k, "unit");
            if (unit.isPresent() && !tokens.get(k).isHangul()) {
                return bridged ? new Unit(unit.get().key(), sentence.span(unit.get().first(), unit.get().last()),
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

    /**
     * "sent 3,000 troops in 2023 and 5,000 in 2024", "3,000 more troops, bringing the total to 14,000": a bare number
     * joined to a counted one (lexicon {@code shared}) counts the same.
     */
    private Unit sharedUnit(final List<Token> tokens, final QuantityMention mention, final Unit previous) {
        if (previous == null || previous.text() == null || mention.first() == 0) {
            return null;
        }
        final int next = mention.last() + 1;
        final boolean bare = next >= tokens.size() || tokens.get(next).isPunct()
                || unitStops.contains(tokens.get(next).norm());
        return bare && lexicon.endingAt(tokens, mention.first() - 1, "shared").isPresent()
                ? new Unit(previous.unitClass(), previous.text(), mention.last(), mention.last(), mention.last() + 1)
                : null;
    }

    /** "1.5 million Ukrainians have fled": a plural demonym counts people of that country. */
    private Unit pluralDemonym(final Sentence sentence, final List<Named> named, final int token,
                               final QuantityMention mention) {
        final List<Named> here = between(named, token, token + 1);
        if (here.isEmpty() || !GazetteerMatch.COUNTRY.equals(here.get(0).match().type())) {
            return null;
        }
        final Named name = here.get(0);
        final String written = sentence.span(name.first(), name.last());
        if (!written.endsWith("s") || written.equals(name.match().party().name())) {
            return null;
        }
        return new Unit("person", written, name.first(), name.last(), mention.last() + 1);
    }

    /**
     * "The Pentagon said it would send 500 troops": when the speaker refers to itself, the speaker is the actor, if
     * the speaker is a country or stands for one.
     */
    private Optional<Party> speakerAsActor(final Sentence sentence, final AttributionFinder.Report report,
                                           final QuantityMention mention) {
        if (report.last() >= mention.first() || mention.first() - report.last() > options.statusWindow()) {
            return Optional.empty();
        }
        boolean self = false;
        for (int k = report.last() + 1; k < mention.first(); k++) {
            self |= selfReferences.contains(sentence.tokens().get(k).norm());
        }
        if (!self) {
            return Optional.empty();
        }
        return gazetteer.find(sentence.span(report.first(), report.last())).stream()
                .filter(GazetteerMatch::isPlace).findFirst().map(gazetteer::claimParty);
    }

    /**
     * "the number of North Korean troops in Russia could reach 11,000": the noun is named before the number, after the
     * nearest backward cue ({@code backward}: that sentence's cues, in order).
     */
    private Unit backwardUnit(final Sentence sentence, final QuantityMention mention, final List<Lexicon.Cue> backward) {
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
        if (cue == null || mention.first() - cue.last() > 3 * options.unitWindow()) {
            return null;
        }
        if (!"unit".equals(cue.key())) {
            return new Unit(cue.key(), sentence.span(cue.first(), cue.last()), cue.first(), cue.last(),
                    cue.last() + 1);
        }
        final int end = Math.min(mention.first(), cue.last() + 1 + options.unitWindow());
        for (int k = cue.last() + 1; k < end; k++) {
            final Optional<Lexicon.Cue> unit = lexicon.at(tokens, k, "unit");
            if (unit.isPresent()) {
                return new Unit(unit.get().key(), sentence.span(unit.get().first(), unit.get().last()),
                        unit.get().first(), unit.get().last(), cue.last() + 1);
            }
        }
        return null;
    }

    /** Korean counts people with 명 and names them nearby: "북한군 1500명", "1만2000명 규모의 병력". */
    private Unit koreanUnit(final Sentence sentence, final QuantityMention mention) {
        final List<Token> tokens = sentence.tokens();
        Lexicon.Cue best = null;
        int bestDistance = Integer.MAX_VALUE;
        final int from = Math.max(0, mention.first() - options.unitWindow());
        final int to = Math.min(tokens.size(), mention.last() + 1 + options.unitWindow());
        for (int j = from; j < to; j++) {
            final Optional<Lexicon.Cue> cue = tokens.get(j).isHangul() ? lexicon.at(tokens, j, "unit")
                    : Optional.empty();
            if (cue.isEmpty() || (j >= mention.first() && j <= mention.last())) {
                continue;
            }
            final boolean fits = "weapons".equals(mention.counter()) == "weapons".equals(cue.get().key());
            final int distance = j < mention.first() ? mention.first() - j : j - mention.last();
            if (fits && distance < bestDistance) {
                best = cue.get();
                bestDistance = distance;
            }
        }
        if (best == null) {
            return new Unit(mention.counter(), null, mention.last(), mention.last(), mention.last());
        }
        return new Unit(best.key(), best.phrase(), best.first(), best.last(), mention.last() + 1);
    }

    /**
     * The verb nearest the number and its noun, among those that fit the noun ("killed" fits soldiers, "fired"
     * missiles). A verb across "and" or a comma counts as further away: in "killed 14 civilians and wounded 37
     * others", 14 were killed and 37 wounded.
     */
    private Lexicon.Cue verbFor(final List<Token> tokens, final List<List<Lexicon.Cue>> verbs,
                                final QuantityMention mention, final Unit unit, final boolean[] inNumber) {
        final Set<String> fitting = accepts.getOrDefault(unit.unitClass(), Set.of());
        final int from = Math.min(mention.first(), unit.first());
        final int to = Math.max(mention.last(), unit.last());
        Lexicon.Cue best = null;
        int bestDistance = Integer.MAX_VALUE;
        final int aside = asideEnd(tokens, to);
        final int scanFrom = Math.max(0, from - options.verbWindow() - 3);
        final int scanTo = Math.min(tokens.size(), Math.max(to, aside) + options.verbWindow() + 1);
        for (int j = scanFrom; j < scanTo; j++) {
            for (final Lexicon.Cue verb : verbs.get(j)) {
                if (!fitting.contains(verb.key()) || (verb.first() >= from && verb.last() <= to
                        && !tokens.get(verb.first()).isHangul())) {
                    continue;
                }
                final boolean after = verb.first() > to;
                // "1.9 million Gazans, about 90 percent of the population, have been displaced": skip the aside
                final int from2 = after && aside >= 0 && verb.first() > aside ? aside : to;
                if (after && mention.counter() == null && crossesNumber(inNumber, from2, verb.first())) {
                    // "1,000 people attended the funeral of the 18 soldiers killed": killed goes with 18 (in English;
                    // Korean puts one verb after all its objects: 미사일 40발과 드론 150대를 발사했다)
                    continue;
                }
                final int gap = verb.last() < from ? from - verb.last() : Math.max(0, verb.first() - from2);
                if (gap > options.verbWindow()) {
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

    /** The closing comma of an aside right after token {@code at} (", about 90 percent of the population,"), or -1. */
    private int asideEnd(final List<Token> tokens, final int at) {
        if (at + 1 >= tokens.size() || !tokens.get(at + 1).norm().equals(",")) {
            return -1;
        }
        for (int k = at + 2; k < Math.min(tokens.size(), at + 2 + options.statusWindow()); k++) {
            if (tokens.get(k).norm().equals(",")) {
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

    private ClaimKind kindOf(final Unit unit, final Lexicon.Cue verb) {
        if (verb != null) {
            return ClaimKind.valueOf(verb.key().toUpperCase(Locale.ROOT));
        }
        if (needsVerb.contains(unit.unitClass())) {
            return null;
        }
        // a unit class named after a kind ("troops", "killed", "captured") is that kind when no verb says otherwise
        return Arrays.stream(ClaimKind.values()).filter(kind -> kind.json().equals(unit.unitClass())).findFirst()
                .orElse(null);
    }

    /**
     * Whose troops or weapons: a place named between the number and its noun ("1,500 North Korean special forces"),
     * right before the number ("북한군 1500명", "Russia's 50,000 troops"), or else the nearest subject before it
     * ("Moscow plans to recruit 30,000", "북한이 … 1만2000명"), never a place the number goes to ("to Russia").
     */
    private Named actorOf(final List<Token> tokens, final List<Named> named, final QuantityMention mention,
                          final Unit unit, final boolean[] verbEnds) {
        Named modifier = null;
        Named subject = null;
        final int from = Math.max(0, Math.min(mention.first(), unit.first()) - SUBJECT_REACH);
        for (final Named name : between(named, from, Math.max(mention.last(), unit.last()) + 1)) {
            if (name.first() >= unit.modifiersFrom() && name.last() < unit.first()
                    || (name.first() <= unit.first() && name.last() >= unit.last() && unit.text() != null)) {
                modifier = name;
            }
            if (name.last() < mention.first() && isSubject(tokens, name, verbEnds)) {
                subject = name;
            }
        }
        if (modifier != null) {
            return modifier;
        }
        final Named agent = agentOf(tokens, named, mention, unit);
        return agent != null ? agent : subject;
    }

    /**
     * "73 drones launched by Russia", "1 million shells from North Korea": the place after an agent word (lexicon
     * {@code agent}: "by" for every kind, "from" only for the kinds listed with it) names whose they are.
     */
    private Named agentOf(final List<Token> tokens, final List<Named> named, final QuantityMention mention,
                          final Unit unit) {
        final int after = Math.max(mention.last(), unit.last());
        for (final Named name : between(named, after + 1, after + 1 + options.unitWindow())) {
            if (!name.match().isPlace() && !GazetteerMatch.ORGANISATION.equals(name.match().type())) {
                continue;
            }
            for (int k = Math.max(after + 1, name.first() - 2); k < name.first(); k++) {
                final String word = tokens.get(k).norm();
                if (agentWords.getOrDefault("all", Set.of()).contains(word)
                        || agentWords.getOrDefault(unit.unitClass(), Set.of()).contains(word)) {
                    return name;
                }
            }
        }
        return null;
    }

    /** Not after a direction word ("to Russia"), nor the object of a verb ("supplied Russia with 200 guns"). */
    private boolean isSubject(final List<Token> tokens, final Named name, final boolean[] verbEnds) {
        if (name.first() > 0 && verbEnds[name.first() - 1] && !tokens.get(name.first() - 1).isHangul()) {
            return false;
        }
        final Token token = tokens.get(name.last());
        if (token.isHangul()) {
            final String alias = token.text().substring(0, Math.min(token.text().length(),
                    name.match().end() - name.match().start()));
            final String particle = token.text().substring(alias.length());
            return particle.isEmpty() || koreanSubjects.stream().anyMatch(particle::startsWith);
        }
        for (int k = Math.max(0, name.first() - 2); k < name.first(); k++) {
            if (notSubject.contains(tokens.get(k).norm())) {
                return false;
            }
        }
        return true;
    }

    /** A claim with no actor of its own borrows the one of the previous claim of its kind, if that is recent. */
    private Party inherited(final List<Found> found, final ClaimKind kind, final int sentence) {
        for (int k = found.size() - 1; k >= Math.max(0, found.size() - INHERIT_REACH); k--) {
            final Found earlier = found.get(k);
            if (sentence < 0 || sentence - earlier.sentence() > options.actorMemory()) {
                return null;
            }
            if (earlier.kind() == kind && earlier.actor() != null) {
                return earlier.actor();
            }
        }
        return null;
    }

    /**
     * Where to, or where: the first place after the number and its noun that a direction word leads to ("dispatched
     * to Russia", "in the Kursk region"); in Korean, a place marked with 에 or 로 ("러시아에").
     */
    private Party placeOf(final List<Token> tokens, final List<Named> named, final QuantityMention mention,
                          final Unit unit, final Named actorName, final Party actor) {
        // "the number of North Korean troops in Russia could reach…": the place follows the noun, not the number
        final int after = unit.last() < mention.first() ? unit.last() : Math.max(mention.last(), unit.last());
        final int from = Math.max(0, Math.min(mention.first(), unit.first()) - SUBJECT_REACH);
        for (final Named name : between(named, from, after + SUBJECT_REACH)) {
            if (name == actorName || !name.match().isPlace()) {
                continue;
            }
            final boolean sameCountry = actor != null && GazetteerMatch.COUNTRY.equals(name.match().type())
                    && actor.code().equals(name.match().party().code());
            if (sameCountry) {
                continue;
            }
            if (tokens.get(name.first()).isHangul()) {
                final Token token = tokens.get(name.last());
                final String particle = token.text().substring(Math.min(token.text().length(),
                        name.match().end() - name.match().start()));
                if (particle.isEmpty() || koreanDirections.stream().anyMatch(particle::startsWith)) {
                    return gazetteer.claimParty(name.match());
                }
                continue;
            }
            if (name.first() <= after) {
                continue;
            }
            for (int k = Math.max(after + 1, name.first() - 3); k < name.first(); k++) {
                if (directions.contains(tokens.get(k).norm())) {
                    return gazetteer.claimParty(name.match());
                }
            }
        }
        return null;
    }

    /**
     * Denied when a denial comes before the number in its sentence ("The Kremlin denied reports that 3,000…") and
     * nothing turns the sentence round in between ("denied the reports, but Kyiv said 3,000…").
     */
    private boolean isDenied(final List<Token> tokens, final List<Lexicon.Cue> denials, final QuantityMention mention) {
        Lexicon.Cue nearest = null;
        for (final Lexicon.Cue cue : denials) {
            if (cue.last() < mention.first()) {
                nearest = cue;
            }
        }
        if (nearest == null) {
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
     * Possible or planned when a cue shares the number's clause and lies near it ("could reach", "plans to send",
     * "would be deployed", "하기로 결정"); otherwise reported. Denial is decided first, by {@link #isDenied}.
     */
    private ClaimStatus statusOf(final List<Token> tokens, final List<Lexicon.Cue> cues, final QuantityMention mention,
                                 final Unit unit) {
        final int numberEnd = Math.max(mention.last(), unit.last());
        int clauseStart = mention.first();
        while (clauseStart > 0 && mention.first() - clauseStart < options.statusWindow()
                && !clauseBoundaries.contains(tokens.get(clauseStart - 1).norm())) {
            clauseStart--;
        }
        int clauseEnd = numberEnd;
        while (clauseEnd + 1 < tokens.size() && clauseEnd - numberEnd < options.statusWindow()
                && !clauseBoundaries.contains(tokens.get(clauseEnd + 1).norm())) {
            clauseEnd++;
        }
        boolean planned = false;
        boolean possible = false;
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
        for (int k = low; k < cues.size() && cues.get(k).first() <= clauseEnd; k++) {
            if (cues.get(k).last() <= clauseEnd) {
                possible |= "possible".equals(cues.get(k).key());
                planned |= "planned".equals(cues.get(k).key());
            }
        }
        if (possible) {
            return ClaimStatus.POSSIBLE;
        }
        return planned ? ClaimStatus.PLANNED : ClaimStatus.REPORTED;
    }

    /**
     * Two claims of the same kind and figure in one article are one claim, told twice: keep the one read with the
     * most cues (the first of equals), in the place of the first.
     */
    private static List<Found> distinct(final List<Found> found) {
        final Map<List<Object>, Found> unique = new LinkedHashMap<>();
        for (final Found claim : found) {
            unique.merge(figure(claim), claim, (kept, again) -> again.confidence() > kept.confidence() ? again : kept);
        }
        return new ArrayList<>(unique.values());
    }

    /** What a claim is about, for comparing a headline with its body; a null actor fits any. */
    private static String subject(final ClaimKind kind, final Party actor) {
        return kind.json() + ":" + (actor == null ? "?" : actor.code());
    }

    private static List<Object> figure(final Found claim) {
        return Arrays.asList(claim.kind(), claim.quantity().value(), claim.quantity().low(),
                claim.quantity().high());
    }

    /** Claim ids: article id, kind and evidence offset, with a suffix for the second claim of one sentence. */
    private static List<Claim> identify(final String articleId, final List<Found> found) {
        final Map<String, Integer> seen = new HashMap<>();
        final List<Claim> claims = new ArrayList<>(found.size());
        for (final Found f : found) {
            final String base = articleId + ":" + f.kind().json() + ":" + f.evidence().start();
            final int n = seen.merge(base, 1, Integer::sum);
            claims.add(new Claim(n == 1 ? base : base + ":" + n, articleId, f.kind(), f.quantity(), f.unit(),
                    f.actor(), f.destination(), f.location(), f.status(), f.attribution(), f.evidence(),
                    f.confidence()));
        }
        return List.copyOf(claims);
    }
}
