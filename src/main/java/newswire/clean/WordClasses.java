package newswire.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Two classes of words that tell prose from site furniture in any site: function words (the closed-class words running
 * prose is full of) and control words (the vocabulary of links and buttons). Read from the data files
 * {@code function-words.tsv} and {@code control-words.tsv}. Korean attaches its grammar to the word, so a Korean entry is
 * a particle or ending the word may end with (function) or a noun it may start with (control). Immutable.
 */
final class WordClasses {

    private static final WordClasses STANDARD = new WordClasses(
            CleaningPolicy.readResource("function-words.tsv"), CleaningPolicy.readResource("control-words.tsv"));

    private final Set<String> functionWords = new HashSet<>();
    private final List<String> koreanEndings = new ArrayList<>();
    private final Set<String> controlWords = new HashSet<>();
    private final List<String> koreanControlStems = new ArrayList<>();

    WordClasses(final List<String> functionRows, final List<String> controlRows) {
        for (final String word : words(functionRows)) {
            if (word.startsWith("-")) {
                koreanEndings.add(word.substring(1));
            } else {
                functionWords.add(word);
            }
        }
        for (final String word : words(controlRows)) {
            if (TextNormalizer.containsHangul(word)) {
                koreanControlStems.add(word);
            } else {
                controlWords.add(word);
            }
        }
    }

    static WordClasses standard() {
        return STANDARD;
    }

    /** @param word lower case, as {@link LineFeatures} cuts it */
    boolean isFunctionWord(final String word) {
        if (functionWords.contains(word)) {
            return true;
        }
        if (word.length() < 2 || !TextNormalizer.isHangul(word.charAt(0))) {
            return false;
        }
        for (final String ending : koreanEndings) {
            if (word.length() > ending.length() && word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** @param word lower case, as {@link LineFeatures} cuts it */
    boolean isControlWord(final String word) {
        if (controlWords.contains(word)) {
            return true;
        }
        if (word.isEmpty() || !TextNormalizer.isHangul(word.charAt(0))) {
            return false;
        }
        for (final String stem : koreanControlStems) {
            if (word.startsWith(stem)) {
                return true;
            }
        }
        return false;
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
