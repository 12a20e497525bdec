package newswire.jmh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import newswire.config.NewswireConfig;
import newswire.model.CleanArticle;
import newswire.model.RawArticle;
import newswire.pipeline.ArticlePipeline;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cleaning one whole, real news page of about 200 kB (scripts, menus, related rails and all): the target is 300 pages/s
 * per core. The page is a development page of the HTML benchmark beside the project ({@code ../shared/eval}); the
 * benchmark pages are not ours to copy into the repository. {@code -p page=PATH} runs it on another page.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HtmlPageBenchmark {

    @Param("../shared/eval/html-benchmark/pages/5caf91b8a4423735f866b089d2611ea14503584cf3b6f487c6d26eb7b9521fca.html")
    public String page;

    private final ArticlePipeline pipeline = ArticlePipeline.standard(NewswireConfig.defaults());
    private RawArticle raw;

    @Setup
    public void setUp() throws IOException {
        final String html = Files.readString(Path.of(page), StandardCharsets.UTF_8);
        raw = pipeline.validate(null, new RawArticle("page", Path.of(page).getFileName().toString(),
                RawArticle.TEXT_HTML, html, "2019-11-20T00:00:00Z", null, null, null, null));
    }

    /** The cleaner on the whole page: parse, metadata, furniture, blocks, story choice, line rules. */
    @Benchmark
    public CleanArticle clean() {
        return pipeline.clean(raw);
    }
}
