package newswire.model;

import java.util.List;

/**
 * A person, organisation or place named in an article.
 *
 * @param code    ISO 3166-1 alpha-3 for a country, the organisation's short name, or null
 * @param role    what the text says the person is ("NATO Secretary General"), or null
 * @param country for a city or region, the alpha-3 code of its country, or null
 */
public record Entity(String name, String code, String role, String country, List<Mention> mentions) {

    public Entity {
        mentions = List.copyOf(mentions);
    }
}
