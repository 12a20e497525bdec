package newswire.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication times as portals and publishers print them ({@code 2024. 10. 21. 18:59},
 * {@code 입력2024.11.13. 오후 3:27}, {@code Published: 14 Nov 2024 09:40 GMT}) and as page metadata gives them (ISO-8601).
 * A time printed without a zone is read in the zone the caller gives. Stateless.
 */
final class PublicationTimeParser {

    private static final String MERIDIEM = "(오전|오후|am|pm|a\\.m\\.|p\\.m\\.)";
    private static final String ZONE = "(?:(kst|utc|gmt|bst|cet|cest|est|edt|cst|cdt|pst|pdt|et|pt|jst|z|[+-]\\d{2}:?\\d{2})(?![a-z]))";
    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";

    /** 2024. 10. 21. 18:59 / 2024.11.13. 오후 3:27 / 2024-11-13 15:27 / 2024년 11월 13일 15시 27분 */
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<!\\d)(\\d{4})\\s?[.\\-/년]\\s?(\\d{1,2})\\s?[.\\-/월]\\s?(\\d{1,2})(?:\\s?[.일])?(?:\\s?\\([^)]{1,3}\\))?"
                    + "(?:,?\\s{0,3}" + MERIDIEM + "?\\s?(\\d{1,2})\\s?[:시]\\s?(\\d{2})(?:\\s?:\\s?(\\d{2}))?\\s?분?"
                    + "\\s?" + MERIDIEM + "?\\s?" + ZONE + "?)?(?![\\d:])",
            Pattern.CASE_INSENSITIVE);
    /** 14 Nov 2024 09:40 GMT */
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\s" + MONTH + ",?\\s(\\d{4})(?:,?\\s{1,3}(?:at\\s)?(\\d{1,2})[:.](\\d{2})\\s?" + MERIDIEM
                    + "?\\s?" + ZONE + "?)?(?![\\d])",
            Pattern.CASE_INSENSITIVE);
    /** Nov. 14, 2024 9:40 a.m. ET */
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + "\\s(\\d{1,2}),?\\s(\\d{4})(?:,?\\s{1,3}(?:at\\s)?(\\d{1,2})[:.](\\d{2})\\s?" + MERIDIEM
                    + "?\\s?" + ZONE + "?)?(?![\\d])",
            Pattern.CASE_INSENSITIVE);
    /** Words after which the first time is the one of publication rather than of an update. */
    private static final Pattern PUBLISHED_LABEL = Pattern.compile(
            "(기사\\s?입력|입력|등록|발행|승인|published|posted|first published)", Pattern.CASE_INSENSITIVE);

    private static final Map<String, ZoneId> ZONES = Map.ofEntries(Map.entry("kst", ZoneOffset.ofHours(9)),
            Map.entry("jst", ZoneOffset.ofHours(9)), Map.entry("utc", ZoneOffset.UTC), Map.entry("gmt", ZoneOffset.UTC),
            Map.entry("z", ZoneOffset.UTC), Map.entry("bst", ZoneOffset.ofHours(1)),
            Map.entry("cet", ZoneOffset.ofHours(1)), Map.entry("cest", ZoneOffset.ofHours(2)),
            Map.entry("est", ZoneOffset.ofHours(-5)), Map.entry("edt", ZoneOffset.ofHours(-4)),
            Map.entry("cst", ZoneOffset.ofHours(-6)), Map.entry("cdt", ZoneOffset.ofHours(-5)),
            Map.entry("pst", ZoneOffset.ofHours(-8)), Map.entry("pdt", ZoneOffset.ofHours(-7)),
            Map.entry("et", ZoneId.of("America/New_York")), Map.entry("pt", ZoneId.of("America/Los_Angeles")));

    private PublicationTimeParser() {
    }

    /**
     * A date with a time of day printed in {@code text}; the one after "입력"/"Published" when there are several. Where
     * the text states no zone, the caller reads the time in the article's ({@link PrintedTime#in}): a line is read
     * before the article's zone is known, and once for every stage that asks.
     */
    static Optional<Found> findPrinted(final String text) {
        final Matcher label = PUBLISHED_LABEL.matcher(text);
        final int from = label.find() ? label.start() : 0;
        Optional<Found> found = findFrom(text, from);
        if (found.isEmpty() && from > 0) {
            found = findFrom(text, 0);
        }
        return found;
    }

    /** A time from page metadata: ISO-8601 first, then any printed form; date-only values mean midnight. */
    static Optional<OffsetDateTime> parseMetadata(final String value, final ZoneId zone) {
        if (value == null || value.isBlank() || value.length() > 100) {
            return Optional.empty();
        }
        final String v = value.strip();
        try {
            return Optional.of(OffsetDateTime.parse(v));
        } catch (final DateTimeParseException ignored) {
            // not ISO with an offset; try the other forms below
        }
        try {
            return Optional.of(ZonedDateTime.parse(v).toOffsetDateTime());
        } catch (final DateTimeParseException ignored) {
            // no zone id either
        }
        try {
            return Optional.of(LocalDateTime.parse(v).atZone(zone).toOffsetDateTime());
        } catch (final DateTimeParseException ignored) {
            // no time of day
        }
        try {
            return Optional.of(LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v).atStartOfDay(zone)
                    .toOffsetDateTime());
        } catch (final DateTimeParseException ignored) {
            // not ISO at all
        }
        if (v.matches("\\d{9,13}")) {
            final long n = Long.parseLong(v);
            final long millis = v.length() >= 12 ? n : n * 1000;
            return Optional.of(OffsetDateTime.ofInstant(java.time.Instant.ofEpochMilli(millis), zone));
        }
        return findPrinted(v).map(found -> found.time().in(zone)).or(() -> dateOnly(v, zone));
    }

    /** A date and time as printed, with the zone the text states, or null where it states none. */
    record PrintedTime(LocalDateTime local, ZoneId statedZone) {

        /** The time, read in {@code zone} where the text stated none. */
        OffsetDateTime in(final ZoneId zone) {
            return local.atZone(statedZone != null ? statedZone : zone).toOffsetDateTime();
        }
    }

    /** A time found in text and where it was, so the caller can see what else the line holds. */
    record Found(PrintedTime time, int start, int end) {
    }

    private static Optional<Found> findFrom(final String text, final int from) {
        final Matcher numeric = NUMERIC.matcher(text);
        if (numeric.find(from) && numeric.group(6) != null) {
            final Optional<PrintedTime> t = build(numeric.group(1), numeric.group(2), numeric.group(3),
                    numeric.group(5), numeric.group(6), numeric.group(7), firstNonNull(numeric.group(4), numeric.group(8)),
                    numeric.group(9));
            if (t.isPresent()) {
                return Optional.of(new Found(t.get(), numeric.start(), numeric.end()));
            }
        }
        final Matcher dm = DAY_MONTH.matcher(text);
        if (dm.find(from) && dm.group(4) != null) {
            final Optional<PrintedTime> t = build(dm.group(3), monthNumber(dm.group(2)), dm.group(1), dm.group(4),
                    dm.group(5), null, dm.group(6), dm.group(7));
            if (t.isPresent()) {
                return Optional.of(new Found(t.get(), dm.start(), dm.end()));
            }
        }
        final Matcher md = MONTH_DAY.matcher(text);
        if (md.find(from) && md.group(4) != null) {
            final Optional<PrintedTime> t = build(md.group(3), monthNumber(md.group(1)), md.group(2), md.group(4),
                    md.group(5), null, md.group(6), md.group(7));
            if (t.isPresent()) {
                return Optional.of(new Found(t.get(), md.start(), md.end()));
            }
        }
        return Optional.empty();
    }

    private static Optional<OffsetDateTime> dateOnly(final String text, final ZoneId zone) {
        for (final Pattern p : new Pattern[] {NUMERIC, DAY_MONTH, MONTH_DAY}) {
            final Matcher m = p.matcher(text);
            if (m.find()) {
                final String y = p == NUMERIC ? m.group(1) : m.group(3);
                final String mo = p == NUMERIC ? m.group(2) : monthNumber(p == DAY_MONTH ? m.group(2) : m.group(1));
                final String d = p == NUMERIC ? m.group(3) : p == DAY_MONTH ? m.group(1) : m.group(2);
                try {
                    return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d))
                            .atStartOfDay(zone).toOffsetDateTime());
                } catch (final DateTimeException | NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<PrintedTime> build(final String year, final String month, final String day,
                                               final String hour, final String minute, final String second,
                                               final String meridiem, final String zoneText) {
        try {
            int h = Integer.parseInt(hour);
            if (meridiem != null) {
                final String m = meridiem.toLowerCase(Locale.ROOT);
                final boolean pm = m.equals("오후") || m.startsWith("p");
                if (h > 12) {
                    return Optional.empty();
                }
                h = pm ? (h % 12) + 12 : h % 12;
            }
            final LocalDateTime local = LocalDateTime.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month),
                    Integer.parseInt(day)), LocalTime.of(h, Integer.parseInt(minute),
                    second == null ? 0 : Integer.parseInt(second)));
            return Optional.of(new PrintedTime(local, statedZone(zoneText)));
        } catch (final DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The zone {@code zoneText} names, or null where there is none. */
    private static ZoneId statedZone(final String zoneText) {
        if (zoneText == null) {
            return null;
        }
        final String z = zoneText.toLowerCase(Locale.ROOT);
        if (z.startsWith("+") || z.startsWith("-")) {
            final String digits = z.replace(":", "");
            return ZoneOffset.ofHoursMinutes(Integer.parseInt(digits.substring(0, 3)),
                    (z.startsWith("-") ? -1 : 1) * Integer.parseInt(digits.substring(3, 5)));
        }
        return ZONES.get(z);
    }

    private static String monthNumber(final String name) {
        final String m = name.toLowerCase(Locale.ROOT).substring(0, 3);
        final String months = "janfebmaraprmayjunjulaugsepoctnovdec";
        return Integer.toString(months.indexOf(m) / 3 + 1);
    }

    private static String firstNonNull(final String a, final String b) {
        return a != null ? a : b;
    }
}
