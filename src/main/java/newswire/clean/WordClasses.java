package newswire.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Classes of words that tell prose from site furniture in any site: function words (the closed-class words running
 * prose is full of), control words (the vocabulary of links and buttons) and first- and second-person words (a page
 * speaking to its reader, a commenter speaking for themself) and the words of a page's notice about itself (a word
 * pointing at the page, the page as a medium, a licence's terms). Read from the data files {@code function-words.tsv},
 * {@code control-words.tsv}, {@code person-words.tsv} and {@code notice-words.tsv}. Korean attaches its grammar to the
 * word, so a Korean entry is a particle or ending the word may end with (function) or a noun it may start with
 * (control, medium, licence); its person and pointing words are listed whole, with their particles. Immutable.
 */
final class WordClasses {

    private static final WordClasses STANDARD = new WordClasses(
            CleaningPolicy.readResource("function-words.tsv"), CleaningPolicy.readResource("control-words.tsv"),
            CleaningPolicy.readResource("person-words.tsv"), CleaningPolicy.readResource("notice-words.tsv"));

    /** A bit of {@link #classOf}: the word is a function word. */
    static final int FUNCTION = 1;
    /** A bit of {@link #classOf}: the word is a control word. */
    static final int CONTROL = 2;
    /** A bit of {@link #classOf}: the word is a first- or second-person word. */
    static final int PERSON = 4;
    /** A bit of {@link #classOf}: the word points at the page it is on when a medium word follows ("this", "our"). */
    static final int POINTING = 8;
    /** A bit of {@link #classOf}: the word names the page or site as a medium ("site", "copy", "content"). */
    static final int MEDIUM = 16;
    /** A bit of {@link #classOf}: the word is a licence's or a disclaimer's ("terms", "copyright", "reproduced"). */
    static final int LICENCE = 32;

    /**
     * Every listed word with its class bits beside it (one lookup per word of a text, however many classes there are),
     * open-addressed by their {@code String} hash codes: so a word {@link LineFeatures} holds in a buffer is looked up
     * without a {@code String} made of it (every word of every line is looked up; the copy and a map's lookup were a
     * tenth of the cleaner's time). Each word is kept as its characters, compared with the buffer's without a
     * {@code String}'s per-character checks.
     */
    private final char[][] slotWords;
    /** The hash code of each slot's word: a probe compares it first, and reads a word only when it is the same. */
    private final int[] slotHashes;
    private final int[] slotBits;
    /**
     * Korean endings by their last character and control stems by their first, so a Korean word is compared with the
     * few that could fit it, not with all of them (over a hundred comparisons per word made a line of Korean cost as
     * much as three of English).
     */
    private final ByChar<String> koreanEndingsByLast;
    private final ByChar<String> koreanControlStemsByFirst;
    /** Korean medium and licence nouns a word may start with, by their first character, and the class bit each gives. */
    private final ByChar<KoreanStem> koreanNoticeStemsByFirst;

    private record KoreanStem(String stem, int bits) {
    }

    /**
     * Lists by a character, found by a binary search of the characters: a map keyed by {@code Character} boxed each
     * Hangul character it was asked for, and the Korean words' lookups were most of the bytes and half the time of
     * measuring a line of Korean.
     */
    private record ByChar<T>(char[] keys, List<List<T>> lists) {

        static <T> ByChar<T> of(final Map<Character, List<T>> map) {
            final char[] keys = new char[map.size()];
            int k = 0;
            for (final char c : map.keySet()) {
                keys[k++] = c;
            }
            Arrays.sort(keys);
            final List<List<T>> lists = new ArrayList<>();
            for (final char c : keys) {
                lists.add(List.copyOf(map.get(c)));
            }
            return new ByChar<>(keys, lists);
        }

        List<T> get(final char c) {
            final int at = Arrays.binarySearch(keys, c);
            return at < 0 ? List.of() : lists.get(at);
        }
    }

    WordClasses(final List<String> functionRows, final List<String> controlRows, final List<String> personRows,
                final List<String> noticeRows) {
        final Map<String, Integer> listed = new HashMap<>();
        final Map<Character, List<String>> endingsByLast = new HashMap<>();
        final Map<Character, List<String>> controlStemsByFirst = new HashMap<>();
        final Map<Character, List<KoreanStem>> noticeStemsByFirst = new HashMap<>();
        for (final String word : words(functionRows)) {
            if (word.startsWith("-")) {
                final String ending = word.substring(1);
                endingsByLast.computeIfAbsent(ending.charAt(ending.length() - 1), c -> new ArrayList<>())
                        .add(ending);
            } else {
                listed.merge(word, FUNCTION, (a, b) -> a | b);
            }
        }
        for (final String word : words(controlRows)) {
            if (TextNormalizer.containsHangul(word)) {
                controlStemsByFirst.computeIfAbsent(word.charAt(0), c -> new ArrayList<>()).add(word);
            } else {
                listed.merge(word, CONTROL, (a, b) -> a | b);
            }
        }
        for (final String word : words(personRows)) {
            listed.merge(word, PERSON, (a, b) -> a | b);
        }
        for (final String row : noticeRows) {
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            final int bits = noticeClass(row.split("\t", 2)[0]);
            for (final String word : words(List.of(row))) {
                if (bits != POINTING && TextNormalizer.containsHangul(word)) {
                    noticeStemsByFirst.computeIfAbsent(word.charAt(0), c -> new ArrayList<>())
                            .add(new KoreanStem(word, bits));
                } else {
                    listed.merge(word, bits, (a, b) -> a | b);
                }
            }
        }
        koreanEndingsByLast = ByChar.of(endingsByLast);
        koreanControlStemsByFirst = ByChar.of(controlStemsByFirst);
        koreanNoticeStemsByFirst = ByChar.of(noticeStemsByFirst);
        // at most half full, so a word that is not listed meets an empty slot within a probe or two
        final int slots = Integer.highestOneBit(Math.max(1, listed.size()) * 4);
        slotWords = new char[slots][];
        slotHashes = new int[slots];
        slotBits = new int[slots];
        listed.forEach((word, bits) -> {
            int slot = slot(word.hashCode());
            while (slotWords[slot] != null) {
                slot = (slot + 1) & (slots - 1);
            }
            slotWords[slot] = word.toCharArray();
            slotHashes[slot] = word.hashCode();
            slotBits[slot] = bits;
        });
    }

    private static int noticeClass(final String name) {
        return switch (name) {
            case "pointing" -> POINTING;
            case "medium" -> MEDIUM;
            case "licence" -> LICENCE;
            default -> throw new IllegalArgumentException("unknown notice word class: " + name);
        };
    }

    static WordClasses standard() {
        return STANDARD;
    }

    /**
     * @param word lower case, as {@link LineFeatures} cuts it
     * @return {@link #FUNCTION}, {@link #CONTROL}, {@link #PERSON}, {@link #POINTING}, {@link #MEDIUM} and
     * {@link #LICENCE} bits
     */
    int classOf(final String word) {
        return classOf(word.toCharArray(), 0, word.length(), word.hashCode());
    }

    /**
     * {@link #classOf(String)} of the {@code length} characters of {@code chars} from {@code from}, whose
     * {@link String#hashCode} is {@code hash}, read where they are: no {@code String} is made of a word.
     */
    int classOf(final char[] chars, final int from, final int length, final int hash) {
        final int bits = listedBits(chars, from, length, hash);
        if (length == 0 || !TextNormalizer.isHangul(chars[from])) {
            return bits;
        }
        // a listed Korean word (a person word with its particle) still has its ending read
        int korean = bits;
        final List<String> endings = koreanEndingsByLast.get(chars[from + length - 1]);
        for (int e = 0; e < endings.size(); e++) {
            if (length > endings.get(e).length() && endsWith(chars, from, length, endings.get(e))) {
                korean |= FUNCTION;
                break;
            }
        }
        final List<String> controlStems = koreanControlStemsByFirst.get(chars[from]);
        for (int s = 0; s < controlStems.size(); s++) {
            if (startsWith(chars, from, length, controlStems.get(s))) {
                korean |= CONTROL;
                break;
            }
        }
        final List<KoreanStem> noticeStems = koreanNoticeStemsByFirst.get(chars[from]);
        for (int s = 0; s < noticeStems.size(); s++) {
            if (startsWith(chars, from, length, noticeStems.get(s).stem())) {
                korean |= noticeStems.get(s).bits();
            }
        }
        return korean;
    }

    /** The bits of the word if it is listed, else 0. */
    private int listedBits(final char[] chars, final int from, final int length, final int hash) {
        for (int slot = slot(hash); slotWords[slot] != null; slot = (slot + 1) & (slotWords.length - 1)) {
            if (slotHashes[slot] == hash && sameWord(slotWords[slot], chars, from, length)) {
                return slotBits[slot];
            }
        }
        return 0;
    }

    /** Whether the word {@code chars[from, from + length)} is {@code listed}. */
    private static boolean sameWord(final char[] listed, final char[] chars, final int from, final int length) {
        if (listed.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (listed[i] != chars[from + i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word {@code chars[from, from + length)} starts with {@code prefix}. */
    private static boolean startsWith(final char[] chars, final int from, final int length, final String prefix) {
        if (prefix.length() > length) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (prefix.charAt(i) != chars[from + i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word {@code chars[from, from + length)} ends with {@code suffix}. */
    private static boolean endsWith(final char[] chars, final int from, final int length, final String suffix) {
        if (suffix.length() > length) {
            return false;
        }
        final int at = from + length - suffix.length();
        for (int i = 0; i < suffix.length(); i++) {
            if (suffix.charAt(i) != chars[at + i]) {
                return false;
            }
        }
        return true;
    }

    /** The first slot of a hash code ({@link String#hashCode}'s low bits alone cluster). */
    private int slot(final int hash) {
        return (hash ^ (hash >>> 16)) & (slotWords.length - 1);
    }

    /** @param word lower case, as {@link LineFeatures} cuts it */
    boolean isFunctionWord(final String word) {
        return (classOf(word) & FUNCTION) != 0;
    }

    private static List<String> words(final List<String> rows) {
        final List<String> words = new ArrayList<>();
        for (final String row : rows) {
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            final String[] fields = row.split("\t", 2);
            if (fields.length != 2) {
                throw new IllegalArgumentException("word class needs a name and words: " + row);
            }
            for (final String word : fields[1].strip().split("\\s+")) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }
}
