package newswire.ops;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last {@code limit} distinct strings added, forgetting the oldest: for counting once what may come several times
 * close together, in bounded memory. Thread-safe (the dead-letter handlers of every stream thread share one).
 */
public final class RecentSet {

    private final Map<String, Boolean> kept;

    public RecentSet(final int limit) {
        kept = new LinkedHashMap<>(16, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(final Map.Entry<String, Boolean> eldest) {
                return size() > limit;
            }
        };
    }

    /** Whether {@code value} is new among the kept ones; it is kept from now on. */
    public synchronized boolean add(final String value) {
        return kept.put(value, Boolean.TRUE) == null;
    }
}
