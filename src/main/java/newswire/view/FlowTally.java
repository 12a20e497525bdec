package newswire.view;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import newswire.view.ViewState.FlowMinute;

/** Counts per minute of record time, for the last {@link #WINDOW}; older minutes are forgotten. */
final class FlowTally {

    static final Duration WINDOW = Duration.ofMinutes(30);

    private static final int ARTICLES_IN = 0;
    private static final int EVENTS_OUT = 1;
    private static final int DUPLICATES = 2;
    private static final int DEAD_LETTERS = 3;

    private final TreeMap<Instant, long[]> minutes = new TreeMap<>();

    void articleIn(final Instant at) {
        add(at, ARTICLES_IN);
    }

    void eventOut(final Instant at, final boolean duplicate) {
        add(at, EVENTS_OUT);
        if (duplicate) {
            add(at, DUPLICATES);
        }
    }

    void deadLetter(final Instant at) {
        add(at, DEAD_LETTERS);
    }

    /** Every minute of the window up to {@code now}, quiet minutes included, oldest first. */
    List<FlowMinute> window(final Instant now) {
        final Instant last = now.truncatedTo(ChronoUnit.MINUTES);
        final Instant first = last.minus(WINDOW).plus(Duration.ofMinutes(1));
        minutes.headMap(first).clear();
        final List<FlowMinute> shown = new ArrayList<>();
        for (Instant minute = first; !minute.isAfter(last); minute = minute.plus(Duration.ofMinutes(1))) {
            final long[] counts = minutes.getOrDefault(minute, new long[4]);
            shown.add(new FlowMinute(minute, counts[ARTICLES_IN], counts[EVENTS_OUT], counts[DUPLICATES],
                    counts[DEAD_LETTERS]));
        }
        return shown;
    }

    private void add(final Instant at, final int counter) {
        minutes.computeIfAbsent(at.truncatedTo(ChronoUnit.MINUTES), minute -> new long[4])[counter]++;
        // Bounded whatever the record times: minutes far ahead of or behind the window are trimmed here too.
        while (minutes.size() > 2 * WINDOW.toMinutes()) {
            minutes.pollFirstEntry();
        }
    }
}
