package newswire.bench;

/** What one bench phase runs between the producer and the read_committed consumer that times the output. */
public enum Scenario {

    /** The broker's own limit: a plain producer writes the corpus, a plain consumer reads the same bytes back. */
    BROKER("broker", "plain producer -> broker -> read_committed consumer"),
    /** Kafka Streams with Newswire's serdes, topics and settings, but no cleaning, extraction or enrichment. */
    PASSTHROUGH("passthrough", "Streams: parse + validate -> clean and events topics, no cleaning or extraction"),
    /** The Newswire topology itself. */
    PIPELINE("pipeline", "Streams: NewswireTopology (parse, validate, clean, extract, enrich, claims)");

    private final String key;
    private final String description;

    Scenario(final String key, final String description) {
        this.key = key;
        this.description = description;
    }

    /** The name in the JSON report and on the command line. */
    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    public static Scenario of(final String key) {
        for (final Scenario scenario : values()) {
            if (scenario.key.equalsIgnoreCase(key.strip())) {
                return scenario;
            }
        }
        throw new IllegalArgumentException("no scenario '" + key + "': expected broker, passthrough or pipeline");
    }
}
