package newswire.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class NewswireConfigTest {

    @TempDir
    Path dir;

    @Test
    void shouldLoadAConfigurationThatStillSetsTheRetiredDistanceWithOneWarningLine() throws IOException {
        final Path file = dir.resolve("newswire.properties");
        Files.writeString(file, "newswire.dedupe.max.distance=5\nnewswire.dedupe.window=P2D\n");
        final Logger logger = (Logger) LoggerFactory.getLogger(NewswireConfig.class);
        final ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        try {
            final NewswireConfig config = NewswireConfig.load(file, Map.of(), Map.of());

            assertThat(config.dedupeWindow()).isEqualTo(java.time.Duration.ofDays(2));
            assertThat(config.asProperties()).doesNotContainKey("newswire.dedupe.max.distance");
            assertThat(lines.list).singleElement().satisfies(line -> {
                assertThat(line.getLevel()).isEqualTo(ch.qos.logback.classic.Level.WARN);
                assertThat(line.getFormattedMessage()).contains("newswire.dedupe.max.distance", "is ignored",
                        "will be removed");
            });
            lines.list.clear();
            NewswireConfig.load(null, Map.of(), Map.of());
            assertThat(lines.list).isEmpty();
        } finally {
            logger.detachAppender(lines);
        }
    }

    @Test
    void shouldUseTheDesignsTopicNamesAndSafeDefaultsWhenNothingIsGiven() {
        final NewswireConfig config = NewswireConfig.defaults();

        assertThat(config.topics()).isEqualTo(TopicNames.DEFAULTS);
        assertThat(config.topics().all()).containsExactly("news.raw", "news.clean", "news.events", "news.claims",
                "news.estimates", "news.dlq");
        assertThat(config.dedupeWindow()).isEqualTo(java.time.Duration.ofDays(7));
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
    void shouldReadTheTemplateMemorysSettingsFromEveryLayerWithZeroTurningItOff() {
        assertThat(NewswireConfig.defaults().templates()).isEqualTo(new TemplateSettings(3, 500, 500));

        final NewswireConfig config = NewswireConfig.load(null, Map.of("NEWSWIRE_TEMPLATES_MAX_LINES", "200"),
                Map.of("newswire.templates.min.articles", "0", "newswire.templates.max.sources", "50"));

        assertThat(config.templates()).isEqualTo(new TemplateSettings(0, 200, 50));
        assertThat(config.with(Map.of())).isEqualTo(config);
        assertThatThrownBy(() -> NewswireConfig.load(null, Map.of(), Map.of("newswire.templates.max.lines", "0")))
                .hasMessageContaining("newswire.templates.max.lines");
        assertThatThrownBy(() -> NewswireConfig.load(null, Map.of(), Map.of("newswire.templates.min.articles", "-1")))
                .hasMessageContaining("newswire.templates.min.articles");
    }

    @Test
    void shouldKeepEverySettingThroughARoundTripOfWith() {
        final NewswireConfig config = NewswireConfig.defaults().with(Map.of("newswire.topic.dlq", "dead", "acks", "all"));

        assertThat(config.with(Map.of())).isEqualTo(config);
        assertThat(config.topics().deadLetters()).isEqualTo("dead");
        assertThat(config.kafka()).containsEntry("acks", "all");
    }

    @Test
    void shouldRejectAnUnknownNewswireSettingSuggestingTheNearestKnownOne() {
        assertThatThrownBy(() -> NewswireConfig.load(null, Map.of(), Map.of("newswire.max.artcle.chars", "10")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("unknown setting newswire.max.artcle.chars; did you mean newswire.max.article.chars?");
        assertThatThrownBy(() -> NewswireConfig.load(null, Map.of("NEWSWIRE_COLOUR", "blue"), Map.of()))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("unknown setting newswire.colour; the known ones are ")
                .hasMessageContaining("newswire.topic.raw");
    }

    @Test
    void shouldReadTheLogLevelVariablesAsLogLevelsNotAsSettings() {
        final NewswireConfig config = NewswireConfig.load(null,
                Map.of("NEWSWIRE_LOG_LEVEL", "DEBUG", "NEWSWIRE_KAFKA_LOG_LEVEL", "INFO"), Map.of());

        assertThat(config.asProperties()).doesNotContainKeys("newswire.log.level", "newswire.kafka.log.level");
    }

    @Test
    void shouldKeepStateInAPerUserDataDirectoryUnlessToldOtherwise() {
        final String home = System.getProperty("user.home");

        assertThat(NewswireConfig.load(null, Map.of(), Map.of()).stateDir())
                .isEqualTo(Path.of(home, ".local", "share", "newswire", "state"));
        assertThat(NewswireConfig.load(null, Map.of("XDG_DATA_HOME", "/data/me"), Map.of()).stateDir())
                .isEqualTo(Path.of("/data/me/newswire/state"));
        assertThat(NewswireConfig.load(null, Map.of("XDG_DATA_HOME", "/data/me", "KAFKA_STATE_DIR", "/srv/state"),
                Map.of()).stateDir()).isEqualTo(Path.of("/srv/state"));
        assertThat(NewswireConfig.load(null, Map.of("KAFKA_STATE_DIR", "/srv/state"), Map.of("state.dir", "/x"))
                .stateDir()).isEqualTo(Path.of("/x"));
    }

    @Test
    void shouldBoundThreadReplacementsByDefaultAndLetThemBeSet() {
        assertThat(NewswireConfig.defaults().threadReplacements()).isEqualTo(3);
        assertThat(NewswireConfig.defaults().threadReplacementWindow()).isEqualTo(java.time.Duration.ofMinutes(10));
        final NewswireConfig config = NewswireConfig.defaults().with(Map.of("newswire.thread.replacements", "0",
                "newswire.thread.replacement.window", "PT1H"));
        assertThat(config.threadReplacements()).isZero();
        assertThat(config.threadReplacementWindow()).isEqualTo(java.time.Duration.ofHours(1));
    }
}
