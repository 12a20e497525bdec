package newswire.topology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import newswire.config.NewswireConfig;
import newswire.estimate.EstimateBook;
import newswire.model.ArticleEvent;
import newswire.model.Claim;
import newswire.model.CleanArticle;
import newswire.model.Estimate;
import newswire.model.RawArticle;
import newswire.ops.FlowCounters;
import newswire.pipeline.ArticlePipeline;
import newswire.topology.EstimateReports.SubjectReport;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/** The production topology in a TopologyTestDriver, with every input and output topic typed as its {@link Topic}. */
final class TopologyFixture implements AutoCloseable {

    static final Path SEED = Path.of("seeds/000_23a076b1477290e0.txt");

    final NewswireConfig config;
    final Topics topics;
    final TopologyTestDriver driver;
    final TestInputTopic<String, RawArticle> raw;
    final TestInputTopic<String, byte[]> rawBytes;
    final TestOutputTopic<String, CleanArticle> clean;
    final TestOutputTopic<String, ArticleEvent> events;
    final TestOutputTopic<String, Claim> claims;
    final TestOutputTopic<String, Estimate> estimates;
    final TestOutputTopic<byte[], byte[]> deadLetters;

    TopologyFixture(final Map<String, String> settings) {
        this(settings, FlowCounters.none());
    }

    /** The topology of {@code settings}, counting into {@code counters} as {@code run} does. */
    TopologyFixture(final Map<String, String> settings, final FlowCounters counters) {
        config = NewswireConfig.defaults().with(settings);
        topics = Topics.named(config.topics());
        final Properties properties = StreamsProperties.from(config, counters);
        try {
            properties.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("newswire-ttd").toString());
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
        driver = new TopologyTestDriver(NewswireTopology.of(config).build(counters), properties);
        raw = driver.createInputTopic(topics.raw().name(), new StringSerializer(), topics.raw().valueSerde().serializer());
        rawBytes = driver.createInputTopic(topics.raw().name(), new StringSerializer(), new ByteArraySerializer());
        clean = output(topics.clean());
        events = output(topics.events());
        claims = output(topics.claims());
        estimates = output(topics.estimates());
        deadLetters = output(topics.deadLetters());
    }

    TopologyFixture() {
        this(Map.of());
    }

    private <K, V> TestOutputTopic<K, V> output(final Topic<K, V> topic) {
        return driver.createOutputTopic(topic.name(), topic.keySerde().deserializer(), topic.valueSerde().deserializer());
    }

    /** The seed article as {@code newswire publish} sends it, under another id and with its body changed by {@code edit}. */
    static RawArticle seed(final String id, final java.util.function.UnaryOperator<String> edit) {
        try {
            return new RawArticle(id, SEED.getFileName().toString(), RawArticle.TEXT_PLAIN,
                    edit.apply(Files.readString(SEED)), "2024-10-21T10:00:00Z", null, null, null, null);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RawArticle seed(final String id) {
        return seed(id, body -> body);
    }

    /** The seed's event, id "seed", as the pipeline makes it. */
    static ArticleEvent seedEvent() {
        return ArticlePipeline.standard(NewswireConfig.defaults()).process(seed("seed"));
    }

    /** {@code event} with a report of its first claim, written: what crosses the dedupe. */
    static PreparedEvent prepared(final ArticleEvent event) {
        final Claim claim = event.claims().get(0);
        return PreparedEvent.of(event, List.of(new SubjectReport(EstimateBook.subjectOf(claim),
                EstimateBook.reportOf(claim, event, OffsetDateTime.parse("2024-10-21T10:00:00Z")))));
    }

    @Override
    public void close() {
        driver.close();
    }
}
