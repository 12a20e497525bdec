package newswire.jmh;

import java.util.concurrent.TimeUnit;
import newswire.config.NewswireConfig;
import newswire.model.ArticleEvent;
import newswire.model.RawArticle;
import newswire.pipeline.ArticlePipeline;
import newswire.serde.JsonSerde;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Newswire's JSON serde on the input record and on the event the pipeline makes of it. One thread: ops/s per core. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JsonSerdeBenchmark {

    @Param({"seed", "html", "long"})
    public String article;

    private final JsonSerde<RawArticle> rawSerde = new JsonSerde<>(RawArticle.class);
    private final JsonSerde<ArticleEvent> eventSerde = new JsonSerde<>(ArticleEvent.class);

    private RawArticle raw;
    private byte[] rawBytes;
    private ArticleEvent event;
    private byte[] eventBytes;

    @Setup
    public void setUp() {
        raw = Articles.named(article);
        rawBytes = rawSerde.serialize("news.raw", raw);
        event = ArticlePipeline.standard(NewswireConfig.defaults()).process(raw);
        eventBytes = eventSerde.serialize("news.events", event);
    }

    @Benchmark
    public RawArticle deserializeRaw() {
        return rawSerde.deserialize("news.raw", rawBytes);
    }

    @Benchmark
    public byte[] serializeRaw() {
        return rawSerde.serialize("news.raw", raw);
    }

    @Benchmark
    public byte[] serializeEvent() {
        return eventSerde.serialize("news.events", event);
    }

    @Benchmark
    public ArticleEvent deserializeEvent() {
        return eventSerde.deserialize("news.events", eventBytes);
    }
}
