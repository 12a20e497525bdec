package newswire.extract;

import com.fasterxml.jackson.databind.JsonNode;
import newswire.model.Claim;

/** Prints every claim of the dev set, for reading the rules' output by eye: {@code java … DevSetDump}. */
final class DevSetDump {

    private DevSetDump() {
    }

    public static void main(final String[] args) {
        final ClaimExtractor extractor = ClaimExtractor.standard();
        for (final JsonNode article : DevSet.expected()) {
            final String file = article.get("file").asText();
            System.out.println("== " + file);
            for (final Claim c : extractor.extract(DevSet.load(file))) {
                System.out.printf("  %s %s unit=%s actor=%s dest=%s loc=%s %s attr=%s conf=%.2f%n    %s%n", c.id(),
                        c.quantity(), c.unit(), c.actor(), c.destination(), c.location(), c.status().json(),
                        c.attribution(), c.confidence(), c.evidence());
            }
        }
    }
}
