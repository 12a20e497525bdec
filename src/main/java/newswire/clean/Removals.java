package newswire.clean;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Counts what one cleaning run dropped, by reason. Not shared between runs. */
final class Removals {

    static final String CHROME = "chrome";
    static final String DUPLICATE = "duplicate";
    static final String COPYRIGHT = "copyright";
    static final String FEEDBACK = "feedback";
    static final String BYLINE = "byline";
    static final String DATELINE = "dateline";
    static final String CAPTION = "caption";
    static final String TITLE = "title";
    static final String GARBLED = "garbled";
    static final String BOILERPLATE = "boilerplate";
    static final String MARKUP = "markup";

    /** Hashed while counting, sorted once in {@link #asMap}: every line removed is counted. */
    private final Map<String, Integer> counts = new HashMap<>();

    void count(final String reason) {
        counts.merge(reason, 1, Integer::sum);
    }

    void count(final String reason, final int n) {
        if (n > 0) {
            counts.merge(reason, n, Integer::sum);
        }
    }

    /** Takes back one count of {@code reason}, for a line the cleaner decided to keep after all. */
    void takeBack(final String reason) {
        counts.computeIfPresent(reason, (r, n) -> n > 1 ? n - 1 : null);
    }

    Map<String, Integer> asMap() {
        // Sorted, as counted: Map.copyOf's order changes from run to run, and so would every message and event.
        return Collections.unmodifiableMap(new TreeMap<>(counts));
    }
}
