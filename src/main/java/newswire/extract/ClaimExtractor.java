package newswire.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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

    /** How many earlier claims an actor may be borrowed from. */
    private static final int INHERIT_REACH = 20;
    /** At most this many sentences under no title make a note (event coders' notes run one to four). */
    private static final int NOTE_SENTENCES = 4;
    /** How many words after a Korean count of troops a verb of loss may stand: "2만 명의 병력을 잃었다". */
    private static final int FORCE_LOSS_REACH = 2;
    /** Stands for "some actor or none" when a headline is compared with its body. */
    private static final Party ANY_ACTOR = new Party("*", "*");

    private final ExtractOptions options;
    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final QuantityReader quantities;
    private final AttributionFinder attributions;
    private final PredicateFinder predicates;
    private final EnglishClauses clauses;
    private final CountedNounFinder nouns;
    private final PeopleBesideOthers besideOthers;
    private final RoleFinder roles;
    private final StatusReader statuses;
    private final KoreanSubCounts koreanParts;
    private final Set<String> needsVerbOrPlace;
    private final Set<String> inPlaceOnly;
    private final Set<String> otherGroups;
    private final Set<String> impacts;
    private final Set<String> forceLosses;
    private final Set<String> outsideForce;

    public ClaimExtractor(final ExtractOptions options) {
        this.options = options;
        this.lexicon = options.lexicon();
        this.gazetteer = options.gazetteer();
        this.quantities = new QuantityReader(lexicon);
        this.attributions = new AttributionFinder(lexicon, gazetteer);
        this.clauses = new EnglishClauses(lexicon, options);
        // one reader of Korean clauses for the predicate finder and the sub-count rules, as both ask it
        final KoreanClauses korean = new KoreanClauses(lexicon);
        this.predicates = new PredicateFinder(lexicon, options, clauses, korean);
        // one table of container nouns for the noun finder and the status reader, as both ask it the same question
        final ContainerNouns containers = new ContainerNouns(lexicon);
        this.nouns = new CountedNounFinder(lexicon, predicates, containers, options);
        this.besideOthers = new PeopleBesideOthers(lexicon, new PluralNouns(lexicon));
        this.roles = new RoleFinder(lexicon, gazetteer, options);
        this.statuses = new StatusReader(lexicon, containers, clauses, options.statusWindow());
        this.koreanParts = new KoreanSubCounts(lexicon, korean);
        this.needsVerbOrPlace = lexicon.words("needs-verb-or-place", "classes");
        this.inPlaceOnly = lexicon.words("in-place-only", "classes");
        this.otherGroups = lexicon.words("elliptic", "after");
        this.impacts = lexicon.words("partitive", "impact");
        this.forceLosses = lexicon.words("predicate", "loss-ko");
        this.outsideForce = lexicon.words("outside-force", "modifiers");
    }

    public static ClaimExtractor standard() {
        return new ClaimExtractor(ExtractOptions.standard());
    }

    public List<Claim> extract(final CleanArticle article) {
        final List<Sentence> sentences = SentenceSplitter.split(article.body(), 0);
        final List<Found> body = new ArrayList<>();
        final List<Attribution> sources = new ArrayList<>();
        final Map<String, Counted> heads = new HashMap<>();
        final boolean note = (article.title() == null || article.title().isBlank())
                && sentences.size() <= NOTE_SENTENCES;
        for (int index = 0; index < sentences.size(); index++) {
            final Sentence sentence = sentences.size() == 1 ? sentences.get(index).asWholeBody()
                    : note ? sentences.get(index).asPartOfNote() : sentences.get(index);
            read(sentence, index, body, sources, heads);
        }
        final List<Found> all = new ArrayList<>(distinct(body));
        if (article.title() != null && !article.title().isBlank()) {
            final String title = article.title().strip();
            final List<Found> headline = new ArrayList<>();
            read(new Sentence(title, -1, -1, Sentence.TITLE, Tokenizer.tokenize(title, 0, title.length())), -1,
                    headline, new ArrayList<>(), new HashMap<>());
            // A headline sums up the body, often rounded ("N. Korea to send 10,000 troops" over "as many as 10,000"):
            // its claim is reported only when the body has none of that kind about that actor as large, and then
            // once. A smaller figure in the body is a part of the headline's ("At Least 16 Dead" over "Five children
            // are among the dead"), not the same fact told again; a figure the body states is the body's, whoever the
            // headline names ("resettling 12,000 Syrian refugees").
            final Map<String, Long> told = new HashMap<>();
            final Set<List<Object>> figures = new HashSet<>();
            for (final Found claim : all) {
                told.merge(subject(claim.kind(), claim.actor()), size(claim), Math::max);
                told.merge(subject(claim.kind(), ANY_ACTOR), size(claim), Math::max);
                figures.add(figure(claim));
            }
            for (final Found claim : distinct(headline)) {
                final long size = size(claim);
                final boolean again = figures.contains(figure(claim))
                        || told.getOrDefault(subject(claim.kind(), claim.actor()), -1L) >= size
                        || told.getOrDefault(subject(claim.kind(), null), -1L) >= size
                        || claim.actor() == null && told.getOrDefault(subject(claim.kind(), ANY_ACTOR), -1L) >= size;
                if (!again) {
                    all.add(claim);
                }
            }
        }
        return identify(article.id(), all);
    }

    /**
     * A claim as read, before it has an id, with the sentence it came from; {@code group} when its phrase is joined by
     * "and" (과/와) to the phrase of the claim before it, as a group of its own ("four soldiers and four militants").
     */
    private record Found(int sentence, ClaimKind kind, Quantity quantity, String unit, Party actor, Party destination,
                         Party location, ClaimStatus status, Attribution attribution, Evidence evidence,
                         double confidence, Lexicon.Cue verb, boolean group) {
    }

    /**
     * Reads one sentence's claims into {@code found}.
     *
     * @param sources the sources named so far, for "he said"
     * @param heads   the last words of the nouns counted so far ("systems" of "air defence systems"), so that a later
     *                "6 of the systems" counts the same thing (see {@link CountedNounFinder#countedBy})
     */
    private void read(final Sentence sentence, final int index, final List<Found> found,
                      final List<Attribution> sources, final Map<String, Counted> heads) {
        final List<Token> tokens = sentence.tokens();
        final List<AttributionFinder.Report> reports = attributions.reports(sentence, sources);
        // sport: "the coach said his troops…", "14 players out through injury"; not a party's name ("the Awami League")
        final boolean sport = lexicon.find(tokens, "context").stream().anyMatch(cue -> !isInName(tokens, cue.first()));
        final List<QuantityMention> mentions = quantities.read(tokens, sentence, predicates.mayCountOne(tokens));
        if (mentions.isEmpty()) {
            return;
        }
        final List<NamedSpan> named = named(sentence, reports);
        final List<List<Lexicon.Cue>> verbs = predicates.verbs(tokens);
        final List<Lexicon.Cue> statusCues = statuses.cues(tokens);
        final List<Lexicon.Cue> backward = lexicon.find(tokens, "backward");
        final boolean[] inNumber = new boolean[tokens.size()];
        final boolean[] whole = new boolean[mentions.size()];
        final int[] depth = parenthesisDepth(tokens);
        for (int m = 0; m < mentions.size(); m++) {
            final QuantityMention next = nextAtDepth(mentions, m, depth);
            whole[m] = m > 0 && CountedNounFinder.isPartitiveWhole(tokens, mentions.get(m), mentions.get(m - 1))
                    || nouns.isKoreanPartitiveWhole(tokens, mentions.get(m), next);
            if (!whole[m]) {
                Arrays.fill(inNumber, mentions.get(m).first(), mentions.get(m).last() + 1, true);
            }
        }
        final boolean[] verbEnds = new boolean[tokens.size()];
        verbs.forEach(cues -> cues.forEach(cue -> verbEnds[cue.last()] = true));
        Counted previous = null;
        Lexicon.Cue previousVerb = null;
        Found previousClaim = null;
        QuantityMention previousClaimMention = null;
        // where each claim of this sentence was told: a total may take back every part listed before it
        final Map<Found, QuantityMention> toldAt = new IdentityHashMap<>();
        // the kind of the claim told at each number of this sentence: the total whose groups a later list breaks it into
        final ClaimKind[] toldKinds = new ClaimKind[mentions.size()];
        boolean partBefore = false;
        ClaimKind wholeKind = null; // the kind of a partitive whole, by its noun or its verb ("부상자 26명 가운데 5명은 중상")
        // what a Korean part after "이 중" points back at: the kind of the count right before it, the last figure of the
        // sentence before or a count of this one ("20명이 다쳤고 이 중 3명이 숨졌다": of the wounded, so 3 more dead)
        ClaimKind nearestKind = lastKindIn(found, index - 1);
        // the kind of the whole a part after "이 중" was a sub-count of in this sentence: its rest (나머지) is one too, and
        // so is each next group of the breakdown told as a topic ("이 중 3명은 중상, 2명은 경상")
        ClaimKind partedKind = null;
        int tollEndsAt = -1; // the last word of a toll's phrase that counts the people named in it
        for (int m = 0; m < mentions.size(); m++) {
            final ClaimKind toldWhole = m > 0 && whole[m - 1] ? wholeKind : null;
            wholeKind = null;
            final QuantityMention mention = mentions.get(m);
            if (mention.first() <= tollEndsAt) {
                continue; // "a guard" of "three others and a guard were hurt": counted in the others' toll
            }
            if (isPart(tokens, mention) || partBefore && m > 0 && joinsPart(tokens, mentions.get(m - 1), mention)
                    || mention.last() + 1 < tokens.size() && lexicon.at(tokens, mention.last() + 1, "subset")
                    .filter(cue -> "after".equals(cue.key())).isPresent()) {
                partBefore = true;
                continue; // "killed 40 people, including 12 children", "어린이 2명을 포함해 8명이": a part of a figure
            }
            partBefore = false;
            if (koreanParts.isPart(tokens, mentions, m) || koreanParts.countsMixedTotal(tokens, mention)) {
                continue; // "보행자 2명 등 모두 3명이", "부상자 중 8명은", "128명으로 가장 많았다", "사상자가 10명이"
            }
            if (m > 0 && depth[mention.first()] > depth[mentions.get(0).first()]
                    && !hasPredicateInside(depth, verbEnds, mention)) {
                // "the death toll stands at 160 (88 in the U.S., 54 in Haiti)": the parts of a figure; not a clause of
                // its own ("no injuries to police (the Post says three people were injured)")
                continue;
            }
            Counted unit = nouns.countedBy(sentence, mention, backward, named, heads);
            if (unit == null) {
                unit = besideOthers.moreBeside(tokens, named, mention); // "killed a guard and five more"
            }
            final boolean shared = unit == null;
            if (shared) {
                unit = nouns.sharedUnit(tokens, mention, previous);
            }
            if (unit == null || nouns.namesNoEvent(tokens, mention) || nouns.countsSurvivors(tokens, mention, unit)) {
                continue;
            }
            final Counted before = previous;
            previous = unit;
            final Found conjoinedTo = previousClaim;
            final QuantityMention conjoinedMention = previousClaimMention;
            previousClaim = null;
            final boolean strict = mention.singular() || inPlaceOnly.contains(unit.unitClass())
                    || nouns.isAboard(tokens, unit);
            if (unit.text() != null && !strict && !tokens.get(unit.last()).isHangul()) {
                if (unit.first() > mention.last()) {
                    // a noun before the number counts the event, not what a later number counts with it: after "the
                    // murders of six priests", "he ordered four other murders" counts no one killed
                    heads.putIfAbsent(tokens.get(unit.last()).norm(), unit);
                }
                heads.put(CountedNounFinder.LAST_COUNTED, unit);
            }
            // "56 of 73 drones launched by Russia": the whole of a partitive has a verb only in a participle of its own;
            // without one it is a standing figure, a claim only where a standing figure can be one ("3,000 of the
            // 11,000 soldiers in Russia": placed, below), never a toll ("Fourteen of the 22 patients died")
            // "two others and the driver of the truck were killed": the verb after the one person named beside the
            // others is theirs too, as after a phrase of their own
            final PeopleBesideOthers.Beyond namedAfter = whole[m] ? null
                    : besideOthers.after(tokens, named, mention, unit, clauses.isObjectOfVerbBefore(tokens, mention));
            final Counted phrase = namedAfter == null ? unit
                    : new Counted(unit.unitClass(), unit.text(), unit.first(), namedAfter.last(), unit.modifiersFrom());
            final Lexicon.Cue ownVerb = whole[m] ? predicates.participleAfter(tokens, verbs, unit)
                    : strict ? predicates.governing(tokens, verbs, mention, phrase, mention.singular(),
                    sentence.toldAsHeadline())
                    : predicates.verbFor(tokens, verbs, mention, phrase, inNumber);
            if (whole[m]) {
                wholeKind = predicates.kindOf(unit, ownVerb);
            }
            // "12 of the 50 wounded stayed in hospital", "Nine of the 31 dead were children": a whole counted by a
            // noun of the dead or the wounded is that toll, verb or none, and the part a sub-count of it; so is the
            // Korean whole before its part ("부상자 20명 가운데 3명은 어린이였다": 20 wounded), whose part after it is
            // then the told whole's (below), whatever it says of the part; not a proportion's whole
            // ("사망자 10명 중 약 8명은") nor one broken into shares ("사망자 412명 중 150명(36.4%)이 노인": a statistic's
            // population), unless it is pointed at this event ("이번 사고 사망자 100명 중 60명은"); nor a Korean whole narrowed to a group after a larger toll of its kind ("40명이 숨졌다. 여성
            // 사망자 12명 가운데 …": the women are some of the 40)
            final boolean namedToll = whole[m] && ownVerb == null && isCasualty(wholeKind)
                    && (koreanParts.isOfThisEvent(tokens, unit)
                    || !koreanParts.isProportionBase(mention) && !koreanParts.isSharedOut(tokens, mention))
                    && !(mention.counter() != null && koreanParts.isNarrowed(tokens, unit)
                    && toldLarger(found, wholeKind, mention.quantity()));
            if (whole[m] && ownVerb == null && !needsVerbOrPlace.contains(unit.unitClass()) && !namedToll) {
                continue;
            }
            // "sent 3,000 troops in 2023 and 5,000 in 2024", "killed 12 soldiers and two policemen": a number joined to
            // the one before shares its verb, unless it is the subject of a clause of its own ("40 people died and
            // 120 were hospitalized")
            final boolean sharesVerb = shared
                    || CountedNounFinder.isConjoined(tokens, before, m > 0 ? mentions.get(m - 1) : null, mention)
                    || isListItem(tokens, before, mention);
            // a shared verb must fit this phrase's noun as a verb of its own would: in "deployed 3,000 troops and 40
            // tanks" the tanks are not troops deployed
            final Lexicon.Cue nearVerb = ownVerb == null && sharesVerb && !clauses.hasOwnClause(tokens, mention)
                    && previousVerb != null && predicates.fits(tokens, unit, previousVerb) ? previousVerb : ownVerb;
            final Lexicon.Cue verb = m + 1 < whole.length && whole[m + 1]
                    ? predicates.partsOwnVerb(tokens, verbs, nearVerb, unit) : nearVerb;
            previousVerb = verb;
            final ClaimKind kind = predicates.kindOf(unit, verb);
            final boolean subCountBefore = isCasualty(kind)
                    && (koreanParts.pointsBack(tokens, mention) && kind == nearestKind
                    || koreanParts.isRest(tokens, mention) && (toldBefore(found, index, kind) || kind == partedKind)
                    || kind == partedKind && koreanParts.isTopicGroup(tokens, mention));
            if (subCountBefore) {
                partedKind = kind;
            }
            if (conjoinedTo != null && koreanParts.isRest(tokens, mention) && koreanParts.isGradedRest(tokens, mention)
                    && !KoreanSubCounts.isAddedWithAlso(tokens, conjoinedMention)
                    && isFirstPartOfWhole(found, index, conjoinedTo, mention.quantity())) {
                found.remove(conjoinedTo); // "1명은 크게, 나머지 4명은 가볍게 다쳤다" after "5명이 다쳤다": both are parts
            }
            nearestKind = kind;
            if (sport && !isToldBesideSport(kind, unit)) {
                continue;
            }
            if (kind != null && kind == toldWhole) {
                continue; // "부상자 26명 가운데 5명은 중상": the part of a toll told as a whole is a sub-count, not a toll
            }
            // "lost at least 3,000 men killed or wounded": a participle on the phrase that is one of two outcomes makes
            // the number a mixed total, whatever verb governs it
            final Lexicon.Cue participle = whole[m] ? ownVerb : predicates.participleAfter(tokens, verbs, unit);
            if (kind == null
                    || verb != null && (predicates.isDisjoined(tokens, verb)
                    || clauses.leavesAVenue(tokens, mention, verb)
                    || predicates.isKoreanVenueLeft(tokens, verb, unit)
                    || predicates.isKoreanRelativesOfAnother(tokens, mention, verb)
                    || clauses.isPartsOwn(tokens, mention, verb)
                    || participle != null && predicates.isDisjoined(tokens, participle)
                    || clauses.isArrest(tokens, verb) || clauses.isAttempt(tokens, verb)
                    || predicates.isKoreanAbility(tokens, verb)
                    || isHarm(kind) && clauses.isIntent(tokens, verb))
                    || isHarm(kind) && clauses.isConvicted(tokens, mention)
                    || predicates.isKoreanAgent(tokens, mentions, m, verb)
                    || predicates.isKoreanCondition(tokens, mention) || predicates.isKoreanNonFigure(tokens, mention)
                    || kind == ClaimKind.KILLED && predicates.isKoreanIllness(tokens, mention, verb)
                    || kind == ClaimKind.WEAPONS && isPartOfSalvo(tokens, mention, verb)
                    || kind == ClaimKind.TROOPS
                    && (isStandingForce(tokens, mention) || isOutsideAForce(tokens, mention, unit)
                    || isOneKoreanSoldier(tokens, mention)
                    || isKoreanForceLost(tokens, mention))
                    || statuses.isGeneric(tokens, mention, unit) || statuses.isHabitual(sentence, verb)
                    || isCasualty(kind) && statuses.isTallyOfYear(tokens, mention, unit, verb)
                    || clauses.hasPersonalSubject(tokens, verb) || clauses.isAgent(tokens, mention, verb)
                    || isCasualty(kind) && isGroupOfTotal(tokens, mentions, m, kind, toldKinds)
                    || clauses.isWitness(tokens, unit, verb) || predicates.isFirer(unit, verb)
                    || clauses.isOtherVerbsObject(tokens, mention, verb)
                    || clauses.isQuestionsOwn(tokens, mention, verb)
                    || isCasualty(kind) && nouns.countsPronoun(tokens, mention) && toldBefore(found, index, kind)
                    || subCountBefore
                    || isCasualty(kind) && nouns.isPartOfUnnumberedToll(tokens, mention, verb)
                    || isCasualty(kind) && isMemberOfToldToll(tokens, mention, verb, found, kind)
                    || isPartOfToldWhole(whole, m, verb, participle)) {
                continue;
            }
            final Optional<AttributionFinder.Report> report = AttributionFinder.nearest(reports, mention.first());
            final NamedSpan actorName = roles.actorOf(tokens, named, mention, unit, verbEnds);
            Party actor = actorName == null ? null : gazetteer.claimParty(actorName.match());
            if (actor == null) {
                actor = report.flatMap(r -> roles.speakerAsActor(sentence, r, mention)).orElse(null);
            }
            if (actor == null) {
                actor = inherited(found, kind, index);
            }
            final Party after = roles.placeOf(tokens, named, mention, unit, actorName, actor);
            final boolean moves = kind == ClaimKind.TROOPS || kind == ClaimKind.WEAPONS;
            final Party place = after != null || moves ? after : roles.placeBefore(tokens, named, mention, actorName);
            if (verb == null && needsVerbOrPlace.contains(unit.unitClass())
                    && (place == null || clauses.hasOwnPredicate(tokens, unit))) {
                // "North Korea has 1.2 million active troops": a standing army, not a deployment; "Four soldiers are
                // charged with the murder of a general who died in custody in Iraq": the place is another clause's
                continue;
            }
            final Attribution attribution = report.map(AttributionFinder.Report::attribution).orElse(null);
            final ClaimStatus status = statuses.statusOf(tokens, statusCues, mention, unit, kind, verb);
            if (status == ClaimStatus.POSSIBLE && (isOne(mention.quantity())
                    || statuses.isCounterfactual(tokens, statusCues, mention, unit, verb))) {
                // "even if it means killing an innocent person": one person in a hypothetical is anyone; "there might
                // have been two people killed": a guess at what did not happen
                continue;
            }
            // "killed the ambassador and three others": the others are counted besides one person, the toll is four
            final PeopleBesideOthers.Besides besides = moves ? null
                    : besideOthers.before(tokens, named, mentions, mention, unit);
            // "three others and a guard were hurt": the one person named after the others is counted with them, and
            // what his phrase holds ("a guard", "the son of one of the leaders") is told no more
            final PeopleBesideOthers.Beyond beyond = moves || besides != null || namedAfter == null
                    || besideOthers.isOwnSubject(tokens, mention, namedAfter, verb) ? null : namedAfter;
            final Quantity withBesides = besides != null ? QuantityReader.sum(
                    new Quantity(besides.people(), null, null, false, null, String.valueOf(besides.people())),
                    mention.quantity(), sentence.span(besides.first(), unit.last()))
                    : beyond != null ? QuantityReader.sum(mention.quantity(),
                    new Quantity(beyond.people(), null, null, false, null, String.valueOf(beyond.people())),
                    sentence.span(mention.first(), beyond.last())) : null;
            final Quantity counted = Objects.requireNonNullElse(withBesides, mention.quantity());
            // no sum ("a rebel commander and at least four more") leaves each figure its own claim
            if (beyond != null && withBesides != null) {
                tollEndsAt = beyond.last();
            }
            if (besides != null && withBesides != null) {
                // "killed a teacher and four others": the teacher is one of the five, and so are "two guards" of "two
                // guards, a driver and three others"; with no sum ("and at least two more") each keeps its own claim
                found.removeIf(part -> part.sentence() == index && part.kind() == kind && toldAt.containsKey(part)
                        && toldAt.get(part).first() >= besides.first());
            }
            final int cues = 1 + (verb != null ? 1 : 0) + (actor != null ? 1 : 0) + (place != null ? 1 : 0)
                    + (attribution != null ? 1 : 0);
            // a phrase of its own noun and number, not a single person ("another Tamil and a heron" are no groups)
            final boolean group = conjoinedTo != null && conjoinedTo.kind() == kind && !shared && !mention.singular()
                    && conjoinedMention == mentions.get(m - 1) && !conjoinedMention.singular()
                    && (CountedNounFinder.isConjoined(tokens, before, conjoinedMention, mention)
                    || predicates.isKoreanConjoined(tokens, conjoinedMention, mention));
            final Found claim = new Found(index, kind, counted, unit.text(), actor, moves ? place : null,
                    moves ? null : place, status, attribution,
                    new Evidence(sentence.text(), sentence.start(), sentence.end()),
                    Math.min(0.95, 0.35 + 0.12 * cues), verb, group);
            if (conjoinedTo != null && conjoinedTo.kind() == kind && namedToll && mention.counter() == null) {
                // the English part told before its whole; a Korean whole comes first, so a claim before it is another
                // clause's ("3명이 숨졌고 사망자 20명 가운데 …" keeps the 3)
                found.remove(conjoinedTo);
            } else if (conjoinedTo != null && conjoinedTo.kind() == kind
                    && koreanParts.totalsClauseOf(tokens, conjoinedMention, mention)) {
                // "5명이 크게 다친 것을 비롯해 모두 26명이 다쳤다": the figures before are parts of this total
                removeListedParts(found, toldAt, tokens, claim);
            }
            found.add(claim);
            toldAt.put(claim, mention);
            toldKinds[m] = kind;
            previousClaim = claim;
            previousClaimMention = mention;
            // "three women and three children were shot dead": one predicate of two counted phrases of people tells a
            // death toll, their sum ("fired 120 missiles and 90 drones" counts two things; the wounded are told by
            // group; "two pilots, two medics and three soldiers": the last two are not the whole list)
            if (conjoinedTo != null && kind == ClaimKind.KILLED && besides == null && verb != null
                    && verb.equals(conjoinedTo.verb())
                    && kind == conjoinedTo.kind()
                    && CountedNounFinder.isConjoined(tokens, before, mentions.get(m - 1), mention)
                    && !CountedNounFinder.endsList(tokens, mentions.get(m - 1))) {
                final Quantity sum = QuantityReader.sum(conjoinedTo.quantity(), mention.quantity(),
                        sentence.span(mentions.get(m - 1).first(), unit.last()));
                if (sum != null) {
                    found.add(new Found(index, kind, sum, null, actor, claim.destination(), claim.location(),
                            status, attribution, claim.evidence(), claim.confidence(), verb, false));
                }
            }
        }
    }

    /**
     * Whether the number is one of the groups a claim of its kind told before it in the sentence is broken into ("12
     * people were killed: five soldiers and seven civilians", see {@link EnglishClauses#totalOfGroup}): a sub-count of
     * that total, no claim of its own.
     */
    private boolean isGroupOfTotal(final List<Token> tokens, final List<QuantityMention> mentions, final int m,
                                   final ClaimKind kind, final ClaimKind[] toldKinds) {
        final int total = clauses.totalOfGroup(tokens, mentions, m);
        return total >= 0 && toldKinds[total] == kind;
    }

    /**
     * "one of the two teachers who died", "three of the 12 people who were wounded": the verb of the whole's own
     * relative clause or participle tells the whole's toll, and the part before it is a sub-count of it, no toll.
     */
    private static boolean isPartOfToldWhole(final boolean[] whole, final int m, final Lexicon.Cue verb,
                                             final Lexicon.Cue participle) {
        return m + 1 < whole.length && whole[m + 1] && verb != null && verb.equals(participle);
    }

    /**
     * Whether the sentence already gave a figure of that kind: "four of them" after "12 people were killed" is a part
     * of it, while after "shot 12 people, killing five of them" it is the toll.
     */
    /**
     * Whether the number names members of a toll told with a larger figure of its kind in the article so far ("The
     * attack killed 10 people, and among the dead were two children"): a sub-count. With no such toll the members are
     * the only figure, a lower bound ("Among the dead were two children", as "Two children were among the dead"), and
     * a number with a verb of its own after it is no member ("Among the wounded, three later died").
     */
    private boolean isMemberOfToldToll(final List<Token> tokens, final QuantityMention mention, final Lexicon.Cue verb,
                                       final List<Found> found, final ClaimKind kind) {
        return !clauses.hasOwnVerbAfter(tokens, mention, verb) && toldLarger(found, kind, mention.quantity())
                && nouns.isMemberOfToll(tokens, mention);
    }

    private static boolean toldBefore(final List<Found> found, final int sentence, final ClaimKind kind) {
        for (int k = found.size() - 1; k >= 0 && found.get(k).sentence() == sentence; k--) {
            if (found.get(k).kind() == kind) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the article already gave a larger figure of that kind, in a sentence before or this one: a smaller one
     * may be a part of a later whole or another group, a larger one holds it.
     */
    private static boolean toldLarger(final List<Found> found, final ClaimKind kind, final Quantity quantity) {
        return found.stream().anyMatch(claim -> claim.kind() == kind && size(claim) > size(quantity));
    }

    /** The kind of the last figure found in that sentence, null when it gave none: "노인 12명이 숨졌다. 그 중 11명이 …". */
    private static ClaimKind lastKindIn(final List<Found> found, final int sentence) {
        return found.isEmpty() || found.get(found.size() - 1).sentence() != sentence ? null
                : found.get(found.size() - 1).kind();
    }

    /**
     * "One of the bombs landed in a school yard", "two of those missiles were intercepted": a part of munitions told
     * elsewhere that hit or were brought down, not a count of its own ("supplied 6 of the systems" is a delivery;
     * lexicon {@code partitive definite} and {@code partitive impact}).
     */
    private boolean isPartOfSalvo(final List<Token> tokens, final QuantityMention mention, final Lexicon.Cue verb) {
        return verb != null && impacts.contains(verb.key()) && mention.last() + 1 < tokens.size()
                && lexicon.at(tokens, mention.last() + 1, "partitive")
                .filter(cue -> "definite".equals(cue.key())).isPresent();
    }

    /**
     * Whether troops are what a place holds, not what was sent: "the two states are home to tens of thousands of
     * fighters who sided with the south" (lexicon {@code standing troops}), whatever verb a relative clause adds.
     */
    private boolean isStandingForce(final List<Token> tokens, final QuantityMention mention) {
        return mention.first() > 0 && lexicon.endingAt(tokens, mention.first() - 1, "standing")
                .filter(cue -> "troops".equals(cue.key())).isPresent();
    }

    /**
     * "four fugitive soldiers who reached the coast by boat", "three deserting soldiers crossed the border": soldiers
     * set apart from their force by a modifier before their noun (lexicon {@code outside-force modifiers}) are people
     * who left it, not a force sent or standing anywhere.
     */
    private boolean isOutsideAForce(final List<Token> tokens, final QuantityMention mention, final Counted unit) {
        for (int k = mention.last() + 1; k < unit.first(); k++) {
            if (outsideForce.contains(tokens.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "한 병사는 … 밝혔다", "미군은 1명도": one soldier in Korean is a person, not a force sent anywhere (한 is also "a").
     */
    private static boolean isOneKoreanSoldier(final List<Token> tokens, final QuantityMention mention) {
        return isOne(mention.quantity()) && tokens.get(mention.last()).isHangul();
    }

    /**
     * "2만 명의 병력을 잃었다", "병력 3천 명을 잃었다": a Korean verb of loss (lexicon {@code predicate loss-ko}) within
     * two words after a count of troops makes it the force's losses, dead, wounded and captured together.
     */
    private boolean isKoreanForceLost(final List<Token> tokens, final QuantityMention mention) {
        for (int k = mention.last() + 1; k < Math.min(tokens.size(), mention.last() + FORCE_LOSS_REACH + 1); k++) {
            final String word = tokens.get(k).text();
            if (tokens.get(k).isHangul() && KoreanClauses.startsWithAny(word, forceLosses)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word of inclusion stands right before the number ("including 12 children", "among them 3 women", "the
     * dead included 3 tourists"); after the verb, a number whose own verb follows it counts its kind ("casualties
     * included 5 killed").
     */
    private boolean isPart(final List<Token> tokens, final QuantityMention mention) {
        final boolean stateAfter = mention.last() + 1 < tokens.size()
                && lexicon.at(tokens, mention.last() + 1, "verb").isPresent();
        return mention.first() > 0 && lexicon.endingAt(tokens, mention.first() - 1, "subset")
                .filter(cue -> "words".equals(cue.key()) || "included".equals(cue.key()) && !stateAfter).isPresent();
    }

    /**
     * Whether a number opens the next item of a list after the phrase counted before it ("killed 22 civilians, 3
     * guards and 5 policemen"): it shares that phrase's verb, as a phrase joined by "and" does.
     */
    private boolean isListItem(final List<Token> tokens, final Counted before, final QuantityMention mention) {
        return before != null && mention.first() == before.last() + 2
                && clauses.listLastItem(tokens, before.last() + 1) >= 0;
    }

    /**
     * Whether a number joined by "and", or by the comma of a list, to a part of a figure is one more part ("among them
     * 1 officer and 3 civilians", "the dead included four Germans, three Swedes and a Pole"), not a group of its own
     * ("… and 9 others injured").
     */
    private boolean joinsPart(final List<Token> tokens, final QuantityMention part, final QuantityMention mention) {
        final int joiner = mention.first() - 1;
        if (clauses.listLastItem(tokens, joiner) < 0 && !tokens.get(joiner).norm().equals("and")
                || mention.last() + 1 < tokens.size() && otherGroups.contains(tokens.get(mention.last() + 1).norm())) {
            return false;
        }
        for (int k = part.last() + 1; k < mention.first() - 1; k++) {
            if (tokens.get(k).type() != Token.Type.WORD || lexicon.at(tokens, k, "verb").isPresent()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a claim holds in a sentence about sport: deaths, and people hurt counted as people ("the 1989 stadium
     * disaster in which 96 died", "a car bomb exploded outside the stadium and 17 people were slightly injured"); the
     * rest is sport's own (a coach's "troops", players out injured, "3 fans were injured in the crush after the match").
     */
    private static boolean isToldBesideSport(final ClaimKind kind, final Counted unit) {
        return kind == ClaimKind.KILLED || kind == ClaimKind.WOUNDED && Counted.PERSON.equals(unit.unitClass());
    }

    /** Whether a capitalised word follows another inside a name ("the Awami League"), not opening the sentence. */
    private static boolean isInName(final List<Token> tokens, final int at) {
        return at > 0 && tokens.get(at).isCapitalised() && tokens.get(at - 1).isCapitalised();
    }

    /** Whether a predicate ends after the number inside the parenthesis it stands in: a clause, not a list of parts. */
    private static boolean hasPredicateInside(final int[] depth, final boolean[] verbEnds,
                                              final QuantityMention mention) {
        for (int k = mention.last() + 1; k < depth.length && depth[k] >= depth[mention.first()]; k++) {
            if (verbEnds[k] && depth[k] == depth[mention.first()]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The next number after mention {@code m} outside any parenthesis it does not stand in: "탑승자 181명(승무원 6명·승객
     * 175명) 중 179명이" pairs the 181 with the 179, past the parts in brackets.
     */
    private static QuantityMention nextAtDepth(final List<QuantityMention> mentions, final int m, final int[] depth) {
        final int level = depth[mentions.get(m).first()];
        for (int k = m + 1; k < mentions.size(); k++) {
            if (depth[mentions.get(k).first()] <= level) {
                return mentions.get(k);
            }
        }
        return null;
    }

    /** How many parentheses are open at each token. */
    private static int[] parenthesisDepth(final List<Token> tokens) {
        final int[] depth = new int[tokens.size()];
        int open = 0;
        for (int k = 0; k < tokens.size(); k++) {
            final String text = tokens.get(k).text();
            open = Math.max(0, open + (text.equals("(") ? 1 : 0) - (text.equals(")") ? 1 : 0));
            depth[k] = open;
        }
        return depth;
    }

    /** One, or more than one: a single referent, not a range. */
    private static boolean isOne(final Quantity quantity) {
        final Long value = quantity.value() != null ? quantity.value()
                : quantity.high() == null ? quantity.low() : null;
        return value != null && value == 1;
    }

    private static boolean isCasualty(final ClaimKind kind) {
        return kind == ClaimKind.KILLED || kind == ClaimKind.WOUNDED;
    }

    /** Harm done to people: what a plot to do it does not do (troops, weapons and moves may be planned figures). */
    private static boolean isHarm(final ClaimKind kind) {
        return isCasualty(kind) || kind == ClaimKind.CAPTURED;
    }

    /** The places and organisations of a sentence, except those naming a source ("Seoul's spy agency said"). */
    private List<NamedSpan> named(final Sentence sentence, final List<AttributionFinder.Report> reports) {
        final List<Token> tokens = sentence.tokens();
        final boolean[] inReport = new boolean[tokens.size()];
        for (final AttributionFinder.Report report : reports) {
            for (int k = report.first(); k <= report.last(); k++) {
                inReport[k] = true;
            }
        }
        final int offset = sentence.inTitle() ? 0 : sentence.start();
        final List<NamedSpan> named = new ArrayList<>();
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
                named.add(new NamedSpan(match, first, last));
            }
        }
        return named;
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
     * Two claims of the same kind and figure in one article are one claim, told twice: keep the one read with the
     * most cues (the first of equals), in the place of the first. Two groups of one sentence joined by "and" that happen
     * to be as large are two claims, not one told twice: "four soldiers and four militants were killed", "경찰 3명과
     * 괴한 3명이 숨졌다" tell two groups of dead. One person of a kind whose toll the article bounds at "at least one"
     * is that toll's one, told again ("the landslide killed at least one villager" and, later, "a boy died under the
     * mud" are one death): the bound, which says there may be more, stays. A larger exact figure beside the same bound
     * is often another event's ("killed at least 25" in one city, "leaving 25 people dead" in another).
     */
    private static List<Found> distinct(final List<Found> found) {
        final Map<List<Object>, List<Found>> unique = new LinkedHashMap<>();
        for (final Found claim : found) {
            final List<Found> groups = unique.computeIfAbsent(figure(claim), figure -> new ArrayList<>());
            int told = -1;
            for (int k = 0; k < groups.size() && told < 0; k++) {
                told = isOtherGroup(groups.get(k), claim) ? -1 : k;
            }
            if (told < 0) {
                groups.add(claim);
            } else if (claim.confidence() > groups.get(told).confidence()) {
                groups.set(told, claim);
            }
        }
        final List<Found> kept = unique.values().stream().flatMap(List::stream).toList();
        final Set<List<Object>> atLeastOne = new HashSet<>();
        for (final Found claim : kept) {
            final Quantity q = claim.quantity();
            if (q.value() == null && q.high() == null && Objects.equals(q.low(), 1L)) {
                atLeastOne.add(Arrays.asList(claim.kind(), claim.status()));
            }
        }
        return kept.stream().filter(claim -> !Objects.equals(claim.quantity().value(), 1L)
                || !atLeastOne.contains(Arrays.asList(claim.kind(), claim.status())))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    /** Whether a claim is a group joined to another of the same figure in its sentence (see {@link Found}). */
    private static boolean isOtherGroup(final Found kept, final Found claim) {
        return claim.group() && kept.sentence() == claim.sentence();
    }

    /** What a claim is about, for comparing a headline with its body; a null actor fits any. */
    private static String subject(final ClaimKind kind, final Party actor) {
        return kind.json() + ":" + (actor == null ? "?" : actor.code());
    }

    /** The figure a claim states, for comparing a headline with its body: its value, else its bounds (0 if none). */
    private static long size(final Found claim) {
        return size(claim.quantity());
    }

    private static long size(final Quantity q) {
        return q.value() != null ? q.value() : q.low() != null ? q.low() : q.high() != null ? q.high() : 0L;
    }

    /**
     * Whether a figure of this sentence and the rest after it (나머지) split a whole of their kind told before, in this
     * sentence or the one before: "10명이 다쳤다. 4명은 중태이고 나머지 6명은 가볍게 다쳤다" has the ten hurt only. The
     * sizes must add up, so that a first part told on top of the whole ("3명이 숨졌고 2명은 중태, 나머지 5명은 경미")
     * stays; the first part may not be marked 도 ("also", told on top of the whole), and the rest must be told by a
     * grade of the outcome (KoreanSubCounts.isGradedRest), not as unhurt or sent home.
     */
    private static boolean isFirstPartOfWhole(final List<Found> found, final int sentence, final Found part,
                                              final Quantity rest) {
        if (part.sentence() != sentence || rest.value() == null || part.quantity().value() == null) {
            return false;
        }
        for (int k = found.size() - 1; k >= 0 && found.get(k).sentence() >= sentence - 1; k--) {
            final Found whole = found.get(k);
            if (whole != part && whole.kind() == part.kind() && whole.quantity().value() != null
                    && whole.quantity().value() == part.quantity().value() + rest.value()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Takes back the figures of this sentence's clauses listed before its Korean total, the last first: each of the
     * total's kind, smaller, and joined to the next by words only ("1명이 숨지고 병원으로 옮겨진 2명도 숨지는 등 모두
     * 3명이 숨졌다" has three dead). The parts may not add up to more than the total: a larger sum is no breakdown of it.
     */
    private void removeListedParts(final List<Found> found, final Map<Found, QuantityMention> toldAt,
                                   final List<Token> tokens, final Found total) {
        QuantityMention later = null;
        long parts = 0;
        for (int k = found.size() - 1; k >= 0 && found.get(k).sentence() == total.sentence(); k--) {
            final Found part = found.get(k);
            final QuantityMention at = toldAt.get(part);
            parts += size(part);
            if (at == null || part.kind() != total.kind() || parts > size(total) || size(part) >= size(total)
                    || later != null && !koreanParts.listedBefore(tokens, at, later)) {
                return;
            }
            found.remove(k);
            later = at;
        }
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
