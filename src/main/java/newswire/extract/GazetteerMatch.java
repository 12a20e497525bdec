package newswire.extract;

import newswire.model.Party;

/**
 * A place or organisation named in a text.
 *
 * @param party   the entity itself: a country with its alpha-3 code, a city or region with its own name and the alpha-3
 *                code of its country, an organisation with its short name as code
 * @param type    {@code country}, {@code city}, {@code region} or {@code organisation}
 * @param country for a city or region, the alpha-3 code of its country; otherwise null
 * @param start   offset of the first character in the searched text
 * @param end     offset after the last character
 */
public record GazetteerMatch(Party party, String type, String country, int start, int end) {

    public static final String COUNTRY = "country";
    public static final String CITY = "city";
    public static final String REGION = "region";
    public static final String ORGANISATION = "organisation";

    public boolean isPlace() {
        return !ORGANISATION.equals(type);
    }
}
