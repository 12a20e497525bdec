package newswire.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Our quantity reading and its bound markers against NewsQuant (satya77/CQE_Evaluation,
 * {@code data/formatted_test_set/NewsQuant.json}: 590 news sentences, 904 gold quantities with their change,
 * {@code = ~ > <} for bounds, {@code up}/{@code down} for changes). The data stays outside the repository:
 * <pre>
 * java -cp target/classes:target/test-classes:CP newswire.extract.NewsQuantScore PATH/NewsQuant.json
 * </pre>
 * {@link QuantityReader} reads counts only (no money, percentages, measures, years), so recall is taken over the gold
 * quantities that are counts (their unit is none of those); precision over every number we read (right when a gold
 * quantity of the sentence has its value); bounds over the matched pairs whose gold change is a bound: ours is
 * {@code ~} when approximate, {@code >} with only a lower end ("at least", "more than"), {@code <} with only an upper
 * end ("up to"), else {@code =}. Each figure for the whole set and for the halves by the parity of a sentence's hash,
 * so a later round can tune on one half and report the other.
 */
final class NewsQuantScore {

    /** Gold units that are money, shares, measures or times: not counts, which is all our reader reads. */
    private static final Pattern NOT_A_COUNT = Pattern.compile("dollar|euro|yen|yuan|pound|rupee|franc|won|peso"
            + "|percent|year|day|month|week|hour|minute|second|mile|metre|meter|kilo|inch|foot|feet|yard|gram|ton"
            + "|degree|litre|liter|byte|watt|horsepower|point|acre|hectare|rpm|calorie|barrel|gallon|ounce|[$€£¥]");
    private static final Set<String> BOUNDS = Set.of("=", "~", ">", "<");

    private NewsQuantScore() {
    }

    public static void main(final String[] args) throws IOException {
        final JsonNode sentences = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        final QuantityReader reader = new QuantityReader(Lexicon.standard());
        final Tally[] halves = {new Tally(), new Tally()};
        final Tally all = new Tally();
        for (final JsonNode item : sentences) {
            final String text = item.get("text").asText();
            final List<Token> tokens = Tokenizer.tokenize(text, 0, text.length());
            final List<Quantity> ours = new ArrayList<>();
            for (final QuantityMention mention : reader.read(tokens,
                    new Sentence(text, -1, -1, Sentence.TITLE, tokens), false)) {
                ours.add(new Quantity(mention.quantity()));
            }
            final Tally half = halves[Math.floorMod(text.hashCode(), 2)];
            for (final Tally tally : List.of(all, half)) {
                tally.add(ours, item.get("quantities"));
            }
        }
        System.out.println("all:    " + all);
        System.out.println("half 0: " + halves[0]);
        System.out.println("half 1: " + halves[1]);
    }

    /** A number we read: its value (or its one end) and its bound marker. */
    private record Quantity(double value, String bound) {
        Quantity(final newswire.model.Quantity quantity) {
            this(quantity.value() != null ? quantity.value() : quantity.low() != null ? quantity.low()
                    : quantity.high(), quantity.approximate() ? "~" : quantity.value() != null ? "="
                    : quantity.high() == null ? ">" : quantity.low() == null ? "<" : "=");
        }
    }

    private static final class Tally {
        private int read;
        private int readRight;
        private int counts;
        private int countsFound;
        private int bounded;
        private int boundsAgree;
        private int goldMarked;
        private int goldMarkedAgree;

        void add(final List<Quantity> ours, final JsonNode gold) {
            read += ours.size();
            for (final Quantity quantity : ours) {
                if (find(gold, quantity.value()) != null) {
                    readRight++;
                }
            }
            for (final JsonNode quantity : gold) {
                final double value = quantity.get("value").asDouble();
                final String unit = (quantity.get("unit").asText() + " " + quantity.get("normalized_unit").asText())
                        .toLowerCase(Locale.ROOT);
                final Quantity match = ours.stream().filter(q -> q.value() == value).findFirst().orElse(null);
                if (!NOT_A_COUNT.matcher(unit).find()) {
                    counts++;
                    countsFound += match != null ? 1 : 0;
                }
                final String change = quantity.get("change").asText();
                if (match != null && BOUNDS.contains(change)) {
                    bounded++;
                    boundsAgree += change.equals(match.bound()) ? 1 : 0;
                    if (!change.equals("=")) {
                        goldMarked++;
                        goldMarkedAgree += change.equals(match.bound()) ? 1 : 0;
                    }
                }
            }
        }

        private static JsonNode find(final JsonNode gold, final double value) {
            for (final JsonNode quantity : gold) {
                if (quantity.get("value").asDouble() == value) {
                    return quantity;
                }
            }
            return null;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "numbers read %d, a gold quantity %d (P %.2f); gold counts %d, read %d"
                            + " (R %.2f); bound marker agrees on %d of %d matched (%.2f), on %d of %d with a gold"
                            + " ~ > < (%.2f)", read, readRight, ratio(readRight, read), counts, countsFound,
                    ratio(countsFound, counts), boundsAgree, bounded, ratio(boundsAgree, bounded), goldMarkedAgree,
                    goldMarked, ratio(goldMarkedAgree, goldMarked));
        }

        private static double ratio(final int part, final int whole) {
            return whole == 0 ? 0 : (double) part / whole;
        }
    }
}
