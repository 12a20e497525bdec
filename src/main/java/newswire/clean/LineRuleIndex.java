package newswire.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Classifies a line by the first {@link LineRule} that matches it, running only the rules that can match. Each rule's
 * {@link RequiredLiterals} go into tables keyed by their first character or first two; a single pass over the folded
 * line finds which rules have one of their literals in it, and only those rules (and any whose literals are unknown)
 * run their regular expression. A story paragraph usually wakes none, so it costs one scan instead of fifty regex
 * searches. Immutable and thread-safe.
 */
final class LineRuleIndex {

    private static final int BUCKETS = 4096;
    /**
     * Literals are cut to this length: a prefix of a required string is required too, and "how do you feel about this
     * article" and its fifteen siblings collapse into "how do" and "how di".
     */
    private static final int LITERAL_CHARS = 6;

    /**
     * A long line can only wake the few rules whose cap it fits under, and for a handful of literals the JDK's
     * vectorised {@code indexOf} beats looking up a table at every position; past this many, the scan wins.
     */
    private static final int MAX_SEARCHED_LITERALS = 24;

    private record Literal(char[] text, int rule) {
    }

    /**
     * The literals of the rules a line longer than {@code longerThan} and no longer than {@code upTo} fits under: those
     * whose cap is at least {@code upTo}, as no cap lies between the two.
     */
    private record Tier(int longerThan, int upTo, List<String> literals, int[] rules) {
    }

    private final List<LineRule> rules;
    private final boolean[] alwaysRun;
    private final int[] maxChars;
    /** Literals of one character, by that character; longer ones by their first two. */
    private final Literal[][] byFirstChar = new Literal[BUCKETS][];
    private final Literal[][] byFirstTwoChars = new Literal[BUCKETS][];
    private final int longestLine;
    /** The tiers with few enough literals to search one by one; lines of other lengths are scanned. */
    private final List<Tier> searchedTiers = new ArrayList<>();

    LineRuleIndex(final List<LineRule> rules) {
        this.rules = List.copyOf(rules);
        this.alwaysRun = new boolean[rules.size()];
        this.maxChars = rules.stream().mapToInt(LineRule::maxChars).toArray();
        final List<List<Literal>> single = buckets();
        final List<List<Literal>> pairs = buckets();
        final List<Literal> all = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            final Optional<Set<String>> literals = RequiredLiterals.of(rules.get(r).pattern().pattern());
            if (literals.isEmpty()) {
                alwaysRun[r] = true;
                continue;
            }
            final Set<String> cut = new LinkedHashSet<>();
            literals.get().forEach(l -> cut.add(l.substring(0, Math.min(l.length(), LITERAL_CHARS))));
            for (final String literal : cut) {
                final Literal entry = new Literal(literal.toCharArray(), r);
                all.add(entry);
                if (literal.length() == 1) {
                    single.get(bucket(literal.charAt(0))).add(entry);
                } else {
                    pairs.get(bucket(literal.charAt(0), literal.charAt(1))).add(entry);
                }
            }
        }
        fill(byFirstChar, single);
        fill(byFirstTwoChars, pairs);
        final int[] caps = Arrays.stream(maxChars).distinct().sorted().toArray();
        this.longestLine = caps.length == 0 ? 0 : caps[caps.length - 1];
        for (int k = 0; k < caps.length; k++) {
            final int cap = caps[k];
            final List<Literal> fitting = all.stream().filter(l -> maxChars[l.rule()] >= cap).toList();
            if (fitting.size() <= MAX_SEARCHED_LITERALS) {
                searchedTiers.add(new Tier(k == 0 ? 0 : caps[k - 1], cap,
                        fitting.stream().map(l -> new String(l.text())).toList(),
                        fitting.stream().mapToInt(Literal::rule).toArray()));
            }
        }
    }

    /** The reason the first matching rule gives for dropping {@code line}, or empty when it is story text. */
    Optional<String> classify(final String line) {
        if (line.length() > longestLine) {
            return Optional.empty();
        }
        final boolean[] woken = wokenRules(line);
        for (int r = 0; r < rules.size(); r++) {
            if ((woken[r] || alwaysRun[r]) && rules.get(r).matches(line)) {
                return Optional.of(rules.get(r).reason());
            }
        }
        return Optional.empty();
    }

    /** How many rules promise no literal and so run on every line that is short enough for them. */
    int rulesRunOnEveryLine() {
        int count = 0;
        for (final boolean always : alwaysRun) {
            count += always ? 1 : 0;
        }
        return count;
    }

    private boolean[] wokenRules(final String line) {
        final boolean[] woken = new boolean[rules.size()];
        final int length = line.length();
        for (final Tier tier : searchedTiers) {
            if (length > tier.longerThan() && length <= tier.upTo()) {
                final char[] folded = line.toCharArray();
                for (int i = 0; i < folded.length; i++) {
                    folded[i] = RequiredLiterals.fold(folded[i]);
                }
                final String text = new String(folded);
                for (int k = 0; k < tier.rules().length; k++) {
                    woken[tier.rules()[k]] |= text.contains(tier.literals().get(k));
                }
                return woken;
            }
        }
        // Each character is folded as the scan reaches it, not copied folded first: most positions start no literal.
        char next = length == 0 ? 0 : RequiredLiterals.fold(line.charAt(0));
        for (int i = 0; i < length; i++) {
            final char c = next;
            wake(woken, byFirstChar[bucket(c)], line, i);
            if (i + 1 < length) {
                next = RequiredLiterals.fold(line.charAt(i + 1));
                wake(woken, byFirstTwoChars[bucket(c, next)], line, i);
            }
        }
        return woken;
    }

    private void wake(final boolean[] woken, final Literal[] candidates, final String line, final int at) {
        if (candidates == null) {
            return;
        }
        for (final Literal literal : candidates) {
            if (!woken[literal.rule()] && maxChars[literal.rule()] >= line.length()
                    && startsAt(line, at, literal.text())) {
                woken[literal.rule()] = true;
            }
        }
    }

    private static int bucket(final char c) {
        return c & (BUCKETS - 1);
    }

    private static int bucket(final char first, final char second) {
        return (first * 31 + second) & (BUCKETS - 1);
    }

    private static List<List<Literal>> buckets() {
        final List<List<Literal>> buckets = new ArrayList<>(BUCKETS);
        for (int b = 0; b < BUCKETS; b++) {
            buckets.add(new ArrayList<>());
        }
        return buckets;
    }

    private static void fill(final Literal[][] table, final List<List<Literal>> buckets) {
        for (int b = 0; b < BUCKETS; b++) {
            table[b] = buckets.get(b).isEmpty() ? null : buckets.get(b).toArray(Literal[]::new);
        }
    }

    /** Whether {@code literal}, folded, starts at {@code at} of {@code line} folded. */
    private static boolean startsAt(final String line, final int at, final char[] literal) {
        if (at + literal.length > line.length()) {
            return false;
        }
        for (int j = 0; j < literal.length; j++) {
            if (RequiredLiterals.fold(line.charAt(at + j)) != literal[j]) {
                return false;
            }
        }
        return true;
    }
}
