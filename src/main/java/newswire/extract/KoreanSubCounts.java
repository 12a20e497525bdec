package newswire.extract;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

/**
 * Korean counts that are a part or a breakdown of a figure rather than a figure of their own: the items of a list a
 * total follows ("자녀 4명, 이웃 아이 1명 등 어린이 5명"), a part of the dead or the wounded named without their number
 * ("부상자 중 13명은 관광객"), a count ranked or measured against a whole ("충남 출신이 128명으로 가장 많았다",
 * "134명으로 전체의 26%"), and a count of a mixed total ("사상자가 10명이 넘었다"). Each is gated on a Korean counter.
 */
final class KoreanSubCounts {

    /** The particle 도 ("also"): "나머지 2명도" adds to what was told. */
    private static final String ALSO = "도";

    /** How many words after 등 the total of its list may stand: "1명 등 모두 어린이 5명". */
    private static final int TOTAL_REACH = 4;
    /** How many words a list item may hold between a comma and its count: "이웃집 아이 1명". */
    private static final int ITEM_REACH = 3;
    /** How many words may stand between 중/가운데 and the part it opens: "부상자 중 이탈리아 국적이 2명". */
    private static final int PART_REACH = 3;
    /** How many words before a whole's noun may point at the one event it counts: "이번 사고로 발생한 부상자". */
    private static final int EVENT_REACH = 4;
    /** Tokens after a partitive's whole its part's share may end in: "412명 중 150명(36.4%)". */
    private static final int SHARE_REACH = 8;
    /** How many words the clause of a listed part may hold after its count: "2명도 부상을 입고 병원으로 이송되는 등". */
    private static final int LISTED_CLAUSE_REACH = 8;

    private final Set<String> listEnds;
    private final Set<String> listVerbs;
    private final Set<String> totalWords;
    private final Set<String> partitives;
    /** The words of a share (%, 퍼센트): a part told as a share of its whole. */
    private final Set<String> shares;
    private final Set<String> tollNouns;
    private final Set<String> breakdowns;
    private final Set<String> complementMarks;
    private final Set<String> subjectMarks;
    private final KoreanClauses clauses;
    private final Set<String> ands;
    /** The wholes of a proportion (10, 100, 1000): "10명 중 8명". */
    private final Set<Long> proportionBases;
    private final Set<String> rests;
    /** The grades of one outcome told of a rest: "나머지 3명은 경상". */
    private final Set<String> restGrades;
    /** The topic particles (은/는) that mark each group of a breakdown: "3명은 중상, 2명은 경상". */
    private final Set<String> topics;
    /** The endings that close a clause before the next (입었고, 입어, 다쳤으며): a group opens its clause after one. */
    private final Set<String> clauseEndings;
    /** Words that single out another event or day (어제, 이튿날, 이번): a group told with one is no part. */
    private final Set<String> eventAnchors;
    /** Words that point at this event (이번, 해당): before a whole's noun they name the event's toll, not a group of it. */
    private final Set<String> thisEvent;
    /** The case particles that close a phrase (경찰은, 현재까지): a word ending in one is no modifier of the next noun. */
    private final Set<String> phraseEnds;

    KoreanSubCounts(final Lexicon lexicon, final KoreanClauses clauses) {
        this.listEnds = lexicon.words("particle", "list-end-ko");
        this.listVerbs = lexicon.words("particle", "list-verb-ko");
        this.totalWords = lexicon.words("partitive", "total-ko");
        this.partitives = lexicon.words("partitive", "ko");
        this.shares = lexicon.words("partitive", "share-ko");
        this.tollNouns = lexicon.words("partitive", "toll-ko");
        this.breakdowns = lexicon.words("measure", "breakdown-ko");
        this.complementMarks = lexicon.words("particle", "complement-ko");
        this.subjectMarks = lexicon.words("particle", "subject-ko");
        this.subjectMarks.addAll(lexicon.words("particle", "topic-ko"));
        this.clauses = clauses;
        this.ands = lexicon.words("particle", "and-ko");
        this.proportionBases = lexicon.words("partitive", "proportion-base-ko").stream().map(Long::valueOf)
                .collect(Collectors.toSet());
        this.rests = lexicon.words("partitive", "rest-ko");
        this.restGrades = lexicon.words("partitive", "rest-grade-ko");
        this.topics = lexicon.words("particle", "topic-ko");
        this.clauseEndings = lexicon.words("predicate", "sequence-ko");
        this.clauseEndings.addAll(lexicon.words("predicate", "clause-end-ko"));
        this.eventAnchors = lexicon.words("generic", "event-anchor-ko");
        this.thisEvent = lexicon.words("generic", "this-event-ko");
        this.phraseEnds = lexicon.words("particle", "case-ko");
        this.phraseEnds.addAll(lexicon.words("particle", "oblique-ko"));
        this.phraseEnds.addAll(lexicon.words("particle", "genitive-ko"));
        this.phraseEnds.addAll(lexicon.words("generic", "span-end-ko"));
    }

    /**
     * Whether a Korean count is a bare group told as a topic of its own (marked 은/는, "2명은"), as each group of a
     * breakdown is: after a part pointed back at a figure ("7명이 다쳤다. 이 중 3명은 중상을 입었고, 2명은 경상을 입었다"),
     * the next group of the same kind in the sentence is another part of that figure (asked by {@link ClaimExtractor},
     * which knows the kinds). The group opens its clause, after a comma or a clause's ending, with no noun of its own
     * nor a new time or cause before it ("구조에 나선 역무원 2명은", "이튿날 검문소 공격으로 경찰 3명은": other people), and
     * names no other day or event in its clause ("2명은 이튿날 다쳤다").
     */
    boolean isTopicGroup(final List<Token> tokens, final QuantityMention mention) {
        if (mention.counter() == null || !tokens.get(mention.last()).isHangul()
                || !KoreanClauses.endsWithAny(tokens.get(mention.last()).text(), topics)) {
            return false;
        }
        final int before = mention.first() - 1;
        if (before >= 0 && !tokens.get(before).isPunct()
                && !(tokens.get(before).isHangul() && KoreanClauses.endsWithAny(tokens.get(before).text(), clauseEndings))) {
            return false;
        }
        for (int k = mention.last() + 1; k < tokens.size() && !tokens.get(k).isPunct(); k++) {
            final String word = tokens.get(k).text();
            if (KoreanClauses.startsWithAny(word, eventAnchors)) {
                return false;
            }
            if (tokens.get(k).isHangul() && KoreanClauses.endsWithAny(word, clauseEndings)) {
                break;
            }
        }
        return true;
    }

    /** Whether the Korean count at {@code m} is a part or a breakdown of a figure: see the class comment. */
    boolean isPart(final List<Token> tokens, final List<QuantityMention> mentions, final int m) {
        final QuantityMention mention = mentions.get(m);
        return mention.counter() != null
                && (isListItem(tokens, mentions, m) || isPartOfToll(tokens, mention) || isBreakdown(tokens, mention)
                || isProportion(tokens, mentions, m));
    }

    /**
     * Whether a Korean count is the size of a mixed total, the killed and the wounded together, named as its
     * subject ("사상자가 10명이 넘었다", "사상자는 28명"): the count is of neither kind, whatever verb stands before it.
     */
    boolean countsMixedTotal(final List<Token> tokens, final QuantityMention mention) {
        if (mention.counter() == null || mention.first() == 0) {
            return false;
        }
        final String word = tokens.get(mention.first() - 1).text();
        return tokens.get(mention.first() - 1).isHangul() && KoreanClauses.endsWithAny(word, subjectMarks)
                && clauses.namesMixedTotal(tokens, mention.first() - 1);
    }

    /**
     * Whether a count is an item of a list that 등 ("and others") closes before the list's total: "자녀 4명, 이웃집
     * 아이 1명 등 어린이 5명이 숨졌다", "민간인 40명과 군인 26명 등 66명이 다쳤다", "보행자 2명 등 모두 3명이 다쳤다":
     * the total, not its items, is the figure.
     */
    private boolean isListItem(final List<Token> tokens, final List<QuantityMention> mentions, final int m) {
        final int after = mentions.get(m).last() + 1;
        if (after >= tokens.size() || m + 1 >= mentions.size()) {
            return false;
        }
        final QuantityMention next = mentions.get(m + 1);
        if (listEnds.contains(tokens.get(after).text())) {
            return next.counter() != null && next.first() > after && next.first() <= after + 1 + TOTAL_REACH
                    && onlyWords(tokens, after + 1, next.first()) && !isMixed(tokens, next);
        }
        // "자녀 4명, 이웃집 아이 1명 등", "민간인 40명과 군인 26명 등": an item before a comma or 과/와 is one when the
        // next item is
        final int from = KoreanClauses.endsWithAny(tokens.get(after - 1).text(), ands) ? after
                : tokens.get(after).text().equals(",") ? after + 1 : -1;
        return from > 0 && next.counter() != null && next.first() > from && next.first() <= from + ITEM_REACH
                && onlyWords(tokens, from, next.first()) && isListItem(tokens, mentions, m + 1);
    }

    /**
     * Whether a Korean count is the total of a clause listed before it: the clause ends in 등 ("and so on") or a verb
     * of inclusion (비롯해, 포함한), right before the total or its word of a sum (총, 모두): "5명이 크게 다친 것을 비롯해
     * 모두 26명이 다쳤다", "2명도 다쳐 병원으로 이송되는 등 총 9명이 다쳤다". The count of that clause is then a part of
     * the total, a sub-count when the total is larger and of its kind (asked by {@link ClaimExtractor}).
     */
    boolean totalsClauseOf(final List<Token> tokens, final QuantityMention part, final QuantityMention total) {
        if (part.counter() == null || total.counter() == null || total.first() == 0) {
            return false;
        }
        int closer = total.first() - 1;
        if (closer > part.last() && totalWords.contains(tokens.get(closer).text())) {
            closer--;
        }
        if (closer <= part.last() || closer - part.last() > LISTED_CLAUSE_REACH
                || !onlyWords(tokens, part.last() + 1, closer + 1)) {
            return false;
        }
        final String word = tokens.get(closer).text();
        return listEnds.contains(word) || KoreanClauses.startsWithAny(word, listVerbs);
    }

    /**
     * Whether a count follows 중/가운데 after a noun of the dead or the wounded that has no number of its own
     * ("사망자 중 한 명이 실탄에 맞았다", "부상자 가운데 8명은 흉기에"): a part of a toll told elsewhere, not a toll.
     */
    private boolean isPartOfToll(final List<Token> tokens, final QuantityMention mention) {
        for (int k = mention.first() - 1; k > 0 && k >= mention.first() - 1 - PART_REACH; k--) {
            final Token token = tokens.get(k);
            if (!token.isHangul()) {
                return false; // a comma or a number: the part is another phrase's
            }
            if (partitives.contains(token.text())) {
                final String whole = tokens.get(k - 1).text();
                return tokens.get(k - 1).isHangul() && KoreanClauses.startsWithAny(whole, tollNouns);
            }
        }
        return false;
    }

    /**
     * Whether a Korean count follows "the rest" (나머지) within a few words ("나머지 4명은", "나머지 가족 4명은"): the rest
     * of a figure, a sub-count of it when its own sentence gave a figure of the same kind (asked by
     * {@link ClaimExtractor}, which knows the kinds). Marked 도 ("also"), the rest are told on top of that figure:
     * "1명이 숨졌고, 나머지 2명도 끝내 숨졌다" has three dead.
     */
    boolean isRest(final List<Token> tokens, final QuantityMention mention) {
        return !isAddedWithAlso(tokens, mention)
                && hasWordBefore(tokens, mention, k -> rests.contains(tokens.get(k).text()));
    }

    /**
     * Whether the rest (나머지) at this count is told by a grade of an outcome right after it ("나머지 3명은 경상",
     * "나머지 5명은 가볍게 다쳤다"): one part of a whole split by grade, where "나머지 2명은 무사했다" or "귀가했다" tells
     * of others than the whole.
     */
    boolean isGradedRest(final List<Token> tokens, final QuantityMention mention) {
        final int after = mention.last() + 1;
        return after < tokens.size() && tokens.get(after).isHangul()
                && KoreanClauses.startsWithAny(tokens.get(after).text(), restGrades);
    }

    /** Whether a Korean count is marked 도 ("also"): "트럭 운전자 1명도 다쳤고" adds to what was told, no part of it. */
    static boolean isAddedWithAlso(final List<Token> tokens, final QuantityMention mention) {
        return mention.counter() != null && tokens.get(mention.last()).text().endsWith(ALSO);
    }

    /**
     * Whether a Korean count is listed in the clause right before a later one, joined to it by words only within a
     * clause's reach: "1명이 숨지고 병원으로 옮겨진 2명도 숨지는 등": the 1 is listed before the 2.
     */
    boolean listedBefore(final List<Token> tokens, final QuantityMention earlier, final QuantityMention later) {
        return earlier.counter() != null && later.first() > earlier.last()
                && later.first() - earlier.last() - 1 <= LISTED_CLAUSE_REACH
                && onlyWords(tokens, earlier.last() + 1, later.first());
    }

    /**
     * Whether a Korean count follows, within a few words, 중/가운데 after a demonstrative ("그 중 11명이", "이 가운데
     * 2명은", glued "그중"): a part of the whole told right before, a sub-count of it when that whole is a figure of the
     * same kind (asked by {@link ClaimExtractor}): "노인 12명이 숨졌다. 그 중 11명이 연기를 마셔 사망했다" has twelve dead;
     * "12명이 다쳤고 이 중 2명이 숨졌다" has two.
     */
    boolean pointsBack(final List<Token> tokens, final QuantityMention mention) {
        return hasWordBefore(tokens, mention, k -> clauses.pointsBack(tokens, k));
    }

    /** Whether one of the few Korean words right before a Korean count is one {@code word} accepts. */
    private static boolean hasWordBefore(final List<Token> tokens, final QuantityMention mention,
                                         final IntPredicate word) {
        for (int k = mention.first() - 1; mention.counter() != null && k >= 0 && k >= mention.first() - PART_REACH
                && tokens.get(k).isHangul(); k--) {
            if (word.test(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the part after a Korean partitive's whole is told as a share of it, a percentage within
     * {@link #SHARE_REACH} tokens after the whole (lexicon {@code partitive share-ko}: "사망자 412명 중 150명(36.4%)이
     * 노인"): the whole is then the population of a statistic, no toll.
     */
    boolean isSharedOut(final List<Token> tokens, final QuantityMention whole) {
        for (int k = whole.last() + 1; k < Math.min(tokens.size(), whole.last() + 1 + SHARE_REACH); k++) {
            if (shares.contains(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the noun of a Korean whole is narrowed by a word right before it, a bare noun of the same phrase: a
     * nationality, a gender, an age, a place or a class ("이탈리아 국적 사망자", "여성 부상자", "10세 미만 부상자", "서울
     * 지역 사망자", "민간인 사망자"). The whole then counts a group of the dead or the wounded, which a larger toll told
     * before holds. Not a word pointing at this event ("이번 사망자"), nor one closing a phrase of its own with a
     * particle ("경찰은 사망자", "현재까지 사망자"), nor a sentence's first noun.
     */
    boolean isNarrowed(final List<Token> tokens, final Counted noun) {
        final int before = noun.first() - 1;
        if (noun.text() == null || before < 0 || tokens.get(before).isPunct()) {
            return false;
        }
        final String word = tokens.get(before).text();
        return !thisEvent.contains(word) && phraseEnds.stream().noneMatch(word::endsWith);
    }

    /**
     * Whether a word pointing at this event (이번, 해당) stands within {@link #EVENT_REACH} words before a whole's noun,
     * in its clause: "이번 공습에 따른 사망자 100명 중", "이번 지진 사망자 412명 중 150명(36.4%)". The whole is then that
     * event's toll, round or shared out, not a proportion's base nor a statistic's population, which name no event.
     */
    boolean isOfThisEvent(final List<Token> tokens, final Counted noun) {
        for (int k = noun.first() - 1; k >= Math.max(0, noun.first() - EVENT_REACH); k--) {
            if (tokens.get(k).isPunct()) {
                return false;
            }
            if (thisEvent.contains(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a Korean count is ten, a hundred or a thousand, the whole a proportion is told of ("사망자 10명 중 약
     * 8명은 만성질환으로 숨졌다": eight in ten, not ten dead): no toll as a partitive's whole, whatever its noun. An
     * approximate count ("부상자 10여명 가운데") is a figure, never a proportion's base.
     */
    boolean isProportionBase(final QuantityMention whole) {
        return whole.counter() != null && !whole.quantity().approximate()
                && proportionBases.contains(whole.quantity().value());
    }

    /**
     * Whether a count is the part of a proportion, right after 중/가운데 and a Korean count of ten, a hundred or a
     * thousand ("10명 중 8명 사망 원인은 만성질환", "100명 가운데 3명꼴"): a rate, not a figure of an event.
     */
    private boolean isProportion(final List<Token> tokens, final List<QuantityMention> mentions, final int m) {
        if (m == 0) {
            return false;
        }
        final QuantityMention whole = mentions.get(m - 1);
        final int between = whole.last() + 1;
        return whole.counter() != null && between + 1 == mentions.get(m).first()
                && partitives.contains(tokens.get(between).text())
                && proportionBases.contains(whole.quantity().value())
                && !isToldInThePast(tokens, mentions.get(m).last() + 1);
    }

    /**
     * Whether the first predicate ending its clause from {@code from} on is in the past tense (its last syllable before
     * 다 closes on ㅆ: 숨졌다, 사망했다, 있었다; but 있다, 없다): "승객 10명 중 8명이 숨졌다" tells what befell ten
     * people, where a rate is told in the present ("10명 중 3명이 숨진다") or with no predicate at all.
     */
    private static boolean isToldInThePast(final List<Token> tokens, final int from) {
        for (int k = from; k < tokens.size() && !tokens.get(k).isPunct(); k++) {
            final String word = tokens.get(k).text();
            if (word.length() >= 2 && word.endsWith("다")) {
                return Scripts.finalConsonant(word.charAt(word.length() - 2)) == Scripts.FINAL_SSANG_SIOT
                        && !word.endsWith("있다") && !word.endsWith("없다");
            }
        }
        return false;
    }

    /**
     * Whether a count marked 으로/로 is ranked or measured against a whole right after ("충남 출신이 128명으로 가장
     * 많았다", "보행자 사망자는 134명으로 전체의 26%"): one group of a breakdown, not a figure of an event.
     */
    private boolean isBreakdown(final List<Token> tokens, final QuantityMention mention) {
        final int after = mention.last() + 1;
        return after < tokens.size() && KoreanClauses.endsWithAny(tokens.get(mention.last()).text(), complementMarks)
                && KoreanClauses.startsWithAny(tokens.get(after).text(), breakdowns);
    }

    /**
     * Whether a list's total is a mixed total ("사망 27명 등 60여 명의 사상자", "사망 4명, 부상 24명 등 28명이 사상"): its
     * items are then the dead and the wounded, each a figure of its own kind.
     */
    private boolean isMixed(final List<Token> tokens, final QuantityMention total) {
        for (int k = total.last() + 1; k < Math.min(tokens.size(), total.last() + 3); k++) {
            if (clauses.namesMixedTotal(tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether every token from {@code from} to before {@code to} is a Korean word. */
    private static boolean onlyWords(final List<Token> tokens, final int from, final int to) {
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).isHangul()) {
                return false;
            }
        }
        return true;
    }
}
