package newswire.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Recognises a publisher from any of its names (Korean, English, domain) inside a piece of text. Immutable. */
public final class PublisherDirectory {

    private record Alias(String lowerName, Publisher publisher) {
    }

    /** Longest alias first, so "연합뉴스TV" wins over "연합뉴스" and "JoongAng Daily" over nothing shorter. */
    private final List<Alias> aliases;

    PublisherDirectory(final List<Publisher> publishers, final List<List<String>> namesPerPublisher) {
        final List<Alias> all = new ArrayList<>();
        for (int i = 0; i < publishers.size(); i++) {
            for (final String name : namesPerPublisher.get(i)) {
                all.add(new Alias(name.toLowerCase(Locale.ROOT), publishers.get(i)));
            }
        }
        all.sort(Comparator.comparingInt((Alias a) -> a.lowerName().length()).reversed());
        this.aliases = List.copyOf(all);
    }

    /** The publisher whose longest name occurs in {@code text} as a whole word, if any. */
    public Optional<Publisher> find(final String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        final String lower = text.toLowerCase(Locale.ROOT);
        for (final Alias alias : aliases) {
            if (occursAsWord(lower, alias.lowerName())) {
                return Optional.of(alias.publisher());
            }
        }
        return Optional.empty();
    }

    /** The publisher with exactly this canonical or alias name, ignoring case. */
    public Optional<Publisher> named(final String name) {
        if (name == null) {
            return Optional.empty();
        }
        final String lower = name.strip().toLowerCase(Locale.ROOT);
        return aliases.stream().filter(a -> a.lowerName().equals(lower) || a.publisher().name().equalsIgnoreCase(lower))
                .map(Alias::publisher).findFirst();
    }

    // "AP" must not match inside "JAPAN": a Latin alias needs non-letters on both sides. Hangul names
    // are matched anywhere because Korean attaches particles directly (연합뉴스는, 중앙일보가).
    private static boolean occursAsWord(final String text, final String alias) {
        int from = 0;
        while (true) {
            final int at = text.indexOf(alias, from);
            if (at < 0) {
                return false;
            }
            final int end = at + alias.length();
            final boolean latinStart = isLatinLetterOrDigit(alias.charAt(0));
            final boolean latinEnd = isLatinLetterOrDigit(alias.charAt(alias.length() - 1));
            final boolean leftOk = !latinStart || at == 0 || !isLatinLetterOrDigit(text.charAt(at - 1));
            final boolean rightOk = !latinEnd || end == text.length() || !isLatinLetterOrDigit(text.charAt(end));
            if (leftOk && rightOk) {
                return true;
            }
            from = at + 1;
        }
    }

    private static boolean isLatinLetterOrDigit(final char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
