package newswire.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import newswire.model.Byline;
import newswire.model.Claim;
import newswire.model.CleanArticle;
import newswire.testing.DevArticles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The labelled dev set ({@link DevArticles}, with labels for the seed added to those of eval/dev) and a scorer that matches claims the way
 * {@code eval/score.py} does: kind equal, value/low/high equal where labelled, actor code equal where labelled;
 * status, destination and approximate counted on the matches. Articles are cleaned crudely here (title on the first
 * line, one paragraph a line, portal chrome dropped by simple tests), so the figures measure extraction, not cleaning.
 */
final class DevSet {

    private static final String FOLDER = "/newswire/extract/dev/";

    /** Counts for one tier ("en", "ko"). */
    static final class Score {
        int tp;
        int fp;
        int fn;
        int statusOk;
        int statusAll;
        int destinationOk;
        int destinationAll;
        int approximateOk;
        int approximateAll;
        final List<String> notes = new ArrayList<>();

        double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        double f1() {
            final double p = precision();
            final double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format("P=%.2f R=%.2f F1=%.2f (tp=%d fp=%d fn=%d) status %d/%d destination %d/%d approximate %d/%d",
                    precision(), recall(), f1(), tp, fp, fn, statusOk, statusAll, destinationOk, destinationAll,
                    approximateOk, approximateAll);
        }
    }

    private DevSet() {
    }

    static Map<String, Score> score(final ClaimExtractor extractor) {
        final Map<String, Score> tiers = new java.util.TreeMap<>();
        for (final JsonNode article : expected()) {
            final String file = article.get("file").asText();
            final Score score = tiers.computeIfAbsent(article.path("tier").asText("en"), t -> new Score());
            final List<Claim> predicted = new ArrayList<>(extractor.extract(load(file)));
            final Set<Integer> used = new LinkedHashSet<>();
            for (final JsonNode label : article.get("claims")) {
                final boolean optional = label.path("optional").asBoolean(false);
                int hit = -1;
                for (int i = 0; i < predicted.size(); i++) {
                    if (!used.contains(i) && matches(label, predicted.get(i))) {
                        hit = i;
                        break;
                    }
                }
                if (hit < 0) {
                    if (!optional) {
                        score.fn++;
                        score.notes.add(file + ": missed " + label);
                    }
                    continue;
                }
                used.add(hit);
                if (optional) {
                    continue;
                }
                score.tp++;
                final Claim claim = predicted.get(hit);
                if (label.has("status")) {
                    score.statusAll++;
                    if (label.get("status").asText().equals(claim.status().json())) {
                        score.statusOk++;
                    } else {
                        score.notes.add(file + ": status " + claim.status().json() + " for " + label);
                    }
                }
                if (label.has("destination")) {
                    score.destinationAll++;
                    final String got = claim.destination() != null ? claim.destination().code()
                            : claim.location() != null ? claim.location().code() : null;
                    if (label.get("destination").asText().equals(got)) {
                        score.destinationOk++;
                    } else {
                        score.notes.add(file + ": destination " + got + " for " + label);
                    }
                }
                if (label.has("approximate")) {
                    score.approximateAll++;
                    if (label.get("approximate").asBoolean() == claim.quantity().approximate()) {
                        score.approximateOk++;
                    } else {
                        score.notes.add(file + ": approximate " + claim.quantity().approximate() + " for " + label);
                    }
                }
            }
            for (int i = 0; i < predicted.size(); i++) {
                if (!used.contains(i)) {
                    score.fp++;
                    final Claim c = predicted.get(i);
                    score.notes.add(file + ": false alarm " + c.kind().json() + " " + c.quantity() + " "
                            + c.evidence().sentence());
                }
            }
        }
        return tiers;
    }

    private static boolean matches(final JsonNode label, final Claim claim) {
        if (!label.get("kind").asText().equals(claim.kind().json())) {
            return false;
        }
        if (!sameNumber(label, "value", claim.quantity().value()) || !sameNumber(label, "low", claim.quantity().low())
                || !sameNumber(label, "high", claim.quantity().high())) {
            return false;
        }
        return !label.has("actor") || (claim.actor() != null
                && label.get("actor").asText().equals(claim.actor().code()));
    }

    private static boolean sameNumber(final JsonNode label, final String field, final Long got) {
        return !label.has(field) || (got != null && label.get(field).asLong() == got);
    }

    static JsonNode expected() {
        try (InputStream in = DevSet.class.getResourceAsStream(FOLDER + "expected.json")) {
            return new ObjectMapper().readTree(Objects.requireNonNull(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(final String file) {
        return DevArticles.text(file);
    }

    /** A crude stand-in for the cleaner: enough to put each story paragraph in the body once. */
    static CleanArticle load(final String file) {
        final String raw = text(file);
        if (file.endsWith(".html")) {
            final Document page = Jsoup.parse(raw);
            final Element h1 = page.selectFirst("h1");
            final List<String> paragraphs = page.select("article p:not(.byline)").eachText();
            return article(file, h1 == null ? page.title() : h1.text(), paragraphs);
        }
        final List<String> lines = raw.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        final String title = lines.get(0);
        final boolean english = title.chars().noneMatch(c -> Scripts.isHangul((char) c));
        final Set<String> paragraphs = new LinkedHashSet<>();
        for (final String line : lines.subList(1, lines.size())) {
            final boolean hangul = line.chars().anyMatch(c -> Scripts.isHangul((char) c));
            final boolean caption = line.matches(".*\\[[A-Z ]+\\]$");
            final boolean chrome = line.startsWith("BY ") || line.startsWith("Copyright");
            if (!(english && hangul) && !caption && !chrome) {
                paragraphs.add(line);
            }
        }
        return article(file, title, new ArrayList<>(paragraphs));
    }

    static CleanArticle article(final String id, final String title, final List<String> paragraphs) {
        return new CleanArticle(id, id, null, title, Byline.NONE, null, null, null, paragraphs, List.of(), Map.of(),
                null);
    }
}
