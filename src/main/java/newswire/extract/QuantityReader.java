package newswire.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newswire.model.Quantity;

/**
 * Reads the numbers of a sentence as a reader understands them: digits with separators ("1,500", "12 000"), decimals
 * with scale words ("1.5 million"), number words ("two thousand", "fifteen hundred"), Korean numerals ("1만2000명",
 * "약 3천 명"), ranges ("11,000 to 12,000", "between 3,000 and 5,000"), qualifiers before or after ("some", "at least",
 * "up to", "이상") and vague quantities as lower bounds ("tens of thousands" is at least 10,000).
 *
 * <p>It drops numbers that are measures rather than counts (percentages, money, years, durations, distances), but
 * leaves the question of what a number counts to the caller.
 */
final class QuantityReader {

    static final String APPROXIMATE = "approximate";
    static final String AT_LEAST = "at-least";
    static final String AT_MOST = "at-most";

    /** Longer digit strings than this are not counts (and would not fit a long). */
    private static final int MAX_DIGITS = 16;
    /** Number words adding up past this are not a count anyone writes ("one one one…"). */
    private static final long MAX_WORDS_VALUE = 1_000_000_000_000_000L;
    private static final int YEAR_MIN = 1800;
    private static final int YEAR_MAX = 2100;
    /** Words joining two model numbers of one name: "Atlas 2 and 3". */
    private static final Set<String> NAME_JOINERS = Set.of("and", "or");

    /** The longest Korean numeral in syllables ("스물다섯"). */
    private static final int KOREAN_NUMERAL_MAX = 4;

    /** A bare number: tokens {@code first} to {@code last}, its value, and whether it is a vague lower bound. */
    private record Number(int first, int last, BigDecimal value, boolean scaled, boolean vague) {
    }

    /** The Sino-Korean digits, each at the place of its value ("삼" is 3), written before a scale: 삼천 is 3,000. */
    private static final String SINO_KOREAN_DIGITS = "_일이삼사오육칠팔구";
    /**
     * The Korean counter of people, which a numeral written in syllables may carry in its own word (백명, 수백명이,
     * 천여명); a native numeral before a noun of people counts as if it carried it (한 남성이).
     */
    private static final String PEOPLE_COUNTER = "명";

    /**
     * A Korean numeral written in syllables with 명 in the same word ("백명", "삼천여명이", "수백명의"): where the numeral
     * ends, and whether 여 makes it approximate.
     */
    private record Attached(int numeralEnd, boolean approximate) {
    }

    private final Lexicon lexicon;
    private final Map<String, Long> scales = new HashMap<>();
    private final Set<String> joiners;
    private final Set<String> measures;
    private final Set<String> currencies;
    private final Set<String> beforeYear;
    private final Set<String> months;
    private final Set<String> yearOf;
    private final Set<String> rateBases;
    private final Set<String> koreanRates;
    private final Set<String> koreanRateBases;
    private final Set<String> koreanChanges;
    private final Set<String> koreanAbsences;
    private final Set<String> koreanDegrees;
    private final Set<String> koreanIncidents;
    private final Set<String> negations;
    private final Set<String> negatedCopulas;
    private final Set<String> placeholders;
    private final Set<String> caseMarks;
    private final Set<String> passedVerbs;
    private final Map<String, String> counters = new HashMap<>();
    private final Set<String> wordEndingCounters;
    private final Set<String> counterParticles;
    private final Map<String, Long> koreanNumbers = new HashMap<>();
    /** The first syllables of the Korean tens words, which start every compound numeral ("열두", "스물다섯"). */
    private final Set<Character> koreanTensFirst = new HashSet<>();

    QuantityReader(final Lexicon lexicon) {
        this.lexicon = lexicon;
        for (final String key : lexicon.keys("scale")) {
            lexicon.phrases("scale", key).forEach(word -> scales.put(word, Long.parseLong(key)));
        }
        this.joiners = lexicon.words("range", "joiner");
        this.months = lexicon.words("measure", "month");
        this.measures = lexicon.words("measure", "words");
        this.measures.addAll(months);
        this.yearOf = lexicon.words("measure", "year-of");
        this.rateBases = lexicon.words("measure", "rate-base");
        this.koreanRateBases = lexicon.words("measure", "rate-base-ko");
        this.koreanRates = lexicon.words("measure", "rate-ko");
        this.koreanRates.addAll(koreanRateBases);
        this.koreanChanges = lexicon.words("measure", "change-ko");
        this.koreanAbsences = lexicon.words("measure", "none-ko");
        this.koreanDegrees = lexicon.words("measure", "degree-ko");
        this.koreanIncidents = lexicon.words("measure", "incident-ko");
        this.negations = lexicon.words("measure", "negated-by");
        this.negatedCopulas = lexicon.words("measure", "negated-copula");
        this.placeholders = lexicon.words("measure", "placeholder");
        this.currencies = lexicon.words("measure", "currency");
        this.beforeYear = lexicon.words("measure", "before-year");
        this.caseMarks = lexicon.words("particle", "case-ko");
        this.passedVerbs = lexicon.words("verb-bound", AT_LEAST);
        for (final String key : lexicon.keys("korean-number")) {
            final long value = Long.parseLong(key);
            for (final String word : lexicon.phrases("korean-number", key)) {
                koreanNumbers.put(word, value);
                if (value >= 10 && value % 10 == 0) {
                    koreanTensFirst.add(word.charAt(0));
                }
            }
        }
        for (final String key : lexicon.keys("counter")) {
            lexicon.phrases("counter", key).forEach(counter -> counters.put(counter, key));
        }
        this.wordEndingCounters = lexicon.words("counter-ends", "word");
        this.counterParticles = lexicon.words("particle", "case-ko");
        this.counterParticles.addAll(lexicon.words("particle", "genitive-ko"));
        this.counterParticles.addAll(lexicon.words("counter-ends", "bound"));
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
            final Optional<Number> found = number(tokens, i);
            if (found.isEmpty()) {
                if (singulars && isArticle(tokens, i) && lexicon.at(tokens, i, "qualifier").isEmpty()
                        && !isNegated(tokens, i)) {
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
            mention.filter(m -> !isNegated(tokens, m.first()) && !isPopulation(tokens, m.first())
                            && !isPlaceholder(tokens, m.first()) && !(rate && m.counter() != null)
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
                || rateBases.contains(tokens.get(first - 1).norm())) || isYear(tokens, number)
                || isDayOfMonth(tokens, number) || isCalibre(tokens, first) || isOtherEndOfMeasure(tokens, first)
                || isRatioBase(tokens, first)
                || (!titleCase && isPartOfName(tokens, number))) {
            return Optional.empty();
        }
        Long value = null;
        Long low = null;
        Long high = null;
        boolean approximate = false;
        String qualifier = null;

        final Optional<Number> upper = rangeEnd(tokens, number);
        if (upper.isPresent()) {
            BigDecimal from = number.value();
            final BigDecimal to = upper.get().value();
            final BigDecimal scaledFrom = from.multiply(scaleOf(tokens, upper.get()));
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
        if ((value == null || value == 0) && low == null && high == null || isPartOfCode(tokens, number.first(), last)
                || upper.isPresent() && isLocalPhoneNumber(tokens, number.first(), last)) {
            return Optional.empty();
        }

        String counter = null;
        int textEnd = -1; // where the quantity's words end inside a Korean counter word, before its particle
        final Attached numeral = tokens.get(last).isHangul() ? attached(tokens.get(last).text()) : null;
        final boolean determiner = numeral == null && tokens.get(last).isHangul() && last + 1 < tokens.size()
                && isKoreanPerson(tokens, last + 1) && !isKoreanNounModifier(tokens, last + 1);
        if (numeral != null) {
            counter = counters.get(PEOPLE_COUNTER);
            approximate |= numeral.approximate();
            textEnd = tokens.get(last).start() + numeral.numeralEnd() + (numeral.approximate() ? 1 : 0)
                    + PEOPLE_COUNTER.length();
        } else if (determiner) {
            counter = counters.get(PEOPLE_COUNTER); // "한 남성이 숨졌다": no counter, the noun says it counts people
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
            counter = counterClass(word);
            if (counter == null) {
                return Optional.empty(); // 18일, 2024년, 10만원: a date, a year, money
            }
            textEnd = tokens.get(k).start() + skipped + 1;
            last = k;
        }
        if (counter != null && isKoreanIncidentModifier(tokens, last)) {
            return Optional.empty();
        }
        if (last + 1 < tokens.size() && (measures.contains(tokens.get(last + 1).norm())
                || lexicon.at(tokens, last + 1, "measure").filter(cue -> "phrase".equals(cue.key())).isPresent())
                || counter != null && !determiner && isKoreanRateOrChange(tokens, last)
                || counter != null && isFraction(tokens, number)) {
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

    /**
     * "9/11", "5-6-1806", "1-888-564-6273", "10:30": numbers glued to others by a slash, dash or colon, in a chain
     * longer than a range, are a date, a code or a phone number, not a count.
     */
    private static boolean isPartOfCode(final List<Token> tokens, final int first, final int last) {
        return first > 1 && isGlue(tokens, first - 1) && tokens.get(first - 2).isNumber()
                || last + 2 < tokens.size() && isGlue(tokens, last + 1) && tokens.get(last + 2).isNumber();
    }

    private static boolean isGlue(final List<Token> tokens, final int at) {
        final String text = tokens.get(at).text();
        return (text.equals("/") || text.equals("-") || text.equals(":") || text.equals("."))
                && tokens.get(at - 1).end() == tokens.get(at).start()
                && tokens.get(at).end() == tokens.get(at + 1).start();
    }

    /** The sum of two exact figures ("three women and three children": six), or null when either is not exact. */
    static Quantity sum(final Quantity one, final Quantity two, final String text) {
        if (one.value() == null || two.value() == null || one.approximate() || two.approximate()) {
            return null;
        }
        return new Quantity(one.value() + two.value(), null, null, false, null, text);
    }

    /**
     * "인구 10만명당 사망자 수는 4.0명": people are counted in whole numbers, so digits with a decimal point and no scale
     * before a counter are a rate or an average, never a count.
     */
    private static boolean isFraction(final List<Token> tokens, final Number number) {
        final String text = tokens.get(number.first()).text();
        return !number.scaled() && text.indexOf('.') >= 0 && text.chars().noneMatch(c -> Scripts.isKoreanScale((char) c));
    }

    /** ".410 shells", ".50-caliber": digits after a point with no whole part are a calibre, never a count. */
    private static boolean isCalibre(final List<Token> tokens, final int first) {
        return first > 0 && tokens.get(first - 1).text().equals(".")
                && tokens.get(first - 1).end() == tokens.get(first).start()
                && (first == 1 || !tokens.get(first - 2).isNumber()
                || tokens.get(first - 2).end() != tokens.get(first - 1).start());
    }

    /** "783-3870": three digits, a dash and four is how a local phone number is written, not a range. */
    private static boolean isLocalPhoneNumber(final List<Token> tokens, final int first, final int last) {
        return last == first + 2 && tokens.get(first).text().length() == 3 && tokens.get(last).text().length() == 4
                && tokens.get(first + 1).text().equals("-") && tokens.get(first).isNumber()
                && tokens.get(last).isNumber();
    }

    /**
     * The article "a"/"an" right before a word, or "another" before anything but a number ("another man", "wounded
     * another."; "another 11" is eleven more); whether it counts a noun is for the caller to say.
     */
    private static boolean isArticle(final List<Token> tokens, final int i) {
        final String word = tokens.get(i).norm();
        if (word.equals("another")) {
            return i + 1 >= tokens.size() || !tokens.get(i + 1).isNumber();
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
        return lexicon.endingAt(tokens, first - 1, "qualifier");
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
                || caseMarks.stream().noneMatch(word::endsWith) && koreanChanges.stream().anyMatch(change::startsWith);
    }

    /**
     * Whether the Korean counter word at {@code counterAt} (or the word after it) makes the number before it the base
     * of a rate: "인구 10만 명당 입원이 86명이고, 사망이 19.6명" gives rates, not counts (lexicon
     * {@code measure rate-base-ko}).
     */
    private boolean isKoreanRateBase(final List<Token> tokens, final int counterAt) {
        if (counterAt >= tokens.size() || !tokens.get(counterAt).isHangul()
                || counterClass(tokens.get(counterAt).text()) == null) {
            return false;
        }
        return endsOrIsNext(tokens, counterAt, koreanRateBases);
    }

    /** Whether the Korean counter word at {@code counterAt} ends in one of the marks, or the word after it is one. */
    private static boolean endsOrIsNext(final List<Token> tokens, final int counterAt, final Set<String> marks) {
        final String word = tokens.get(counterAt).text();
        final String next = counterAt + 1 < tokens.size() ? tokens.get(counterAt + 1).text() : "";
        return marks.stream().anyMatch(mark -> word.endsWith(mark) || next.equals(mark));
    }

    /**
     * "미국인 사망자는 한 명도 없었습니다": a Korean count marked 도 ("even") before a word of absence (lexicon
     * {@code measure none-ko}) says there was none.
     */
    private boolean isKoreanNone(final List<Token> tokens, final QuantityMention mention) {
        final int next = mention.last() + 1;
        return mention.counter() != null && tokens.get(mention.last()).text().endsWith("도") && next < tokens.size()
                && koreanAbsences.stream().anyMatch(tokens.get(next).text()::startsWith);
    }

    /**
     * The class of the Korean counter a word after a number begins with. A counter that also begins common nouns
     * (lexicon {@code counter-ends word}: 구 of bodies, as in 구급대, 구조대; 발 of rounds, as in 발사, 발짝) counts only as
     * the whole word or before a particle or a bound word ({@code counter-ends bound}): "시신 4구가", "2발이라고",
     * "10발씩", never "119구급대", "한 발사 계획".
     */
    private String counterClass(final String word) {
        for (int length = Math.min(2, word.length()); length >= 1; length--) {
            final String head = word.substring(0, length);
            final String counter = counters.get(head);
            if (counter != null) {
                final String rest = word.substring(length);
                return !wordEndingCounters.contains(head) || rest.isEmpty()
                        || counterParticles.stream().anyMatch(rest::startsWith) ? counter : null;
            }
        }
        return null;
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
     * "Leopard 2 tanks", "Patriot 3", "August 2": digits right after a capitalised word belong to a name or a date.
     * A qualifier is not a name ("About 400"), nor is the first word of a sentence ("The 10,000 troops"). Digits joined
     * by "and" or "or" to such digits name a model of the same line: "Atlas 2 and 3 rockets" counts no rockets.
     */
    private boolean isPartOfName(final List<Token> tokens, final Number number) {
        return isNameDigits(tokens, number.first());
    }

    private boolean isNameDigits(final List<Token> tokens, final int index) {
        if (index <= 1 || !tokens.get(index).isNumber()) {
            return false;
        }
        final Token before = tokens.get(index - 1);
        if (NAME_JOINERS.contains(before.norm())) {
            return isNameDigits(tokens, index - 2);
        }
        return before.type() == Token.Type.WORD && Character.isUpperCase(before.text().charAt(0))
                && !before.text().equals(before.text().toUpperCase(Locale.ROOT))
                && lexicon.endingAt(tokens, index - 1, "qualifier").isEmpty()
                && lexicon.at(tokens, index - 1, "range").isEmpty();
    }

    /**
     * Whether a four-digit number is a year: after a word that introduces one ("in 2022", "since 2017", "during
     * 2004"), before a noun of an event it dates ("the 2011 killing", "the 2004 tsunami"), or after a joiner whose
     * left end is a year ("between June 2003 and 2004", "from 1998 to 2002"): "between 1800 and 2000 people" stays a
     * range of people, as nothing marks its left end as a year.
     */
    private boolean isYear(final List<Token> tokens, final Number number) {
        return !number.scaled() && isYearAt(tokens, number.first(), number.last() + 1);
    }

    private boolean isYearAt(final List<Token> tokens, final int index, final int next) {
        if (!isYearDigits(tokens.get(index))) {
            return false;
        }
        if (index > 0 && beforeYear.contains(tokens.get(index - 1).norm())
                || next < tokens.size() && yearOf.contains(tokens.get(next).norm())) {
            return true;
        }
        final int leftEnd = index - 2;
        return leftEnd >= 0 && joiners.contains(tokens.get(index - 1).norm()) && isYearAt(tokens, leftEnd, index);
    }

    private static boolean isYearDigits(final Token token) {
        if (!token.isNumber() || token.text().length() != 4 || !token.text().chars().allMatch(Character::isDigit)) {
            return false;
        }
        final int year = Integer.parseInt(token.text());
        return year >= YEAR_MIN && year <= YEAR_MAX;
    }

    /**
     * "a population of 80,000", "a mother of 12": a number after a word of a whole (lexicon {@code whole}) counts who
     * live there or a parent's children, not an event.
     */
    private boolean isPopulation(final List<Token> tokens, final int first) {
        return first > 0 && lexicon.endingAt(tokens, first - 1, "whole").isPresent();
    }

    /**
     * "not a single soldier", "without one shot", "there was not one": a number under a negation, or a copula right
     * after one, counts nothing.
     */
    private boolean isNegated(final List<Token> tokens, final int first) {
        int before = first - 1;
        if (before > 0 && negatedCopulas.contains(tokens.get(before).norm())) {
            before--;
        }
        return before >= 0 && negations.contains(tokens.get(before).norm());
    }

    /**
     * Whether the number is the other end of an amount whose first end carries its measure: "between 30,000 stg and
     * 50,000", "from 20 km to 30": money or a measure like the first, not a count of people.
     */
    private boolean isOtherEndOfMeasure(final List<Token> tokens, final int first) {
        return first >= 3 && joiners.contains(tokens.get(first - 1).norm())
                && (currencies.contains(tokens.get(first - 2).norm()) || measures.contains(tokens.get(first - 2).norm())
                && !months.contains(tokens.get(first - 2).norm())) // "died on 12 May and 40 on 13 May": 40 people
                && tokens.get(first - 3).isNumber();
    }

    /**
     * Whether the number is the base of a ratio ("two out of 10 asylum seekers", "one in five refugees", lexicon
     * {@code measure ratio}): it counts the group a share is taken of, not people to whom something happened.
     */
    private boolean isRatioBase(final List<Token> tokens, final int first) {
        final Optional<Lexicon.Cue> ratio = first > 1 ? lexicon.endingAt(tokens, first - 1, "ratio") : Optional.empty();
        return ratio.isPresent() && ratio.get().first() > 0 && lexicon.isNumberAt(tokens, ratio.get().first() - 1);
    }

    /** "killed X thousands of people", "N hundred dead": a letter standing for a number states none. */
    private boolean isPlaceholder(final List<Token> tokens, final int first) {
        return first > 0 && placeholders.contains(tokens.get(first - 1).norm());
    }

    /** Whether a number of one or two digits follows a capitalised month, with or without its dot: "Dec. 31". */
    private boolean isDayOfMonth(final List<Token> tokens, final Number number) {
        final Token token = tokens.get(number.first());
        int month = number.first() - 1;
        if (month > 0 && tokens.get(month).text().equals(".")) {
            month--;
        }
        return token.isNumber() && token.text().length() <= 2 && month >= 0
                && months.contains(tokens.get(month).norm())
                && Character.isUpperCase(tokens.get(month).text().charAt(0));
    }

    private Optional<Number> rangeEnd(final List<Token> tokens, final Number number) {
        final int joiner = number.last() + 1;
        if (number.vague() || joiner + 1 >= tokens.size() || !joiners.contains(tokens.get(joiner).norm())) {
            return Optional.empty();
        }
        final boolean between = number.first() > 0 && tokens.get(number.first() - 1).norm().equals("between");
        if (tokens.get(joiner).norm().equals("and") && !between) {
            return Optional.empty();
        }
        return number(tokens, joiner + 1).filter(upper -> !upper.vague()
                && upper.value().compareTo(number.value()) > 0);
    }

    private BigDecimal scaleOf(final List<Token> tokens, final Number upper) {
        return BigDecimal.valueOf(scales.getOrDefault(tokens.get(upper.last()).norm(), 1L));
    }

    /** The number starting at token {@code i}: digits, number words or a vague quantity. */
    private Optional<Number> number(final List<Token> tokens, final int i) {
        final Token token = tokens.get(i);
        if (token.isNumber()) {
            final BigDecimal digits = digits(token.text());
            if (digits == null) {
                return Optional.empty();
            }
            if (i + 1 < tokens.size() && scales.containsKey(tokens.get(i + 1).norm())) {
                return Optional.of(new Number(i, i + 1,
                        digits.multiply(BigDecimal.valueOf(scales.get(tokens.get(i + 1).norm()))), true, false));
            }
            final BigDecimal rest = i + 1 < tokens.size() ? koreanRest(token.text(), tokens.get(i + 1)) : null;
            if (rest != null) {
                return Optional.of(new Number(i, i + 1, digits.add(rest), false, false)); // 3만 6500명
            }
            return Optional.of(new Number(i, i, digits, false, false));
        }
        if (token.isHangul() && attached(token.text()) != null) {
            final Optional<Lexicon.Cue> vague = lexicon.at(tokens, i, "vague");
            if (vague.isPresent() && token.text().startsWith(vague.get().phrase())) {
                return Optional.of(new Number(i, i, new BigDecimal(vague.get().key()), false, true)); // 수백명이
            }
            final BigDecimal value = sinoKorean(token.text());
            if (value != null) {
                return Optional.of(new Number(i, i, value, false, false)); // 백명, 삼천여명
            }
        }
        if (token.isHangul() && i + 1 < tokens.size() && tokens.get(i + 1).isHangul()
                && (i == 0 || tokens.get(i - 1).end() < token.start())) { // "50세 여성이" is an age, not three women
            final Long value = koreanNative(token.text());
            if (value != null && (counterClass(tokens.get(i + 1).text()) != null || isKoreanPerson(tokens, i + 1))) {
                return Optional.of(new Number(i, i, BigDecimal.valueOf(value), false, false));
            }
        }
        final Optional<Lexicon.Cue> vague = lexicon.at(tokens, i, "vague");
        if (vague.isPresent()) {
            return Optional.of(new Number(i, vague.get().last(), new BigDecimal(vague.get().key()), false, true));
        }
        return words(tokens, i);
    }

    /** Number words: "three", "two thousand", "fifteen hundred", "twenty-five", "a million". */
    private Optional<Number> words(final List<Token> tokens, final int i) {
        long total = 0;
        long current = 0;
        boolean any = false;
        boolean scaled = false;
        int j = i;
        if (j + 1 < tokens.size() && (tokens.get(j).norm().equals("a") || tokens.get(j).norm().equals("an"))
                && scales.containsKey(tokens.get(j + 1).norm())) {
            current = 1;
            any = true;
            j++;
        }
        while (j < tokens.size()) {
            final Token token = tokens.get(j);
            final Optional<Lexicon.Cue> word = lexicon.at(tokens, j, "number");
            final Long compound = word.isEmpty() ? compound(token.norm()) : null;
            if (current > MAX_WORDS_VALUE) {
                break;
            }
            if (word.isPresent()) {
                current += Long.parseLong(word.get().key());
                j = word.get().last() + 1;
                any = true;
            } else if (compound != null) {
                current += compound;
                j++;
                any = true;
            } else if (any && scales.containsKey(token.norm())) {
                final long scale = scales.get(token.norm());
                try {
                    if (scale == 100) {
                        current = Math.multiplyExact(Math.max(current, 1), 100L);
                    } else {
                        total = Math.addExact(total, Math.multiplyExact(Math.max(current, 1), scale));
                        current = 0;
                    }
                } catch (ArithmeticException e) {
                    break; // "million million million…" is no count anyone writes
                }
                scaled = true;
                j++;
            } else {
                break;
            }
        }
        return any && total + current > 0
                ? Optional.of(new Number(i, j - 1, BigDecimal.valueOf(total + current), scaled, false))
                : Optional.empty();
    }

    /**
     * Whether a bare Korean noun of people modifies the noun after it, which is no person and no predicate ("한 노인
     * 요양원에서": a nursing home, not an old man; "한 남성 운전자가", "한 남성 숨져" still count one person).
     */
    private boolean isKoreanNounModifier(final List<Token> tokens, final int at) {
        final Optional<Lexicon.Cue> person = lexicon.at(tokens, at, "unit");
        return person.isPresent() && tokens.get(at).text().equals(person.get().phrase()) && at + 1 < tokens.size()
                && tokens.get(at + 1).isHangul() && !isKoreanPerson(tokens, at + 1)
                && lexicon.at(tokens, at + 1, "verb").isEmpty();
    }

    /**
     * Whether a Korean count with no particle stands before a noun of incident that holds no predicate ("3000만명
     * 정보유출사태", "수백명 집단소송 사건"): the count says how large the incident was, not whom it befell, and a
     * casualty word further on ("노동자 사망 사건") is not its own (lexicon {@code measure incident-ko}).
     */
    private boolean isKoreanIncidentModifier(final List<Token> tokens, final int counterAt) {
        final int next = counterAt + 1;
        return next < tokens.size() && tokens.get(counterAt).text().endsWith(PEOPLE_COUNTER)
                && tokens.get(next).isHangul() && lexicon.at(tokens, next, "verb").isEmpty()
                && koreanIncidents.stream().anyMatch(tokens.get(next).text()::contains);
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

    /** Whether the Korean word at {@code at} starts with a noun of people ("남성이", "주민들이"; lexicon {@code unit}). */
    private boolean isKoreanPerson(final List<Token> tokens, final int at) {
        return tokens.get(at).isHangul() && lexicon.at(tokens, at, "unit")
                .filter(unit -> "person".equals(unit.key()) || "troops".equals(unit.key())).isPresent();
    }

    /**
     * Whether a word is a numeral in syllables (Sino-Korean digits and scales, or a vague 수백, 수십) followed by 명,
     * with at most 여 between and a case particle after: "백명", "수백명이", "삼천여명의"; "천명했다" (declared) is no
     * count.
     */
    private Attached attached(final String word) {
        int end = 0;
        while (end < word.length() && (Scripts.isKoreanScale(word.charAt(end)) || "수십".indexOf(word.charAt(end)) >= 0
                || SINO_KOREAN_DIGITS.indexOf(word.charAt(end)) > 0)) {
            end++;
        }
        if (end == 0) {
            return null;
        }
        final boolean approximate = word.startsWith("여", end);
        final int counterAt = end + (approximate ? 1 : 0);
        if (!word.startsWith(PEOPLE_COUNTER, counterAt)) {
            return null;
        }
        final String particle = word.substring(counterAt + PEOPLE_COUNTER.length());
        return particle.isEmpty() || caseMarks.contains(particle) || particle.equals("의")
                ? new Attached(end, approximate) : null;
    }

    /** The value of a Sino-Korean numeral at the start of a word: "백" 100, "삼천" 3,000, "이만" 20,000; or null. */
    private static BigDecimal sinoKorean(final String word) {
        final StringBuilder digits = new StringBuilder();
        for (int k = 0; k < word.length(); k++) {
            final char c = word.charAt(k);
            final int digit = SINO_KOREAN_DIGITS.indexOf(c);
            if (digit > 0) {
                digits.append((char) ('0' + digit));
            } else if (Scripts.isKoreanScale(c)) {
                digits.append(c);
            } else {
                break;
            }
        }
        return digits.chars().anyMatch(c -> Scripts.isKoreanScale((char) c)) ? korean(digits.toString()) : null;
    }

    /** A Korean native numeral as a whole word: "세" 3, "열" 10, "열두" 12, "스물다섯" 25; or null. */
    private Long koreanNative(final String word) {
        final Long whole = koreanNumbers.get(word);
        if (whole != null || word.length() > KOREAN_NUMERAL_MAX || !koreanTensFirst.contains(word.charAt(0))) {
            return whole; // most Korean words: one lookup, no substring
        }
        for (int split = 1; split < word.length(); split++) {
            final Long tens = koreanNumbers.get(word.substring(0, split));
            final Long units = koreanNumbers.get(word.substring(split));
            if (tens != null && units != null && tens >= 10 && tens % 10 == 0 && units < 10) {
                return tens + units;
            }
        }
        return null;
    }

    /** "twenty-five" as 25, or null. */
    private Long compound(final String word) {
        final int dash = word.indexOf('-');
        if (dash <= 0 || word.indexOf('-', dash + 1) >= 0) {
            return null;
        }
        final Long left = single(word.substring(0, dash));
        final Long right = single(word.substring(dash + 1));
        return left != null && right != null && left >= 20 && left % 10 == 0 && right < 10
                ? left + right : null;
    }

    private Long single(final String word) {
        for (final String key : lexicon.keys("number")) {
            if (lexicon.phrases("number", key).contains(word)) {
                return Long.parseLong(key);
            }
        }
        return null;
    }

    /**
     * The digits after a space that complete a Korean number ending in a scale, as Korean writes its myriads apart
     * ("3만 6500명", "1만 5000여 명", "40만 9천 명"); null when the next token is no such rest (a second number, "3만
     * 명", or one as large as the scale, "1만 2만").
     */
    private static BigDecimal koreanRest(final String number, final Token next) {
        final char scale = number.charAt(number.length() - 1);
        if (scale != '만' && scale != '억' || !next.isNumber() || next.text().indexOf('.') >= 0) {
            return null; // the rest may carry a smaller scale of its own: "40만 9천 명", "3억 2천만"
        }
        final BigDecimal rest = digits(next.text());
        return rest != null && rest.compareTo(BigDecimal.valueOf(scale == '만' ? 10_000L : 100_000_000L)) < 0
                ? rest : null;
    }

    /** "1,500" → 1500, "1.5" → 1.5, "1만2000" → 12000; null when it is no number a count could be. */
    static BigDecimal digits(final String text) {
        final StringBuilder plain = new StringBuilder();
        boolean korean = false;
        for (int k = 0; k < text.length(); k++) {
            final char c = text.charAt(k);
            if (Scripts.isDigit(c) || c == '.') {
                plain.append(c);
            } else if (Scripts.isKoreanScale(c)) {
                korean = true;
                plain.append(c);
            }
        }
        if (plain.length() == 0 || plain.length() > MAX_DIGITS || (plain.length() > 1 && plain.charAt(0) == '0'
                && plain.charAt(1) != '.')) {
            return null; // no count is written with a leading zero ("007", "0001")
        }
        return korean ? korean(plain.toString()) : new BigDecimal(plain.toString());
    }

    private static BigDecimal korean(final String text) {
        long total = 0;
        long group = 0;
        long digits = 0;
        boolean seen = false;
        for (int k = 0; k < text.length(); k++) {
            final char c = text.charAt(k);
            if (Scripts.isDigit(c)) {
                digits = digits * 10 + (c - '0');
                seen = true;
            } else if (c == '천' || c == '백') {
                group += (seen ? digits : 1) * (c == '천' ? 1000 : 100);
                digits = 0;
                seen = false;
            } else if (c == '만' || c == '억') {
                final long unit = c == '만' ? 10_000L : 100_000_000L;
                final long multiplier = group + digits == 0 ? 1 : group + digits;
                total += multiplier * unit;
                group = 0;
                digits = 0;
                seen = false;
            } else {
                return null;
            }
        }
        return BigDecimal.valueOf(total + group + digits);
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
