package newswire.bench;

import java.util.Arrays;

/**
 * End-to-end latencies in milliseconds, recorded by one thread (the consumer that sees the output records) and read by
 * others; percentiles are nearest-rank over every recorded value, so p99 of 20,000 articles is the 19,800th smallest.
 */
public final class LatencyRecorder {

    private long[] values;
    private int count;

    public LatencyRecorder(final int expected) {
        this.values = new long[Math.max(16, expected)];
    }

    public synchronized void record(final long millis) {
        if (count == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        // A clock that stepped back must not make a latency negative.
        values[count++] = Math.max(0, millis);
    }

    public synchronized int count() {
        return count;
    }

    /** Forgets everything recorded so far (after the warm-up). */
    public synchronized void reset() {
        count = 0;
    }

    /** The {@code percent}-th percentile (0 < percent ≤ 100) by nearest rank, or 0 when nothing was recorded. */
    public synchronized double percentile(final double percent) {
        return percentile(Arrays.copyOf(values, count), percent);
    }

    /** Nearest-rank percentile of {@code values}, which it sorts in place. */
    static double percentile(final long[] values, final double percent) {
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100], not " + percent);
        }
        if (values.length == 0) {
            return 0;
        }
        Arrays.sort(values);
        final int rank = (int) Math.ceil(percent / 100.0 * values.length);
        return values[Math.max(0, rank - 1)];
    }
}
