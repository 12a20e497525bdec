package newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import newswire.serde.JsonSerde;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code newswire demo --json} as a user runs it: embedded broker, the seed folder, every record, the summary. */
@Tag("integration")
class DemoCommandIT {

    @Test
    void shouldShowTheSeedEventWithBothTroopClaimsAndASummaryThatAccountsForEveryArticle() {
        // When the demo runs over seeds/
        final CommandLineRunner result = CommandLineRunner.run("demo", "seeds", "--json", "--timeout", "60");

        // Then it exits cleanly, having printed every output record and then the summary as JSON lines
        assertThat(result.exitCode()).as(result.err()).isZero();
        final List<JsonNode> lines = result.out().lines().map(DemoCommandIT::json).toList();
        final JsonNode summary = lines.get(lines.size() - 1).path("summary");
        assertThat(summary.path("articles").asLong()).isEqualTo(1);
        assertThat(summary.path("events").asLong()).isEqualTo(1);
        assertThat(summary.path("claims").asLong()).isEqualTo(2);
        assertThat(summary.path("deadLetters").asLong()).isZero();

        final List<JsonNode> records = lines.subList(0, lines.size() - 1);
        assertThat(records).allSatisfy(record -> assertThat(record.fieldNames()).toIterable()
                .containsExactly("topic", "partition", "offset", "key", "headers", "value"));
        final JsonNode event = records.stream().filter(record -> record.path("topic").asText().equals("news.events"))
                .findFirst().orElseThrow().path("value");
        assertThat(event.path("article").path("title").asText()).startsWith("Yoon, NATO chief agree");
        assertThat(event.path("claims")).extracting(claim -> claim.path("status").asText() + " "
                        + claim.path("quantity").path("value").asLong() + " " + claim.path("actor").path("code").asText())
                .containsExactly("reported 1500 PRK", "planned 12000 PRK");
    }

    private static JsonNode json(final String line) {
        try {
            return JsonSerde.mapper().readTree(line);
        } catch (final IOException e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }
}
