package newswire.view;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newswire.view.ViewState.DeadLetterSummary;
import newswire.view.ViewState.ReasonCount;

/** Dead letters counted by stage and reason, and the latest few kept whole. */
final class DeadLetterTally {

    static final int LATEST = 10;
    /** Reasons often carry a detail (a size, a field); past this many distinct ones the rest are counted together. */
    static final int REASONS = 100;
    private static final String OTHER = "(other reasons)";

    private final Map<ReasonKey, Long> counts = new LinkedHashMap<>();
    private final Deque<DeadLetter> latest = new ArrayDeque<>();
    private long total;

    void add(final DeadLetter deadLetter) {
        total++;
        final ReasonKey key = new ReasonKey(deadLetter.stage(), deadLetter.reason());
        final ReasonKey counted = counts.containsKey(key) || counts.size() < REASONS ? key
                : new ReasonKey(deadLetter.stage(), OTHER);
        counts.merge(counted, 1L, Long::sum);
        latest.addFirst(deadLetter);
        if (latest.size() > LATEST) {
            latest.removeLast();
        }
    }

    DeadLetterSummary summary() {
        final List<ReasonCount> byCount = new ArrayList<>();
        counts.forEach((key, count) -> byCount.add(new ReasonCount(key.stage(), key.reason(), count)));
        byCount.sort(Comparator.comparingLong(ReasonCount::count).reversed().thenComparing(ReasonCount::stage));
        return new DeadLetterSummary(total, byCount, List.copyOf(latest));
    }

    private record ReasonKey(String stage, String reason) {
    }
}
