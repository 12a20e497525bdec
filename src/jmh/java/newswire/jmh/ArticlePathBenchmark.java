package newswire.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import newswire.config.NewswireConfig;
import newswire.model.ArticleEvent;
import newswire.model.Claim;
import newswire.model.CleanArticle;
import newswire.model.RawArticle;
import newswire.pipeline.ArticlePipeline;
import newswire.pipeline.ExtractedArticle;
import newswire.serde.JsonSerde;
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
 * The per-article work of the topology without Kafka, stage by stage and whole, through {@link ArticlePipeline} (the
 * code the topology runs). Throughput on one thread: ops/s is articles per second per core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ArticlePathBenchmark {

    @Param({"seed", "html", "long"})
    public String article;

    private final ArticlePipeline pipeline = ArticlePipeline.standard(NewswireConfig.defaults());
    private final JsonSerde<RawArticle> rawSerde = new JsonSerde<>(RawArticle.class);
    private final JsonSerde<CleanArticle> cleanSerde = new JsonSerde<>(CleanArticle.class);
    private final JsonSerde<ArticleEvent> eventSerde = new JsonSerde<>(ArticleEvent.class);
    private final JsonSerde<Claim> claimSerde = new JsonSerde<>(Claim.class);

    private RawArticle raw;
    private byte[] rawBytes;
    private CleanArticle clean;

    @Setup
    public void setUp() {
        raw = pipeline.validate(null, Articles.named(article));
        rawBytes = rawSerde.serialize("news.raw", raw);
        clean = pipeline.clean(raw);
    }

    /** The cleaner alone. */
    @Benchmark
    public CleanArticle clean() {
        return pipeline.clean(raw);
    }

    /** The claim extractor alone, on the cleaned article. */
    @Benchmark
    public ExtractedArticle extract() {
        return pipeline.extract(clean);
    }

    /** Cleaning and extraction: the target is 8,000 seed-sized articles/s per core. */
    @Benchmark
    public ExtractedArticle cleanAndExtract() {
        return pipeline.extract(pipeline.clean(raw));
    }

    /**
     * What the topology does for one input record, minus Kafka: parse the bytes, validate, clean, write the clean
     * article, extract, enrich, write the event and each claim.
     */
    @Benchmark
    public void wholeArticle(final Blackhole blackhole) {
        final RawArticle parsed = pipeline.validate("key", rawSerde.deserialize("news.raw", rawBytes));
        final CleanArticle cleaned = pipeline.clean(parsed);
        blackhole.consume(cleanSerde.serialize("news.clean", cleaned));
        final ArticleEvent event = pipeline.enrich(pipeline.extract(cleaned));
        blackhole.consume(eventSerde.serialize("news.events", event));
        final List<Claim> claims = event.claims();
        for (final Claim claim : claims) {
            blackhole.consume(claimSerde.serialize("news.claims", claim));
        }
    }
}
