package newswire.config;

import java.util.List;

/** The names of Newswire's topics; every one is configurable, the defaults are those of {@code DESIGN.md}. */
public record TopicNames(String raw, String clean, String events, String claims, String estimates,
                         String deadLetters) {

    public static final TopicNames DEFAULTS = new TopicNames("news.raw", "news.clean", "news.events", "news.claims",
            "news.estimates", "news.dlq");

    /** The topics the topology writes to, in the order {@code DESIGN.md} lists them. */
    public List<String> outputs() {
        return List.of(clean, events, claims, estimates, deadLetters);
    }

    public List<String> all() {
        return List.of(raw, clean, events, claims, estimates, deadLetters);
    }
}
