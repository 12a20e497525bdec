package newswire.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import newswire.extract.NumberReader.Number;

/**
 * The numbers of {@link QuantityReader} that count nothing, told by the words around them: years and days of a month, ages,
 * codes, phone numbers and calibres, model numbers of a name, the other end of an amount of money or a measure, the
 * base of a ratio, a population, a number under a negation, a letter standing for a number, a decimal before a Korean
 * counter.
 */
final class NonCounts {

    private static final int YEAR_MIN = 1800;
    private static final int YEAR_MAX = 2100;
    /** The most ages a list after "aged" holds before the number read, so that the look back stays bounded. */
    private static final int AGE_LIST_ITEMS = 10;
    /** How many words a whole's noun phrase may take before its participle: "the 12 people killed", "the 40 men held". */
    private static final int TOLL_PARTICIPLE_REACH = 3;
    /** The kinds of a verb that make the whole of a share a toll. */
    private static final Set<String> CASUALTY_VERBS = Set.of("killed", "wounded", "captured", "missing");

    private final Lexicon lexicon;
    private final Set<String> joiners;
    private final Set<String> measures;
    private final Set<String> currencies;
    private final Set<String> beforeYear;
    private final Set<String> months;
    private final Set<String> yearOf;
    private final Set<String> negations;
    private final Set<String> negatedCopulas;
    private final Set<String> placeholders;
    private final Set<String> ageWords;
    private final Set<String> ageThresholds;
    private final Set<String> ageGroups;
    private final Set<String> pronounDeterminers;
    /** Words that cannot be the noun a number counts ("were", "and", "in"): after one, the number stands bare. */
    private final Set<String> unitStops;
    /** The marks of a Korean subject or topic (이/가, 은/는): "인구 3만명이 대피했다". */
    private final Set<String> koreanSubjectMarks;

    NonCounts(final Lexicon lexicon) {
        this.lexicon = lexicon;
        this.joiners = lexicon.words("range", "joiner");
        this.months = lexicon.words("measure", "month");
        this.measures = lexicon.words("measure", "words");
        this.measures.addAll(months);
        this.yearOf = lexicon.words("measure", "year-of");
        this.negations = lexicon.words("measure", "negated-by");
        this.negatedCopulas = lexicon.words("measure", "negated-copula");
        this.placeholders = lexicon.words("measure", "placeholder");
        this.ageWords = lexicon.words("measure", "age");
        this.ageThresholds = lexicon.words("measure", "age-threshold");
        this.ageGroups = lexicon.words("measure", "age-group");
        this.pronounDeterminers = lexicon.words("measure", "pronoun-one");
        this.unitStops = lexicon.words("unit-stop", "words");
        this.koreanSubjectMarks = lexicon.words("particle", "subject-ko");
        this.koreanSubjectMarks.addAll(lexicon.words("particle", "topic-ko"));
        this.currencies = lexicon.words("measure", "currency");
        this.beforeYear = lexicon.words("measure", "before-year");
    }

    /**
     * Whether a four-digit number is a year: after a word that introduces one ("in 2022", "since 2017", "during
     * 2004"), before a noun of an event it dates ("the 2011 killing", "the 2004 tsunami"), or after a joiner whose
     * left end is a year ("between June 2003 and 2004", "from 1998 to 2002"): "between 1800 and 2000 people" stays a
     * range of people, as nothing marks its left end as a year.
     */
    boolean isYear(final List<Token> tokens, final Number number) {
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
     * Whether a number is an age: right after a word of age ("aged 25"), or later in a list of numbers that opens on
     * one ("three men, aged 20, 22 and 25, were killed": no list of counts). A later number is an age only when it
     * stands bare, as ages do, and only a list's last item comes after a word such as "and": "a man aged 30 and 12
     * others", "a boy aged 9, two women and a man" and "students aged 19 and 20 and three others" go on to counts of
     * their own.
     */
    boolean isAge(final List<Token> tokens, final Number number) {
        int k = number.first() - 1;
        if (k >= 0 && ageWords.contains(tokens.get(k).norm())) {
            return true;
        }
        if (!standsBare(tokens, number.last() + 1)) {
            return false;
        }
        if (isAgeThreshold(tokens, k)) {
            return true;
        }
        for (int items = 0; items < AGE_LIST_ITEMS && k >= 1 && tokens.get(k - 1).isNumber(); items++) {
            final boolean comma = tokens.get(k).text().equals(",");
            if (!comma && (items > 0 || !joiners.contains(tokens.get(k).norm()))) {
                return false;
            }
            k -= 2;
        }
        return k >= 0 && ageWords.contains(tokens.get(k).norm());
    }

    /**
     * Whether a bare number after {@code at} is the age a group is picked by: "all over sixty were shot",
     * "anyone under 16", "men above 60" (lexicon {@code measure age-threshold} after {@code age-group}). A number after
     * "over" that opens its phrase ("over 20 were killed") still counts people.
     */
    private boolean isAgeThreshold(final List<Token> tokens, final int at) {
        return at >= 1 && ageThresholds.contains(tokens.get(at).norm())
                && ageGroups.contains(tokens.get(at - 1).norm());
    }

    /**
     * Whether "one" is a pronoun after a demonstrative that opens its clause ("Ouch, that one hurts!", "This one was
     * hurt too."). Elsewhere the same words join a clause ("said that one was killed", "after which one guard was
     * hurt"), where "one" counts a person.
     */
    boolean isPronounOne(final List<Token> tokens, final Number number) {
        final int before = number.first() - 1;
        return before >= 0 && number.first() == number.last() && isOne(tokens, number.first())
                && pronounDeterminers.contains(tokens.get(before).norm())
                && (before == 0 || tokens.get(before - 1).isPunct());
    }

    /** Whether the token at {@code next} leaves the number before it without a noun: a mark, a joiner, a verb's aux. */
    private boolean standsBare(final List<Token> tokens, final int next) {
        if (next >= tokens.size()) {
            return true;
        }
        final Token token = tokens.get(next);
        return !Character.isLetterOrDigit(token.text().charAt(0)) || joiners.contains(token.norm())
                || unitStops.contains(token.norm());
    }

    /** Whether a number of one or two digits follows a capitalised month, with or without its dot: "Dec. 31". */
    boolean isDayOfMonth(final List<Token> tokens, final Number number) {
        final Token token = tokens.get(number.first());
        int month = number.first() - 1;
        if (month > 0 && tokens.get(month).text().equals(".")) {
            month--;
        }
        return token.isNumber() && token.text().length() <= 2 && month >= 0
                && months.contains(tokens.get(month).norm())
                && Character.isUpperCase(tokens.get(month).text().charAt(0));
    }

    /** ".410 shells", ".50-caliber": digits after a point with no whole part are a calibre, never a count. */
    static boolean isCalibre(final List<Token> tokens, final int first) {
        return first > 0 && tokens.get(first - 1).text().equals(".")
                && tokens.get(first - 1).end() == tokens.get(first).start()
                && (first == 1 || !tokens.get(first - 2).isNumber()
                || tokens.get(first - 2).end() != tokens.get(first - 1).start());
    }

    /**
     * "9/11", "5-6-1806", "1-888-564-6273", "10:30": numbers glued to others by a slash, dash or colon, in a chain
     * longer than a range, are a date, a code or a phone number, not a count.
     */
    static boolean isPartOfCode(final List<Token> tokens, final int first, final int last) {
        return first > 1 && isGlue(tokens, first - 1) && tokens.get(first - 2).isNumber()
                || last + 2 < tokens.size() && isGlue(tokens, last + 1) && tokens.get(last + 2).isNumber();
    }

    private static boolean isGlue(final List<Token> tokens, final int at) {
        final String text = tokens.get(at).text();
        return (text.equals("/") || text.equals("-") || text.equals(":") || text.equals("."))
                && tokens.get(at - 1).end() == tokens.get(at).start()
                && tokens.get(at).end() == tokens.get(at + 1).start();
    }

    /** "783-3870": three digits, a dash and four is how a local phone number is written, not a range. */
    static boolean isLocalPhoneNumber(final List<Token> tokens, final int first, final int last) {
        return last == first + 2 && tokens.get(first).text().length() == 3 && tokens.get(last).text().length() == 4
                && tokens.get(first + 1).text().equals("-") && tokens.get(first).isNumber()
                && tokens.get(last).isNumber();
    }

    /**
     * "인구 10만명당 사망자 수는 4.0명": people are counted in whole numbers, so digits with a decimal point and no scale
     * before a counter are a rate or an average, never a count.
     */
    static boolean isFraction(final List<Token> tokens, final Number number) {
        final String text = tokens.get(number.first()).text();
        return !number.scaled() && text.indexOf('.') >= 0 && text.chars().noneMatch(c -> Scripts.isKoreanScale((char) c));
    }

    /**
     * Whether the number is the other end of an amount whose first end carries its measure: "between 30,000 stg and
     * 50,000", "from 20 km to 30": money or a measure like the first, not a count of people.
     */
    boolean isOtherEndOfMeasure(final List<Token> tokens, final int first) {
        return first >= 3 && joiners.contains(tokens.get(first - 1).norm())
                && (currencies.contains(tokens.get(first - 2).norm()) || measures.contains(tokens.get(first - 2).norm())
                && !months.contains(tokens.get(first - 2).norm())) // "died on 12 May and 40 on 13 May": 40 people
                && tokens.get(first - 3).isNumber();
    }

    /**
     * Whether the number is the base of a ratio ("two out of 10 asylum seekers", "one in five refugees", lexicon
     * {@code measure ratio}): it counts the group a share is taken of, not people to whom something happened. The
     * share may name what it counts in the singular of "one" ("one child in ten", "one adult out of every four").
     */
    boolean isRatioBase(final List<Token> tokens, final int first) {
        final Optional<Lexicon.Cue> ratio = first > 1 ? lexicon.endingAt(tokens, first - 1, "ratio") : Optional.empty();
        if (ratio.isEmpty() || ratio.get().first() == 0) {
            return false;
        }
        final int before = ratio.get().first() - 1;
        return lexicon.isNumberAt(tokens, before) || before > 0 && isOne(tokens, before - 1)
                && tokens.get(before).type() == Token.Type.WORD && !unitStops.contains(tokens.get(before).norm());
    }

    private boolean isOne(final List<Token> tokens, final int at) {
        return tokens.get(at).text().equals("1")
                || lexicon.at(tokens, at, "number").filter(cue -> cue.key().equals("1") && cue.last() == at).isPresent();
    }

    /**
     * "a population of 80,000", "a mother of 12": a number after a word of a whole (lexicon {@code whole}) counts who
     * live there or a parent's children, not an event.
     */
    boolean isPopulation(final List<Token> tokens, final QuantityMention mention) {
        final int first = mention.first();
        if (first > 0 && lexicon.endingAt(tokens, first - 1, "whole-ko").isPresent()) {
            return isKoreanPopulation(tokens, mention);
        }
        final Optional<Lexicon.Cue> whole = first > 0 ? lexicon.endingAt(tokens, first - 1, "whole") : Optional.empty();
        return whole.isPresent() && !(whole.get().key().equals("share") && isTollOfItsOwn(tokens, mention));
    }

    /**
     * Whether the whole an unknown share is taken of is itself a toll, its noun followed by a casualty participle ("how
     * many of the 12 people killed were soldiers": the 12 were killed), unlike a whole some of whom did something else
     * ("how many of the 3,000 miners left").
     */
    private boolean isTollOfItsOwn(final List<Token> tokens, final QuantityMention mention) {
        for (int i = mention.last() + 1; i < Math.min(tokens.size(), mention.last() + 1 + TOLL_PARTICIPLE_REACH); i++) {
            if (tokens.get(i).type() != Token.Type.WORD) {
                return false;
            }
            if (lexicon.at(tokens, i, "verb").filter(cue -> CASUALTY_VERBS.contains(cue.key())).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A Korean count after 인구 counts who live somewhere ("인구 20만명의 도시", "인구 약 3만 명인 섬", "인구 5만명이 사는
     * 마을") unless it is the subject of a verb of its own that is not one of living there: "지진으로 인구 3만명이
     * 대피했다" tells an event.
     */
    private boolean isKoreanPopulation(final List<Token> tokens, final QuantityMention mention) {
        final String word = tokens.get(mention.last()).text();
        final int after = mention.last() + 1;
        return !KoreanClauses.endsWithAny(word, koreanSubjectMarks) || after >= tokens.size()
                || lexicon.at(tokens, after, "whole-ko").filter(cue -> "living".equals(cue.key())).isPresent();
    }

    /** "killed X thousands of people", "N hundred dead": a letter standing for a number states none. */
    boolean isPlaceholder(final List<Token> tokens, final int first) {
        return first > 0 && placeholders.contains(tokens.get(first - 1).norm());
    }

    /**
     * "not a single soldier", "without one shot", "there was not one": a number under a negation, or a copula right
     * after one, counts nothing.
     */
    boolean isNegated(final List<Token> tokens, final int first) {
        int before = first - 1;
        if (before > 0 && negatedCopulas.contains(tokens.get(before).norm())) {
            before--;
        }
        return before >= 0 && negations.contains(tokens.get(before).norm());
    }

    /**
     * "Leopard 2 tanks", "Patriot 3", "August 2": digits right after a capitalised word belong to a name or a date.
     * A qualifier is not a name ("About 400"), nor is the first word of a sentence ("The 10,000 troops"). Digits joined
     * by "and" or "or" to such digits name a model of the same line: "Atlas 2 and 3 rockets" counts no rockets.
     */
    boolean isPartOfName(final List<Token> tokens, final Number number) {
        return isNameDigits(tokens, number.first());
    }

    private boolean isNameDigits(final List<Token> tokens, final int index) {
        if (index <= 1 || !tokens.get(index).isNumber()) {
            return false;
        }
        final Token before = tokens.get(index - 1);
        if (PredicateFinder.COORDINATORS.contains(before.norm())) {
            return isNameDigits(tokens, index - 2);
        }
        return before.isCapitalised()
                && !before.text().equals(before.text().toUpperCase(Locale.ROOT))
                && lexicon.endingAt(tokens, index - 1, "qualifier").isEmpty()
                && lexicon.at(tokens, index - 1, "range").isEmpty();
    }
}
