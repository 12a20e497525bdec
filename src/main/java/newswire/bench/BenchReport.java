package newswire.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import newswire.serde.JsonSerde;

/** What a bench run measured, as a table for a person or one JSON object for a machine. */
public final class BenchReport {

    private final BenchOptions options;
    private final int originals;
    private final List<ScenarioResult> results;

    public BenchReport(final BenchOptions options, final Corpus corpus, final List<ScenarioResult> results) {
        this.options = options;
        this.originals = corpus.originals();
        this.results = List.copyOf(results);
    }

    public List<ScenarioResult> results() {
        return results;
    }

    public Optional<ScenarioResult> result(final Scenario scenario) {
        return results.stream().filter(result -> result.scenario() == scenario).findFirst();
    }

    /** {@code {"broker": {…}, "passthrough": {…}, "pipeline": {…}}}, one member per scenario that ran. */
    public ObjectNode json() {
        final ObjectNode root = JsonSerde.mapper().createObjectNode();
        for (final ScenarioResult result : results) {
            final ObjectNode node = root.putObject(result.scenario().key());
            node.put("articlesPerSec", round(result.articlesPerSec()));
            node.put("mbPerSec", round(result.mbPerSec()));
            node.put("p50Ms", round(result.p50Ms()));
            node.put("p95Ms", round(result.p95Ms()));
            node.put("p99Ms", round(result.p99Ms()));
            node.put("peakHeapMb", round(result.peakHeapMb()));
            node.put("cpuMsPerArticle", roundToMicros(result.cpuMsPerArticle()));
            node.put("streamsCpuMsPerArticle", roundToMicros(result.streamsCpuMsPerArticle()));
            node.put("jitMsPerArticle", roundToMicros(result.jitMsPerArticle()));
            node.put("coresBusy", round(result.coresBusy()));
            node.put("articles", result.articles());
            node.put("seconds", round(result.seconds()));
            node.put("deadLetters", result.deadLetters());
            node.put("offeredRate", options.rate() > 0 ? round(options.rate()) : 0);
        }
        return root;
    }

    public String table() {
        final StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Newswire bench: %,d articles per scenario (+%,d warm-up) from %,d "
                        + "original(s); offered load %s; stream threads %s%n%n", options.articles(), options.warmup(),
                originals, options.rate() > 0 ? String.format(Locale.ROOT, "%,.0f articles/s", options.rate())
                        : "as fast as possible", options.threads() > 0 ? options.threads() : "default"));
        out.append(String.format(Locale.ROOT, "%-12s %12s %8s %8s %8s %8s %14s %12s %14s %10s %6s%n", "scenario",
                "articles/s", "MB/s", "p50 ms", "p95 ms", "p99 ms", "peak heap MiB", "CPU ms/art", "Streams ms/art",
                "JIT ms/art", "cores"));
        for (final ScenarioResult r : results) {
            out.append(String.format(Locale.ROOT,
                    "%-12s %,12.0f %8.1f %8.0f %8.0f %8.0f %14.0f %12.3f %14.3f %10.3f %6.2f%n", r.scenario().key(),
                    r.articlesPerSec(), r.mbPerSec(), r.p50Ms(), r.p95Ms(), r.p99Ms(), r.peakHeapMb(),
                    r.cpuMsPerArticle(), r.streamsCpuMsPerArticle(), r.jitMsPerArticle(), r.coresBusy()));
        }
        final Optional<ScenarioResult> broker = result(Scenario.BROKER);
        final Optional<ScenarioResult> passthrough = result(Scenario.PASSTHROUGH);
        final Optional<ScenarioResult> pipeline = result(Scenario.PIPELINE);
        if (pipeline.isPresent() && passthrough.isPresent()) {
            out.append(String.format(Locale.ROOT, "%npipeline / passthrough: %.0f%% (target >= 30%%)",
                    ratio(pipeline.get(), passthrough.get())));
        }
        if (passthrough.isPresent() && broker.isPresent()) {
            out.append(String.format(Locale.ROOT, "%npassthrough / broker:   %.0f%% (target >= 50%%)",
                    ratio(passthrough.get(), broker.get())));
        }
        results.stream().filter(r -> r.deadLetters() > 0).forEach(r -> out.append(String.format(Locale.ROOT,
                "%n%s: %,d article(s) went to the dead-letter topic", r.scenario().key(), r.deadLetters())));
        return out.toString();
    }

    /** {@code part}'s articles/s as a percentage of {@code whole}'s. */
    static double ratio(final ScenarioResult part, final ScenarioResult whole) {
        return whole.articlesPerSec() > 0 ? 100 * part.articlesPerSec() / whole.articlesPerSec() : 0;
    }

    private static double round(final double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** Milliseconds to the microsecond: warm, a broker article costs about 0.1 ms, and its parts less. */
    private static double roundToMicros(final double millis) {
        return Math.round(millis * 1000) / 1000.0;
    }
}
