package newswire.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import newswire.config.NewswireConfig;

/**
 * How many failed stream threads are replaced: at most {@code limit} within any {@code window}. A thread that dies of
 * a passing fault (a broker that went away at a bad moment) is replaced; one that dies over and over would die forever,
 * so past the limit the application shuts down and says why.
 */
public final class ThreadReplacements {

    private final int limit;
    private final Duration window;
    private final Deque<Instant> recent = new ArrayDeque<>();

    public ThreadReplacements(final int limit, final Duration window) {
        this.limit = limit;
        this.window = window;
    }

    public static ThreadReplacements from(final NewswireConfig config) {
        return new ThreadReplacements(config.threadReplacements(), config.threadReplacementWindow());
    }

    /** Whether a thread that failed at {@code now} may be replaced; if so, the replacement is counted. */
    public synchronized boolean tryReplace(final Instant now) {
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(window))) {
            recent.removeFirst();
        }
        if (recent.size() >= limit) {
            return false;
        }
        recent.addLast(now);
        return true;
    }

    /** How many replacements were made within the window ending at the last failure. */
    public synchronized int count() {
        return recent.size();
    }

    public int limit() {
        return limit;
    }

    public Duration window() {
        return window;
    }
}
