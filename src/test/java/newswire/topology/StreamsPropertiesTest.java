package newswire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import newswire.config.NewswireConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

/** Newswire's Streams defaults, and that the configuration wins over them. */
class StreamsPropertiesTest {

    @Test
    void shouldRunExactlyOnceWithBatchedCompressedProduction() {
        final Properties properties = StreamsProperties.from(NewswireConfig.defaults());

        assertThat(properties).containsEntry("processing.guarantee", "exactly_once_v2")
                .containsEntry("producer.linger.ms", "100")
                .containsEntry("producer.batch.size", "131072")
                .containsEntry("producer.compression.type", "lz4");
    }

    @Test
    void shouldSendEveryFailureToTheDeadLetterTopicIncludingRecordsThatCannotBeRead() {
        final Properties properties = StreamsProperties.from(NewswireConfig.defaults());

        assertThat(properties)
                .containsEntry(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                        DeadLetters.OnDeserialization.class.getName())
                .containsEntry(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                        DeadLetters.OnProcessing.class.getName())
                .containsEntry(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG,
                        DeadLetters.OnProduction.class.getName())
                .containsEntry(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "news.dlq");
    }

    @Test
    void shouldGiveTheHandlersTheIndexPartitionsTheTopologyIsBuiltWithWhateverTheKafkaSettingsSay() {
        // Given a configuration of 5 index partitions whose kafka settings name another count for the handlers
        final NewswireConfig defaults = NewswireConfig.defaults();
        final NewswireConfig config = new NewswireConfig(Map.of(DeadLetters.DEDUPE_PARTITIONS_CONFIG, "9"),
                defaults.topics(), 5, defaults.replicationFactor(), defaults.maxArticleChars(),
                defaults.dedupeWindow(), defaults.threadReplacements(), defaults.threadReplacementWindow(),
                defaults.templates());

        // Then the handlers withdraw from the 5 partitions the topics have
        assertThat(StreamsProperties.from(config)).containsEntry(DeadLetters.DEDUPE_PARTITIONS_CONFIG, "5");
    }

    @Test
    void shouldLingerAsLongAsTheCommitIntervalOnlyUnderExactlyOnce() {
        final Properties committingOften = StreamsProperties.from(NewswireConfig.load(null, Map.of(),
                Map.of("commit.interval.ms", "50")));
        final Properties atLeastOnce = StreamsProperties.from(NewswireConfig.load(null, Map.of(),
                Map.of("processing.guarantee", "at_least_once")));

        assertThat(committingOften).containsEntry("producer.linger.ms", "50");
        assertThat(atLeastOnce).containsEntry("producer.linger.ms", "5");
    }

    @Test
    void shouldLingerNoLongerThanASecondWhenCommitsAreRare() {
        final Properties committingRarely = StreamsProperties.from(NewswireConfig.load(null, Map.of(),
                Map.of("commit.interval.ms", "300000")));

        assertThat(committingRarely).containsEntry("producer.linger.ms", "1000");
    }

    @Test
    void shouldEnableTheGlobalProcessingHandlerWhereThePartitionAssignorReadsItToo() {
        final Properties properties = StreamsProperties.from(NewswireConfig.defaults());
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "newswire-test");
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");

        // The assignor makes a StreamsConfig of the main consumer's settings (AssignorConfiguration); it must see the
        // handler enabled, as the application's own StreamsConfig does, or Kafka warns that it is disabled
        final StreamsConfig application = new StreamsConfig(properties);
        final StreamsConfig assignors = new StreamsConfig(application.getMainConsumerConfigs("newswire-test",
                "newswire-test-consumer", 0));

        assertThat(application.getBoolean(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG)).isTrue();
        assertThat(assignors.getBoolean(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG)).isTrue();
    }

    @Test
    void shouldLetTheConfigurationOverrideTheDefaults() {
        final NewswireConfig config = NewswireConfig.load(null, Map.of(),
                Map.of("producer.compression.type", "zstd", "producer.linger.ms", "0",
                        "processing.guarantee", "at_least_once",
                        "processing.exception.handler.global.enabled", "false"));

        final Properties properties = StreamsProperties.from(config);

        assertThat(properties).containsEntry("producer.compression.type", "zstd")
                .containsEntry("producer.linger.ms", "0")
                .containsEntry("processing.guarantee", "at_least_once")
                .containsEntry("processing.exception.handler.global.enabled", "false")
                .containsEntry("main.consumer.processing.exception.handler.global.enabled", "false");
    }
}
