package newswire.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newswire.model.Party;

/** The roles around a claim's number: whose (the actor) and where or where to (the place), from the named places. */
final class RoleFinder {

    /** How many tokens away from a number its subject or destination may be named. */
    private static final int SUBJECT_REACH = 40;

    private final Gazetteer gazetteer;
    private final ExtractOptions options;
    private final Map<String, Set<String>> agentWords = new HashMap<>();
    private final Set<String> directions;
    private final Set<String> koreanDirections;
    private final Set<String> notSubject;
    private final Set<String> koreanSubjects;
    private final Set<String> selfReferences;
    private final Set<String> locationWords;

    RoleFinder(final Lexicon lexicon, final Gazetteer gazetteer, final ExtractOptions options) {
        this.gazetteer = gazetteer;
        this.options = options;
        for (final String unitClass : lexicon.keys("agent")) {
            agentWords.put(unitClass, lexicon.words("agent", unitClass));
        }
        this.directions = lexicon.words("direction", "to");
        this.koreanDirections = lexicon.words("direction", "ko");
        this.notSubject = lexicon.words("not-subject", "before");
        this.koreanSubjects = lexicon.words("subject", "ko");
        this.selfReferences = lexicon.words("speaker", "self");
        this.locationWords = lexicon.words("location", "before");
    }

    /**
     * Whose troops or weapons: a place named between the number and its noun ("1,500 North Korean special forces"),
     * right before the number ("북한군 1500명", "Russia's 50,000 troops"), or else the nearest subject before it
     * ("Moscow plans to recruit 30,000", "북한이 … 1만2000명"), never a place the number goes to ("to Russia").
     */
    NamedSpan actorOf(final List<Token> tokens, final List<NamedSpan> named, final QuantityMention mention,
                      final Counted counted, final boolean[] verbEnds) {
        NamedSpan modifier = null;
        NamedSpan subject = null;
        final int from = Math.max(0, Math.min(mention.first(), counted.first()) - SUBJECT_REACH);
        for (final NamedSpan name : NamedSpan.between(named, from, Math.max(mention.last(), counted.last()) + 1)) {
            if (name.first() >= counted.modifiersFrom() && name.last() < counted.first()
                    || (name.first() <= counted.first() && name.last() >= counted.last() && counted.text() != null)) {
                modifier = name;
            }
            if (name.last() < mention.first() && isSubject(tokens, name, verbEnds)) {
                subject = name;
            }
        }
        if (modifier != null) {
            return modifier;
        }
        final NamedSpan agent = agentOf(tokens, named, mention, counted);
        return agent != null ? agent : subject;
    }

    /**
     * "73 drones launched by Russia", "1 million shells from North Korea": the place after an agent word (lexicon
     * {@code agent}: "by" for every kind, "from" only for the kinds listed with it) names whose they are.
     */
    private NamedSpan agentOf(final List<Token> tokens, final List<NamedSpan> named, final QuantityMention mention,
                              final Counted counted) {
        final int after = Math.max(mention.last(), counted.last());
        for (final NamedSpan name : NamedSpan.between(named, after + 1, after + 1 + options.unitWindow())) {
            if (!name.match().isPlace() && !GazetteerMatch.ORGANISATION.equals(name.match().type())) {
                continue;
            }
            for (int k = Math.max(after + 1, name.first() - 2); k < name.first(); k++) {
                final String word = tokens.get(k).norm();
                if (agentWords.getOrDefault("all", Set.of()).contains(word)
                        || agentWords.getOrDefault(counted.unitClass(), Set.of()).contains(word)) {
                    return name;
                }
            }
        }
        return null;
    }

    /** Not after a direction word ("to Russia"), nor the object of a verb ("supplied Russia with 200 guns"). */
    private boolean isSubject(final List<Token> tokens, final NamedSpan name, final boolean[] verbEnds) {
        if (name.first() > 0 && verbEnds[name.first() - 1] && !tokens.get(name.first() - 1).isHangul()) {
            return false;
        }
        final Token token = tokens.get(name.last());
        if (token.isHangul()) {
            final String alias = token.text().substring(0, Math.min(token.text().length(),
                    name.match().end() - name.match().start()));
            final String particle = token.text().substring(alias.length());
            return particle.isEmpty() || KoreanClauses.startsWithAny(particle, koreanSubjects);
        }
        for (int k = Math.max(0, name.first() - 2); k < name.first(); k++) {
            if (notSubject.contains(tokens.get(k).norm())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where to, or where: the first place after the number and its noun that a direction word leads to ("dispatched
     * to Russia", "in the Kursk region"); in Korean, a place marked with 에 or 로 ("러시아에").
     */
    Party placeOf(final List<Token> tokens, final List<NamedSpan> named, final QuantityMention mention,
                  final Counted counted, final NamedSpan actorName, final Party actor) {
        // "the number of North Korean troops in Russia could reach…": the place follows the noun, not the number
        final int after = counted.last() < mention.first() ? counted.last()
                : Math.max(mention.last(), counted.last());
        final int from = Math.max(0, Math.min(mention.first(), counted.first()) - SUBJECT_REACH);
        for (final NamedSpan name : NamedSpan.between(named, from, after + SUBJECT_REACH)) {
            if (name == actorName || !name.match().isPlace()) {
                continue;
            }
            final boolean sameCountry = actor != null && GazetteerMatch.COUNTRY.equals(name.match().type())
                    && actor.code().equals(name.match().party().code());
            if (sameCountry) {
                continue;
            }
            if (tokens.get(name.first()).isHangul()) {
                final Token token = tokens.get(name.last());
                final String particle = token.text().substring(Math.min(token.text().length(),
                        name.match().end() - name.match().start()));
                if (particle.isEmpty() || KoreanClauses.startsWithAny(particle, koreanDirections)) {
                    return gazetteer.claimParty(name.match());
                }
                continue;
            }
            if (name.first() <= after) {
                continue;
            }
            for (int k = Math.max(after + 1, name.first() - 3); k < name.first(); k++) {
                if (directions.contains(tokens.get(k).norm())) {
                    return gazetteer.claimParty(name.match());
                }
            }
        }
        return null;
    }

    /**
     * Where, named before the number: the nearest place before it that a word of the lexicon's {@code location
     * before} leads to ("In La Paz, 40 people were injured", "Clashes in Kharkiv killed five civilians"), other than
     * the actor. For what happens in a place (casualties), not for what moves to one.
     */
    Party placeBefore(final List<Token> tokens, final List<NamedSpan> named, final QuantityMention mention,
                      final NamedSpan actorName) {
        final List<NamedSpan> before = NamedSpan.between(named, Math.max(0, mention.first() - SUBJECT_REACH),
                mention.first());
        for (int n = before.size() - 1; n >= 0; n--) {
            final NamedSpan name = before.get(n);
            if (name == actorName || !name.match().isPlace() || name.last() >= mention.first()
                    || tokens.get(name.first()).isHangul()) {
                continue;
            }
            for (int k = Math.max(0, name.first() - 2); k < name.first(); k++) {
                if (locationWords.contains(tokens.get(k).norm())) {
                    return gazetteer.claimParty(name.match());
                }
            }
        }
        return null;
    }

    /**
     * "The Pentagon said it would send 500 troops": when the speaker refers to itself, the speaker is the actor, if
     * the speaker is a country or stands for one.
     */
    Optional<Party> speakerAsActor(final Sentence sentence, final AttributionFinder.Report report,
                                   final QuantityMention mention) {
        if (report.last() >= mention.first() || mention.first() - report.last() > options.statusWindow()) {
            return Optional.empty();
        }
        boolean self = false;
        for (int k = report.last() + 1; k < mention.first(); k++) {
            self |= selfReferences.contains(sentence.tokens().get(k).norm());
        }
        if (!self) {
            return Optional.empty();
        }
        return gazetteer.find(sentence.span(report.first(), report.last())).stream()
                .filter(GazetteerMatch::isPlace).findFirst().map(gazetteer::claimParty);
    }
}
