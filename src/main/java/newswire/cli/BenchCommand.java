package newswire.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import newswire.bench.Bench;
import newswire.bench.BenchOptions;
import newswire.bench.BenchReport;
import newswire.bench.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newswire bench}: throughput and latency against the broker's own limit; the work is in {@link Bench}. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "Measure throughput and latency on an embedded broker: the broker, a pass-through topology, Newswire.",
        description = {"", "Starts a single-node Kafka broker in this process, makes articles from the bundled seed "
                + "and the articles of DIR (each copy with its own id and copy number, so none is a byte-identical "
                + "duplicate) and, after a warm-up, times N of them through each of: (1) broker: a plain producer and "
                + "a read_committed consumer moving the same bytes; (2) passthrough: Kafka Streams with Newswire's "
                + "serdes, topics and settings but no cleaning or extraction; (3) pipeline: the Newswire topology.",
                "For each: articles/s, input MB/s, end-to-end latency p50/p95/p99 (producer timestamp to arrival at "
                        + "a read_committed consumer), the JVM's peak heap, and CPU per article: the whole JVM's, "
                        + "Streams' threads' and the JIT's. Progress goes to stderr.",
                "Run it as 'java -Xmx512m -jar target/newswire.jar bench' to check the 512 MB heap budget.", ""})
final class BenchCommand implements Callable<Integer> {

    private static final String DEFAULT_DIR = "seeds";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = DEFAULT_DIR,
            description = "Folder (or file) of .txt, .html and .jsonl articles added to the bundled seed. "
                    + "Default: ${DEFAULT-VALUE} (the seed alone if there is no such folder).")
    private Path dir;

    @Option(names = {"-n", "--articles"}, paramLabel = "N", defaultValue = "20000",
            description = "Timed articles per scenario. Default: ${DEFAULT-VALUE}.")
    private int articles;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "60000",
            description = "Untimed articles sent first through each scenario, as fast as possible, so that the JIT "
                    + "has compiled the hot paths (on two cores it compiles for about a minute). "
                    + "Default: ${DEFAULT-VALUE}.")
    private int warmup;

    @Option(names = "--rate", paramLabel = "ARTICLES_PER_SEC", defaultValue = "0",
            description = "Offer a fixed load, for latency under load; 0 sends as fast as possible. "
                    + "Default: ${DEFAULT-VALUE}.")
    private double rate;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Stream threads (num.stream.threads); 0 keeps the configured value (Streams' default: 1).")
    private int threads;

    @Option(names = "--scenarios", paramLabel = "NAME[,NAME…]", split = ",",
            defaultValue = "broker,passthrough,pipeline",
            description = "Which scenarios to run, in order. Default: ${DEFAULT-VALUE}.")
    private List<String> scenarios;

    @Option(names = "--stall", paramLabel = "SECONDS", defaultValue = "60",
            description = "Fail a scenario when no output arrives for this long. Default: ${DEFAULT-VALUE}.")
    private long stallSeconds;

    @Option(names = {"-D", "--set"}, paramLabel = "KEY=VALUE",
            description = "A Newswire, Streams or client setting, as in 'newswire run --set' (e.g. "
                    + "commit.interval.ms=50, producer.linger.ms=5, producer.compression.type=lz4); producer.* and "
                    + "consumer.* also apply to the bench's own producer and consumer. Repeatable.")
    private Map<String, String> settings = Map.of();

    @Option(names = "--json", description = "Print one JSON object {\"broker\": {…}, \"passthrough\": {…}, "
            + "\"pipeline\": {…}} instead of the table.")
    private boolean json;

    @Override
    public Integer call() {
        final PrintWriter err = spec.commandLine().getErr();
        final BenchOptions options;
        try {
            options = new BenchOptions(corpusDir(), articles, warmup, rate, threads, settings,
                    Duration.ofSeconds(stallSeconds), scenarios.stream().map(Scenario::of).distinct().toList());
        } catch (final IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        final BenchReport report = new Bench(options, line -> {
            err.println(line);
            err.flush();
        }).run();
        final PrintWriter out = spec.commandLine().getOut();
        out.println(json ? report.json().toString() : report.table());
        out.flush();
        return 0;
    }

    private Path corpusDir() {
        if (Files.exists(dir)) {
            return dir;
        }
        if (dir.toString().equals(DEFAULT_DIR)) {
            spec.commandLine().getErr().println("No " + DEFAULT_DIR + "/ folder here: the corpus is the bundled seed.");
            return null;
        }
        throw new IllegalArgumentException("no such file or folder: " + dir + " (expected one of "
                + Arrays.asList(".txt", ".html", ".jsonl") + " articles)");
    }
}
