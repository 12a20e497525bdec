package newswire.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import newswire.extract.Gazetteer;
import newswire.model.Entities;
import newswire.model.Entity;
import newswire.model.Mention;
import org.junit.jupiter.api.Test;

class EnricherTest {

    private final Enricher enricher = Enricher.standard();

    @Test
    void shouldFindPeopleByTheirTitleWithTheRoleAndLaterShortMentions() {
        final String body = "President Yoon Suk Yeol held a phone call with NATO Secretary General Mark Rutte on Monday."
                + "\n\nYoon told Rutte that \"Pyongyang\" had sent troops. Rutte's office agreed.";

        final List<Entity> people = enricher.entities(body).people();

        assertThat(people).extracting(Entity::name, Entity::role)
                .containsExactly(tuple("Yoon Suk Yeol", "President"), tuple("Mark Rutte", "NATO Secretary General"));
        assertThat(texts(body, people.get(0))).containsExactly("Yoon Suk Yeol", "Yoon");
        assertThat(texts(body, people.get(1))).containsExactly("Mark Rutte", "Rutte", "Rutte");
    }

    @Test
    void shouldNotTakeATitleWithoutANameOrAWordAfterAFullStopForAPerson() {
        final String body = "The President said nothing. The Minister of Defence declined to comment. "
                + "Gen. Oleksandr Syrskyi spoke later.";

        assertThat(enricher.entities(body).people()).extracting(Entity::name, Entity::role)
                .containsExactly(tuple("Oleksandr Syrskyi", "Gen."));
    }

    @Test
    void shouldGiveCountriesTheirCodesAndCitiesTheirCountry() {
        final String body = "North Korean troops reached the Kursk region, Seoul and the Kremlin said; 북한군 was seen.";

        final Entities entities = enricher.entities(body);

        assertThat(entities.places()).extracting(Entity::name, Entity::code, Entity::country)
                .contains(tuple("North Korea", "PRK", null), tuple("Russia", "RUS", null), tuple("Seoul", null, "KOR"));
        assertThat(entities.places()).filteredOn(place -> "PRK".equals(place.code())).singleElement()
                .satisfies(place -> assertThat(texts(body, place)).containsExactly("North Korean", "북한군"));
        assertThat(entities.places()).anySatisfy(place -> assertThat(place.country()).isEqualTo("RUS"));
    }

    @Test
    void shouldListOrganisationsWithTheirShortNames() {
        final String body = "The Institute for the Study of War and NATO disagreed with the NIS.";

        assertThat(enricher.entities(body).organisations()).extracting(Entity::name, Entity::code)
                .containsExactly(tuple("Institute for the Study of War", "ISW"), tuple("NATO", "NATO"),
                        tuple("National Intelligence Service", "NIS"));
    }

    @Test
    void shouldFindNothingInATextThatNamesNobody() {
        final Entities entities = new Enricher(Gazetteer.standard(), PeopleFinder.standard())
                .entities("it rained all day and the match was called off.");

        assertThat(entities.people()).isEmpty();
        assertThat(entities.organisations()).isEmpty();
        assertThat(entities.places()).isEmpty();
    }

    private static List<String> texts(final String body, final Entity entity) {
        return entity.mentions().stream().map((Mention m) -> body.substring(m.start(), m.end())).toList();
    }
}
