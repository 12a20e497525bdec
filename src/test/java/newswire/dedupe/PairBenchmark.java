package newswire.dedupe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import newswire.clean.ArticleCleaner;
import newswire.dedupe.Republications.Strength;
import newswire.model.RawArticle;
import newswire.testing.DevArticles;

/**
 * The pair benchmark of the dedupe (docs/dedupe.md): republications made by {@link Republications} from real
 * articles, and pairs of different stories that look alike, scored by the dedupe's rule and by the SimHash test it
 * replaced. The articles stay outside the repository:
 * <pre>
 * java -cp … newswire.dedupe.PairBenchmark [--sweep]
 * java -cp … newswire.dedupe.PairBenchmark [--pages DIR]… [--notes DIR]…
 * </pre>
 * Without folders: the cleaned bodies of the HTML benchmark's pages with keys 0-7 ({@code ../shared/eval}), the ACLED
 * notes ({@code ../eval-data/acled/REGION/NNN.txt}) and the development articles. Each article falls into the tuning
 * half or the untouched half by a hash of its name, decided before any threshold was chosen; pairs are made within a
 * half. {@code --sweep} lists the rules that do best on the tuning half. With folders: pairs made the same way from
 * other articles (every {@code .html} page under a {@code --pages} folder, cleaned; every {@code .txt} note under a
 * {@code --notes} folder), each folder a group to seek look-alikes in, all scored as one set.
 */
final class PairBenchmark {

    private static final long SEED = 17;

    /** An article: where it comes from (the group its look-alikes are sought in), its name and its paragraphs. */
    record Source(String group, String name, List<String> paragraphs) {

        boolean tuning() {
            return (sha256(group + "/" + name)[0] & 1) == 0;
        }
    }

    enum Negative { NEIGHBOUR, QUOTE }

    /** Two texts; a republication of {@code strength}, or different stories of a {@code negative} kind. */
    record Pair(Strength strength, Negative negative, List<String> a, List<String> b) {

        boolean positive() {
            return strength != null;
        }
    }

    private PairBenchmark() {
    }

    public static void main(final String[] args) {
        final List<String> arguments = List.of(args);
        final List<Source> given = arguments.contains("--distinct") ? distinct(given(arguments)) : given(arguments);
        if (!given.isEmpty()) {
            // Pages nobody tuned on: every article counts, there is no half to tune on.
            System.out.printf(Locale.ROOT, "%d articles from %s%n", given.size(), arguments);
            score("given", given, false);
            if (arguments.contains("--wrong")) {
                pairs(given).stream().map(Scored::of).filter(s -> !s.pair().positive() && s.found(SameStory.STANDARD))
                        .forEach(s -> System.out.printf(Locale.ROOT, "WRONG %s c=%.2f f=%.2f%n  A: %.200s%n  B: %.200s%n",
                                s.pair().negative(), s.a().containment(s.b()), s.a().factsShared(s.b()),
                                String.join(" | ", s.pair().a()), String.join(" | ", s.pair().b())));
            }
            return;
        }
        final List<Source> sources = sources(Path.of("../shared/eval"), Path.of("../eval-data/acled"));
        System.out.printf(Locale.ROOT, "%d articles%n", sources.size());
        for (final boolean tuning : List.of(true, false)) {
            score(tuning ? "tuning" : "untouched", sources.stream().filter(source -> source.tuning() == tuning).toList(),
                    tuning && arguments.contains("--sweep"));
        }
    }

    private static void score(final String name, final List<Source> articles, final boolean sweep) {
        final List<Pair> pairs = pairs(articles);
        System.out.printf(Locale.ROOT, "%n== %s: %d articles, %d pairs%n", name, articles.size(), pairs.size());
        final List<Scored> scored = pairs.stream().map(Scored::of).toList();
        report("dedupe " + SameStory.STANDARD, scored, s -> s.found(SameStory.STANDARD));
        report("SimHash, at most 5 bits", scored, s -> s.simHashDistance <= 5);
        if (sweep) {
            sweep(scored);
        }
    }

    /**
     * The articles of {@code --pages DIR} (every {@code .html} file under DIR, cleaned) and {@code --notes DIR} (every
     * {@code .txt} file under DIR, as it is), each folder a group to seek look-alikes in; none without such arguments.
     */
    static List<Source> given(final List<String> arguments) {
        final ArticleCleaner cleaner = ArticleCleaner.standard();
        final List<Source> sources = new ArrayList<>();
        for (int i = 0; i + 1 < arguments.size(); i++) {
            final boolean pages = arguments.get(i).equals("--pages");
            if (!pages && !arguments.get(i).equals("--notes")) {
                continue;
            }
            final Path folder = Path.of(arguments.get(i + 1));
            for (final Path file : walk(folder, pages ? ".html" : ".txt")) {
                final String group = folder.relativize(file.getParent()).toString();
                final String name = folder.relativize(file).toString();
                if (pages) {
                    clean(cleaner, new RawArticle(name, name, RawArticle.TEXT_HTML, read(file), null, null, null, null,
                            null)).ifPresent(paragraphs -> sources.add(new Source(folder + "/" + group, name, paragraphs)));
                } else {
                    sources.add(new Source(folder + "/" + group, name, List.of(read(file).strip())));
                }
            }
        }
        return sources;
    }

    /**
     * The articles without those whose text is a near-verbatim copy of an earlier one (SimHash within 3 bits): where
     * cleaning kept only a site's boilerplate, pages of one site read the same, and no rule should keep them apart.
     */
    static List<Source> distinct(final List<Source> sources) {
        final List<Long> fingerprints = new ArrayList<>();
        final List<Source> kept = new ArrayList<>();
        for (final Source source : sources) {
            final long fingerprint = Long.parseUnsignedLong(SimHash.fingerprint(String.join("\n\n",
                    source.paragraphs())), 16);
            if (fingerprints.stream().noneMatch(other -> Long.bitCount(other ^ fingerprint) <= 3)) {
                fingerprints.add(fingerprint);
                kept.add(source);
            }
        }
        System.out.printf(Locale.ROOT, "%d of %d articles kept: the others are near-verbatim copies of one of them%n",
                kept.size(), sources.size());
        return kept;
    }

    private static List<Path> walk(final Path folder, final String extension) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> Files.isRegularFile(file) && file.getFileName().toString().endsWith(extension))
                    .sorted().toList();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A pair's sketches and fingerprints, computed once for every rule tried on it. */
    record Scored(Pair pair, Sketch a, Sketch b, int simHashDistance) {

        static Scored of(final Pair pair) {
            final String a = String.join("\n\n", pair.a());
            final String b = String.join("\n\n", pair.b());
            return new Scored(pair, Sketch.of(a), Sketch.of(b), Long.bitCount(
                    Long.parseUnsignedLong(SimHash.fingerprint(a), 16)
                            ^ Long.parseUnsignedLong(SimHash.fingerprint(b), 16)));
        }

        boolean found(final SameStory rule) {
            final Set<String> keys = new HashSet<>(rule.indexKeys(a));
            return rule.indexKeys(b).stream().anyMatch(keys::contains) && rule.test(a, b);
        }
    }

    private static void report(final String name, final List<Scored> scored,
                               final java.util.function.Predicate<Scored> linked) {
        final Map<Strength, int[]> positives = new EnumMap<>(Strength.class);
        final Map<Negative, int[]> negatives = new EnumMap<>(Negative.class);
        for (final Scored s : scored) {
            final int[] counts = s.pair().positive()
                    ? positives.computeIfAbsent(s.pair().strength(), k -> new int[2])
                    : negatives.computeIfAbsent(s.pair().negative(), k -> new int[2]);
            counts[0]++;
            counts[1] += linked.test(s) ? 1 : 0;
        }
        final int falseLinks = negatives.values().stream().mapToInt(c -> c[1]).sum();
        final int found = positives.values().stream().mapToInt(c -> c[1]).sum();
        final int all = positives.values().stream().mapToInt(c -> c[0]).sum();
        System.out.printf(Locale.ROOT, "%s: recall %.3f (%d/%d), precision %.4f (%d wrong links)%n", name,
                (double) found / all, found, all, (double) found / Math.max(1, found + falseLinks), falseLinks);
        positives.forEach((strength, c) -> System.out.printf(Locale.ROOT,
                "  %-8s recall %.3f (%d/%d), precision %.4f%n", strength.name().toLowerCase(Locale.ROOT),
                (double) c[1] / c[0], c[1], c[0], (double) c[1] / Math.max(1, c[1] + falseLinks)));
        negatives.forEach((kind, c) -> System.out.printf(Locale.ROOT, "  %-8s %d of %d different-story pairs linked%n",
                kind.name().toLowerCase(Locale.ROOT), c[1], c[0]));
    }

    /** The rules of a grid with precision at least 0.99 on these pairs, best recall first. */
    private static void sweep(final List<Scored> scored) {
        record Tried(SameStory rule, double recall, double precision) {
        }
        final List<Tried> tried = new ArrayList<>();
        for (final int keys : new int[] {8, 16, 32}) {
            for (int containment = 30; containment <= 90; containment += 10) {
                for (int facts = 60; facts <= 100; facts += 5) {
                    final SameStory rule = new SameStory(containment / 100.0, facts / 100.0, keys);
                    int tp = 0;
                    int fp = 0;
                    int all = 0;
                    for (final Scored s : scored) {
                        final boolean linked = s.found(rule);
                        all += s.pair().positive() ? 1 : 0;
                        tp += s.pair().positive() && linked ? 1 : 0;
                        fp += !s.pair().positive() && linked ? 1 : 0;
                    }
                    final double precision = (double) tp / Math.max(1, tp + fp);
                    if (precision >= 0.99) {
                        tried.add(new Tried(rule, (double) tp / all, precision));
                    }
                }
            }
        }
        tried.sort(Comparator.comparingDouble(Tried::recall).thenComparingDouble(Tried::precision).reversed());
        tried.stream().limit(25).forEach(t -> System.out.printf(Locale.ROOT, "  recall %.3f precision %.4f %s%n",
                t.recall(), t.precision(), t.rule()));
    }

    /** Republications of every article at each strength, and look-alike pairs of different stories. */
    static List<Pair> pairs(final List<Source> half) {
        final List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < half.size(); i++) {
            final Source source = half.get(i);
            final SplittableRandom random = new SplittableRandom(SEED ^ source.name().hashCode() ^ source.group().hashCode());
            final List<String> filler = half.get((i + 1 + random.nextInt(half.size() - 1)) % half.size()).paragraphs();
            for (final Strength strength : Strength.values()) {
                if (strength == Strength.TRIMMED && Republications.units(source.paragraphs()).size() < 2) {
                    continue;
                }
                pairs.add(new Pair(strength, null, source.paragraphs(),
                        Republications.republish(source.paragraphs(), strength, filler, random)));
            }
        }
        pairs.addAll(lookAlikes(half));
        return pairs;
    }

    /**
     * For each article, its three nearest other articles of the same group (site, or event notes of one region: the
     * same template, place and actors), each side with the same site's chrome; and, for articles of five sentences or
     * more, its nearest neighbour with two of its sentences quoted.
     */
    private static List<Pair> lookAlikes(final List<Source> half) {
        final List<Sketch> sketches = half.stream().map(s -> Sketch.of(String.join("\n\n", s.paragraphs()))).toList();
        final Set<String> seen = new HashSet<>();
        final List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < half.size(); i++) {
            final int self = i;
            final Source source = half.get(i);
            final SplittableRandom random = new SplittableRandom(SEED * 31 + source.name().hashCode());
            final double[] similarity = new double[half.size()];
            for (int k = 0; k < half.size(); k++) {
                similarity[k] = sketches.get(self).jaccard(sketches.get(k));
            }
            final List<Integer> nearest = Stream.iterate(0, k -> k + 1).limit(half.size())
                    .filter(k -> k != self && half.get(k).group().equals(source.group()))
                    .sorted(Comparator.comparingDouble((Integer k) -> -similarity[k])).limit(3).toList();
            for (final int k : nearest) {
                if (seen.add(Math.min(i, k) + "-" + Math.max(i, k))) {
                    final List<String> chrome = Republications.chrome(random, 2);
                    pairs.add(new Pair(null, Negative.NEIGHBOUR, withChrome(source.paragraphs(), chrome),
                            withChrome(half.get(k).paragraphs(), chrome)));
                }
            }
            final int sentences = Republications.units(List.of(String.join(" ", source.paragraphs()))).size();
            if (sentences >= 5 && !nearest.isEmpty()) {
                final List<String> quoting = new ArrayList<>(half.get(nearest.get(0)).paragraphs());
                quoting.add(quoting.size() / 2, Republications.quote(source.paragraphs(),
                        random.nextInt(sentences), random));
                pairs.add(new Pair(null, Negative.QUOTE, source.paragraphs(), quoting));
            }
        }
        return pairs;
    }

    private static List<String> withChrome(final List<String> paragraphs, final List<String> chrome) {
        final List<String> page = new ArrayList<>(chrome.subList(0, 1));
        page.addAll(paragraphs);
        page.addAll(chrome.subList(1, chrome.size()));
        return page;
    }

    /** The HTML benchmark's pages with keys 0-7 (cleaned), the ACLED notes and the development articles. */
    static List<Source> sources(final Path eval, final Path acled) {
        final ArticleCleaner cleaner = ArticleCleaner.standard();
        final List<Source> sources = new ArrayList<>();
        for (final Path page : list(eval.resolve("html-benchmark/pages"))) {
            final String name = page.getFileName().toString();
            if (name.endsWith(".html") && name.charAt(0) >= '0' && name.charAt(0) <= '7') {
                clean(cleaner, new RawArticle(name, name, RawArticle.TEXT_HTML, read(page), null, null, null, null,
                        null)).ifPresent(paragraphs -> sources.add(new Source("html", name, paragraphs)));
            }
        }
        for (final Path region : list(acled)) {
            for (final Path note : list(region)) {
                if (note.getFileName().toString().matches("\\d{3}\\.txt")) {
                    sources.add(new Source("acled-" + region.getFileName(), note.getFileName().toString(),
                            List.of(read(note).strip())));
                }
            }
        }
        for (final RawArticle dev : DevArticles.all()) {
            clean(cleaner, dev).ifPresent(paragraphs -> sources.add(new Source("dev", dev.source(), paragraphs)));
        }
        return sources;
    }

    private static java.util.Optional<List<String>> clean(final ArticleCleaner cleaner, final RawArticle raw) {
        try {
            return java.util.Optional.of(cleaner.clean(raw).paragraphs());
        } catch (final RuntimeException uncleanable) {
            return java.util.Optional.empty();
        }
    }

    private static List<Path> list(final Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(final Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sha256(final String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (final NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
