package newswire.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, so it is written in one place: the pom. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        final String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"newswire " + (version == null ? "(development build)" : version)
                + ", Kafka Streams " + org.apache.kafka.streams.KafkaStreams.class.getPackage().getImplementationVersion()};
    }
}
