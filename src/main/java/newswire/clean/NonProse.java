package newswire.clean;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Recognises text sent as an article that is not prose in a human language: a binary file, markup, source code or a
 * log. Cleaning such text only turns its lines into "paragraphs" (an ELF binary became an event titled {@code ELF>});
 * it is rejected with what it looks like instead. Judged on the opening of the text, by the share of characters or
 * lines of each kind, never by a file name.
 */
final class NonProse {

    /** How much of the text is looked at: enough lines to judge, cheap on a 16 MB body. */
    static final int SAMPLE_CHARS = 20_000;
    /**
     * Text has almost no control characters; a binary file is full of them (NUL above all). Undecodable bytes alone
     * are not counted: a text in the wrong charset is still text, and its garbled paragraphs are dropped one by one.
     */
    static final double MAX_BINARY_SHARE = 0.05;
    /** Fewer lines than this are too few to call a text code, markup or a log. */
    static final int MIN_LINES = 5;
    /** Share of lines of one kind (markup, code, log) from which the whole text is of that kind. */
    static final double KIND_SHARE = 0.5;

    /** How lines of source code begin, in the languages a user is likely to feed in by mistake. */
    private static final String[] CODE_OPENINGS = {"//", "/*", "* ", "#include", "#define", "#!", "import ", "package ",
        "def ", "class ", "public ", "private ", "protected ", "static ", "return ", "function ", "const ", "var ",
        "let ", "fn ", "func ", "using ", "namespace ", "if (", "for (", "while ("};
    /**
     * The first characters of {@link #CODE_OPENINGS}: a line that begins with none of them (most lines of prose begin
     * with a capital) is not compared with every opening.
     */
    private static final String CODE_OPENING_FIRSTS = Arrays.stream(CODE_OPENINGS).map(o -> o.substring(0, 1))
            .distinct().collect(Collectors.joining());
    private static final String[] LOG_LEVELS = {" TRACE ", " DEBUG ", " INFO ", " WARN ", " WARNING ", " ERROR ",
        " FATAL ", "[TRACE]", "[DEBUG]", "[INFO]", "[WARN]", "[ERROR]"};
    /** A log line's time stamp sits in its first characters ("2024-10-21 10:00:00.123", "[12:00:01]"). */
    private static final int STAMP_CHARS = 25;
    /** ... and its level soon after, before the message: a sentence saying "ERROR" further on is not a log line. */
    private static final int LEVEL_CHARS = 80;

    private NonProse() {
    }

    /** Why {@code body} is not an article, or empty when it may be one. */
    static Optional<String> reason(final String body) {
        final String sample = body.length() > SAMPLE_CHARS ? body.substring(0, SAMPLE_CHARS) : body;
        int binary = 0;
        for (int i = 0; i < sample.length(); i++) {
            final char c = sample.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                binary++;
            }
        }
        if (binary > MAX_BINARY_SHARE * sample.length()) {
            return Optional.of(String.format("not an article: binary data (%d of the first %d characters are control "
                    + "characters)", binary, sample.length()));
        }
        int lines = 0;
        int markup = 0;
        int code = 0;
        int log = 0;
        // Each line is judged where it lies in the sample, between its ends without surrounding whitespace (as
        // String.strip gives them): a copy of every line of every article was most of this check's cost.
        for (int from = 0; from < sample.length(); ) {
            final int newline = sample.indexOf('\n', from);
            final int to = newline < 0 ? sample.length() : newline;
            int start = from;
            int end = to;
            from = to + 1;
            while (start < end && Character.isWhitespace(sample.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(sample.charAt(end - 1))) {
                end--;
            }
            if (start == end) {
                continue;
            }
            lines++;
            markup += sample.charAt(start) == '<' && sample.charAt(end - 1) == '>' ? 1 : 0;
            code += isCode(sample, start, end) ? 1 : 0;
            log += isLog(sample, start, end) ? 1 : 0;
        }
        if (lines < MIN_LINES) {
            return Optional.empty();
        }
        if (markup > KIND_SHARE * lines) {
            return Optional.of(kind("markup (XML or HTML sent as plain text)", markup, lines));
        }
        if (code > KIND_SHARE * lines) {
            return Optional.of(kind("source code", code, lines));
        }
        if (log > KIND_SHARE * lines) {
            return Optional.of(kind("a log", log, lines));
        }
        return Optional.empty();
    }

    /** Whether {@code text[start, end)}, a line without surrounding whitespace, reads as a line of source code. */
    private static boolean isCode(final String text, final int start, final int end) {
        final char last = text.charAt(end - 1);
        if (last == ';' || last == '{' || last == '}' || text.charAt(start) == '}') {
            return true;
        }
        if (CODE_OPENING_FIRSTS.indexOf(text.charAt(start)) < 0) {
            return false;
        }
        for (final String opening : CODE_OPENINGS) {
            if (opening.length() <= end - start && text.startsWith(opening, start)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text[start, end)}, a line without surrounding whitespace, reads as a line of a log. */
    private static boolean isLog(final String text, final int start, final int end) {
        final int first = text.charAt(start) == '[' && end - start > 1 ? start + 1 : start;
        if (Character.isDigit(text.charAt(first))) {
            // A clock to the second (hh:mm:ss): a live blog's "12:05" alone is not enough.
            final int colon = indexIn(text, ':', start, end);
            final int second = colon < 0 ? -1 : indexIn(text, ':', colon + 1, end);
            if (colon > first && second == colon + 3 && second - start < STAMP_CHARS
                    && Character.isDigit(text.charAt(colon - 1)) && Character.isDigit(text.charAt(second - 1))) {
                return true;
            }
        }
        // Every level is a word in capitals: a head without two capital letters in a row (most lines of prose) is not
        // searched for them.
        final int headEnd = Math.min(end, start + LEVEL_CHARS);
        if (!hasCapitalPair(text, start, headEnd)) {
            return false;
        }
        final String head = text.substring(start, headEnd);
        for (final String level : LOG_LEVELS) {
            if (head.contains(level)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCapitalPair(final String text, final int from, final int to) {
        for (int i = from + 1; i < to; i++) {
            if (text.charAt(i) >= 'A' && text.charAt(i) <= 'Z' && text.charAt(i - 1) >= 'A' && text.charAt(i - 1) <= 'Z') {
                return true;
            }
        }
        return false;
    }

    /** Where {@code c} first occurs in {@code text[from, end)}, or -1. */
    private static int indexIn(final String text, final char c, final int from, final int end) {
        final int at = text.indexOf(c, from);
        return at < end ? at : -1;
    }

    private static String kind(final String what, final int count, final int lines) {
        return "not an article: " + what + " (" + count + " of " + lines + " lines)";
    }
}
