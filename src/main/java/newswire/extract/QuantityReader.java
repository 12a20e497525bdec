package newswire.extract;

import static newswire.extract.NumberReader.PEOPLE_COUNTER;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import newswire.extract.NumberReader.Attached;
import newswire.extract.NumberReader.Number;
import newswire.model.Quantity;

/**
 * Reads the numbers of a sentence as a reader understands them: digits with separators ("1,500", "12 000"), decimals
 * with scale words ("1.5 million"), number words ("two thousand", "fifteen hundred"), Korean numerals ("1만2000명",
 * "약 3천 명"), ranges ("11,000 to 12,000", "between 3,000 and 5,000"), qualifiers before or after ("some", "at least",
 * "up to", "이상") and vague quantities as lower bounds ("tens of thousands" is at least 10,000).
 *
 * <p>It drops numbers that are measures rather than counts (percentages, money, years, durations, distances), but
 * leaves the question of what a number counts to the caller. The bare number at a token is read by
 * {@link NumberReader}; the numbers the words around them make no count by {@link NonCounts}.
 */
final class QuantityReader {

    static final String APPROXIMATE = "approximate";
    static final String AT_LEAST = "at-least";
    static final String AT_MOST = "at-most";
    private static final String UP_TO = "up to";
    /** The Korean genitive on a count word: "한 명의 희생자". */
    private static final String GENITIVE_KO = "의";
    /** How many words a Korean noun phrase may run after its count's 의 to a word of absence: "한 명의 미국인 희생자 없이". */
    private static final int NOUN_REACH_KO = 3;
    /** How many words after a Korean count its noun of incident may end: "3000만명 정보유출 사태" (one compound). */
    private static final int INCIDENT_REACH_KO = 2;

    private final Lexicon lexicon;
    private final Set<String> measures;
    private final Set<String> currencies;
    private final Set<String> months;
    private final Set<String> rateBases;
    private final Set<String> koreanRates;
    private final Set<String> koreanRateBases;
    private final Set<String> koreanChanges;
    private final Set<String> koreanAbsences;
    private final Set<String> koreanBesides;
    private final Set<String> koreanDegrees;
    private final Set<String> koreanIncidents;
    /** The Korean particle of a cause or means (으로/로): "교통사고로 숨졌다" tells what befell the count. */
    private final Set<String> causeMarks;
    /** The endings that close a Korean clause (했고, 됐으며): a casualty verb past them is another clause's. */
    private final Set<String> clauseEnds;
    /** The Korean particles of "and" (와/과): a casualty verb past them is another noun's. */
    private final Set<String> koreanAnds;
    private final Set<String> caseMarks;
    private final Set<String> passedVerbs;
    private final Set<String> upParticleVerbs;
    private final NumberReader numbers;
    private final NonCounts nonCounts;

    QuantityReader(final Lexicon lexicon) {
        this.lexicon = lexicon;
        this.months = lexicon.words("measure", "month");
        this.measures = lexicon.words("measure", "words");
        this.measures.addAll(months);
        this.rateBases = lexicon.words("measure", "rate-base");
        this.koreanRateBases = lexicon.words("measure", "rate-base-ko");
        this.koreanRates = lexicon.words("measure", "rate-ko");
        this.koreanRates.addAll(koreanRateBases);
        this.koreanChanges = lexicon.words("measure", "change-ko");
        this.koreanAbsences = lexicon.words("measure", "none-ko");
        this.koreanBesides = lexicon.words("measure", "besides-ko");
        this.koreanDegrees = lexicon.words("measure", "degree-ko");
        this.koreanIncidents = lexicon.words("measure", "incident-ko");
        this.causeMarks = lexicon.words("particle", "complement-ko");
        this.clauseEnds = lexicon.words("predicate", "clause-end-ko");
        this.koreanAnds = lexicon.words("particle", "and-ko");
        this.currencies = lexicon.words("measure", "currency");
        this.caseMarks = lexicon.words("particle", "case-ko");
        this.passedVerbs = lexicon.words("verb-bound", AT_LEAST);
        this.upParticleVerbs = lexicon.words("up-particle", "verbs");
        this.numbers = new NumberReader(lexicon);
        this.nonCounts = new NonCounts(lexicon);
    }

    List<QuantityMention> read(final List<Token> tokens, final Sentence sentence) {
        return read(tokens, sentence, false);
    }

    /**
     * The numbers of a sentence, in order.
     *
     * @param singulars whether to read the article "a"/"an" before a word as one too (for sentences with an event
     *                  predicate that can count a single person: "a pastoralist was killed")
     */
    List<QuantityMention> read(final List<Token> tokens, final Sentence sentence, final boolean singulars) {
        final List<QuantityMention> mentions = new ArrayList<>();
        final boolean titleCase = isTitleCase(tokens);
        boolean perCapita = false; // after "인구 10만 명당" the sentence's counts are rates
        int i = 0;
        while (i < tokens.size()) {
            final Optional<Number> found = numbers.number(tokens, i);
            if (found.isEmpty()) {
                if (singulars && isArticle(tokens, i) && lexicon.at(tokens, i, "qualifier").isEmpty()
                        && !nonCounts.isNegated(tokens, i)) {
                    mentions.add(new QuantityMention(i, i,
                            new Quantity(1L, null, null, false, null, tokens.get(i).text()), null, true));
                }
                i++;
                continue;
            }
            final int repeated = repeatedCountEnd(tokens, found.get());
            if (repeated > 0) {
                i = repeated + 1; // "한 명 한 명 불렀다": one by one, no count of anybody
                continue;
            }
            final Optional<QuantityMention> mention = mention(tokens, found.get(), sentence, titleCase);
            final boolean rate = perCapita;
            mention.filter(m -> !nonCounts.isNegated(tokens, m.first()) && !nonCounts.isPopulation(tokens, m)
                            && !nonCounts.isPlaceholder(tokens, m.first()) && !(rate && m.counter() != null)
                            && !isKoreanNone(tokens, m))
                    .ifPresent(mentions::add);
            perCapita |= isKoreanRateBase(tokens, found.get().last() + 1);
            i = Math.max(i + 1, mention.map(m -> m.last() + 1).orElse(found.get().last() + 1));
        }
        return mentions;
    }

    private Optional<QuantityMention> mention(final List<Token> tokens, final Number number, final Sentence sentence,
                                              final boolean titleCase) {
        int first = number.first();
        int last = number.last();
        if (first > 0 && (currencies.contains(tokens.get(first - 1).norm())
                || rateBases.contains(tokens.get(first - 1).norm())) || nonCounts.isYear(tokens, number)
                || nonCounts.isDayOfMonth(tokens, number) || nonCounts.isAge(tokens, number)
                || nonCounts.isPronounOne(tokens, number)
                || NonCounts.isCalibre(tokens, first)
                || nonCounts.isOtherEndOfMeasure(tokens, first) || nonCounts.isRatioBase(tokens, first)
                || (!titleCase && nonCounts.isPartOfName(tokens, number))) {
            return Optional.empty();
        }
        Long value = null;
        Long low = null;
        Long high = null;
        boolean approximate = false;
        String qualifier = null;

        final Optional<Number> upper = numbers.rangeEnd(tokens, number);
        if (upper.isPresent()) {
            BigDecimal from = number.value();
            final BigDecimal to = upper.get().value();
            final BigDecimal scaledFrom = from.multiply(numbers.scaleOf(tokens, upper.get()));
            if (!number.scaled() && upper.get().scaled() && scaledFrom.compareTo(to) < 0) {
                from = scaledFrom; // "11 to 12 million": the scale word of the upper end applies to both
            }
            low = longValue(from);
            high = longValue(to);
            last = upper.get().last();
            if (first > 0 && tokens.get(first - 1).norm().equals("between")) {
                first--;
                qualifier = "between";
            } else {
                // "about 3,000-5,000": a range can be approximate too
                final Optional<Lexicon.Cue> before = qualifierBefore(tokens, first);
                if (before.isPresent() && APPROXIMATE.equals(before.get().key())) {
                    first = before.get().first();
                    qualifier = before.get().phrase();
                    approximate = true;
                }
            }
        } else if (number.vague()) {
            low = longValue(number.value());
            approximate = true;
            qualifier = sentence.span(number.first(), number.last()).toLowerCase(Locale.ROOT);
        } else {
            value = longValue(number.value());
            final Optional<Lexicon.Cue> before = qualifierBefore(tokens, first);
            if (before.isPresent()) {
                first = before.get().first();
                qualifier = before.get().phrase();
                approximate = APPROXIMATE.equals(before.get().key());
                if (AT_LEAST.equals(before.get().key())) {
                    low = value;
                    value = null;
                } else if (AT_MOST.equals(before.get().key())) {
                    high = value;
                    value = null;
                }
            } else if (first > 0 && passedVerbs.contains(tokens.get(first - 1).norm())) {
                qualifier = tokens.get(first - 1).norm(); // "the death toll exceeded 100": more than 100
                low = value;
                value = null;
            }
        }
        if ((value == null || value == 0) && low == null && high == null
                || NonCounts.isPartOfCode(tokens, number.first(), last)
                || upper.isPresent() && NonCounts.isLocalPhoneNumber(tokens, number.first(), last)) {
            return Optional.empty();
        }

        String counter = null;
        int textEnd = -1; // where the quantity's words end inside a Korean counter word, before its particle
        final Attached numeral = tokens.get(last).isHangul() ? numbers.attached(tokens.get(last).text()) : null;
        final boolean determiner = numeral == null && tokens.get(last).isHangul() && last + 1 < tokens.size()
                && numbers.isKoreanPerson(tokens, last + 1) && !isKoreanNounModifier(tokens, last + 1);
        if (numeral != null) {
            counter = numbers.peopleClass();
            approximate |= numeral.approximate();
            textEnd = tokens.get(last).start() + numeral.numeralEnd() + (numeral.approximate() ? 1 : 0)
                    + PEOPLE_COUNTER.length();
        } else if (determiner) {
            counter = numbers.peopleClass(); // "한 남성이 숨졌다": no counter, the noun says it counts people
        } else if (last + 1 < tokens.size() && tokens.get(last + 1).isHangul()) {
            int k = last + 1;
            String word = tokens.get(k).text();
            final String attached = koreanSuffix(word, APPROXIMATE);
            int skipped = 0;
            if (attached != null) {
                approximate = true;
                qualifier = qualifier == null ? attached : qualifier;
                word = word.substring(attached.length());
                skipped = attached.length();
                if (word.isEmpty() && k + 1 < tokens.size() && tokens.get(k + 1).isHangul()) {
                    k++;
                    word = tokens.get(k).text();
                    skipped = 0;
                }
            }
            counter = numbers.counterClass(word);
            BigDecimal myriad = attached != null && value != null ? numbers.myriadWithCounter(word) : null;
            final boolean counterApart = myriad == null && attached != null && value != null
                    && numbers.bareMyriad(word) != null && k + 1 < tokens.size()
                    && numbers.peopleClass().equals(numbers.counterClass(tokens.get(k + 1).text()));
            if (counterApart) {
                myriad = numbers.bareMyriad(word); // "40여만 명", "20여 만 명": the counter is the next word
                k++;
                skipped = 0;
            }
            if (myriad != null) {
                value = longValue(number.value().multiply(myriad)); // "20여 만명": about 200,000
                if (value == null) {
                    return Optional.empty(); // more than a long holds: no count of anything
                }
                counter = numbers.peopleClass();
            } else if (counter == null && numbers.isHonorificCount(tokens, number.first(), k, word)) {
                counter = numbers.peopleClass(); // "희생되신 64분의"
            }
            if (counter == null) {
                return Optional.empty(); // 18일, 2024년, 10만원: a date, a year, money
            }
            // "20여 만명" ends two letters into its word; "20여 명" and "20여 만 명" one
            textEnd = tokens.get(k).start() + skipped + (myriad != null && !counterApart ? 2 : 1);
            last = k;
        }
        if (counter != null && isKoreanIncidentModifier(tokens, last)) {
            return Optional.empty();
        }
        if (last + 1 < tokens.size() && (measures.contains(tokens.get(last + 1).norm())
                || lexicon.at(tokens, last + 1, "measure").filter(cue -> "phrase".equals(cue.key())).isPresent())
                || counter != null && !determiner && isKoreanRateOrChange(tokens, last)
                || counter != null && NonCounts.isFraction(tokens, number)) {
            return Optional.empty();
        }
        final Optional<Bound> after = determiner ? Optional.empty() : suffix(tokens, last + 1);
        final boolean bounded = after.isPresent() && value != null;
        if (bounded) {
            last = after.get().last();
            qualifier = qualifier == null ? after.get().phrase() : qualifier + " " + after.get().phrase();
            switch (after.get().key()) {
                case AT_LEAST -> {
                    low = value;
                    value = null;
                }
                case AT_MOST -> {
                    high = value;
                    value = null;
                }
                default -> approximate = true;
            }
        }
        // the words of the quantity, without the particle a Korean counter carries ("1500명이" reads "1500명")
        final String written = sentence.span(first, last);
        final String text = textEnd < 0 || bounded ? written
                : written.substring(0, textEnd - tokens.get(first).start());
        return Optional.of(new QuantityMention(first, last,
                new Quantity(value, low, high, approximate, qualifier, text), counter, false));
    }

    /** The sum of two exact figures ("three women and three children": six), or null when either is not exact. */
    static Quantity sum(final Quantity one, final Quantity two, final String text) {
        if (one.value() == null || two.value() == null || one.approximate() || two.approximate()) {
            return null;
        }
        return new Quantity(one.value() + two.value(), null, null, false, null, text);
    }

    /**
     * The article "a"/"an" right before a word, or "another" before anything but a number ("another man", "wounded
     * another."; "another 11" and "another seven" are that many more); whether it counts a noun is for the caller.
     */
    private boolean isArticle(final List<Token> tokens, final int i) {
        final String word = tokens.get(i).norm();
        if (word.equals("another")) {
            return i + 1 >= tokens.size() || !lexicon.isNumberAt(tokens, i + 1);
        }
        return (word.equals("a") || word.equals("an")) && i + 1 < tokens.size()
                && tokens.get(i + 1).type() == Token.Type.WORD;
    }

    /** "some", "at least", "약" right before the number; a Korean one must be the whole word, not part of one. */
    private Optional<Lexicon.Cue> qualifierBefore(final List<Token> tokens, final int first) {
        if (first == 0) {
            return Optional.empty();
        }
        final Token before = tokens.get(first - 1);
        if (before.isHangul()) {
            for (final String key : lexicon.keys("qualifier")) {
                if (lexicon.phrases("qualifier", key).contains(before.text())) {
                    return Optional.of(new Lexicon.Cue("qualifier", key, before.text(), first - 1, first - 1));
                }
            }
            return Optional.empty();
        }
        final Optional<Lexicon.Cue> cue = lexicon.endingAt(tokens, first - 1, "qualifier");
        // "the toll has gone up to 31": "up" is the particle of the verb before it, the figure is exact
        return cue.filter(bound -> !(UP_TO.equals(bound.phrase()) && bound.first() > 0
                && upParticleVerbs.contains(tokens.get(bound.first() - 1).norm())));
    }

    /** A qualifier written after the number: "or more", "이상", "가량". */
    private record Bound(String key, String phrase, int last) {
    }

    private Optional<Bound> suffix(final List<Token> tokens, final int at) {
        if (at >= tokens.size()) {
            return Optional.empty();
        }
        if (tokens.get(at).isHangul()) {
            for (final String key : lexicon.keys("suffix")) {
                final String found = koreanSuffix(tokens.get(at).text(), key);
                if (found != null) {
                    return Optional.of(new Bound(key, found, at));
                }
            }
            return Optional.empty();
        }
        return lexicon.at(tokens, at, "suffix").map(cue -> new Bound(cue.key(), cue.phrase(), cue.last()));
    }

    /** The Korean suffix of that key the word starts with ("이상", "여"), or null. */
    private String koreanSuffix(final String word, final String key) {
        for (final String suffix : lexicon.phrases("suffix", key)) {
            if (Scripts.isHangul(suffix.charAt(0)) && word.startsWith(suffix)) {
                return suffix;
            }
        }
        return null;
    }

    /**
     * Whether a Korean count is the base of a rate ("인구 10만명당 4.0명", "1000명 당") or a change between two figures
     * ("1년 전보다 41명 줄어든 180명", "5명 늘었다"; not the total it comes to, "3140명으로 늘었다", whose counter carries a
     * case particle) or one more or fewer than another ("사망자 4명 많아"): lexicon {@code measure rate-ko} and
     * {@code rate-base-ko} on its counter word or the next, {@code measure change-ko} at the start of the next word.
     */
    private boolean isKoreanRateOrChange(final List<Token> tokens, final int counterAt) {
        final String word = tokens.get(counterAt).text();
        final String next = counterAt + 1 < tokens.size() ? tokens.get(counterAt + 1).text() : "";
        final String change = koreanDegrees.contains(next) && counterAt + 2 < tokens.size()
                ? tokens.get(counterAt + 2).text() : next; // "7명 더 많다"
        return endsOrIsNext(tokens, counterAt, koreanRates)
                || !KoreanClauses.endsWithAny(word, caseMarks) && KoreanClauses.startsWithAny(change, koreanChanges);
    }

    /**
     * Whether the Korean counter word at {@code counterAt} (or the word after it) makes the number before it the base
     * of a rate: "인구 10만 명당 입원이 86명이고, 사망이 19.6명" gives rates, not counts (lexicon
     * {@code measure rate-base-ko}).
     */
    private boolean isKoreanRateBase(final List<Token> tokens, final int counterAt) {
        if (counterAt >= tokens.size() || !tokens.get(counterAt).isHangul()
                || numbers.counterClass(tokens.get(counterAt).text()) == null) {
            return false;
        }
        return endsOrIsNext(tokens, counterAt, koreanRateBases);
    }

    /** Whether the Korean counter word at {@code counterAt} ends in one of the marks, or the word after it is one. */
    private static boolean endsOrIsNext(final List<Token> tokens, final int counterAt, final Set<String> marks) {
        final String word = tokens.get(counterAt).text();
        final String next = counterAt + 1 < tokens.size() ? tokens.get(counterAt + 1).text() : "";
        return KoreanClauses.endsWithAny(word, marks) || marks.contains(next);
    }

    /**
     * "미국인 사망자는 한 명도 없었습니다": a Korean count marked 도 ("even") before a word of absence (lexicon
     * {@code measure none-ko}) says there was none; so does a count marked 의 whose noun a word of absence follows,
     * itself marked 도 or not ("단 한 명의 희생자 없이", "한 명의 부상자도 없었다"), unless a word setting it apart
     * comes first ({@code measure besides-ko}: "1명의 사망자 외 부상자도 없었다" has one dead and no one hurt).
     */
    private boolean isKoreanNone(final List<Token> tokens, final QuantityMention mention) {
        final String count = tokens.get(mention.last()).text();
        if (mention.counter() == null) {
            return false;
        }
        if (count.endsWith("도")) {
            return isAbsence(tokens, mention.last() + 1);
        }
        if (!count.endsWith(GENITIVE_KO)) {
            return false;
        }
        for (int k = mention.last() + 1; k < tokens.size() && k <= mention.last() + NOUN_REACH_KO && tokens.get(k).isHangul()
                && !koreanBesides.contains(tokens.get(k).text()); k++) {
            if (isAbsence(tokens, k) || tokens.get(k).text().endsWith("도") && isAbsence(tokens, k + 1)) {
                return true;
            }
        }
        return false;
    }

    private boolean isAbsence(final List<Token> tokens, final int at) {
        return at < tokens.size() && KoreanClauses.startsWithAny(tokens.get(at).text(), koreanAbsences);
    }

    /** "Russia Fires 90 Drones At Kyiv": in a headline written in title case, capitals say nothing about names. */
    static boolean isTitleCase(final List<Token> tokens) {
        int words = 0;
        int capitalised = 0;
        for (final Token token : tokens) {
            if (token.type() == Token.Type.WORD && Character.isLetter(token.text().charAt(0)) && !token.isHangul()) {
                words++;
                capitalised += Character.isUpperCase(token.text().charAt(0)) ? 1 : 0;
            }
        }
        return words >= 3 && capitalised * 10 >= words * 7;
    }

    /**
     * Whether a bare Korean noun of people modifies the noun after it, which is no person and no predicate ("한 노인
     * 요양원에서": a nursing home, not an old man; "한 남성 운전자가", "한 남성 숨져" still count one person).
     */
    private boolean isKoreanNounModifier(final List<Token> tokens, final int at) {
        final Optional<Lexicon.Cue> person = lexicon.at(tokens, at, "unit");
        return person.isPresent() && tokens.get(at).text().equals(person.get().phrase()) && at + 1 < tokens.size()
                && tokens.get(at + 1).isHangul() && !numbers.isKoreanPerson(tokens, at + 1)
                && lexicon.at(tokens, at + 1, "verb").isEmpty();
    }

    /**
     * Whether a Korean count, bare or genitive, stands before a noun of incident that holds no predicate, right after
     * it or after one bare noun of its compound written apart ("3000만명 정보유출사태", "3000만명 정보유출 사태", "3000만 명의
     * 유출 사태", "수백명 집단소송 사건"): the count says how large the incident was, not whom it befell, and a casualty word
     * further on ("노동자 사망 사건") is not its own (lexicon {@code measure incident-ko}). A noun holding a predicate
     * makes the count a toll ("2명 사망 사고", "5명의 사망 사고"), and so does an incident that befell the count (see
     * {@link #befellCount}).
     */
    private boolean isKoreanIncidentModifier(final List<Token> tokens, final int counterAt) {
        final String count = tokens.get(counterAt).text();
        if (!count.endsWith(PEOPLE_COUNTER) && !count.endsWith(PEOPLE_COUNTER + GENITIVE_KO)) {
            return false;
        }
        for (int next = counterAt + 1; next < Math.min(tokens.size(), counterAt + 1 + INCIDENT_REACH_KO); next++) {
            if (!tokens.get(next).isHangul() || lexicon.at(tokens, next, "verb").isPresent()) {
                return false;
            }
            final String word = tokens.get(next).text();
            if (koreanIncidents.stream().anyMatch(word::contains)) {
                return !befellCount(tokens, next);
            }
        }
        return false;
    }

    /**
     * Whether the Korean incident at {@code incidentAt}, after a count, befell that count: it is marked as the cause
     * ("5명 교통사고로 숨져", "5명 교통사고로 병원 이송"), or a verb of the dead or hurt (lexicon {@code verb killed},
     * {@code verb wounded}) follows it in its clause ("근로자 2명 폭발 사고 당시 숨져", "승객 5명 버스 사고 뒤 다쳐": the
     * incident dates what befell the count); either with no other count before that verb, which would be the one it
     * befell ("3000만명 정보유출 사태로 직원 2명이 숨졌다"). A comma, a clause's ending (했고: lexicon {@code predicate
     * clause-end-ko}) or a noun joined by 와/과 ("해킹 사태와 노동자 사망 사건": lexicon {@code particle and-ko})
     * closes the incident's phrase first.
     */
    private boolean befellCount(final List<Token> tokens, final int incidentAt) {
        final String incident = tokens.get(incidentAt).text();
        if (KoreanClauses.endsWithAny(incident, koreanAnds)) {
            return false;
        }
        final boolean caused = KoreanClauses.endsWithAny(incident, causeMarks);
        for (int k = incidentAt + 1; k < tokens.size(); k++) {
            final Token token = tokens.get(k);
            if (token.isNumber()) {
                return false;
            }
            if (lexicon.allAt(tokens, k, "verb").stream()
                    .anyMatch(cue -> CountedNounFinder.TOLLS.contains(cue.key()))) {
                return true;
            }
            final boolean closes = token.isHangul() && (KoreanClauses.endsWithAny(token.text(), clauseEnds)
                    || KoreanClauses.endsWithAny(token.text(), koreanAnds));
            if (closes || token.isPunct() && !Scripts.isQuote(token.text())) {
                return caused;
            }
        }
        return caused;
    }

    /**
     * Where a Korean count said twice in a row ends ("한 명 한 명", "두 명 두 명씩"): the repetition reads "one by one",
     * a manner, not a number of people; 0 when the count is not repeated.
     */
    private static int repeatedCountEnd(final List<Token> tokens, final Number number) {
        final int counter = number.last() + 1;
        final int length = counter - number.first() + 1;
        if (counter + length >= tokens.size() || !tokens.get(number.first()).isHangul()
                || !tokens.get(counter).isHangul()) {
            return 0;
        }
        for (int k = 0; k < length - 1; k++) {
            if (!tokens.get(number.first() + k).text().equals(tokens.get(counter + 1 + k).text())) {
                return 0;
            }
        }
        return tokens.get(counter + length).text().startsWith(tokens.get(counter).text()) ? counter + length : 0;
    }

    private static Long longValue(final BigDecimal value) {
        final BigDecimal whole = value.stripTrailingZeros();
        if (whole.scale() > 0) {
            return null; // "2.5" of something is not a count
        }
        try {
            return whole.longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }
}
