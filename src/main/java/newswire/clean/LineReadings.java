package newswire.clean;

import java.util.HashMap;
import java.util.Map;

/**
 * The {@link LineFeatures} of the lines of one article, each line measured once however many stages ask: the headline's
 * evidence, the policy's control-row check and {@link StoryLines} all judge the same lines of a text copy, and a copy
 * repeats lines of its own (a lead printed twice, the same label under every picture). Keyed by the line's text, as
 * the features are a function of it. One per article: confined to one cleaning run, not thread-safe.
 */
final class LineReadings {

    private final WordClasses words;
    private final Map<String, LineFeatures> measured = new HashMap<>();

    LineReadings(final WordClasses words) {
        this.words = words;
    }

    LineFeatures of(final String line) {
        final LineFeatures known = measured.get(line);
        if (known != null) {
            return known;
        }
        final LineFeatures features = LineFeatures.of(line, words);
        measured.put(line, features);
        return features;
    }

    /** The word classes the lines are measured with, for the stages that look words up themselves. */
    WordClasses words() {
        return words;
    }
}
