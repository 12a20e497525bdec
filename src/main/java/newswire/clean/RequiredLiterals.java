package newswire.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The strings of which every match of a regular expression contains at least one, found by reading the pattern: for
 * {@code ^(share|subscribe)( now)?$} they are "share" and "subscribe"; for {@code copyright\s*(©|ⓒ)} "copyright". A line
 * that contains none of them cannot match, so a rule need only run on lines in which a scan found one (the prefilter
 * idea of RE2 and Google Code Search, cut down to the syntax our line rules use).
 *
 * <p>The strings are case-folded with {@link #fold}, so they are compared with a folded line, as the rules match
 * case-insensitively. A pattern that uses syntax this reader does not know, or whose matches need contain nothing in
 * particular ({@code .*}), gives empty: such a rule runs on every line. A wrong answer would silently skip a rule on
 * lines it should drop, so unknown syntax is never guessed at, and the standard rules are checked against trying every
 * rule on every line we have.
 */
final class RequiredLiterals {

    /** Past this many alternatives a set of exact strings is no longer worth spelling out. */
    private static final int MAX_EXACT = 24;
    /** Classes with more members than this ({@code [a-z]}) are treated as any character. */
    private static final int MAX_CLASS = 6;

    private final String pattern;
    private int pos;

    private RequiredLiterals(final String pattern) {
        this.pattern = pattern;
    }

    /** Folded strings one of which every match contains; empty when the pattern guarantees none. */
    static Optional<Set<String>> of(final String regex) {
        // Java matches and folds case by code point; this reader works on chars, so it stays out of surrogate pairs.
        if (regex.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
            return Optional.empty();
        }
        try {
            final RequiredLiterals reader = new RequiredLiterals(regex);
            final Info info = reader.alternation();
            if (reader.pos != regex.length()) {
                return Optional.empty();
            }
            return Optional.ofNullable(info.best()).map(RequiredLiterals::withoutImpliedOnes);
        } catch (final UnsupportedSyntax e) {
            return Optional.empty();
        }
    }

    /** Leaves out each string that contains another of the set: where it occurs, the other does too. */
    private static Set<String> withoutImpliedOnes(final Set<String> strings) {
        return strings.stream().filter(a -> strings.stream().noneMatch(b -> !b.equals(a) && a.contains(b)))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Case folding as {@code CASE_INSENSITIVE | UNICODE_CASE} compares characters outside surrogate pairs. */
    static char fold(final char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        if (TextNormalizer.isHangul(c)) {
            return c; // caseless, and most of every Korean line: spared two table lookups per character
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /**
     * What is known of the strings a piece of pattern matches: all of them ({@code exact}, when few), or some of which
     * every match contains ({@code required}); null where nothing is known.
     */
    private record Info(Set<String> exact, Set<String> required) {

        static final Info UNKNOWN = new Info(null, null);
        static final Info EMPTY = new Info(Set.of(""), null);

        static Info exactly(final Set<String> strings) {
            return strings.size() > MAX_EXACT ? new Info(null, usable(strings) ? strings : null) : new Info(strings, null);
        }

        /** The most selective set of required strings: the one whose shortest member is longest, then the smaller. */
        Set<String> best() {
            return better(usableOrNull(exact), required);
        }

        static Set<String> usableOrNull(final Set<String> strings) {
            return usable(strings) ? strings : null;
        }

        static Set<String> better(final Set<String> a, final Set<String> b) {
            if (a == null) {
                return b;
            }
            if (b == null) {
                return a;
            }
            if (shortest(a) != shortest(b)) {
                return shortest(a) > shortest(b) ? a : b;
            }
            return a.size() <= b.size() ? a : b;
        }

        private static boolean usable(final Set<String> strings) {
            return strings != null && !strings.isEmpty() && shortest(strings) > 0;
        }

        private static int shortest(final Set<String> strings) {
            return strings.stream().mapToInt(String::length).min().orElse(0);
        }
    }

    private Info alternation() {
        final List<Info> branches = new ArrayList<>();
        branches.add(concatenation());
        while (pos < pattern.length() && pattern.charAt(pos) == '|') {
            pos++;
            branches.add(concatenation());
        }
        if (branches.size() == 1) {
            return branches.get(0);
        }
        if (branches.stream().allMatch(b -> b.exact() != null)) {
            final Set<String> union = new LinkedHashSet<>();
            branches.forEach(b -> union.addAll(b.exact()));
            return Info.exactly(union);
        }
        // Every branch must promise something, or the alternation promises nothing.
        final Set<String> union = new LinkedHashSet<>();
        for (final Info branch : branches) {
            final Set<String> best = branch.best();
            if (best == null) {
                return Info.UNKNOWN;
            }
            union.addAll(best);
        }
        return new Info(null, union);
    }

    private Info concatenation() {
        Set<String> run = Set.of("");
        Set<String> required = null;
        boolean complete = true;
        while (pos < pattern.length() && pattern.charAt(pos) != '|' && pattern.charAt(pos) != ')') {
            final Info piece = quantified(atom());
            if (piece.exact() != null && run.size() * piece.exact().size() <= MAX_EXACT) {
                run = product(run, piece.exact());
                continue;
            }
            // The run of exact strings ends here; it stays a candidate, and a new run starts.
            complete = false;
            required = Info.better(required, Info.usableOrNull(run));
            if (piece.exact() != null) {
                run = piece.exact();
            } else {
                required = Info.better(required, piece.best());
                run = Set.of("");
            }
        }
        return complete ? Info.exactly(run) : new Info(null, Info.better(required, Info.usableOrNull(run)));
    }

    private static Set<String> product(final Set<String> left, final Set<String> right) {
        final Set<String> product = new LinkedHashSet<>();
        for (final String l : left) {
            for (final String r : right) {
                product.add(l + r);
            }
        }
        return product;
    }

    private Info quantified(final Info atom) {
        if (pos >= pattern.length()) {
            return atom;
        }
        final char c = pattern.charAt(pos);
        final int min;
        final int max;
        if (c == '?' || c == '*' || c == '+') {
            pos++;
            min = c == '+' ? 1 : 0;
            max = c == '?' ? 1 : Integer.MAX_VALUE;
        } else if (c == '{') {
            final int close = pattern.indexOf('}', pos);
            if (close < 0) {
                throw new UnsupportedSyntax();
            }
            final String[] bounds = pattern.substring(pos + 1, close).split(",", -1);
            try {
                min = Integer.parseInt(bounds[0].strip());
                max = bounds.length == 1 ? min
                        : bounds[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1].strip());
            } catch (final NumberFormatException e) {
                throw new UnsupportedSyntax();
            }
            pos = close + 1;
        } else {
            return atom;
        }
        if (pos < pattern.length() && (pattern.charAt(pos) == '?' || pattern.charAt(pos) == '+')) {
            pos++; // lazy and possessive forms match the same strings
        }
        if (min == 0 && max == 1 && atom.exact() != null) {
            final Set<String> optional = new LinkedHashSet<>(atom.exact());
            optional.add("");
            return Info.exactly(optional);
        }
        if (min == 0) {
            return Info.UNKNOWN;
        }
        if (min == 1 && max == 1) {
            return atom;
        }
        // At least one repetition: whatever one copy must contain, the whole does.
        return new Info(null, atom.best());
    }

    private Info atom() {
        final char c = pattern.charAt(pos++);
        switch (c) {
            case '(':
                return group();
            case '[':
                return characterClass();
            case '\\':
                return escape();
            case '.':
                return Info.UNKNOWN;
            case '^':
            case '$':
                return Info.EMPTY;
            case '*':
            case '+':
            case '?':
            case '{':
                throw new UnsupportedSyntax();
            default:
                return Info.exactly(Set.of(String.valueOf(fold(c))));
        }
    }

    private Info group() {
        boolean lookaround = false;
        if (pattern.startsWith("?:", pos)) {
            pos += 2;
        } else if (pattern.startsWith("?=", pos) || pattern.startsWith("?!", pos)) {
            pos += 2;
            lookaround = true;
        } else if (pattern.startsWith("?<=", pos) || pattern.startsWith("?<!", pos)) {
            pos += 3;
            lookaround = true;
        } else if (pattern.startsWith("?<", pos)) {
            pos = pattern.indexOf('>', pos) + 1;
            if (pos == 0) {
                throw new UnsupportedSyntax();
            }
        } else if (pos < pattern.length() && pattern.charAt(pos) == '?') {
            throw new UnsupportedSyntax(); // inline flags and other constructs
        }
        final Info inside = alternation();
        if (pos >= pattern.length() || pattern.charAt(pos) != ')') {
            throw new UnsupportedSyntax();
        }
        pos++;
        // A lookaround consumes nothing; leaving out what it checks only makes the promise weaker, never wrong.
        return lookaround ? Info.EMPTY : inside;
    }

    private Info escape() {
        if (pos >= pattern.length()) {
            throw new UnsupportedSyntax();
        }
        final char c = pattern.charAt(pos++);
        switch (c) {
            case 'b':
            case 'B':
            case 'A':
            case 'z':
            case 'Z':
                return Info.EMPTY;
            case 's':
            case 'S':
            case 'd':
            case 'D':
            case 'w':
            case 'W':
            case 'h':
            case 'H':
            case 'v':
            case 'V':
                return Info.UNKNOWN;
            case 'p':
            case 'P':
                skipPropertyName();
                return Info.UNKNOWN;
            case 't':
                return Info.exactly(Set.of("\t"));
            case 'n':
                return Info.exactly(Set.of("\n"));
            default:
                if (Character.isLetterOrDigit(c)) {
                    throw new UnsupportedSyntax(); // back references, quoting, hex and Unicode escapes
                }
                return Info.exactly(Set.of(String.valueOf(fold(c))));
        }
    }

    private void skipPropertyName() {
        if (pos < pattern.length() && pattern.charAt(pos) == '{') {
            final int close = pattern.indexOf('}', pos);
            if (close < 0) {
                throw new UnsupportedSyntax();
            }
            pos = close + 1;
        } else {
            pos++;
        }
    }

    private Info characterClass() {
        final Set<String> members = new LinkedHashSet<>();
        boolean anyChar = false;
        if (pos < pattern.length() && pattern.charAt(pos) == '^') {
            anyChar = true;
            pos++;
        }
        boolean first = true;
        while (pos < pattern.length() && (pattern.charAt(pos) != ']' || first)) {
            first = false;
            char c = pattern.charAt(pos++);
            if (c == '[' || (c == '&' && pos < pattern.length() && pattern.charAt(pos) == '&')) {
                throw new UnsupportedSyntax(); // nested classes and intersections
            }
            if (c == '\\') {
                final char e = pattern.charAt(pos++);
                if (Character.isLetterOrDigit(e)) {
                    if ("sSdDwWhHvVpP".indexOf(e) < 0) {
                        throw new UnsupportedSyntax();
                    }
                    if (e == 'p' || e == 'P') {
                        skipPropertyName();
                    }
                    anyChar = true;
                    continue;
                }
                c = e;
            }
            if (pos + 1 < pattern.length() && pattern.charAt(pos) == '-' && pattern.charAt(pos + 1) != ']') {
                final char end = pattern.charAt(pos + 1);
                if (end == '\\' || end == '[' || end < c) {
                    throw new UnsupportedSyntax(); // escaped ends, "a-[b]" unions and Java's other readings
                }
                pos += 2;
                if (end - c >= MAX_CLASS) {
                    anyChar = true;
                    continue;
                }
                for (char r = c; r <= end; r++) {
                    members.add(String.valueOf(fold(r)));
                }
            } else {
                members.add(String.valueOf(fold(c)));
            }
        }
        if (pos >= pattern.length()) {
            throw new UnsupportedSyntax();
        }
        pos++;
        return anyChar || members.size() > MAX_CLASS ? Info.UNKNOWN : Info.exactly(members);
    }

    private static final class UnsupportedSyntax extends RuntimeException {
        UnsupportedSyntax() {
            super(null, null, false, false);
        }
    }
}
