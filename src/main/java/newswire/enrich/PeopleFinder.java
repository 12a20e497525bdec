package newswire.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newswire.model.Entity;
import newswire.model.Mention;

/**
 * Finds people the way a reader does in news copy: a name follows a title ("President Yoon Suk Yeol", "NATO Secretary
 * General Mark Rutte"), and later the name comes back shortened ("Yoon", "Rutte"). The titles are data
 * ({@code titles.txt}). One pass over the words, so the work is linear in the text.
 *
 * <p>Limits: a person named without a title is not found, nor a name in Hangul.
 */
final class PeopleFinder {

    private static final String RESOURCE = "/newswire/enrich/titles.txt";
    private static final int MAX_NAME_WORDS = 3;
    private static final int MAX_ROLE_PREFIX_WORDS = 2;

    /** Titles by their first word, each as its list of words, longest first. */
    private final Map<String, List<List<String>>> titlesByFirstWord;

    private PeopleFinder(final Map<String, List<List<String>>> titlesByFirstWord) {
        this.titlesByFirstWord = titlesByFirstWord;
    }

    static PeopleFinder standard() {
        final Map<String, List<List<String>>> titles = new LinkedHashMap<>();
        for (final String line : resourceLines()) {
            final List<String> words = List.of(line.split(" "));
            titles.computeIfAbsent(words.get(0), first -> new ArrayList<>()).add(words);
        }
        titles.values().forEach(list -> list.sort((a, b) -> b.size() - a.size()));
        return new PeopleFinder(titles);
    }

    /** The people named in {@code text}, in order of first mention, with every mention's offsets. */
    List<Entity> find(final String text) {
        final List<Word> words = Word.split(text);
        final Map<String, Person> people = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            final List<String> title = titleAt(words, i);
            if (title == null) {
                continue;
            }
            final int nameStart = i + title.size();
            int nameEnd = nameStart;
            while (nameEnd < words.size() && nameEnd - nameStart < MAX_NAME_WORDS && words.get(nameEnd).isName()) {
                nameEnd++;
                if (words.get(nameEnd - 1).endsSentenceOrClause()) {
                    break;
                }
            }
            if (nameEnd == nameStart) {
                continue;
            }
            final String name = Word.join(words, nameStart, nameEnd);
            final String role = role(words, i, title);
            final Person person = people.computeIfAbsent(name, n -> new Person(n, role));
            person.mentions.add(new Mention(words.get(nameStart).bareStart(), words.get(nameEnd - 1).end()));
            i = nameEnd - 1;
        }
        addShortMentions(people.values(), words);
        final List<Entity> entities = new ArrayList<>();
        for (final Person person : people.values()) {
            person.mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
            entities.add(new Entity(person.name, null, person.role, null, person.mentions));
        }
        return entities;
    }

    private List<String> titleAt(final List<Word> words, final int i) {
        final List<List<String>> candidates = titlesByFirstWord.get(words.get(i).bare());
        if (candidates == null) {
            return null;
        }
        for (final List<String> title : candidates) {
            if (i + title.size() <= words.size() && matches(words, i, title)) {
                return title;
            }
        }
        return null;
    }

    private static boolean matches(final List<Word> words, final int i, final List<String> title) {
        for (int k = 0; k < title.size(); k++) {
            final Word word = words.get(i + k);
            if (!word.bare().equals(title.get(k)) || (k < title.size() - 1 && word.endsSentenceOrClause())) {
                return false;
            }
        }
        return true;
    }

    /** The title with the capitalised words right before it that qualify it ("NATO", "South Korean"). */
    private static String role(final List<Word> words, final int titleStart, final List<String> title) {
        int start = titleStart;
        while (start > 0 && titleStart - start < MAX_ROLE_PREFIX_WORDS && words.get(start - 1).isCapitalised()
                && !words.get(start - 1).endsSentenceOrClause() && !words.get(start - 1).startsSentence(words, start - 1)) {
            start--;
        }
        return start == titleStart ? String.join(" ", title) : Word.join(words, start, titleStart + title.size());
    }

    /**
     * Adds each later mention of a person by the first or the last word of the name alone: Korean names put the family
     * name first ("Yoon" of "Yoon Suk Yeol"), Western ones last ("Rutte" of "Mark Rutte"). One pass over the words for
     * all the people, each word looked up once among every person's short forms.
     */
    private static void addShortMentions(final Collection<Person> people, final List<Word> words) {
        final Map<String, List<Person>> byShortForm = new HashMap<>();
        for (final Person person : people) {
            final String[] parts = person.name.split(" ");
            if (parts.length < 2) {
                continue;
            }
            for (final String shortForm : List.of(parts[0], parts[parts.length - 1], parts[0] + "'s",
                    parts[parts.length - 1] + "'s")) {
                // "Kim Kim" has one short form, listed once
                final List<Person> named = byShortForm.computeIfAbsent(shortForm, form -> new ArrayList<>(1));
                if (named.isEmpty() || named.get(named.size() - 1) != person) {
                    named.add(person);
                }
            }
        }
        if (byShortForm.isEmpty()) {
            return;
        }
        for (final Word word : words) {
            final String bare = word.bare();
            final List<Person> named = byShortForm.get(bare);
            if (named == null) {
                continue;
            }
            final int start = word.bareStart();
            final int end = start + (bare.endsWith("'s") ? bare.length() - 2 : bare.length());
            for (final Person person : named) {
                if (start > person.mentions.get(0).start()
                        && person.mentions.stream().noneMatch(m -> m.start() <= start && start < m.end())) {
                    person.mentions.add(new Mention(start, end));
                }
            }
        }
    }

    private static List<String> resourceLines() {
        try (InputStream in = PeopleFinder.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A person being collected: the full name, the role of the first titled mention, and the mentions. */
    private static final class Person {
        private final String name;
        private final String role;
        private final List<Mention> mentions = new ArrayList<>();

        private Person(final String name, final String role) {
            this.name = name;
            this.role = role;
        }

    }
}
