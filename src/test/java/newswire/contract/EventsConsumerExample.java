package newswire.contract;

// begin-example
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Prints the claims of every new article on news.events: java EventsConsumerExample 127.0.0.1:9092 */
public final class EventsConsumerExample {

    public static void main(final String[] args) throws Exception {
        final Properties config = new Properties();
        config.put("bootstrap.servers", args.length > 0 ? args[0] : "127.0.0.1:9092");
        config.put("group.id", "claims-printer");
        config.put("auto.offset.reset", "earliest");
        config.put("isolation.level", "read_committed"); // Newswire writes in transactions: skip aborted ones
        final ObjectMapper json = new ObjectMapper();
        final Set<String> seen = new HashSet<>();          // article ids; keep them in your own store in real life
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("news.events"));
            while (true) {
                for (final ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    final JsonNode event = json.readTree(record.value());
                    if (seen.add(event.get("id").asText())) { // a replayed article comes again with the same id
                        claims(event).forEach(System.out::println);
                    }
                }
            }
        }
    }

    /** One line per claim: kind, number as written, actor → destination, status; none for a near-duplicate. */
    static List<String> claims(final JsonNode event) {
        final List<String> lines = new ArrayList<>();
        if (!event.get("duplicateOf").isNull()) {
            return lines;                                    // the same story as an earlier article: don't count twice
        }
        for (final JsonNode claim : event.get("claims")) {
            lines.add(String.join(" ", claim.get("kind").asText(), claim.at("/quantity/text").asText(),
                    claim.at("/actor/code").asText("?") + "→" + claim.at("/destination/code").asText("?"),
                    claim.get("status").asText(), "(" + event.get("id").asText() + ")"));
        }
        return lines;
    }
}
// end-example
