package newswire.bench;

/**
 * What one scenario measured over its timed articles (the warm-up excluded).
 *
 * @param seconds     from the first timed send to the arrival of the last timed output record
 * @param bytes       keys plus values of the input records: MB/s counts input, the same bytes for every scenario
 * @param p50Ms       end-to-end latency, producer timestamp to arrival at a read_committed consumer
 * @param peakHeapMb  the JVM's highest heap use during the timed part (sampled every 20 ms), MiB: the broker, Streams
 *                    and the clients together, garbage not yet collected included
 * @param deadLetters how many of the articles came out on the dead-letter topic instead (counted as accounted for)
 * @param cpu         the JVM's CPU time during the timed part, the part of it Streams' threads spent, and the JIT's
 *                    compilation time
 */
public record ScenarioResult(Scenario scenario, int articles, long bytes, double seconds, double p50Ms,
                             double p95Ms, double p99Ms, double peakHeapMb, long deadLetters, CpuGauge.Use cpu) {

    public double articlesPerSec() {
        return seconds > 0 ? articles / seconds : 0;
    }

    /** Input megabytes (10^6 bytes) per second. */
    public double mbPerSec() {
        return seconds > 0 ? bytes / 1e6 / seconds : 0;
    }

    /** Milliseconds of CPU per article, everything in the JVM included. */
    public double cpuMsPerArticle() {
        return perArticleMs(cpu.processSeconds());
    }

    /** Milliseconds of CPU per article on Kafka Streams' threads (Newswire's stages run there). */
    public double streamsCpuMsPerArticle() {
        return perArticleMs(cpu.streamsSeconds());
    }

    /** Milliseconds of JIT compilation per article: how far from warm the scenario still ran. */
    public double jitMsPerArticle() {
        return perArticleMs(cpu.jitSeconds());
    }

    /** How many cores the JVM kept busy on average while the CPU was measured. */
    public double coresBusy() {
        return cpu.wallSeconds() > 0 ? cpu.processSeconds() / cpu.wallSeconds() : 0;
    }

    private double perArticleMs(final double cpuSeconds) {
        return articles > 0 ? cpuSeconds * 1000 / articles : 0;
    }
}
