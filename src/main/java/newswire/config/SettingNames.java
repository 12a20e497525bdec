package newswire.config;

import java.util.Comparator;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean" for a misspelt setting: the nearest known key, when one is near enough to be the intended one. */
final class SettingNames {

    /** More edits than this and the key is something else altogether, not a typo. */
    private static final int MAX_EDITS = 4;

    private SettingNames() {
    }

    static String suggestion(final String unknown, final Set<String> known) {
        final LevenshteinDistance distance = new LevenshteinDistance(MAX_EDITS);
        return known.stream()
                .filter(key -> distance.apply(unknown, key) >= 0)
                .min(Comparator.comparingInt((String key) -> distance.apply(unknown, key)))
                .map(key -> "; did you mean " + key + "?")
                .orElse("; the known ones are " + String.join(", ", known));
    }
}
