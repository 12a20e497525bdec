package newswire.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything Newswire is told, in layers: code defaults, then a properties file, then the environment, then command-line
 * flags; each layer wins over the one before.
 *
 * <p>Keys under {@code newswire.} are ours; every other key is a Kafka client or Streams property and is passed through
 * unchanged, so SASL, SSL and tuning settings need no code here. In the environment, {@code NEWSWIRE_TOPIC_RAW} sets
 * {@code newswire.topic.raw} and {@code KAFKA_SASL_JAAS_CONFIG} sets {@code sasl.jaas.config}, the convention of the
 * Kafka container images.
 *
 * @param kafka            Kafka client and Streams properties, never logged with their values (they may hold secrets)
 * @param maxArticleChars  larger article bodies go to the dead-letter topic instead of the cleaner
 * @param dedupeWindow     how far back an article is compared with earlier ones for near-duplicates
 * @param threadReplacements how many failed stream threads are replaced within {@code threadReplacementWindow}
 *                           before the application shuts down instead
 * @param threadReplacementWindow the window of {@code threadReplacements}
 * @param templates        the memory of each source's recurring lines (docs/templates.md)
 */
public record NewswireConfig(Map<String, String> kafka, TopicNames topics, int partitions, short replicationFactor,
                             int maxArticleChars, Duration dedupeWindow,
                             int threadReplacements, Duration threadReplacementWindow,
                             TemplateSettings templates) {

    public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
    public static final String TOPIC_PREFIX = "newswire.topic.";
    public static final String PARTITIONS = "newswire.partitions";
    public static final String REPLICATION_FACTOR = "newswire.replication.factor";
    public static final String MAX_ARTICLE_CHARS = "newswire.max.article.chars";
    public static final String DEDUPE_WINDOW = "newswire.dedupe.window";
    /**
     * Settings no Newswire code reads any more, with the reason: a configuration that sets one still loads, with a
     * warning, until a later release removes them and they become unknown settings.
     */
    static final Map<String, String> RETIRED = Map.of("newswire.dedupe.max.distance",
            "the dedupe compares story sketches, not SimHash distances (docs/dedupe.md)");
    public static final String THREAD_REPLACEMENTS = "newswire.thread.replacements";
    public static final String THREAD_REPLACEMENT_WINDOW = "newswire.thread.replacement.window";
    public static final String TEMPLATES_MIN_ARTICLES = "newswire.templates.min.articles";
    public static final String TEMPLATES_MAX_LINES = "newswire.templates.max.lines";
    public static final String TEMPLATES_MAX_SOURCES = "newswire.templates.max.sources";
    public static final String STATE_DIR = "state.dir";

    private static final Logger LOG = LoggerFactory.getLogger(NewswireConfig.class);

    private static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("application.id", "newswire"),
            Map.entry(PARTITIONS, "3"),
            Map.entry(REPLICATION_FACTOR, "1"),
            // Whole pages with inline scripts pass 1 MiB (a CNBC story page is 1.09 M characters); past 4 Mi a body is
            // a scraper accident. The cleaner is linear, about 40 ms for such a page.
            Map.entry(MAX_ARTICLE_CHARS, String.valueOf(4 << 20)),
            Map.entry(DEDUPE_WINDOW, "P7D"),
            // A thread that dies now and then is replaced; one that dies three times in ten minutes will die again.
            Map.entry(THREAD_REPLACEMENTS, "3"),
            Map.entry(THREAD_REPLACEMENT_WINDOW, "PT10M"),
            // A line in three different articles of a site is its furniture, not its news (docs/templates.md). 500
            // lines hold about ten articles' worth; a source costs at most some 45 KB of heap, 500 sources 22 MB a task.
            Map.entry(TEMPLATES_MIN_ARTICLES, "3"),
            Map.entry(TEMPLATES_MAX_LINES, "500"),
            Map.entry(TEMPLATES_MAX_SOURCES, "500"));

    private static final Set<String> TOPIC_KEYS = Set.of(TOPIC_PREFIX + "raw", TOPIC_PREFIX + "clean",
            TOPIC_PREFIX + "events", TOPIC_PREFIX + "claims", TOPIC_PREFIX + "estimates", TOPIC_PREFIX + "dlq");

    /** Parts of key names whose values must never reach a log line (Kafka's PASSWORD-typed settings and their kin). */
    private static final Set<String> SECRET_MARKERS = Set.of("password", "secret", "jaas", "token", "credential",
            "keystore.key", "keystore.certificate");

    /** Variables of the Kafka scripts that are JVM settings, not client properties. */
    private static final Set<String> NOT_KAFKA_PROPERTIES = Set.of("KAFKA_HOME", "KAFKA_OPTS", "KAFKA_HEAP_OPTS",
            "KAFKA_JVM_PERFORMANCE_OPTS", "KAFKA_LOG4J_OPTS", "KAFKA_JMX_OPTS", "KAFKA_DEBUG", "KAFKA_GC_LOG_OPTS");

    /** Variables logback.xml reads: log levels, not settings. */
    private static final Set<String> NOT_SETTINGS = Set.of("NEWSWIRE_LOG_LEVEL", "NEWSWIRE_KAFKA_LOG_LEVEL");

    public NewswireConfig {
        kafka = Map.copyOf(kafka);
    }

    /**
     * Builds the configuration from its layers; any layer may be empty. The environment also gives the default
     * {@code state.dir} (see {@link StateDirectory}).
     *
     * @throws InvalidSettingException for an unknown {@code newswire.*} key or a value out of its range
     */
    public static NewswireConfig load(final Path file, final Map<String, String> environment,
                                      final Map<String, String> flags) {
        final Map<String, String> merged = new TreeMap<>(DEFAULTS);
        merged.put(STATE_DIR, StateDirectory.defaultFor(environment, System.getProperty("user.home")).toString());
        if (file != null) {
            merged.putAll(readProperties(file));
        }
        merged.putAll(fromEnvironment(environment));
        flags.forEach((key, value) -> {
            if (value != null) {
                merged.put(key, value);
            }
        });
        RETIRED.forEach((key, reason) -> {
            if (merged.remove(key) != null) {
                LOG.warn("Setting {} is ignored ({}) and will be removed in a later release: delete it from the "
                        + "configuration", key, reason);
            }
        });
        return from(merged);
    }

    public static NewswireConfig defaults() {
        return load(null, Map.of(), Map.of());
    }

    /** The same configuration with these properties set (for tests and the embedded demo). */
    public NewswireConfig with(final Map<String, String> overrides) {
        final Map<String, String> merged = new TreeMap<>(asProperties());
        merged.putAll(overrides);
        return from(merged);
    }

    public String bootstrapServers() {
        return kafka.get(BOOTSTRAP_SERVERS);
    }

    public String applicationId() {
        return kafka.get("application.id");
    }

    /** All settings as one flat map, ours and Kafka's, as they were given. */
    public Map<String, String> asProperties() {
        final Map<String, String> all = new TreeMap<>(kafka);
        all.put(TOPIC_PREFIX + "raw", topics.raw());
        all.put(TOPIC_PREFIX + "clean", topics.clean());
        all.put(TOPIC_PREFIX + "events", topics.events());
        all.put(TOPIC_PREFIX + "claims", topics.claims());
        all.put(TOPIC_PREFIX + "estimates", topics.estimates());
        all.put(TOPIC_PREFIX + "dlq", topics.deadLetters());
        all.put(PARTITIONS, String.valueOf(partitions));
        all.put(REPLICATION_FACTOR, String.valueOf(replicationFactor));
        all.put(MAX_ARTICLE_CHARS, String.valueOf(maxArticleChars));
        all.put(DEDUPE_WINDOW, dedupeWindow.toString());
        all.put(THREAD_REPLACEMENTS, String.valueOf(threadReplacements));
        all.put(THREAD_REPLACEMENT_WINDOW, threadReplacementWindow.toString());
        all.put(TEMPLATES_MIN_ARTICLES, String.valueOf(templates.minArticles()));
        all.put(TEMPLATES_MAX_LINES, String.valueOf(templates.maxLinesPerSource()));
        all.put(TEMPLATES_MAX_SOURCES, String.valueOf(templates.maxSources()));
        return all;
    }

    /** The settings for a log line, secrets masked. */
    public Map<String, String> describe() {
        final Map<String, String> shown = new TreeMap<>();
        asProperties().forEach((key, value) -> shown.put(key, isSecret(key) ? "[hidden]" : value));
        return shown;
    }

    static boolean isSecret(final String key) {
        final String lower = key.toLowerCase(Locale.ROOT);
        return SECRET_MARKERS.stream().anyMatch(lower::contains) && !lower.endsWith(".type")
                && !lower.endsWith(".location") && !lower.endsWith(".algorithm");
    }

    /** The local state directory of this application: where {@code state.dir} says, or its per-user default. */
    public Path stateDir() {
        return Path.of(kafka.get(STATE_DIR));
    }

    private static NewswireConfig from(final Map<String, String> merged) {
        final Map<String, String> kafka = new TreeMap<>();
        merged.forEach((key, value) -> {
            if (!key.startsWith("newswire.")) {
                kafka.put(key, value);
            } else if (!DEFAULTS.containsKey(key) && !TOPIC_KEYS.contains(key)) {
                throw new InvalidSettingException("unknown setting " + key + SettingNames.suggestion(key,
                        knownKeys()));
            }
        });
        final TopicNames defaults = TopicNames.DEFAULTS;
        final TopicNames topics = new TopicNames(
                merged.getOrDefault(TOPIC_PREFIX + "raw", defaults.raw()),
                merged.getOrDefault(TOPIC_PREFIX + "clean", defaults.clean()),
                merged.getOrDefault(TOPIC_PREFIX + "events", defaults.events()),
                merged.getOrDefault(TOPIC_PREFIX + "claims", defaults.claims()),
                merged.getOrDefault(TOPIC_PREFIX + "estimates", defaults.estimates()),
                merged.getOrDefault(TOPIC_PREFIX + "dlq", defaults.deadLetters()));
        return new NewswireConfig(kafka, topics,
                positiveInt(merged, PARTITIONS),
                (short) positiveInt(merged, REPLICATION_FACTOR),
                positiveInt(merged, MAX_ARTICLE_CHARS),
                duration(merged, DEDUPE_WINDOW),
                wholeNumber(merged, THREAD_REPLACEMENTS, 0),
                duration(merged, THREAD_REPLACEMENT_WINDOW),
                new TemplateSettings(wholeNumber(merged, TEMPLATES_MIN_ARTICLES, 0),
                        positiveInt(merged, TEMPLATES_MAX_LINES), positiveInt(merged, TEMPLATES_MAX_SOURCES)));
    }

    private static Set<String> knownKeys() {
        final Set<String> known = new java.util.TreeSet<>(DEFAULTS.keySet());
        known.addAll(TOPIC_KEYS);
        return known;
    }

    private static int positiveInt(final Map<String, String> merged, final String key) {
        return wholeNumber(merged, key, 1);
    }

    private static int wholeNumber(final Map<String, String> merged, final String key, final int least) {
        final String text = merged.get(key);
        try {
            final int value = Integer.parseInt(text.strip());
            if (value >= least) {
                return value;
            }
        } catch (final NumberFormatException e) {
            // reported below with the key's name, which the exception does not know
        }
        throw new InvalidSettingException(key + " must be a whole number of at least " + least + ", not '" + text
                + "'");
    }

    private static Duration duration(final Map<String, String> merged, final String key) {
        final String text = merged.get(key);
        try {
            final Duration value = Duration.parse(text.strip());
            if (!value.isNegative() && !value.isZero()) {
                return value;
            }
        } catch (final DateTimeParseException e) {
            // reported below with the key's name, which the exception does not know
        }
        throw new InvalidSettingException(key + " must be a positive ISO-8601 duration such as P7D or PT12H, not '"
                + text + "'");
    }

    private static Map<String, String> readProperties(final Path file) {
        final Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot read configuration file " + file, e);
        }
        final Map<String, String> map = new TreeMap<>();
        properties.stringPropertyNames().forEach(name -> map.put(name, properties.getProperty(name).strip()));
        return map;
    }

    private static Map<String, String> fromEnvironment(final Map<String, String> environment) {
        final Map<String, String> map = new TreeMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith("NEWSWIRE_") && !NOT_SETTINGS.contains(name)) {
                map.put(propertyName(name), value);
            } else if (name.startsWith("KAFKA_") && !NOT_KAFKA_PROPERTIES.contains(name)) {
                map.put(propertyName(name.substring("KAFKA_".length())), value);
            }
        });
        return map;
    }

    private static String propertyName(final String variable) {
        return variable.toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
