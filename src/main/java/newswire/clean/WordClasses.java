package newswire.clean;

import java.util.ArrayList;
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

    /** The class bits of every listed word: one lookup per word of a text, however many classes there are. */
    private final Map<String, Integer> listed = new HashMap<>();
    private final List<String> koreanEndings = new ArrayList<>();
    private final List<String> koreanControlStems = new ArrayList<>();
    /** Korean medium and licence nouns a word may start with, and the class bit each gives it. */
    private final List<KoreanStem> koreanNoticeStems = new ArrayList<>();

    private record KoreanStem(String stem, int bits) {
    }

    WordClasses(final List<String> functionRows, final List<String> controlRows, final List<String> personRows,
                final List<String> noticeRows) {
        for (final String word : words(functionRows)) {
            if (word.startsWith("-")) {
                koreanEndings.add(word.substring(1));
            } else {
                listed.merge(word, FUNCTION, (a, b) -> a | b);
            }
        }
        for (final String word : words(controlRows)) {
            if (TextNormalizer.containsHangul(word)) {
                koreanControlStems.add(word);
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
                    koreanNoticeStems.add(new KoreanStem(word, bits));
                } else {
                    listed.merge(word, bits, (a, b) -> a | b);
                }
            }
        }
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
        final Integer bits = listed.get(word);
        final boolean hangul = !word.isEmpty() && TextNormalizer.isHangul(word.charAt(0));
        if (!hangul) {
            return bits == null ? 0 : bits;
        }
        // a listed Korean word (a person word with its particle) still has its ending read
        int korean = bits == null ? 0 : bits;
        for (final String ending : koreanEndings) {
            if (word.length() > ending.length() && word.endsWith(ending)) {
                korean |= FUNCTION;
                break;
            }
        }
        for (final String stem : koreanControlStems) {
            if (word.startsWith(stem)) {
                korean |= CONTROL;
                break;
            }
        }
        for (final KoreanStem stem : koreanNoticeStems) {
            if (word.startsWith(stem.stem())) {
                korean |= stem.bits();
            }
        }
        return korean;
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
