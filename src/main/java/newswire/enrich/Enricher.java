package newswire.enrich;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newswire.extract.Gazetteer;
import newswire.extract.GazetteerMatch;
import newswire.model.ArticleEvent;
import newswire.model.Claim;
import newswire.model.CleanArticle;
import newswire.model.Entities;
import newswire.model.Entity;
import newswire.model.Mention;

/**
 * Joins a clean article and its claims into the event downstream consumers read, with the people, organisations and
 * places the body names: places and organisations through the extractor's gazetteer (countries with their ISO codes,
 * cities and regions with their country), people through their titles. Stateless and thread-safe.
 */
public final class Enricher {

    private final Gazetteer gazetteer;
    private final PeopleFinder people;

    Enricher(final Gazetteer gazetteer, final PeopleFinder people) {
        this.gazetteer = gazetteer;
        this.people = people;
    }

    public static Enricher standard() {
        return new Enricher(Gazetteer.standard(), PeopleFinder.standard());
    }

    public ArticleEvent enrich(final CleanArticle article, final List<Claim> claims) {
        return new ArticleEvent(article.id(), ArticleEvent.TYPE, article.source(), article.publishedAt(),
                article.title(), article, entities(article.body()), claims, null);
    }

    Entities entities(final String body) {
        final Map<String, Collected> organisations = new LinkedHashMap<>();
        final Map<String, Collected> places = new LinkedHashMap<>();
        for (final GazetteerMatch match : gazetteer.find(body)) {
            final Map<String, Collected> kind = match.isPlace() ? places : organisations;
            kind.computeIfAbsent(match.type() + ":" + match.party().name(), key -> new Collected(match))
                    .mentions.add(new Mention(match.start(), match.end()));
        }
        return new Entities(people.find(body), entities(organisations), entities(places));
    }

    private static List<Entity> entities(final Map<String, Collected> collected) {
        final List<Entity> entities = new ArrayList<>(collected.size());
        for (final Collected entry : collected.values()) {
            final GazetteerMatch match = entry.first;
            final boolean country = GazetteerMatch.COUNTRY.equals(match.type());
            final boolean organisation = GazetteerMatch.ORGANISATION.equals(match.type());
            entities.add(new Entity(match.party().name(), country || organisation ? match.party().code() : null, null,
                    country || organisation ? null : match.country(), entry.mentions));
        }
        return entities;
    }

    /** An entity's first match and all its mentions, while the body is scanned. */
    private static final class Collected {
        private final GazetteerMatch first;
        private final List<Mention> mentions = new ArrayList<>();

        private Collected(final GazetteerMatch first) {
            this.first = first;
        }
    }
}
