package newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newswire demo --json} as a user runs it: embedded broker, the seed folder, every record, the summary. */
@Tag("integration")
class DemoCommandIT {

    @Test
    void shouldShowTheSeedEventWithBothTroopClaimsAndASummaryThatAccountsForEveryArticle() {
        // When the demo runs over seeds/
        final CommandLineRunner result = CommandLineRunner.run("demo", "seeds", "--json", "--timeout", "60");

        // Then it exits cleanly, having printed every output record and then the summary as JSON lines
        assertThat(result.exitCode()).as(result.err()).isZero();
        final List<JsonNode> lines = result.out().lines().map(NewswireProcess::json).toList();
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

    @Test
    void shouldFlagTheRepublishedCopyAndPrintOneEstimateForTheSubject(@TempDir final Path dir) throws IOException {
        // Given the seed, and the same story from another portal page: another time line and footer, a word changed
        final String seed = Files.readString(Path.of("seeds/000_23a076b1477290e0.txt"));
        Files.writeString(dir.resolve("000_seed.txt"), seed);
        Files.writeString(dir.resolve("001_republished.txt"), seed
                .replace("2024. 10. 21. 18:59", "2024. 10. 21. 19:20")
                .replace("swiftly dispatch", "quickly dispatch")
                .replace("이 기사에 대해 어떻게 생각하시나요?", "Copyright © 코리아중앙데일리. All rights reserved."));

        // When the demo runs over that folder
        final CommandLineRunner result = CommandLineRunner.run("demo", dir.toString(), "--json", "--timeout", "60");

        // Then one of the two events points at the other, and the final estimates hold one record for the subject
        assertThat(result.exitCode()).as(result.err()).isZero();
        final List<JsonNode> lines = result.out().lines().map(NewswireProcess::json).toList();
        final List<JsonNode> events = lines.stream().filter(l -> l.path("topic").asText().equals("news.events")).toList();
        assertThat(events).hasSize(2);
        assertThat(events).filteredOn(event -> event.path("value").hasNonNull("duplicateOf")).singleElement()
                .satisfies(copy -> assertThat(copy.path("value").path("duplicateOf").asText())
                        .isIn(events.stream().map(event -> event.path("key").asText()).toList())
                        .isNotEqualTo(copy.path("key").asText()));
        assertThat(lines).filteredOn(l -> l.path("topic").asText().equals("news.estimates"))
                .extracting(l -> l.path("key").asText()).containsExactly("troops:PRK>RUS");
        assertThat(lines.get(lines.size() - 1).path("summary").path("duplicates").asLong()).isEqualTo(1);
    }

}
