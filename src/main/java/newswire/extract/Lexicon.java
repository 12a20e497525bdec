package newswire.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The extraction rules as data ({@code lexicon.tsv}): for each section and key, the phrases that signal it. Immutable
 * once loaded, so one instance serves every thread.
 *
 * <p>English phrases match whole tokens in lower case. Korean phrases match inside a token, since particles attach to
 * the word; a two-word Korean phrase matches a token ending with its first part followed by a token starting with its
 * second ("파병하기로 결정했다").
 */
public final class Lexicon {

    /** One phrase of a section, already split into the words it must match. */
    private record Phrase(String section, String key, String text, List<String> words, boolean korean) {
    }

    /** Where a phrase of the lexicon was found in a token list (tokens {@code first} to {@code last}, inclusive). */
    record Cue(String section, String key, String phrase, int first, int last) {
    }

    static final String RESOURCE = "/newswire/extract/lexicon.tsv";
    /** Bits of {@link #openings}: about 1,900 section and word pairs set one bit each, so a miss is seldom mistaken. */
    private static final int OPENING_BITS = 1 << 16;
    private static final int OPENING_SHIFT = Integer.SIZE - Integer.numberOfTrailingZeros(OPENING_BITS);

    private final Map<String, Map<String, List<String>>> entries;
    private final Map<String, Map<String, List<Phrase>>> byFirstWord;
    private final Map<String, List<Phrase>> korean;
    /**
     * A bit for each section and the first word of one of its phrases (a filter: two pairs may share a bit). Of the
     * ~1,900 lookups per seed article, ~40 find a phrase; a clear bit answers the others without the two hash lookups,
     * which were a tenth of the stages' time.
     */
    private final long[] openings = new long[OPENING_BITS / Long.SIZE];

    private Lexicon(final Map<String, Map<String, List<String>>> entries) {
        this.entries = entries;
        this.byFirstWord = new HashMap<>();
        this.korean = new HashMap<>();
        entries.forEach((section, keys) -> keys.forEach((key, phrases) -> phrases.forEach(text -> {
            final Phrase phrase = new Phrase(section, key, text, Arrays.asList(text.split(" ")),
                    text.chars().anyMatch(c -> Scripts.isHangul((char) c)));
            if (phrase.korean()) {
                korean.computeIfAbsent(section, s -> new ArrayList<>()).add(phrase);
            } else {
                byFirstWord.computeIfAbsent(section, s -> new HashMap<>())
                        .computeIfAbsent(phrase.words().get(0), w -> new ArrayList<>()).add(phrase);
            }
        })));
        byFirstWord.forEach((section, words) -> words.keySet().forEach(word -> {
            final int bit = openingBit(section, word);
            openings[bit >>> 6] |= 1L << bit;
        }));
        // longest first, so that "special forces" wins over "forces"
        final Comparator<Phrase> longestFirst = Comparator.comparingInt((Phrase p) -> -p.words().size())
                .thenComparingInt(p -> -p.text().length());
        byFirstWord.values().forEach(m -> m.values().forEach(list -> list.sort(longestFirst)));
        korean.values().forEach(list -> list.sort(longestFirst));
    }

    /** The lexicon shipped with the extractor. */
    public static Lexicon standard() {
        try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads lines of {@code section<TAB>key<TAB>phrase|phrase…}; blank lines and lines starting with # are skipped. */
    public static Lexicon parse(final List<String> lines) {
        final Map<String, Map<String, List<String>>> entries = new LinkedHashMap<>();
        for (final String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            final String[] fields = line.split("\t");
            if (fields.length != 3) {
                throw new IllegalArgumentException("lexicon line needs section, key and phrases: " + line);
            }
            // Interned, as callers name sections with literals: a map lookup then ends at an identity check.
            final List<String> phrases = entries.computeIfAbsent(fields[0].strip().intern(), s -> new LinkedHashMap<>())
                    .computeIfAbsent(fields[1].strip(), k -> new ArrayList<>());
            for (final String phrase : fields[2].split("\\|")) {
                if (!phrase.isBlank()) {
                    phrases.add(phrase.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        entries.values().forEach(keys -> keys.replaceAll((k, v) -> List.copyOf(v)));
        return new Lexicon(entries);
    }

    /** The keys of a section, in file order. */
    Set<String> keys(final String section) {
        return entries.getOrDefault(section, Map.of()).keySet();
    }

    List<String> phrases(final String section, final String key) {
        return entries.getOrDefault(section, Map.of()).getOrDefault(key, List.of());
    }

    Set<String> words(final String section, final String key) {
        return new LinkedHashSet<>(phrases(section, key));
    }

    /** Every phrase of a section in the tokens, the longest where several start at one token, left to right. */
    List<Cue> find(final List<Token> tokens, final String section) {
        final List<Cue> cues = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            final Optional<Cue> cue = at(tokens, i, section);
            if (cue.isPresent()) {
                cues.add(cue.get());
                i = cue.get().last() + 1;
            } else {
                i++;
            }
        }
        return cues;
    }

    /**
     * Every phrase of a section at every token, grouped by the token it starts at; unlike {@link #find} it keeps
     * phrases of different keys that start at the same token ("sent" moves troops and ships weapons).
     */
    List<List<Cue>> findAll(final List<Token> tokens, final String section) {
        final List<List<Cue>> byStart = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            byStart.add(allAt(tokens, i, section));
        }
        return byStart;
    }

    /** Every phrase of a section starting at token {@code i}, one per key, longest first. */
    List<Cue> allAt(final List<Token> tokens, final int i, final String section) {
        if (i < 0 || i >= tokens.size()) {
            return List.of(); // rules look a word or two ahead or back: past the sentence's ends no phrase starts
        }
        final List<Phrase> candidates = candidates(tokens.get(i), section);
        List<Cue> cues = List.of();
        for (int p = 0; p < candidates.size(); p++) {
            final Phrase phrase = candidates.get(p);
            final int last = lastMatched(tokens, i, phrase);
            if (last >= 0 && !hasKey(cues, phrase.key())) {
                if (cues.isEmpty()) {
                    cues = new ArrayList<>();
                }
                cues.add(new Cue(section, phrase.key(), phrase.text(), i, last));
            }
        }
        return cues;
    }

    /**
     * The longest phrase of a section starting at token {@code i}: the first of {@link #allAt}, found without the
     * others, as most lookups want only it.
     */
    Optional<Cue> at(final List<Token> tokens, final int i, final String section) {
        if (i < 0 || i >= tokens.size()) {
            return Optional.empty(); // as in allAt
        }
        final List<Phrase> candidates = candidates(tokens.get(i), section);
        for (int p = 0; p < candidates.size(); p++) {
            final Phrase phrase = candidates.get(p);
            final int last = lastMatched(tokens, i, phrase);
            if (last >= 0) {
                return Optional.of(new Cue(section, phrase.key(), phrase.text(), i, last));
            }
        }
        return Optional.empty();
    }

    /** Whether token {@code i} is a number, in digits or in words ("four", "a dozen": lexicon {@code number}). */
    boolean isNumberAt(final List<Token> tokens, final int i) {
        return tokens.get(i).isNumber() || at(tokens, i, "number").isPresent();
    }

    /**
     * The phrases of a section that may start at the token, longest first (phrases are kept so). Callers walk them by
     * index: most tokens have none, and an iterator per lookup was a quarter of the extractor's allocation.
     */
    private List<Phrase> candidates(final Token token, final String section) {
        if (token.isHangul()) {
            return korean.getOrDefault(section, List.of());
        }
        final int bit = openingBit(section, token.norm());
        if ((openings[bit >>> 6] & 1L << bit) == 0) {
            return List.of();
        }
        return byFirstWord.getOrDefault(section, Map.of()).getOrDefault(token.norm(), List.of());
    }

    /** The bit of {@link #openings} for a section and a word, from their hash codes (which strings keep). */
    private static int openingBit(final String section, final String word) {
        return ((section.hashCode() * 31 + word.hashCode()) * 0x9E3779B9) >>> OPENING_SHIFT;
    }

    /** The last token of {@code phrase} when it starts at token {@code i}, else -1. */
    private static int lastMatched(final List<Token> tokens, final int i, final Phrase phrase) {
        if (tokens.get(i).isHangul()) {
            return matchKorean(tokens, i, phrase.words());
        }
        return matchWords(tokens, i, phrase.words()) ? i + phrase.words().size() - 1 : -1;
    }

    private static boolean hasKey(final List<Cue> cues, final String key) {
        for (final Cue cue : cues) {
            if (cue.key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** The longest phrase of a section that ends at token {@code last}. */
    Optional<Cue> endingAt(final List<Token> tokens, final int last, final String section) {
        Cue best = null;
        for (int first = Math.max(0, last - 3); first <= last; first++) {
            final Optional<Cue> cue = at(tokens, first, section);
            if (cue.isPresent() && cue.get().last() == last && (best == null || cue.get().first() < best.first())) {
                best = cue.get();
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean matchWords(final List<Token> tokens, final int i, final List<String> words) {
        if (i + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(i + k).norm().equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static int matchKorean(final List<Token> tokens, final int i, final List<String> words) {
        final String first = tokens.get(i).text();
        if (words.size() == 1) {
            return first.contains(words.get(0)) ? i : -1;
        }
        if (i + words.size() > tokens.size() || !first.endsWith(words.get(0))) {
            return -1;
        }
        for (int k = 1; k < words.size() - 1; k++) {
            if (!tokens.get(i + k).text().equals(words.get(k))) {
                return -1;
            }
        }
        final int last = i + words.size() - 1;
        return tokens.get(last).text().startsWith(words.get(words.size() - 1)) ? last : -1;
    }
}
