package newswire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import newswire.model.Party;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.standard();

    @Test
    void shouldResolveNamesDemonymsCapitalsAndMetonyms() {
        assertThat(gazetteer.resolve("North Korea")).contains(new Party("North Korea", "PRK"));
        assertThat(gazetteer.resolve("North Korean")).contains(new Party("North Korea", "PRK"));
        assertThat(gazetteer.resolve("Pyongyang")).contains(new Party("North Korea", "PRK"));
        assertThat(gazetteer.resolve("the Kremlin")).contains(new Party("Russia", "RUS"));
        assertThat(gazetteer.resolve("Moscow")).contains(new Party("Russia", "RUS"));
        assertThat(gazetteer.resolve("Seoul")).contains(new Party("South Korea", "KOR"));
        assertThat(gazetteer.resolve("Kyiv")).contains(new Party("Ukraine", "UKR"));
        assertThat(gazetteer.resolve("Washington")).contains(new Party("United States", "USA"));
        assertThat(gazetteer.resolve("the Pentagon")).contains(new Party("United States", "USA"));
        assertThat(gazetteer.resolve("Kursk region")).contains(new Party("Russia", "RUS"));
    }

    @Test
    void shouldResolveKoreanForms() {
        assertThat(gazetteer.resolve("북한")).contains(new Party("North Korea", "PRK"));
        assertThat(gazetteer.resolve("북한군")).contains(new Party("North Korea", "PRK"));
        assertThat(gazetteer.resolve("러시아")).contains(new Party("Russia", "RUS"));
        assertThat(gazetteer.resolve("국정원")).contains(new Party("National Intelligence Service", "NIS"));
        assertThat(gazetteer.resolve("합참")).contains(new Party("Joint Chiefs of Staff", "JCS"));
    }

    @Test
    void shouldKeepAnOrganisationsOwnShortName() {
        assertThat(gazetteer.resolve("NATO")).contains(new Party("NATO", "NATO"));
        assertThat(gazetteer.resolve("Atlantis")).isEmpty();
    }

    @Test
    void shouldFindEntitiesWithTypeCountryAndOffsets() {
        // Given
        final String text = "Seoul's National Intelligence Service said 북한군 moved to Russia's Kursk region.";

        // When
        final List<GazetteerMatch> matches = gazetteer.find(text);

        // Then
        assertThat(matches).extracting(m -> text.substring(m.start(), m.end()), GazetteerMatch::type,
                        m -> m.party().code(), GazetteerMatch::country)
                .containsExactly(
                        tuple("Seoul", "city", "KOR", "KOR"),
                        tuple("National Intelligence Service", "organisation", "NIS", null),
                        tuple("북한군", "country", "PRK", null),
                        tuple("Russia", "country", "RUS", null),
                        tuple("Kursk region", "region", "RUS", "RUS"));
    }

    @Test
    void shouldMatchWholeWordsOnly() {
        assertThat(gazetteer.find("Prussian USAID Kievan")).isEmpty();
        assertThat(gazetteer.find("North Koreans").get(0).end()).isEqualTo("North Koreans".length());
    }
}
