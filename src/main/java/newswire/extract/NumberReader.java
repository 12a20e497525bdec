package newswire.extract;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The number grammar of {@link QuantityReader}: the bare number that starts at a token, read from digits with
 * separators and scale words ("1,500", "1.5 million"), number words ("two thousand", "twenty-five"), vague quantities
 * ("tens of thousands"), Korean numerals in digits, syllables or native words ("1만2000", "3만 6500", "삼천여명", "세
 * 명") and the upper end of a range ("11,000 to 12,000"); and the class of the Korean counter after it. Whether the
 * number is a count, and of what, is for {@link QuantityReader} to say.
 */
final class NumberReader {

    /** Longer digit strings than this are not counts (and would not fit a long). */
    private static final int MAX_DIGITS = 16;
    /** Number words adding up past this are not a count anyone writes ("one one one…"). */
    private static final long MAX_WORDS_VALUE = 1_000_000_000_000_000L;

    /** The longest Korean numeral in syllables ("스물다섯"). */
    private static final int KOREAN_NUMERAL_MAX = 4;

    /** A bare number: tokens {@code first} to {@code last}, its value, and whether it is a vague lower bound. */
    record Number(int first, int last, BigDecimal value, boolean scaled, boolean vague) {
    }

    /** The Sino-Korean digits, each at the place of its value ("삼" is 3), written before a scale: 삼천 is 3,000. */
    private static final String SINO_KOREAN_DIGITS = "_일이삼사오육칠팔구";
    /** The genitive after 분 that makes it a fraction before a number: "3분의 1". */
    private static final String FRACTION_MARK = "의";
    /**
     * The Korean counter of people, which a numeral written in syllables may carry in its own word (백명, 수백명이,
     * 천여명); a native numeral before a noun of people counts as if it carried it (한 남성이).
     */
    static final String PEOPLE_COUNTER = "명";

    /**
     * A Korean numeral written in syllables with 명 in the same word ("백명", "삼천여명이", "수백명의"): where the numeral
     * ends, and whether 여 makes it approximate.
     */
    record Attached(int numeralEnd, boolean approximate) {
    }

    /** The thousands of a number written "2, 800", and the group of three digits after its comma and space. */
    private static final Pattern THOUSANDS_HEAD = Pattern.compile("[1-9][0-9]{0,2}");
    private static final Pattern THOUSANDS_GROUP = Pattern.compile("[0-9]{3}");
    /** What joins the items of a list of numbers: "5, 120 and 300" are three. */
    private static final Set<String> LIST_JOINERS = Set.of(",", "and", "or");

    private final Lexicon lexicon;
    /** The names of months ("may" is left out of them as a modal): a day before a comma is a date's. */
    private final Set<String> months;
    /** Nouns a number labels rather than counts ("day 3", "flight 370"). */
    private final Set<String> numbered;
    private final Map<String, Long> scales = new HashMap<>();
    /**
     * The lexicon's number words with their values ({@code number}), for the halves of a hyphenated word: looking each
     * half up among every key's phrases was a third of reading number words.
     */
    private final Map<String, Long> numberWords = new HashMap<>();
    private final Set<String> joiners;
    private final Set<String> caseMarks;
    /** The genitive (의): "두 아이의 어머니" counts no one, the two qualify the mother. */
    private final Set<String> genitiveMarks;
    private final Map<String, String> counters = new HashMap<>();
    private final Set<String> wordEndingCounters;
    private final Set<String> counterParticles;
    private final Set<String> honorificCounters;
    private final Set<String> honorificEnds;
    /** Words of time after the bare honorific counter that make it minutes: "10분 뒤", "5분 만에". */
    private final Set<String> honorificSpans;
    private final Map<String, Long> koreanNumbers = new HashMap<>();
    /** The first syllables of the Korean tens words, which start every compound numeral ("열두", "스물다섯"). */
    private final Set<Character> koreanTensFirst = new HashSet<>();

    NumberReader(final Lexicon lexicon) {
        this.lexicon = lexicon;
        this.months = lexicon.words("measure", "month");
        this.numbered = lexicon.words("measure", "numbered");
        for (final String key : lexicon.keys("scale")) {
            lexicon.phrases("scale", key).forEach(word -> scales.put(word, Long.parseLong(key)));
        }
        for (final String key : lexicon.keys("number")) {
            lexicon.phrases("number", key).forEach(word -> numberWords.putIfAbsent(word, Long.parseLong(key)));
        }
        this.joiners = lexicon.words("range", "joiner");
        this.caseMarks = lexicon.words("particle", "case-ko");
        this.genitiveMarks = lexicon.words("particle", "genitive-ko");
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
        this.honorificCounters = lexicon.words("counter-honorific", "ko");
        this.honorificEnds = lexicon.words("counter-honorific", "modifier-end-ko");
        this.honorificSpans = lexicon.words("counter-honorific", "span-ko");
    }

    /** The class of {@link #PEOPLE_COUNTER} (lexicon {@code counter}). */
    String peopleClass() {
        return counters.get(PEOPLE_COUNTER);
    }

    /** The number starting at token {@code i}: digits, number words or a vague quantity. */
    Optional<Number> number(final List<Token> tokens, final int i) {
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
            if (isSplitThousands(tokens, i)) { // "around 2, 800 soldiers": a space typed after the separator
                final BigDecimal group = new BigDecimal(tokens.get(i + 2).text()); // "075" too, unlike a count
                return Optional.of(new Number(i, i + 2, digits.multiply(BigDecimal.valueOf(1000)).add(group), false,
                        false));
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
            final String next = tokens.get(i + 1).text();
            if (value != null && (counterClass(next) != null
                    || isKoreanPerson(tokens, i + 1) && !KoreanClauses.endsWithAny(next, genitiveMarks))) {
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

    /** The upper end of a range the number opens ("10 to 15", "between 10 and 15"), larger than the number. */
    Optional<Number> rangeEnd(final List<Token> tokens, final Number number) {
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

    /** The scale word that ends a range's upper end ("10 to 15 million"), which its lower end shares; 1 if none. */
    BigDecimal scaleOf(final List<Token> tokens, final Number upper) {
        return BigDecimal.valueOf(scales.getOrDefault(tokens.get(upper.last()).norm(), 1L));
    }

    /**
     * Whether a word is a numeral in syllables (Sino-Korean digits and scales, or a vague 수백, 수십) followed by 명,
     * with at most 여 between and a case particle after: "백명", "수백명이", "삼천여명의"; "천명했다" (declared) is no
     * count.
     */
    Attached attached(final String word) {
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

    /**
     * The scale of a word that is a bare Korean myriad and the counter 명 ("만명", "만 명" is two words): the scale of a
     * number whose digits stand apart with 여 between ("20여 만명" is about 200,000, not 10,000); null for any other word.
     */
    BigDecimal myriadWithCounter(final String word) {
        final Attached numeral = attached(word);
        return numeral != null && numeral.numeralEnd() == 1 && !numeral.approximate()
                && (word.charAt(0) == '만' || word.charAt(0) == '억') ? sinoKorean(word) : null;
    }

    /** The scale of a word that is a bare Korean myriad alone ("만", "억"), its counter in the next word; or null. */
    BigDecimal bareMyriad(final String word) {
        return word.length() == 1 && (word.charAt(0) == '만' || word.charAt(0) == '억') ? sinoKorean(word) : null;
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
        final Long left = numberWords.get(word.substring(0, dash));
        final Long right = numberWords.get(word.substring(dash + 1));
        return left != null && right != null && left >= 20 && left % 10 == 0 && right < 10
                ? left + right : null;
    }

    /**
     * Whether the digits at {@code i} are the thousands of a number whose separator a space follows ("2, 800"): one to
     * three digits, a comma right after them, then exactly three digits; not an item of a list of numbers ("1, 2, 3",
     * "5, 120, 300", "5, 120 and 300"), nor the day of a date before a count ("May 5, 300 people").
     */
    private boolean isSplitThousands(final List<Token> tokens, final int i) {
        if (i + 2 >= tokens.size() || !THOUSANDS_HEAD.matcher(tokens.get(i).text()).matches()
                || !tokens.get(i + 1).text().equals(",") || tokens.get(i + 1).start() != tokens.get(i).end()
                || !THOUSANDS_GROUP.matcher(tokens.get(i + 2).text()).matches()) {
            return false;
        }
        final boolean listBefore = i >= 2 && tokens.get(i - 1).text().equals(",") && tokens.get(i - 2).isNumber();
        final boolean listAfter = i + 4 < tokens.size() && LIST_JOINERS.contains(tokens.get(i + 3).norm())
                && tokens.get(i + 4).isNumber();
        final boolean date = i > 0
                && (months.contains(tokens.get(i - 1).norm()) || tokens.get(i - 1).text().equals("May"));
        return !listBefore && !listAfter && !date && !isLabel(tokens, i);
    }

    /**
     * Whether the number at {@code i} labels the word before it rather than counts: a noun that numbers ("day 3", "round
     * 2"; lexicon {@code measure numbered}) or a name inside the sentence ("Flight 370", "Apollo 13").
     */
    private boolean isLabel(final List<Token> tokens, final int i) {
        if (i == 0 || tokens.get(i - 1).type() != Token.Type.WORD) {
            return false;
        }
        final String before = tokens.get(i - 1).text();
        return numbered.contains(tokens.get(i - 1).norm())
                || i > 1 && Character.isUpperCase(before.charAt(0)) && tokens.get(i - 2).type() == Token.Type.WORD;
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

    /**
     * The class of the Korean counter a word after a number begins with. A counter that also begins common nouns
     * (lexicon {@code counter-ends word}: 구 of bodies, as in 구급대, 구조대; 발 of rounds, as in 발사, 발짝) counts only as
     * the whole word or before a particle or a bound word ({@code counter-ends bound}): "시신 4구가", "2발이라고",
     * "10발씩", never "119구급대", "한 발사 계획".
     */
    String counterClass(final String word) {
        for (int length = Math.min(2, word.length()); length >= 1; length--) {
            final String head = word.substring(0, length);
            final String counter = counters.get(head);
            if (counter != null) {
                final String rest = word.substring(length);
                return !wordEndingCounters.contains(head) || rest.isEmpty()
                        || KoreanClauses.startsWithAny(rest, counterParticles) ? counter : null;
            }
        }
        return null;
    }

    /**
     * Whether the word at {@code at}, after a number at {@code first}, is the honorific counter of people (분, with a
     * particle or none) right after an honorific modifier of an event verb: "희생되신 42분을", "숨지신 2분이". 분 is also
     * minutes and the 분 of a fraction, which such a verb may modify too: "숨지신 10분 뒤" is a span of time (a word of
     * time after the bare counter, lexicon {@code counter-honorific span-ko}), "희생되신 3분의 1" a fraction (a number
     * after 분의).
     */
    boolean isHonorificCount(final List<Token> tokens, final int first, final int at, final String word) {
        final Token before = first > 0 ? tokens.get(first - 1) : null;
        if (before == null || !before.isHangul() || !KoreanClauses.endsWithAny(before.text(), honorificEnds)
                || lexicon.at(tokens, first - 1, "verb").isEmpty()) {
            return false;
        }
        final Token next = at + 1 < tokens.size() ? tokens.get(at + 1) : null;
        for (final String counter : honorificCounters) {
            if (!word.startsWith(counter)) {
                continue;
            }
            final String particle = word.substring(counter.length());
            if (particle.isEmpty()) {
                return next == null || !next.isHangul() || !honorificSpans.contains(next.text());
            }
            if (counterParticles.contains(particle)) {
                return !(particle.equals(FRACTION_MARK) && next != null && lexicon.isNumberAt(tokens, at + 1));
            }
        }
        return false;
    }

    /** Whether the Korean word at {@code at} starts with a noun of people ("남성이", "주민들이"; lexicon {@code unit}). */
    boolean isKoreanPerson(final List<Token> tokens, final int at) {
        return tokens.get(at).isHangul() && lexicon.at(tokens, at, "unit")
                .filter(unit -> "person".equals(unit.key()) || "troops".equals(unit.key())).isPresent();
    }
}
