package newswire.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newswire.model.Party;

/**
 * Names of countries, cities, regions and organisations, with their forms in the text (names, demonyms, capitals and
 * metonyms, Korean forms). Immutable once loaded, so one instance serves every thread.
 *
 * <p>The standard gazetteer reads three files: {@code gazetteer.tsv}, written by hand (organisations, metonyms, the
 * regions and cities of the conflicts we follow); {@code world.tsv}, every ISO 3166 country by its English and Korean
 * names, capitals and demonyms, generated once (see {@code docs/gazetteer.md}); and {@code gazetteer-ambiguous.tsv},
 * how names that are ordinary words, given names or other places too are matched. Where the two name files disagree
 * the hand-written one wins: a country keeps its hand-written name, an alias it already has is not taken again.
 *
 * <p>{@link #find} scans a text once with a character trie, trying at each word start the longest name that ends at
 * a word boundary and fits its context: the work per character is bounded by the longest name, whatever the text.
 */
public final class Gazetteer {

    static final String RESOURCE = "/newswire/extract/gazetteer.tsv";
    static final String WORLD = "/newswire/extract/world.tsv";
    static final String AMBIGUOUS = "/newswire/extract/gazetteer-ambiguous.tsv";
    private static final Set<String> TYPES = Set.of(GazetteerMatch.COUNTRY, GazetteerMatch.CITY, GazetteerMatch.REGION,
            GazetteerMatch.ORGANISATION);

    /** One row of the file: what every alias of it resolves to. */
    private record Entry(String type, String code, String name) {
    }

    /** How an ambiguous name is matched: see {@code gazetteer-ambiguous.tsv}. */
    private enum Reading {
        ANY, OFF, ALONE, BARE, PLAIN
    }

    /**
     * A trie node. Its children are found by binary search in a sorted array of their characters, without the box and
     * the {@code equals} a map of characters costs per step: below the root a node has a few children. A node whose
     * children's characters span a narrow range (all of a Latin name's, up to 30 second letters after a first) also
     * keeps them in a table indexed by character ({@link #index}, once the trie is built), so a step there is a
     * bounds check and an array read, not a search (the search was a sixth of {@link #find}'s time).
     */
    private static final class Node {
        /** The widest range of characters a node's table may span. */
        private static final int TABLE_MAX_RANGE = 256;

        /** The length of the names that end here: this node's distance from the root. */
        private final int depth;
        private char[] keys = new char[0];
        private Node[] children = new Node[0];
        private Node[] table;
        private char tableFirst;
        private Entry entry;
        private Reading reading = Reading.ANY;

        Node(final int depth) {
            this.depth = depth;
        }

        Node child(final char c) {
            if (table != null) {
                final int at = c - tableFirst;
                return at >= 0 && at < table.length ? table[at] : null;
            }
            final int at = Arrays.binarySearch(keys, c);
            return at >= 0 ? children[at] : null;
        }

        /** Gives this node and every node below it its table, where their children's range allows one. */
        void index() {
            if (keys.length > 0 && keys[keys.length - 1] - keys[0] < TABLE_MAX_RANGE) {
                tableFirst = keys[0];
                table = new Node[keys[keys.length - 1] - tableFirst + 1];
                for (int k = 0; k < keys.length; k++) {
                    table[keys[k] - tableFirst] = children[k];
                }
            }
            for (final Node child : children) {
                child.index();
            }
        }

        Node childOrNew(final char c) {
            final int at = Arrays.binarySearch(keys, c);
            if (at >= 0) {
                return children[at];
            }
            final int insert = -at - 1;
            final Node child = new Node(depth + 1);
            final char[] newKeys = new char[keys.length + 1];
            final Node[] newChildren = new Node[children.length + 1];
            System.arraycopy(keys, 0, newKeys, 0, insert);
            System.arraycopy(children, 0, newChildren, 0, insert);
            newKeys[insert] = c;
            newChildren[insert] = child;
            System.arraycopy(keys, insert, newKeys, insert + 1, keys.length - insert);
            System.arraycopy(children, insert, newChildren, insert + 1, children.length - insert);
            keys = newKeys;
            children = newChildren;
            return child;
        }
    }

    private final Node root = new Node(0);
    /**
     * The root's children by character: the first step of a lookup, taken at every word start of every text, costs
     * one array read (a binary search among the root's hundreds of children was 7 % slower than the map it replaced,
     * this table 15 % faster; docs/performance.md, session 13). 64 K references, once per gazetteer.
     */
    private final Node[] byFirstChar = new Node[Character.MAX_VALUE + 1];
    private final Map<String, Entry> byAlias = new HashMap<>();
    private final Map<String, Party> countries = new HashMap<>();
    private final Map<String, Entry> countryEntries = new HashMap<>();
    private final Map<String, Reading> readings = new HashMap<>();
    private final Set<String> plainWords = new HashSet<>();

    private Gazetteer(final List<String> ambiguous, final List<List<String>> files) {
        for (final String line : ambiguous) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            final String[] fields = line.split("\t");
            final Reading reading = fields.length >= 2 ? Reading.valueOf(fields[1].strip().toUpperCase(Locale.ROOT))
                    : null;
            if (reading == null || reading == Reading.ANY) {
                throw new IllegalArgumentException("ambiguity line needs a name and off, alone, bare or plain: " + line);
            }
            if (reading == Reading.PLAIN) {
                plainWords.add(fields[0]);
            } else {
                readings.put(fields[0], reading);
            }
        }
        for (int file = 0; file < files.size(); file++) {
            load(files.get(file), file > 0);
        }
        for (int k = 0; k < root.keys.length; k++) {
            byFirstChar[root.keys[k]] = root.children[k];
            root.children[k].index();
        }
    }

    private void load(final List<String> lines, final boolean yieldsToEarlier) {
        final Map<String, Entry> fileAliases = new HashMap<>();
        for (final String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            final String[] fields = line.split("\t");
            if (fields.length != 4 || !TYPES.contains(fields[0])) {
                throw new IllegalArgumentException("gazetteer line needs type, code, name and aliases: " + line);
            }
            Entry entry = new Entry(fields[0], fields[1], fields[2]);
            if (GazetteerMatch.COUNTRY.equals(entry.type())) {
                entry = countryEntries.computeIfAbsent(entry.code(), code -> new Entry(fields[0], code, fields[2]));
                countries.putIfAbsent(entry.code(), new Party(entry.name(), entry.code()));
            }
            for (final String alias : fields[3].split("\\|")) {
                final String form = alias.strip();
                if (form.isEmpty() || readings.get(form) == Reading.OFF) {
                    continue;
                }
                final Entry before = fileAliases.putIfAbsent(form, entry);
                if (before != null && !before.equals(entry)) {
                    throw new IllegalArgumentException("alias names two entries: " + form);
                }
                if (yieldsToEarlier && byAlias.containsKey(form) && !byAlias.get(form).equals(entry)) {
                    continue; // the hand-written file has this name for something else
                }
                add(form, entry);
            }
        }
    }

    /** The gazetteer shipped with the extractor: the hand-written names, then the world's countries. */
    public static Gazetteer standard() {
        return new Gazetteer(lines(AMBIGUOUS), List.of(lines(RESOURCE), lines(WORLD)));
    }

    private static List<String> lines(final String resource) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads lines of {@code type<TAB>code<TAB>name<TAB>alias|alias…}; # starts a comment line. */
    public static Gazetteer parse(final List<String> lines) {
        return parse(lines, List.of());
    }

    /**
     * Reads names as {@link #parse(List)} does, matched as the lines of {@code ambiguous} say
     * ({@code name<TAB>off|alone|bare|plain<TAB>why}, the format of {@code gazetteer-ambiguous.tsv}).
     */
    public static Gazetteer parse(final List<String> lines, final List<String> ambiguous) {
        return new Gazetteer(ambiguous, List.of(lines));
    }

    private void add(final String alias, final Entry entry) {
        byAlias.put(alias, entry);
        byAlias.putIfAbsent(alias.toLowerCase(Locale.ROOT), entry);
        Node node = root;
        for (int i = 0; i < alias.length(); i++) {
            node = node.childOrNew(alias.charAt(i));
        }
        node.entry = entry;
        node.reading = readings.getOrDefault(alias, Reading.ANY);
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
            // most characters start no name (names start with a capital or Hangul): one table read says so first
            final Node longest = byFirstChar[text.charAt(i)] != null && startsWord(text, i) ? longestAt(text, i) : null;
            if (longest != null) {
                final Entry entry = longest.entry;
                final int end = i + longest.depth;
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

    /**
     * The node of the longest alias starting at {@code i} that ends a word, or null: its entry is the name's, its
     * depth the name's length, so the name's entry is not looked up again.
     */
    private Node longestAt(final String text, final int i) {
        Node node = root;
        Node best = null;
        for (int k = i; k < text.length(); k++) {
            node = k == i ? byFirstChar[text.charAt(k)] : node.child(text.charAt(k));
            if (node == null) {
                break;
            }
            if (node.entry != null && endsWord(text, k + 1) && fits(node.reading, text, i, k + 1)) {
                best = node;
            }
        }
        return best;
    }

    /** Whether the name at [start, end) may be read as a name where it stands (see {@link Reading}). */
    private boolean fits(final Reading reading, final String text, final int start, final int end) {
        return switch (reading) {
            case ALONE -> !capitalisedWordAfter(text, end) && !capitalisedWordBefore(text, start);
            case BARE -> end >= text.length() || !Scripts.isHangul(text.charAt(end));
            default -> true;
        };
    }

    /** Whether a capitalised word follows on the same line, spaces apart ("Chad Smith", "Chad  Michael Murray"). */
    private static boolean capitalisedWordAfter(final String text, final int end) {
        int next = end;
        while (next < text.length() && isBlank(text.charAt(next))) {
            next++;
        }
        return next > end && next < text.length() && Character.isUpperCase(text.charAt(next));
    }

    /** Whether a capitalised word other than a plain one precedes on the same line ("Michael Jordan", not "In Chad"). */
    private boolean capitalisedWordBefore(final String text, final int start) {
        int wordEnd = start;
        while (wordEnd > 0 && isBlank(text.charAt(wordEnd - 1))) {
            wordEnd--;
        }
        int from = wordEnd;
        while (from > 0 && Scripts.isCasedLetter(text.charAt(from - 1))) {
            from--;
        }
        return wordEnd < start && from < wordEnd && Character.isUpperCase(text.charAt(from))
                && !plainWords.contains(text.substring(from, wordEnd));
    }

    private static boolean isBlank(final char c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
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
