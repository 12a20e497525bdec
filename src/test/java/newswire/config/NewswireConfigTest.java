package newswire.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewswireConfigTest {

    @TempDir
    Path dir;

    @Test
    void shouldUseTheDesignsTopicNamesAndSafeDefaultsWhenNothingIsGiven() {
        final NewswireConfig config = NewswireConfig.defaults();

        assertThat(config.topics()).isEqualTo(TopicNames.DEFAULTS);
        assertThat(config.topics().all()).containsExactly("news.raw", "news.clean", "news.events", "news.claims",
                "news.estimates", "news.dlq");
        assertThat(config.dedupeWindow()).isEqualTo(java.time.Duration.ofDays(7));
        assertThat(config.dedupeMaxDistance()).isEqualTo(5);
        assertThat(config.applicationId()).isEqualTo("newswire");
        assertThat(config.bootstrapServers()).isNull();
        assertThat(config.partitions()).isEqualTo(3);
        assertThat(config.maxArticleChars()).isEqualTo(4 << 20);
    }

    @Test
    void shouldLetTheFileWinOverDefaultsTheEnvironmentOverTheFileAndFlagsOverAll() throws IOException {
        // Given the same settings at every layer
        final Path file = dir.resolve("newswire.properties");
        Files.writeString(file, """
                bootstrap.servers=file:9092
                application.id=from-file
                newswire.topic.raw=raw-from-file
                newswire.partitions=6
                """);
        final Map<String, String> environment = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "env:9092",
                "NEWSWIRE_TOPIC_RAW", "raw-from-env",
                "HOME", "/root");
        final Map<String, String> flags = Map.of("bootstrap.servers", "flag:9092");

        // When they are layered
        final NewswireConfig config = NewswireConfig.load(file, environment, flags);

        // Then each layer wins over the one before
        assertThat(config.bootstrapServers()).isEqualTo("flag:9092");
        assertThat(config.topics().raw()).isEqualTo("raw-from-env");
        assertThat(config.applicationId()).isEqualTo("from-file");
        assertThat(config.partitions()).isEqualTo(6);
        assertThat(config.kafka()).doesNotContainKeys("home", "newswire.partitions");
    }

    @Test
    void shouldMapKafkaEnvironmentVariablesToClientPropertiesButNotTheScriptsJvmSettings() {
        final NewswireConfig config = NewswireConfig.load(null, Map.of(
                "KAFKA_SASL_JAAS_CONFIG", "org.apache.kafka.common.security.plain.PlainLoginModule required;",
                "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "KAFKA_HEAP_OPTS", "-Xmx1g"), Map.of());

        assertThat(config.kafka()).containsEntry("sasl.jaas.config",
                        "org.apache.kafka.common.security.plain.PlainLoginModule required;")
                .containsEntry("security.protocol", "SASL_SSL")
                .doesNotContainKey("heap.opts");
    }

    @Test
    void shouldNeverShowSecretValuesInItsDescription() {
        final NewswireConfig config = NewswireConfig.defaults().with(Map.of(
                "sasl.jaas.config", "PlainLoginModule required username=\"u\" password=\"p4ss\";",
                "ssl.truststore.password", "changeit",
                "ssl.keystore.key", "-----BEGIN PRIVATE KEY-----",
                "ssl.truststore.location", "/etc/kafka/truststore.jks"));

        final Map<String, String> shown = config.describe();

        assertThat(shown).containsEntry("sasl.jaas.config", "[hidden]")
                .containsEntry("ssl.truststore.password", "[hidden]")
                .containsEntry("ssl.keystore.key", "[hidden]")
                .containsEntry("ssl.truststore.location", "/etc/kafka/truststore.jks");
        assertThat(shown.toString()).doesNotContain("p4ss", "changeit", "PRIVATE KEY");
    }

    @Test
    void shouldRejectANumberSettingThatIsNotAPositiveWholeNumberNamingTheKey() {
        assertThatThrownBy(() -> NewswireConfig.load(null, Map.of(), Map.of("newswire.partitions", "three")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("newswire.partitions").hasMessageContaining("three");
        assertThatThrownBy(() -> NewswireConfig.load(null, Map.of(), Map.of("newswire.max.article.chars", "0")))
                .hasMessageContaining("newswire.max.article.chars");
    }

    @Test
    void shouldKeepEverySettingThroughARoundTripOfWith() {
        final NewswireConfig config = NewswireConfig.defaults().with(Map.of("newswire.topic.dlq", "dead", "acks", "all"));

        assertThat(config.with(Map.of())).isEqualTo(config);
        assertThat(config.topics().deadLetters()).isEqualTo("dead");
        assertThat(config.kafka()).containsEntry("acks", "all");
    }
}
