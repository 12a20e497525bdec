package newswire.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One bench run.
 *
 * @param dir        folder (or file) of articles added to the bundled seed; null for the seed alone
 * @param articles   timed articles per scenario
 * @param warmup     untimed articles sent first through each scenario, so the JIT and the clients are warm
 * @param rate       offered load in articles/s; 0 sends as fast as the producer can
 * @param threads    {@code num.stream.threads}; 0 leaves the configured value (Streams' default is 1)
 * @param settings   Newswire, Streams and client settings, as {@code newswire run --set}; keys prefixed
 *                   {@code producer.} also apply to the bench's own producer, {@code consumer.} to its consumer
 * @param stall      a scenario fails when no output record arrives for this long
 * @param scenarios  which scenarios to run, in order
 */
public record BenchOptions(Path dir, int articles, int warmup, double rate, int threads, Map<String, String> settings,
                           Duration stall, List<Scenario> scenarios) {

    public BenchOptions {
        if (articles < 1) {
            throw new IllegalArgumentException("--articles must be at least 1, not " + articles);
        }
        if (warmup < 0) {
            throw new IllegalArgumentException("--warmup must not be negative, not " + warmup);
        }
        if (rate < 0) {
            throw new IllegalArgumentException("--rate must not be negative, not " + rate);
        }
        if (threads < 0) {
            throw new IllegalArgumentException("--threads must not be negative, not " + threads);
        }
        settings = Map.copyOf(settings);
        Objects.requireNonNull(stall, "stall");
        scenarios = List.copyOf(scenarios);
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("no scenario to run");
        }
    }
}
