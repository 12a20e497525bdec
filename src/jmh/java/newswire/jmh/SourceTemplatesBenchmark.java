package newswire.jmh;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import newswire.clean.LearnedTemplate;
import newswire.clean.SourceTemplates;
import newswire.config.NewswireConfig;
import newswire.model.CleanArticle;
import newswire.pipeline.ArticlePipeline;
import newswire.serde.JsonSerde;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The template step for one article (docs/templates.md), as the topology's processor runs it: the seed's clean
 * article, under a URL, through a source memory already full (the default 500 lines), each article's memory written
 * through as the store's JSON bytes. ops/s = articles per second per core, to set beside {@code clean}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SourceTemplatesBenchmark {

    private final ArticlePipeline pipeline = ArticlePipeline.standard(NewswireConfig.defaults());
    private final JsonSerde<LearnedTemplate> storeSerde = new JsonSerde<>(LearnedTemplate.class);
    private final Map<String, byte[]> store = new HashMap<>();
    private SourceTemplates templates;
    private CleanArticle article;

    @Setup
    public void setUp() {
        templates = ArticlePipeline.templates(NewswireConfig.defaults().templates(), SourceTemplates.Kept.by(
                source -> store.get(source) == null ? null : storeSerde.deserialize("templates", store.get(source)),
                (source, learned) -> store.put(source, storeSerde.serialize("templates", learned))));
        final CleanArticle seed = pipeline.clean(pipeline.validate(null, Articles.named("seed")));
        article = withUrl(seed, seed.paragraphs());
        for (int filler = 0; filler < 50; filler++) {
            final List<String> lines = new ArrayList<>();
            for (int line = 0; line < 12; line++) {
                lines.add("Line " + line + " of earlier article " + filler);
            }
            templates.sift(withUrl(seed, lines));
        }
    }

    private static CleanArticle withUrl(final CleanArticle seed, final List<String> paragraphs) {
        return new CleanArticle(seed.id(), seed.source(), "https://news.example.com/a", seed.title(), seed.byline(),
                seed.publisher(), seed.publishedAt(), seed.language(), paragraphs, seed.captions(), seed.removed(),
                seed.fingerprint());
    }

    @Benchmark
    public CleanArticle sift() {
        return templates.sift(article);
    }

    /** The store's share of {@link #sift}: writing a full source memory as JSON. */
    @Benchmark
    public byte[] writeMemory() {
        return store.get("news.example.com") == null ? null
                : storeSerde.serialize("templates", storeSerde.deserialize("templates", store.get("news.example.com")));
    }
}
