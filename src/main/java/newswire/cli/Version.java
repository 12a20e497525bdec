package newswire.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.streams.KafkaStreams;
import picocli.CommandLine.IVersionProvider;

/**
 * Newswire's version, from a resource Maven fills in from the pom (so it is written in one place and is right in tests
 * too, where there is no jar manifest), and the versions of Kafka Streams and the clients, from their own jars.
 */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"newswire " + property(Version.class, "/newswire/version.properties"),
                "Kafka Streams " + property(KafkaStreams.class, "/kafka/kafka-streams-version.properties")
                        + ", Kafka clients " + property(KafkaProducer.class, "/kafka/kafka-version.properties")};
    }

    private static String property(final Class<?> owner, final String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            final Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
