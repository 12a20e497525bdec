package newswire.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import newswire.broker.BrokerExtension;
import newswire.config.NewswireConfig;
import newswire.config.TopicNames;
import newswire.dedupe.Dedupe;
import newswire.dedupe.DedupeFrames;
import newswire.model.RawArticle;
import newswire.pipeline.ArticlePipeline;
import newswire.runtime.RecordView;
import newswire.runtime.StreamsRunner;
import newswire.runtime.ThreadReplacements;
import newswire.runtime.TopicAdmin;
import newswire.topology.DeadLetters;
import newswire.topology.NewswireTopology;
import newswire.topology.StreamsProperties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the real broker under exactly-once, with a dedupe index of three partitions: an article one of whose band groups
 * cannot be read is filed by the index from the others and never released. Its dead letter goes with a withdrawal to
 * every index partition, in the same transaction, so a copy published later is the story's original instead of naming
 * an article no consumer of the events topic ever saw.
 */
@Tag("integration")
class DeadLetteredOriginalIT {

    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final int PARTITIONS = 3;
    /** A story of our own, long enough for its index keys to fall in every partition. */
    private static final String STORY = String.join("\n\n",
            "Flooding along the Merrow River forced 2,400 residents of the town of Calden from their homes on "
                    + "Tuesday, regional officials said.",
            "The river rose 3.2 metres above its usual level after four days of heavy rain, according to the Calden "
                    + "water board.",
            "Crews opened three shelters in the schools of North Calden and Ashby, and the regional governor, Elena "
                    + "Varsik, asked families in the low streets to leave before nightfall.",
            "Two bridges over the Merrow were closed, and trains to Ashby will not run until Friday.",
            "Officials said 17 people had been lifted from rooftops by boat and that nobody had died.",
            "Forecasters expect another 40 millimetres of rain over the weekend.");

    @RegisterExtension
    static final BrokerExtension BROKER = new BrokerExtension();

    @TempDir
    Path stateDir;

    @Test
    void shouldNotNameAnOriginalThatWasDeadLetteredInTheDedupe() throws Exception {
        // Given a running application whose dedupe index has three partitions
        final String run = Harness.runName();
        final Map<String, String> settings = Harness.settings(BROKER.bootstrapServers(), run, stateDir, PARTITIONS);
        final NewswireConfig config = Harness.config(settings);
        final TopicNames topics = config.topics();
        final String bands = settings.get("application.id") + "-" + Dedupe.GROUPS_TOPIC + "-repartition";
        TopicAdmin.ensureTopics(config);
        final ThreadReplacements replacements = ThreadReplacements.from(config);
        try (StreamsRunner streams = StreamsRunner.start(NewswireTopology.of(config).build(),
                StreamsProperties.from(config), DEADLINE, replacements);
             KafkaProducer<String, byte[]> producer = Harness.producer(BROKER.bootstrapServers());
             Harness.Reader reader = new Harness.Reader(BROKER.bootstrapServers(), topics.events(),
                     topics.deadLetters())) {

            // When article "orig" of the story has its band groups on the bands topic, each at its index partition
            // and with the time of its input record, as the application sends them, the last one with an earlier
            // release's JSON head
            final String body = ArticlePipeline.standard(config).process(story("orig")).article().body();
            final Map<Integer, byte[]> groups = DedupeFrames.bandGroupsOf("orig", "orig@0:7", body, PARTITIONS,
                    new byte[0]);
            assertThat(groups).as("the story's keys fall in every index partition: the withdrawal must reach each")
                    .hasSize(PARTITIONS);
            final int last = groups.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
            groups.put(last, DedupeFrames.jsonHeadFrame("{\"articleId\":\"orig\",\"delivery\":\"orig@0:7\"}", ""));
            final long published = System.currentTimeMillis();
            for (final Map.Entry<Integer, byte[]> group : groups.entrySet()) {
                producer.send(new ProducerRecord<>(bands, group.getKey(), published, "orig@0:7", group.getValue()))
                        .get();
            }

            // Then "orig" is one dead letter of the dedupe, and has no event
            List<ConsumerRecord<byte[], byte[]>> read = reader.readUntil(records ->
                    Harness.count(records, topics.deadLetters()) >= 1, DEADLINE);
            assertThat(Harness.keys(read, topics.deadLetters())).containsExactly("orig");
            assertThat(Harness.header(read.stream().filter(record -> record.topic().equals(topics.deadLetters()))
                    .findFirst().orElseThrow(), DeadLetters.STAGE_HEADER)).isEqualTo(NewswireTopology.DEDUPE);

            // And when a copy of the story is published, then another
            Harness.send(producer, topics.raw(), story(Harness.id(run, 1)));
            producer.flush();
            read = reader.readUntil(records -> Harness.count(records, topics.events()) >= 1, DEADLINE);
            Harness.send(producer, topics.raw(), story(Harness.id(run, 2)));
            producer.flush();
            read = reader.readUntil(records -> Harness.count(records, topics.events()) >= 2, DEADLINE);
            reader.drain(Duration.ofSeconds(1));

            // Then the first copy is the story's original, and the second names it
            final List<ConsumerRecord<byte[], byte[]>> events = read.stream()
                    .filter(record -> record.topic().equals(topics.events())).toList();
            assertThat(Harness.keys(read, topics.events())).containsExactly(Harness.id(run, 1), Harness.id(run, 2));
            assertThat(RecordView.parsed(events.get(0).value()).path("duplicateOf").asText(null)).isNull();
            assertThat(RecordView.parsed(events.get(1).value()).path("duplicateOf").asText())
                    .isEqualTo(Harness.id(run, 1));
            assertThat(Harness.count(read, topics.deadLetters())).isEqualTo(1);
            assertThat(streams.state()).isEqualTo(KafkaStreams.State.RUNNING);
            assertThat(replacements.count()).as("stream threads replaced").isZero();
        }
    }

    private static RawArticle story(final String id) {
        return new RawArticle(id, id + ".txt", RawArticle.TEXT_PLAIN, STORY, "2024-10-21T10:00:00Z",
                null, null, null, null);
    }
}
