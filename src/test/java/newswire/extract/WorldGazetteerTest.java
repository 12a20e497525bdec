package newswire.extract;

import static newswire.extract.Articles.claims;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import newswire.model.Claim;
import newswire.model.Party;
import org.junit.jupiter.api.Test;

/** The world's countries in the gazetteer, and how names that are ordinary words too are read. */
class WorldGazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.standard();

    private List<String> found(final String text) {
        return gazetteer.find(text).stream().map(m -> text.substring(m.start(), m.end()) + "=" + m.party().code())
                .toList();
    }

    @Test
    void shouldKnowEveryIsoCountryByItsEnglishAndKoreanName() {
        for (final String alpha2 : Locale.getISOCountries()) {
            final Locale country = new Locale("", alpha2);
            final String english = country.getDisplayCountry(Locale.ENGLISH);
            final String korean = country.getDisplayCountry(Locale.KOREAN).replaceAll("\\(.*\\)", "").strip();
            final String code = country.getISO3Country();
            if (!List.of("Georgia", "Jersey").contains(english)) { // off: see gazetteer-ambiguous.tsv
                assertThat(gazetteer.resolve(english)).as(english).map(Party::code).contains(code);
            }
            if (!List.of("저지", "건지", "도미니카").contains(korean)) {
                assertThat(gazetteer.resolve(korean)).as(korean).map(Party::code).contains(code);
            }
        }
    }

    @Test
    void shouldResolveCapitalsDemonymsRegionsAndOtherNamesToTheirCountry() {
        assertThat(gazetteer.resolve("Bolivian")).contains(new Party("Bolivia", "BOL"));
        assertThat(gazetteer.resolve("Bolivians")).contains(new Party("Bolivia", "BOL"));
        assertThat(gazetteer.resolve("La Paz")).contains(new Party("Bolivia", "BOL"));
        assertThat(gazetteer.resolve("Ouagadougou")).contains(new Party("Burkina Faso", "BFA"));
        assertThat(gazetteer.resolve("Burkinabe")).contains(new Party("Burkina Faso", "BFA"));
        assertThat(gazetteer.resolve("Ivory Coast")).contains(new Party("Côte d'Ivoire", "CIV"));
        assertThat(gazetteer.resolve("Côte d’Ivoire")).contains(new Party("Côte d'Ivoire", "CIV"));
        assertThat(gazetteer.resolve("Bosnia and Herzegovina")).map(Party::code).contains("BIH");
        assertThat(gazetteer.resolve("Burma")).map(Party::code).contains("MMR");
        assertThat(gazetteer.resolve("Khartoum")).map(Party::code).contains("SDN");
        assertThat(gazetteer.resolve("North Darfur")).map(Party::code).contains("SDN");
        assertThat(gazetteer.resolve("Tigray")).map(Party::code).contains("ETH");
        assertThat(gazetteer.resolve("Sahel")).isEmpty(); // spans countries: no one country to resolve to
        assertThat(gazetteer.resolve("볼리비아군")).contains(new Party("Bolivia", "BOL"));
        assertThat(gazetteer.resolve("볼리비아인")).contains(new Party("Bolivia", "BOL"));
    }

    @Test
    void shouldKeepTheHandWrittenNameWhereTheGeneratedOneDiffers() {
        // the JDK calls it Czechia and Palestinian Territories; gazetteer.tsv, written by hand, wins
        assertThat(gazetteer.resolve("Czechia")).contains(new Party("Czech Republic", "CZE"));
        assertThat(gazetteer.resolve("Palestinian Territories")).contains(new Party("Palestine", "PSE"));
        assertThat(gazetteer.resolve("대한민국")).contains(new Party("South Korea", "KOR"));
    }

    @Test
    void shouldNotTakeGivenNamesOrPartsOfOtherPlacesForCountries() {
        assertThat(found("Michael Jordan scored 40 points as Chad Smith watched from the stands in New Jersey."))
                .isEmpty();
        assertThat(found("Roast Turkey Dinner and Georgia peaches, served in a Guinea Pig mug.")).isEmpty();
        assertThat(found("Oil spills in the Niger Delta and fishing on Lake Chad.")).isEmpty();
        assertThat(found("the next heartthrob... Chad  Michael Murray")).isEmpty();
        assertThat(found("The turkey was as cold as the china in Amman, Jordan.")) // lower case is never a name
                .containsExactly("Amman=JOR", "Jordan=JOR");
    }

    @Test
    void shouldStillFindTheAmbiguousNamesAsCountriesWhereNothingSaysOtherwise() {
        assertThat(found("In Chad, the army said troops from Niger and Mali crossed into Jordan."))
                .containsExactly("Chad=TCD", "Niger=NER", "Mali=MLI", "Jordan=JOR");
        assertThat(found("Nigeria and Niger, Oman and Romania, Japan and the Japanese."))
                .containsExactly("Nigeria=NGA", "Niger=NER", "Oman=OMN", "Romania=ROU", "Japan=JPN",
                        "Japanese=JPN");
    }

    @Test
    void shouldReadTheLongNameOfAStateWithEitherApostrophe() {
        assertThat(found("the People’s Republic of China and the Democratic People’s Republic of Korea"))
                .containsExactly("People’s Republic of China=CHN", "Democratic People’s Republic of Korea=PRK");
    }

    @Test
    void shouldReadKoreanCountryNamesThatAreOrdinaryWordsOnlyAsWholeWords() {
        assertThat(found("말리 정부는 싸움을 말리는 사람이 없었다고 밝혔다.")).containsExactly("말리=MLI");
        assertThat(found("수단과 방법을 가리지 않고 인도를 걸었다. 수단 정부와 인도 총리가 만났다."))
                .containsExactly("수단=SDN", "인도=IND");
        assertThat(found("볼리비아군이 시위대를 막았다.")).containsExactly("볼리비아군=BOL");
    }

    @Test
    void shouldGiveAStoryFromBoliviaItsPlaceAndItsClaimsAnActor() {
        final List<Claim> english = claims(
                "Bolivian police killed three people during clashes on a highway near Cochabamba, the ombudsman said.",
                "Bolivia's army sent 2,000 soldiers to Cochabamba on Tuesday.");
        final List<Claim> korean = claims("볼리비아군이 시위대 3명을 사살했다고 현지 언론이 전했다.");

        assertThat(english).extracting(c -> c.kind().json(), c -> c.quantity().value(), c -> c.actor().code())
                .containsExactly(tuple("killed", 3L, "BOL"), tuple("troops", 2000L, "BOL"));
        assertThat(korean).extracting(c -> c.kind().json(), c -> c.quantity().value(), c -> c.actor().code())
                .containsExactly(tuple("killed", 3L, "BOL"));
    }

    @Test
    void shouldRefuseAnAmbiguityListThatSaysNothing() {
        assertThatThrownBy(() -> Gazetteer.parse(List.of("country\tTCD\tChad\tChad"), List.of("Chad\tsometimes")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Gazetteer.parse(List.of("country\tTCD\tChad\tChad"), List.of("Chad\toff\ta given name"))
                .find("Chad")).isEmpty();
    }
}
