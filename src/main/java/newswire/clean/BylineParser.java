package newswire.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the lines that say who wrote an article and when: "BY SARAH KIM [kim.sarah@joongang.co.kr]",
 * "정다은 기자 dan@example.com", "By Park Ji-hoon", a bare e-mail line, the portal's "김사라 2024. 10. 21. 18:59" line and
 * "입력 … 수정 …" lines; and the news-agency opening "(서울=연합뉴스) 김철수 기자 = " in front of the first paragraph. Only
 * short lines are considered, so a story sentence that happens to start with "By" or mention a date is left alone.
 */
final class BylineParser {

    /**
     * What a byline or dateline said. {@code time} is as printed, to be read in the article's zone; {@code remainder}
     * is story text that shared the line, or empty.
     */
    record Credit(List<String> authors, List<String> emails, Optional<PublicationTimeParser.PrintedTime> time,
                  Optional<String> agency, String remainder) {
    }

    private static final int MAX_LINE = 200;
    /** "입력 … 수정 … 최종 수정 …": a dateline may print this many times. */
    private static final int MAX_TIMES_ON_A_LINE = 3;
    private static final String EMAIL = "[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){1,5}";
    private static final Pattern EMAIL_PATTERN = Pattern.compile(EMAIL);
    private static final String REPORTER_TITLE = "(?:선임기자|객원기자|인턴기자|수습기자|전문기자|기자|특파원|논설위원|통신원|에디터)";
    /** Every {@link #REPORTER_TITLE} contains one of these: a line without any cannot be a reporter's line. */
    private static final List<String> REPORTER_TITLE_CORES = List.of("기자", "특파원", "논설위원", "통신원", "에디터");

    private static final Pattern BY_LINE = Pattern.compile(
            "^by\\s(.{2,100}?)(?:\\s?[,/|]?\\s?[\\[(<]?\\s?(" + EMAIL + ")\\s?[\\])>]?)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern KOREAN_REPORTER_LINE = Pattern.compile(
            "^(?:[\\[(][^\\])]{1,20}[\\])]\\s?)?([가-힣][가-힣 ·,]{1,40}?)\\s?" + REPORTER_TITLE
                    + "(?:\\s?[\\[(<]?\\s?(" + EMAIL + ")\\s?[\\])>]?)?$");
    private static final Pattern EMAIL_LINE = Pattern.compile("^[\\[(<]?\\s?(" + EMAIL + ")\\s?[\\])>]?$");
    /** "(서울=연합뉴스) 김철수 기자 = " or "(워싱턴=뉴스1) 김철수 특파원 =" at the start of the first paragraph. */
    private static final Pattern AGENCY_DATELINE = Pattern.compile(
            "^[(\\[]([^=)\\]]{1,20})=\\s?([^)\\]]{1,20})[)\\]]\\s?([가-힣][가-힣 ·,]{0,40}?)?\\s?" + REPORTER_TITLE
                    + "?\\s?=\\s?");
    private static final Pattern TIME_LABELS = Pattern.compile(
            "(최종\\s?수정|기사\\s?입력|입력|수정|업데이트|등록|승인|발행"
                    + "|\\b(?:first published|last updated|published|updated|posted|on)\\b)\\s?:?", Pattern.CASE_INSENSITIVE);
    private static final Pattern PUNCTUATION = Pattern.compile("[|·:,()\\[\\]]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_REPORTER_TITLE = Pattern.compile("\\s?" + REPORTER_TITLE + "$");
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("[,;]$");
    private static final Pattern KOREAN_NAME_SEPARATOR = Pattern.compile("\\s?[·,]\\s?|\\s");
    private static final Pattern LATIN_NAME_SEPARATOR = Pattern.compile("\\s?,\\s?|\\s(?:and|&)\\s");
    private static final Pattern KOREAN_NAME = Pattern.compile("[가-힣]{2,4}");
    private static final Pattern LATIN_NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.-]{0,20}(?:\\s\\p{Lu}[\\p{L}'’.-]{0,20}){0,4}");

    private BylineParser() {
    }

    /**
     * A whole line that is a byline, an e-mail, or an author-and-time line; empty for anything else. Read without the
     * article's zone, so that the headline's evidence, which reads lines before the zone is known, and the line rules
     * share one reading of each line ({@link LineReadings#credit}).
     */
    static Optional<Credit> parseLine(final String line) {
        if (line.length() > MAX_LINE) {
            return Optional.empty();
        }
        // Each pattern is tried only where the character it cannot do without is there: most lines are story text,
        // and a matcher per pattern per line was a tenth of the cleaner's time.
        final Matcher by = line.regionMatches(true, 0, "by", 0, 2) ? BY_LINE.matcher(line) : null;
        if (by != null && by.matches()) {
            final List<String> names = names(by.group(1));
            if (!names.isEmpty()) {
                return Optional.of(credit(names, by.group(2), Optional.empty()));
            }
        }
        final Matcher reporter = namesReporterTitle(line) ? KOREAN_REPORTER_LINE.matcher(line) : null;
        if (reporter != null && reporter.matches()) {
            final List<String> names = names(reporter.group(1));
            if (!names.isEmpty()) {
                return Optional.of(credit(names, reporter.group(2), Optional.empty()));
            }
        }
        final Matcher email = line.indexOf('@') >= 0 ? EMAIL_LINE.matcher(line) : null;
        if (email != null && email.matches()) {
            return Optional.of(credit(List.of(), email.group(1), Optional.empty()));
        }
        return authorAndTime(line);
    }

    /** The agency dateline at the start of a paragraph, with the story text that follows it as the remainder. */
    static Optional<Credit> parseAgencyDateline(final String paragraph) {
        final Matcher m = AGENCY_DATELINE.matcher(paragraph);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        final List<String> names = m.group(3) == null ? List.of() : names(m.group(3));
        return Optional.of(new Credit(names, List.of(), Optional.empty(), Optional.of(m.group(2).strip()),
                paragraph.substring(m.end()).strip()));
    }

    /** E-mail addresses anywhere in a short text. */
    static List<String> emailsIn(final String text) {
        final List<String> emails = new ArrayList<>();
        final Matcher m = EMAIL_PATTERN.matcher(text);
        while (m.find()) {
            emails.add(m.group());
        }
        return emails;
    }

    // "김사라 2024. 10. 21. 18:59", "입력2024.11.13. 오후 3:27  수정2024.11.13. 오후 4:00", "Published: 14 Nov 2024 09:40 GMT":
    // the line is a dateline when, without its times and their labels, at most a name is left.
    private static Optional<Credit> authorAndTime(final String line) {
        if (line.length() > 120 || !hasYear(line)) {
            return Optional.empty();
        }
        final Optional<PublicationTimeParser.Found> first = PublicationTimeParser.findPrinted(line);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        String rest = cutOut(line, first.get());
        // Every printed time has a year of four digits: a rest without four in a row ("김사라 ", the common case) is
        // not searched again with the time patterns.
        for (int cuts = 1; cuts < MAX_TIMES_ON_A_LINE && hasFourDigits(rest); cuts++) {
            final Optional<PublicationTimeParser.Found> next = PublicationTimeParser.findPrinted(rest);
            if (next.isEmpty()) {
                break;
            }
            rest = cutOut(rest, next.get());
        }
        rest = TIME_LABELS.matcher(rest).replaceAll(" ");
        rest = SPACES.matcher(PUNCTUATION.matcher(rest).replaceAll(" ").strip()).replaceAll(" ");
        rest = TRAILING_REPORTER_TITLE.matcher(rest).replaceAll("").strip();
        if (rest.isEmpty()) {
            return Optional.of(credit(List.of(), null, Optional.of(first.get().time())));
        }
        final List<String> names = names(rest);
        if (names.size() == 1 && (KOREAN_NAME.matcher(rest).matches() || LATIN_NAME.matcher(rest).matches())) {
            return Optional.of(credit(names, null, Optional.of(first.get().time())));
        }
        return Optional.empty();
    }

    private static String cutOut(final String line, final PublicationTimeParser.Found time) {
        return line.substring(0, time.start()) + " " + line.substring(time.end());
    }

    private static final Pattern ROLE = Pattern.compile(
            "\\b(writer|editor|correspondent|reporter|staff|contributor|columnist|producer|bureau chief|intern)s?\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A name from page metadata as it should appear among the authors: without a leading "By", and nothing for a
     * job title ("AP Auto Writer"), a URL or an address.
     */
    static Optional<String> authorName(final String value) {
        final String name = value.strip().replaceFirst("(?i)^by\\s", "").strip();
        if (name.isEmpty() || name.length() > 80 || name.contains("/") || name.contains("@")
                || ROLE.matcher(name).find()) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    private static boolean namesReporterTitle(final String line) {
        for (final String title : REPORTER_TITLE_CORES) {
            if (line.contains(title)) {
                return true;
            }
        }
        return false;
    }

    /** Four digits in a row starting 19 or 20: a cheap test before the time patterns run. */
    private static boolean hasYear(final String line) {
        for (int i = 0; i + 3 < line.length(); i++) {
            final char c = line.charAt(i);
            if ((c == '1' || c == '2') && (line.charAt(i + 1) == '9' || line.charAt(i + 1) == '0')
                    && Character.isDigit(line.charAt(i + 2)) && Character.isDigit(line.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasFourDigits(final String text) {
        int run = 0;
        for (int i = 0; i < text.length() && run < 4; i++) {
            run = text.charAt(i) >= '0' && text.charAt(i) <= '9' ? run + 1 : 0;
        }
        return run == 4;
    }

    /** Splits "Kim Sarah and Lee Min-ji", "김철수·정다은" into names; empty when any part does not look like a name. */
    static List<String> names(final String text) {
        final String cleaned = TRAILING_SEPARATOR.matcher(text.strip()).replaceAll("").strip();
        if (cleaned.isEmpty()) {
            return List.of();
        }
        final List<String> names = new ArrayList<>();
        final String[] parts = (TextNormalizer.containsHangul(cleaned) ? KOREAN_NAME_SEPARATOR : LATIN_NAME_SEPARATOR)
                .split(cleaned);
        for (final String part : parts) {
            final String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (!(KOREAN_NAME.matcher(name).matches() || LATIN_NAME.matcher(name).matches())) {
                return List.of();
            }
            names.add(name);
        }
        return names.size() > 6 ? List.of() : names;
    }

    private static Credit credit(final List<String> authors, final String email,
                                 final Optional<PublicationTimeParser.PrintedTime> time) {
        return new Credit(authors, email == null ? List.of() : List.of(email), time, Optional.empty(), "");
    }
}
