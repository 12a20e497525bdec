package newswire.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newswire.model.Party;

/**
 * Names of countries, cities, regions and organisations, with their forms in the text (names, demonyms, capitals and
 * metonyms, Korean forms), loaded from {@code gazetteer.tsv}. Immutable once loaded, so one instance serves every
 * thread.
 *
 * <p>{@link #find} scans a text once with a character trie, trying at each word start the longest name that ends at
 * a word boundary: the work per character is bounded by the longest name, whatever the text.
 */
public final class Gazetteer {

    static final String RESOURCE = "/newswire/extract/gazetteer.tsv";
    private static final Set<String> TYPES = Set.of(GazetteerMatch.COUNTRY, GazetteerMatch.CITY, GazetteerMatch.REGION,
            GazetteerMatch.ORGANISATION);

    /** One row of the file: what every alias of it resolves to. */
    private record Entry(String type, String code, String name) {
    }

    private static final class Node {
        private final Map<Character, Node> next = new HashMap<>();
        private Entry entry;
    }

    private final Node root = new Node();
    private final Map<String, Entry> byAlias = new HashMap<>();
    private final Map<String, Party> countries = new HashMap<>();

    private Gazetteer(final List<String> lines) {
        for (final String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            final String[] fields = line.split("\t");
            if (fields.length != 4 || !TYPES.contains(fields[0])) {
                throw new IllegalArgumentException("gazetteer line needs type, code, name and aliases: " + line);
            }
            final Entry entry = new Entry(fields[0], fields[1], fields[2]);
            if (GazetteerMatch.COUNTRY.equals(entry.type())) {
                countries.put(entry.code(), new Party(entry.name(), entry.code()));
            }
            for (final String alias : fields[3].split("\\|")) {
                add(alias.strip(), entry);
            }
        }
    }

    /** The gazetteer shipped with the extractor. */
    public static Gazetteer standard() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads lines of {@code type<TAB>code<TAB>name<TAB>alias|alias…}; # starts a comment line. */
    public static Gazetteer parse(final List<String> lines) {
        return new Gazetteer(lines);
    }

    private void add(final String alias, final Entry entry) {
        if (alias.isEmpty()) {
            return;
        }
        if (byAlias.putIfAbsent(alias, entry) != null && !byAlias.get(alias).equals(entry)) {
            throw new IllegalArgumentException("alias names two entries: " + alias);
        }
        byAlias.putIfAbsent(alias.toLowerCase(Locale.ROOT), entry);
        Node node = root;
        for (int i = 0; i < alias.length(); i++) {
            node = node.next.computeIfAbsent(alias.charAt(i), c -> new Node());
        }
        node.entry = entry;
    }

    /**
     * The party a claim names when the text says {@code name}: the country for a country, demonym, capital, metonym,
     * city or region ("Pyongyang", "the Kremlin", "Kursk region" → its country); the organisation itself otherwise.
     */
    public Optional<Party> resolve(final String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.strip();
        if (key.toLowerCase(Locale.ROOT).startsWith("the ")) {
            key = key.substring(4).strip();
        }
        Entry entry = byAlias.get(key);
        if (entry == null) {
            entry = byAlias.get(key.toLowerCase(Locale.ROOT));
        }
        return Optional.ofNullable(entry).map(this::claimParty);
    }

    /** The party a claim uses for a match: places resolve to their country, organisations stay themselves. */
    Party claimParty(final GazetteerMatch match) {
        return match.isPlace() ? countries.getOrDefault(match.party().code(), match.party()) : match.party();
    }

    private Party claimParty(final Entry entry) {
        return GazetteerMatch.ORGANISATION.equals(entry.type())
                ? new Party(entry.name(), entry.code())
                : countries.getOrDefault(entry.code(), new Party(entry.name(), entry.code()));
    }

    /** Every name in the text, left to right, the longest where names overlap. */
    public List<GazetteerMatch> find(final String text) {
        final List<GazetteerMatch> matches = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            final int end = startsWord(text, i) ? longestAt(text, i) : -1;
            if (end > i) {
                final Entry entry = entryAt(text, i, end);
                final boolean place = !GazetteerMatch.ORGANISATION.equals(entry.type());
                final boolean country = GazetteerMatch.COUNTRY.equals(entry.type());
                matches.add(new GazetteerMatch(new Party(entry.name(), entry.code()), entry.type(),
                        place && !country ? entry.code() : null, i, end));
                i = end;
            } else {
                i++;
            }
        }
        return matches;
    }

    private static boolean startsWord(final String text, final int i) {
        if (i == 0) {
            return true;
        }
        final char before = text.charAt(i - 1);
        final char first = text.charAt(i);
        if (Scripts.isHangul(first)) {
            return !Scripts.isHangul(before);
        }
        return !Character.isLetterOrDigit(before);
    }

    /** The end of the longest alias starting at {@code i} that ends a word, or -1. */
    private int longestAt(final String text, final int i) {
        Node node = root;
        int best = -1;
        for (int k = i; k < text.length(); k++) {
            node = node.next.get(text.charAt(k));
            if (node == null) {
                break;
            }
            if (node.entry != null && endsWord(text, k + 1)) {
                best = k + 1;
            }
        }
        return best;
    }

    private Entry entryAt(final String text, final int start, final int end) {
        Node node = root;
        for (int k = start; k < end; k++) {
            node = node.next.get(text.charAt(k));
        }
        return node.entry;
    }

    private static boolean endsWord(final String text, final int end) {
        if (end >= text.length()) {
            return true;
        }
        final char last = text.charAt(end - 1);
        if (Scripts.isHangul(last)) {
            return true;
        }
        final char after = text.charAt(end);
        return !Character.isLetterOrDigit(after) || Scripts.isHangul(after);
    }
}
