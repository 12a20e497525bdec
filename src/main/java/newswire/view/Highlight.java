package newswire.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import newswire.model.Claim;

/**
 * A stretch of a claim's evidence sentence to highlight: the number, the counted thing or the attribution
 * ({@code end} exclusive, offsets into the sentence).
 */
public record Highlight(int start, int end, Role role) {

    /** What the highlighted words are, for the page's legend. */
    public enum Role {
        NUMBER, THING, ATTRIBUTION;

        @com.fasterxml.jackson.annotation.JsonValue
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Where the claim's number, counted thing and attribution stand in its sentence, in reading order. The claim keeps
     * them as written, so each is found by its words; the thing is looked for after the number first, as English and
     * Korean both put it there. A piece the sentence does not contain, or that overlaps one found before, is left out.
     */
    public static List<Highlight> of(final Claim claim) {
        final String sentence = claim.evidence() == null ? null : claim.evidence().sentence();
        if (sentence == null) {
            return List.of();
        }
        final List<Highlight> found = new ArrayList<>();
        final Highlight number = find(sentence, claim.quantity() == null ? null : claim.quantity().text(), 0,
                Role.NUMBER, found);
        find(sentence, claim.unit(), number == null ? 0 : number.end(), Role.THING, found);
        find(sentence, claim.attribution() == null ? null : claim.attribution().text(), 0, Role.ATTRIBUTION, found);
        found.sort(Comparator.comparingInt(Highlight::start));
        return List.copyOf(found);
    }

    private static Highlight find(final String sentence, final String words, final int from, final Role role,
                                  final List<Highlight> found) {
        if (words == null || words.isBlank()) {
            return null;
        }
        int start = sentence.indexOf(words, from);
        if (start < 0) {
            start = sentence.indexOf(words);
        }
        if (start < 0) {
            return null;
        }
        final Highlight highlight = new Highlight(start, start + words.length(), role);
        if (found.stream().anyMatch(other -> other.start() < highlight.end() && highlight.start() < other.end())) {
            return null;
        }
        found.add(highlight);
        return highlight;
    }
}
