package newswire.clean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The line rules alone, over every line of a text copy as {@code DraftSifter} hands them over (stripped, those no
 * longer than the rules' limit): through the literal prefilter ({@link LineRuleIndex}), by trying every rule in turn,
 * and the whole verdict with the control-row feature. One op is one pass over the lines; divide by their number for
 * the cost of a line. {@code -p lines=FILE_OR_FOLDER} takes another text copy (default: the dev articles).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LineRulesBenchmark {

    @Param({"src/test/resources/newswire/extract/dev"})
    public String lines;

    private final CleaningPolicy policy = CleaningPolicy.standard();
    private List<String> text;

    @Setup
    public void setUp() throws IOException {
        final int limit = CleaningOptions.defaults().maxRuleLineChars();
        try (Stream<Path> files = Files.isDirectory(Path.of(lines)) ? Files.list(Path.of(lines)) : Stream.of(Path.of(lines))) {
            text = files.filter(f -> f.toString().endsWith(".txt")).sorted().flatMap(LineRulesBenchmark::linesOf)
                    .map(String::strip).filter(l -> !l.isEmpty() && l.length() <= limit).toList();
        }
        System.out.println("\nlines: " + text.size());
    }

    private static Stream<String> linesOf(final Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public void throughIndex(final Blackhole blackhole) {
        for (final String line : text) {
            blackhole.consume(policy.byRules(line));
        }
    }

    @Benchmark
    public void everyRule(final Blackhole blackhole) {
        for (final String line : text) {
            final Optional<String> verdict = policy.classifyByEveryRule(line);
            blackhole.consume(verdict);
        }
    }

    @Benchmark
    public void withFeatures(final Blackhole blackhole) {
        for (final String line : text) {
            blackhole.consume(policy.classify(line));
        }
    }
}
