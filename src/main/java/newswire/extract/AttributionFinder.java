package newswire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import newswire.model.Attribution;

/**
 * Finds who says so in a sentence: the speaker of a reporting verb ("X said", "X told", "said X", "X 밝혔다") or the
 * source of a prefix ("according to X", "citing X", "X에 따르면"), resolved to an organisation where the gazetteer
 * knows one, and to the speaker named earlier where the text says "he said" or "the official said".
 */
final class AttributionFinder {

    /** Longest speaker name we walk over, in tokens. */
    private static final int MAX_SPEAKER = 8;
    /** How many earlier sources "the official said" may look back over. */
    private static final int ANAPHOR_REACH = 20;
    /** How many words a Korean topic ("우크라이나 정보당국은") may have. */
    private static final int KOREAN_TOPIC_WORDS = 3;

    /**
     * A reporting cue with its speaker: tokens {@code first} to {@code last} cover both, so that the places inside it
     * ("Seoul's National Intelligence Service") are not taken for the actor of a claim.
     */
    record Report(int cue, int first, int last, Attribution attribution, boolean prefix) {
    }

    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final Set<String> skip;
    private final Set<String> notAfter;
    private final Set<String> nounLike;
    private final Set<String> nounAfter;
    private final Set<String> boundary;
    private final Set<String> generic;
    private final Set<String> pronouns;
    private final Set<String> anaphors;
    private final Set<String> koreanTopicParticles;

    AttributionFinder(final Lexicon lexicon, final Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.skip = lexicon.words("speaker", "skip");
        this.notAfter = lexicon.words("speaker", "not-after");
        this.nounLike = lexicon.words("speaker", "noun-like");
        this.nounAfter = lexicon.words("speaker", "noun-after");
        this.boundary = lexicon.words("speaker", "boundary");
        this.generic = lexicon.words("speaker", "generic");
        this.pronouns = lexicon.words("speaker", "pronoun");
        this.anaphors = lexicon.words("speaker", "anaphor");
        this.koreanTopicParticles = lexicon.words("speaker", "topic-ko");
    }

    /**
     * The reports of a sentence, left to right.
     *
     * @param earlier the sources named earlier in the article, oldest first; this method appends the new ones
     */
    List<Report> reports(final Sentence sentence, final List<Attribution> earlier) {
        final List<Token> tokens = sentence.tokens();
        final List<Report> reports = new ArrayList<>();
        for (final Lexicon.Cue cue : lexicon.find(tokens, "report")) {
            if (cue.first() > 0 && notAfter.contains(tokens.get(cue.first() - 1).norm())) {
                continue; // "North Korea is estimated to have sent": a hedge, not a speaker
            }
            if (isNoun(tokens, cue)) {
                continue; // "Moscow rejected claims that…"
            }
            final Optional<Report> report = switch (cue.key()) {
                case "verb" -> speakerOf(sentence, cue, earlier);
                case "prefix" -> sourceAfter(sentence, cue, earlier);
                default -> Optional.empty();
            };
            report.ifPresent(reports::add);
        }
        // "The newspaper, citing military sources, said": the source cited inside the aside is the source
        for (int k = 1; k < reports.size(); k++) {
            final Report outer = reports.get(k);
            for (int j = k - 1; j >= 0 && reports.get(j).cue() > outer.first(); j--) {
                if (reports.get(j).prefix()) {
                    reports.set(k, new Report(outer.cue(), outer.first(), outer.last(), reports.get(j).attribution(),
                            false));
                }
            }
        }
        reports.forEach(r -> earlier.add(r.attribution()));
        return reports;
    }

    private boolean isNoun(final List<Token> tokens, final Lexicon.Cue cue) {
        if (cue.first() == 0 || cue.first() != cue.last() || !nounLike.contains(tokens.get(cue.first()).norm())) {
            return false;
        }
        final String before = tokens.get(cue.first() - 1).norm();
        return nounAfter.contains(before) || (before.length() > 3 && before.endsWith("ed"));
    }

    /** The report nearest before token {@code at}, else the first after it; {@code reports} are in text order. */
    static Optional<Report> nearest(final List<Report> reports, final int at) {
        int low = 0;
        int high = reports.size();
        while (low < high) {
            final int mid = (low + high) >>> 1;
            if (reports.get(mid).cue() < at) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        // low is the first report at or after the token
        if (low > 0) {
            return Optional.of(reports.get(low - 1));
        }
        return reports.isEmpty() ? Optional.empty() : Optional.of(reports.get(0));
    }

    private Optional<Report> speakerOf(final Sentence sentence, final Lexicon.Cue verb, final List<Attribution> earlier) {
        final List<Token> tokens = sentence.tokens();
        if (tokens.get(verb.first()).isHangul()) {
            return koreanSubject(sentence, verb, earlier);
        }
        int end = verb.first() - 1;
        while (end >= 0 && skip.contains(tokens.get(end).norm())) {
            end--;
        }
        if (end >= 0 && tokens.get(end).norm().equals(",")) {
            // "A ministry official, speaking on condition of anonymity, said": the speaker is before the aside
            int open = end - 1;
            while (open >= 0 && verb.first() - open < 3 * MAX_SPEAKER && !tokens.get(open).norm().equals(",")) {
                open--;
            }
            if (open > 0 && tokens.get(open).norm().equals(",")) {
                end = open - 1;
            }
        }
        int start = end;
        while (start >= 0 && end - start < MAX_SPEAKER && !boundary.contains(tokens.get(start).norm())
                && !tokens.get(start).isNumber()) {
            start--;
        }
        start++;
        if (start <= end) {
            return Optional.of(report(sentence, start, end, verb.first(), Math.min(start, verb.first()),
                    Math.max(end, verb.last()), earlier));
        }
        // "…, said the presidential office.": the speaker follows the verb and ends the clause
        int after = verb.last() + 1;
        while (after < tokens.size() && after - verb.last() <= MAX_SPEAKER && !tokens.get(after).isPunct()
                && !tokens.get(after).isNumber() && !boundary.contains(tokens.get(after).norm())) {
            after++;
        }
        if (after > verb.last() + 1 && (after == tokens.size() || tokens.get(after).isPunct())) {
            return Optional.of(report(sentence, verb.last() + 1, after - 1, verb.first(), verb.first(), after - 1,
                    earlier));
        }
        return Optional.empty();
    }

    /**
     * "국가정보원은 … 밝혔다", "우크라이나 정보당국은 … 밝혔다": the speaker is the sentence's topic, its first words up
     * to the one marked with a topic or subject particle, without the particle.
     */
    private Optional<Report> koreanSubject(final Sentence sentence, final Lexicon.Cue verb,
                                           final List<Attribution> earlier) {
        final List<Token> tokens = sentence.tokens();
        // "…보인다고 국정원이 밝혔다": a subject right before the verb is the speaker
        for (int k = verb.first() - 1; k >= Math.max(0, verb.first() - 2); k--) {
            final Token word = tokens.get(k);
            final String stripped = stripParticle(word.text());
            if (word.isHangul() && !stripped.equals(word.text()) && !word.text().endsWith("고")) {
                return Optional.of(new Report(verb.first(), k, verb.last(),
                        resolve(stripped, sentence.span(k, verb.last()), earlier), false));
            }
            if (!word.isNumber() && !(k > 0 && tokens.get(k - 1).isNumber())) {
                break; // only a date ("18일") may stand between the speaker and the verb
            }
        }
        for (int topic = 0; topic < Math.min(KOREAN_TOPIC_WORDS, verb.first()); topic++) {
            final Token word = tokens.get(topic);
            final String stripped = stripParticle(word.text());
            if (!word.isHangul() || stripped.equals(word.text())) {
                continue;
            }
            final String name = topic == 0 ? stripped : sentence.span(0, topic - 1) + " " + stripped;
            // the text names the speaker and the verb; what lies between is the claim itself
            final String text = verb.first() <= topic + 1 ? sentence.span(0, verb.last())
                    : sentence.span(0, topic) + " … " + sentence.span(verb.first(), verb.last());
            return Optional.of(new Report(verb.first(), 0, topic, resolve(name, text, earlier), false));
        }
        return Optional.empty();
    }

    private Optional<Report> sourceAfter(final Sentence sentence, final Lexicon.Cue prefix,
                                         final List<Attribution> earlier) {
        final List<Token> tokens = sentence.tokens();
        if (tokens.get(prefix.first()).isHangul()) {
            // "국정원에 따르면": the source is the word the particle 에 is attached to
            final int at = prefix.first() == prefix.last() ? prefix.first() - 1 : prefix.first();
            if (at < 0) {
                return Optional.empty();
            }
            String name = tokens.get(at).text();
            name = name.endsWith("에") ? name.substring(0, name.length() - 1) : name;
            return Optional.of(new Report(prefix.first(), at, prefix.last(),
                    resolve(name, sentence.span(at, prefix.last()), earlier), true));
        }
        int end = prefix.last() + 1;
        while (end < tokens.size() && end - prefix.last() <= MAX_SPEAKER + 2 && !tokens.get(end).isPunct()) {
            end++;
        }
        if (end == prefix.last() + 1) {
            return Optional.empty();
        }
        final Report report = report(sentence, prefix.last() + 1, end - 1, prefix.first(), prefix.first(), end - 1,
                earlier);
        return Optional.of(new Report(report.cue(), report.first(), report.last(), report.attribution(), true));
    }

    private Report report(final Sentence sentence, final int first, final int last, final int cue, final int spanFirst,
                          final int spanLast, final List<Attribution> earlier) {
        return new Report(cue, spanFirst, spanLast,
                resolve(sentence, first, last, sentence.span(spanFirst, spanLast), earlier), false);
    }

    private Attribution resolve(final Sentence sentence, final int first, final int last, final String text,
                                final List<Attribution> earlier) {
        final List<Token> tokens = sentence.tokens();
        int from = first;
        while (from < last && Set.of("the", "a", "an").contains(tokens.get(from).norm())) {
            from++;
        }
        final boolean definite = from > first && tokens.get(first).norm().equals("the");
        final String head = tokens.get(last).norm();
        if (from == last && pronouns.contains(head)) {
            return earlier.isEmpty() ? new Attribution(tokens.get(last).text(), text)
                    : new Attribution(earlier.get(earlier.size() - 1).source(), text);
        }
        final Optional<String> organisation = organisationIn(sentence.span(from, last));
        if (organisation.isPresent()) {
            return new Attribution(organisation.get(), text);
        }
        if (definite && anaphors.contains(head)) {
            for (int k = earlier.size() - 1; k >= Math.max(0, earlier.size() - ANAPHOR_REACH); k--) {
                final String source = earlier.get(k).source().toLowerCase(Locale.ROOT);
                if (source.endsWith(head) || source.endsWith(head + "s")) {
                    return new Attribution(earlier.get(k).source(), text);
                }
            }
        }
        int to = last;
        if (generic.contains(head) && to - from >= 2) {
            to--;
        }
        return new Attribution(sentence.span(from, to), text);
    }

    private Attribution resolve(final String name, final String text, final List<Attribution> earlier) {
        final Optional<String> organisation = organisationIn(name);
        return new Attribution(organisation.orElse(name), text);
    }

    private Optional<String> organisationIn(final String name) {
        return gazetteer.find(name).stream().filter(m -> !m.isPlace()).map(m -> m.party().name()).findFirst();
    }

    private String stripParticle(final String word) {
        for (final String particle : koreanTopicParticles) {
            if (word.length() > particle.length() && word.endsWith(particle)) {
                return word.substring(0, word.length() - particle.length());
            }
        }
        return word;
    }
}
