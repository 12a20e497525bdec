package newswire.bench;

/**
 * What one scenario measured over its timed articles (the warm-up excluded).
 *
 * @param seconds     from the first timed send to the arrival of the last timed output record
 * @param bytes       keys plus values of the input records: MB/s counts input, the same bytes for every scenario
 * @param p50Ms       end-to-end latency, producer timestamp to arrival at a read_committed consumer
 * @param peakHeapMb  the JVM's peak heap use during the timed part, MiB: the broker, Streams and the clients together
 * @param deadLetters how many of the articles came out on the dead-letter topic instead (counted as accounted for)
 */
public record ScenarioResult(Scenario scenario, int articles, long bytes, double seconds, double p50Ms,
                             double p95Ms, double p99Ms, double peakHeapMb, long deadLetters) {

    public double articlesPerSec() {
        return seconds > 0 ? articles / seconds : 0;
    }

    /** Input megabytes (10^6 bytes) per second. */
    public double mbPerSec() {
        return seconds > 0 ? bytes / 1e6 / seconds : 0;
    }
}
