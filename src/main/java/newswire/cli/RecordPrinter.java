package newswire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newswire.config.TopicNames;
import newswire.runtime.RecordView;
import newswire.topology.DeadLetters;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** Prints records for a person to read, or as JSON lines ({@link RecordView}) for a program. */
final class RecordPrinter {

    private final PrintWriter out;
    private final TopicNames topics;
    private final boolean json;

    RecordPrinter(final PrintWriter out, final TopicNames topics, final boolean json) {
        this.out = out;
        this.topics = topics;
        this.json = json;
    }

    synchronized void print(final ConsumerRecord<byte[], byte[]> record) {
        if (json) {
            out.println(RecordView.jsonLine(record));
        } else {
            out.println(describe(record));
        }
        out.flush();
    }

    /** The final estimates: as records in JSON mode, else as a short table. */
    synchronized void printEstimates(final List<ConsumerRecord<byte[], byte[]>> estimates) {
        if (json) {
            estimates.forEach(this::print);
            return;
        }
        if (estimates.isEmpty()) {
            return;
        }
        out.println("Estimates:");
        final NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.ROOT);
        for (final ConsumerRecord<byte[], byte[]> record : estimates) {
            final JsonNode estimate = RecordView.parsed(record.value());
            if (estimate == null) {
                continue;
            }
            out.printf("    %-24s latest %s, planned %s, min %s, max %s, %d source%s%n", text(record.key()),
                    figure(numbers, estimate.path("latest")), figure(numbers, estimate.path("latestPlanned")),
                    numbers.format(estimate.path("min").asLong()), numbers.format(estimate.path("max").asLong()),
                    estimate.path("sources").asInt(), estimate.path("sources").asInt() == 1 ? "" : "s");
            for (final JsonNode report : estimate.path("reports")) {
                out.printf("        %s: %s, %s (article %s)%n", report.path("source").asText(),
                        report.path("quantity").path("text").asText(), report.path("status").asText(),
                        report.path("articleId").asText());
            }
        }
        out.flush();
    }

    /** A figure of an estimate, or a dash where none is reported ({@code latest} is null until one is). */
    private static String figure(final NumberFormat numbers, final JsonNode figure) {
        return figure.isNumber() ? numbers.format(figure.asLong()) : "-";
    }

    private String describe(final ConsumerRecord<byte[], byte[]> record) {
        final String where = String.format("%s[%d]@%d %s", record.topic(), record.partition(), record.offset(),
                text(record.key()));
        final JsonNode value = RecordView.parsed(record.value());
        if (record.topic().equals(topics.deadLetters())) {
            return where + "\n    " + deadLetter(record);
        }
        if (value == null) {
            return where + "  " + (record.value() == null ? "(null)" : record.value().length + " bytes");
        }
        if (record.topic().equals(topics.events())) {
            final StringBuilder text = new StringBuilder(where).append('\n').append(article(value.path("article")));
            if (value.hasNonNull("duplicateOf")) {
                text.append("\n    near-duplicate of ").append(value.get("duplicateOf").asText());
            }
            for (final JsonNode claim : value.path("claims")) {
                text.append("\n    claim: ").append(claim(claim));
            }
            return text.toString();
        }
        if (record.topic().equals(topics.claims())) {
            return where + "\n    " + claim(value);
        }
        if (record.topic().equals(topics.clean())) {
            return where + "\n" + article(value);
        }
        return where + "  " + value;
    }

    private static String article(final JsonNode article) {
        final List<String> facts = new ArrayList<>();
        facts.add(article.path("publishedAt").asText("no date"));
        final List<String> authors = new ArrayList<>();
        article.path("byline").path("authors").forEach(author -> authors.add(author.asText()));
        if (!authors.isEmpty()) {
            facts.add("by " + String.join(", ", authors));
        }
        if (article.hasNonNull("publisher")) {
            facts.add(article.get("publisher").asText());
        }
        if (article.hasNonNull("language")) {
            facts.add(article.get("language").asText());
        }
        facts.add(article.path("paragraphs").size() + " paragraphs");
        if (article.path("captions").size() > 0) {
            facts.add(article.path("captions").size() + " captions");
        }
        final List<String> removed = new ArrayList<>();
        article.path("removed").fields().forEachRemaining(e -> removed.add(e.getKey() + " " + e.getValue().asInt()));
        if (!removed.isEmpty()) {
            facts.add("removed " + String.join(", ", removed));
        }
        return "    \"" + article.path("title").asText("(no title)") + "\"\n    " + String.join(" · ", facts);
    }

    private static String claim(final JsonNode claim) {
        final JsonNode quantity = claim.path("quantity");
        final NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.ROOT);
        final String amount;
        if (quantity.hasNonNull("value")) {
            amount = (quantity.path("approximate").asBoolean() ? "~" : "") + numbers.format(quantity.get("value").asLong());
        } else if (quantity.hasNonNull("low") && quantity.hasNonNull("high")) {
            amount = numbers.format(quantity.get("low").asLong()) + "–" + numbers.format(quantity.get("high").asLong());
        } else if (quantity.hasNonNull("low")) {
            amount = "≥" + numbers.format(quantity.get("low").asLong());
        } else {
            amount = "≤" + numbers.format(quantity.path("high").asLong());
        }
        final StringBuilder text = new StringBuilder()
                .append(claim.path("kind").asText()).append(' ').append(amount).append(' ')
                .append(claim.path("unit").asText(""));
        final String actor = claim.path("actor").path("code").asText(null);
        final JsonNode place = claim.hasNonNull("destination") ? claim.get("destination") : claim.path("location");
        if (actor != null || place.hasNonNull("code")) {
            text.append("  ").append(actor == null ? "?" : actor);
            if (place.hasNonNull("code")) {
                text.append(claim.hasNonNull("destination") ? " → " : " in ").append(place.get("code").asText());
            }
        }
        text.append("  ").append(claim.path("status").asText());
        if (claim.path("attribution").hasNonNull("source")) {
            text.append("  (").append(claim.path("attribution").get("source").asText()).append(')');
        }
        return text.toString();
    }

    private static String deadLetter(final ConsumerRecord<byte[], byte[]> record) {
        final String stage = header(record, DeadLetters.STAGE_HEADER);
        final String exception = header(record, DeadLetters.EXCEPTION_HEADER);
        return "failed in " + stage + ": " + exception.substring(exception.lastIndexOf('.') + 1) + ": "
                + header(record, DeadLetters.MESSAGE_HEADER)
                + "\n    from " + header(record, DeadLetters.TOPIC_HEADER) + "[" + header(record, DeadLetters.PARTITION_HEADER)
                + "]@" + header(record, DeadLetters.OFFSET_HEADER) + ", "
                + (record.value() == null ? "null value" : record.value().length + " bytes kept");
    }

    private static String header(final ConsumerRecord<byte[], byte[]> record, final String name) {
        final Header header = record.headers().lastHeader(name);
        return header == null ? "?" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String text(final byte[] bytes) {
        return bytes == null ? "(no key)" : new String(bytes, StandardCharsets.UTF_8);
    }
}
