package newswire.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import newswire.broker.EmbeddedBroker;
import newswire.config.NewswireConfig;
import newswire.config.TopicNames;
import newswire.pipeline.ArticlePipeline;
import newswire.pipeline.ArticleValidator;
import newswire.runtime.StreamsRunner;
import newswire.runtime.ThreadReplacements;
import newswire.runtime.TopicAdmin;
import newswire.topology.NewswireTopology;
import newswire.topology.StreamsProperties;
import newswire.topology.Topics;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.Topology;

/**
 * Measures Newswire against its limits in one run: an embedded broker, the corpus, and each {@link Scenario} in turn on
 * topics of its own. A scenario starts its topology, sends the warm-up articles and waits until they are all out, then
 * sends the timed articles (as fast as possible, or at the offered rate) while a read_committed consumer times every
 * output record. Every scenario sends the same bytes.
 */
public final class Bench {

    private static final Duration STREAMS_START = Duration.ofSeconds(60);
    private static final long PROGRESS_EVERY_MILLIS = 1_000;
    /** Warm-up articles made and sent at a time: a long warm-up never holds more than this many in the heap. */
    private static final int WARMUP_SLICE = 5_000;

    private final BenchOptions options;
    private final Consumer<String> progress;
    private final HeapGauge heap = new HeapGauge();
    private final CpuGauge cpu = new CpuGauge();

    /** @param progress receives a line now and then while the bench runs (the CLI prints them on stderr) */
    public Bench(final BenchOptions options, final Consumer<String> progress) {
        this.options = options;
        this.progress = progress;
    }

    public BenchReport run() {
        final Corpus corpus = Corpus.load(options.dir());
        // Made before any clock starts, and the same bytes for every scenario.
        final Corpus.Slice timed = corpus.slice(options.warmup(), options.warmup() + options.articles());
        progress.accept(String.format("Corpus: %,d timed articles (%.1f MB) after %,d warm-up, varied from %,d "
                + "original(s)", timed.size(), timed.bytes() / 1e6, options.warmup(), corpus.originals()));
        final List<ScenarioResult> results = new ArrayList<>();
        try (EmbeddedBroker broker = EmbeddedBroker.start()) {
            progress.accept("Embedded broker on " + broker.bootstrapServers());
            BrokerWarmUp.run(broker);
            if (options.warmup() > 0 && options.scenarios().stream().anyMatch(scenario -> scenario != Scenario.BROKER)) {
                // Kafka Streams' own code is compiled by the JIT while the first Streams application runs; without
                // this round and with a short warm-up (1,500-5,000 articles), whichever Streams scenario came first
                // measured at a fifth of the one after it.
                run(broker, corpus, timed, Scenario.PASSTHROUGH, "jit-warmup", false);
            }
            for (final Scenario scenario : options.scenarios()) {
                results.add(run(broker, corpus, timed, scenario, scenario.key(), true));
            }
        }
        return new BenchReport(options, corpus, results);
    }

    /** Runs one scenario on topics named after {@code name}; returns null when not {@code timed} (warm-up only). */
    private ScenarioResult run(final EmbeddedBroker broker, final Corpus corpus, final Corpus.Slice timedArticles,
                               final Scenario scenario, final String name, final boolean timed) {
        final Path stateDir = tempDir();
        try {
            final NewswireConfig config = config(broker, name, stateDir);
            TopicAdmin.ensureTopics(config);
            final TopicNames names = config.topics();
            final List<String> outputs = scenario == Scenario.BROKER ? List.of(names.raw())
                    : List.of(names.events(), names.deadLetters());
            final LatencyRecorder latencies = new LatencyRecorder(timedArticles.size());
            final Topology topology = topology(scenario, config);
            final String bootstrap = broker.bootstrapServers();
            progress.accept("[" + name + "] " + scenario.description());
            try (StreamsRunner streams = topology == null ? null
                    : StreamsRunner.start(topology, StreamsProperties.from(config), STREAMS_START,
                            ThreadReplacements.from(config));
                 OutputReader reader = new OutputReader(bootstrap, options.settings(), outputs, names.deadLetters(),
                         latencies);
                 LoadProducer producer = new LoadProducer(bootstrap, options.settings(), names.raw())) {
                final int warmup = options.warmup();
                if (warmup > 0) {
                    // As fast as possible whatever --rate says: the warm-up is there for the JIT, not for the load.
                    final Sending sending = new Sending("newswire-bench-warmup", () -> {
                        for (int from = 0; from < warmup; from += WARMUP_SLICE) {
                            producer.send(corpus.slice(from, Math.min(warmup, from + WARMUP_SLICE)), 0);
                        }
                    });
                    await(name, "warm-up", reader, producer, sending, 0, warmup);
                }
                if (!timed) {
                    return null;
                }
                System.gc();
                latencies.reset();
                heap.reset();
                final CpuGauge.Mark cpuAtStart = cpu.mark();
                final long deadLettersBefore = reader.deadLetters();
                final long start = System.currentTimeMillis();
                final Sending sending = new Sending("newswire-bench-load",
                        () -> producer.send(timedArticles, options.rate()));
                final int end = warmup + timedArticles.size();
                await(name, "timed", reader, producer, sending, warmup, end);
                final CpuGauge.Use cpuUse = cpu.since(cpuAtStart);
                final double seconds = Math.max(1, reader.lastArrivalMillis() - start) / 1000.0;
                final ScenarioResult result = new ScenarioResult(scenario, options.articles(),
                        timedArticles.bytes(), seconds, latencies.percentile(50),
                        latencies.percentile(95), latencies.percentile(99), heap.peakMb(),
                        reader.deadLetters() - deadLettersBefore, cpuUse);
                progress.accept(String.format("[%s] %,.0f articles/s, %.1f MB/s, p50 %.0f ms, p99 %.0f ms, "
                                + "peak heap %.0f MiB, CPU %.2f ms/article (Streams %.2f, JIT %.2f), %.1f cores busy",
                        scenario.key(), result.articlesPerSec(), result.mbPerSec(), result.p50Ms(), result.p99Ms(),
                        result.peakHeapMb(), result.cpuMsPerArticle(), result.streamsCpuMsPerArticle(),
                        result.jitMsPerArticle(), result.coresBusy()));
                return result;
            }
        } finally {
            deleteQuietly(stateDir);
        }
    }

    private NewswireConfig config(final EmbeddedBroker broker, final String name, final Path stateDir) {
        final Map<String, String> own = new TreeMap<>();
        if (options.threads() > 0) {
            own.put("num.stream.threads", String.valueOf(options.threads()));
        }
        own.put(NewswireConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers());
        own.put("application.id", "newswire-bench-" + name);
        own.put("state.dir", stateDir.toString());
        // Topics of its own per scenario, so no scenario reads another's records.
        for (final String topic : List.of("raw", "clean", "events", "claims", "dlq")) {
            own.put(NewswireConfig.TOPIC_PREFIX + topic, "bench." + name + "." + topic);
        }
        return NewswireConfig.defaults().with(options.settings()).with(own);
    }

    private static Topology topology(final Scenario scenario, final NewswireConfig config) {
        return switch (scenario) {
            case BROKER -> null;
            case PASSTHROUGH -> new PassThroughTopology(Topics.from(config),
                    new ArticleValidator(config.maxArticleChars())).build();
            case PIPELINE -> NewswireTopology.of(config).build();
        };
    }

    /** The producer sending articles on a thread of its own, and how that ended. */
    private static final class Sending {
        private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
        private final Thread thread;

        Sending(final String name, final Runnable send) {
            this.thread = new Thread(() -> {
                try {
                    send.run();
                } catch (final RuntimeException e) {
                    failure.set(e);
                }
            }, name);
            thread.setDaemon(true);
            thread.start();
        }

        void checkHealthy() {
            final RuntimeException e = failure.get();
            if (e != null) {
                throw e;
            }
        }

        void join() {
            try {
                thread.join();
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            checkHealthy();
        }
    }

    /** Waits until {@code target} output records have arrived, printing progress; fails on a stall or a send error. */
    private void await(final String name, final String phase, final OutputReader reader,
                       final LoadProducer producer, final Sending sending, final long base, final long target) {
        long lastCount = -1;
        long lastChange = System.currentTimeMillis();
        long lastReport = lastChange;
        long reportedCount = reader.received();
        while (true) {
            final long received = reader.received();
            final long now = System.currentTimeMillis();
            heap.sample();
            sending.checkHealthy();
            if (received >= target) {
                break;
            }
            if (received != lastCount) {
                lastCount = received;
                lastChange = now;
            } else if (now - lastChange > options.stall().toMillis()) {
                throw new IllegalStateException(String.format("[%s] stalled in the %s phase: %,d of %,d articles came "
                        + "out and nothing more for %d s", name, phase, received - base, target - base,
                        options.stall().toSeconds()));
            }
            if (now - lastReport >= PROGRESS_EVERY_MILLIS) {
                progress.accept(String.format("[%s] %s: sent %,d/%,d, out %,d/%,d, %,.0f articles/s", name,
                        phase, producer.sent() - base, target - base, received - base, target - base,
                        (received - reportedCount) * 1000.0 / (now - lastReport)));
                lastReport = now;
                reportedCount = received;
            }
            sleep();
        }
        sending.join();
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void deleteQuietly(final Path dir) {
        try {
            Utils.delete(dir.toFile());
        } catch (final IOException e) {
            // a temporary directory left behind is not worth failing a finished measurement for
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("newswire-bench-state");
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot create a state directory", e);
        }
    }
}
