package newswire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newswire.model.Quantity;
import org.junit.jupiter.api.Test;

/** Numbers and their qualifiers, read as a reader understands them. */
class QuantityReaderTest {

    private final QuantityReader reader = new QuantityReader(Lexicon.standard());

    private List<Quantity> read(final String text) {
        final Sentence sentence = SentenceSplitter.split(text, 0).get(0);
        return reader.read(sentence.tokens(), sentence).stream().map(QuantityMention::quantity).toList();
    }

    private Quantity one(final String text) {
        final List<Quantity> quantities = read(text);
        assertThat(quantities).as(text).hasSize(1);
        return quantities.get(0);
    }

    @Test
    void shouldReadDigitsWithCommaOrSpaceSeparators() {
        assertThat(one("Officials counted 1,500 soldiers at the base.").value()).isEqualTo(1500L);
        assertThat(one("The brigade of 12 000 troops left the town.").value()).isEqualTo(12000L);
        assertThat(one("A column of 1 250 000 shells was counted.").value()).isEqualTo(1_250_000L);
        assertThat(one("They fired 120 missiles overnight.").value()).isEqualTo(120L);
    }

    @Test
    void shouldJoinAThousandsGroupSplitByASpaceAfterItsComma() {
        assertThat(one("The ministry flew some 3, 450 marines to the island.").value()).isEqualTo(3450L);
        assertThat(one("A garrison of 12, 075 troops held the pass.").value()).isEqualTo(12075L);
        // a list of numbers, a date's day and a group of other than three digits stay apart
        assertThat(read("The convoys carried 4, 120 and 300 pilgrims.")).extracting(Quantity::value)
                .containsExactly(4L, 120L, 300L);
        assertThat(read("On June 9, 400 cadets marched past.")).extracting(Quantity::value).containsExactly(400L);
        assertThat(read("Boxes 7, 80 were opened.")).extracting(Quantity::value).containsExactly(7L, 80L);
        // a number that labels a noun or a name before it starts no thousands: "week 2", "Flight 851"
        assertThat(read("By week 2, 300 volunteers had signed up.")).extracting(Quantity::value).contains(300L)
                .doesNotContain(2300L);
        assertThat(read("Aboard Flight 851, 115 passengers were hurt.")).extracting(Quantity::value).contains(115L)
                .doesNotContain(851115L);
    }

    @Test
    void shouldReadDecimalsWithScaleWords() {
        assertThat(one("Up to 1.5 million people have fled.").high()).isEqualTo(1_500_000L);
        assertThat(one("Its stock of shells reached 9.1 trillion.").value()).isEqualTo(9_100_000_000_000L);
        assertThat(one("The drive would add 2.5 billion rounds.").value()).isEqualTo(2_500_000_000L);
    }

    @Test
    void shouldReadNumberWords() {
        assertThat(one("Roughly two thousand marines would be deployed.").value()).isEqualTo(2000L);
        assertThat(one("Fifteen hundred recruits arrived on Monday.").value()).isEqualTo(1500L);
        assertThat(one("Three soldiers were killed.").value()).isEqualTo(3L);
        assertThat(one("Twenty-five sailors were rescued.").value()).isEqualTo(25L);
        assertThat(one("A million people left the city.").value()).isEqualTo(1_000_000L);
    }

    @Test
    void shouldReadAHyphenatedWordAsANumberOnlyWhenItIsATenAndAUnit() {
        assertThat(one("Forty-two fishermen were missing.").value()).isEqualTo(42L);
        assertThat(read("The large-scale drill ended in a five-six split.")).isEmpty();
        assertThat(read("The seven-ninety route was closed.")).isEmpty();
    }

    @Test
    void shouldReadRangesAsLowAndHigh() {
        final Quantity to = one("The total could reach 11,000 to 12,000 in the coming weeks.");
        assertThat(to.low()).isEqualTo(11000L);
        assertThat(to.high()).isEqualTo(12000L);
        assertThat(to.value()).isNull();

        final Quantity between = one("The ministry said between 3,000 and 5,000 reservists would be called up.");
        assertThat(between.low()).isEqualTo(3000L);
        assertThat(between.high()).isEqualTo(5000L);
        assertThat(between.qualifier()).isEqualTo("between");
        assertThat(between.text()).isEqualTo("between 3,000 and 5,000");

        final Quantity dash = one("Estimates put the force at 3,000-5,000 soldiers.");
        assertThat(dash.low()).isEqualTo(3000L);
        assertThat(dash.high()).isEqualTo(5000L);

        final Quantity scaled = one("Between 11 and 12 million people need aid.");
        assertThat(scaled.low()).isEqualTo(11_000_000L);
        assertThat(scaled.high()).isEqualTo(12_000_000L);
    }

    @Test
    void shouldReadKoreanNumerals() {
        assertThat(one("북한이 1만2000명을 파병했다.").value()).isEqualTo(12000L);
        assertThat(one("북한군 1500명이 이동했다.").value()).isEqualTo(1500L);
        assertThat(one("북한군 1500명이 이동했다.").text()).isEqualTo("1500명");

        final Quantity approximately = one("병력 약 3천 명이 배치됐다.");
        assertThat(approximately.value()).isEqualTo(3000L);
        assertThat(approximately.approximate()).isTrue();
        assertThat(approximately.qualifier()).isEqualTo("약");

        final Quantity atLeast = one("병력 1만 명 이상이 배치됐다.");
        assertThat(atLeast.low()).isEqualTo(10000L);
        assertThat(atLeast.value()).isNull();

        final Quantity some = one("병력 1만여 명이 이동했다.");
        assertThat(some.value()).isEqualTo(10000L);
        assertThat(some.approximate()).isTrue();
    }

    @Test
    void shouldMarkApproximateQualifiers() {
        for (final String qualifier : List.of("about", "around", "some", "roughly", "nearly", "an estimated")) {
            final Quantity quantity = one("Officials said " + qualifier + " 8,000 soldiers had moved.");
            assertThat(quantity.value()).as(qualifier).isEqualTo(8000L);
            assertThat(quantity.approximate()).as(qualifier).isTrue();
            assertThat(quantity.qualifier()).isEqualTo(qualifier);
            assertThat(quantity.text()).isEqualTo(qualifier + " 8,000");
        }
    }

    @Test
    void shouldTurnLowerBoundsIntoLow() {
        for (final String qualifier : List.of("at least", "more than", "over", "upwards of")) {
            final Quantity quantity = one("The strike killed " + qualifier + " 14 civilians.");
            assertThat(quantity.low()).as(qualifier).isEqualTo(14L);
            assertThat(quantity.value()).as(qualifier).isNull();
        }
        assertThat(one("It sent 500 or more soldiers.").low()).isEqualTo(500L);
    }

    @Test
    void shouldTurnUpperBoundsIntoHigh() {
        for (final String qualifier : List.of("up to", "as many as", "no more than")) {
            final Quantity quantity = one("The army may send " + qualifier + " 300 soldiers.");
            assertThat(quantity.high()).as(qualifier).isEqualTo(300L);
            assertThat(quantity.value()).as(qualifier).isNull();
        }
        assertThat(one("병력 500명 이하가 남았다.").high()).isEqualTo(500L);
    }

    @Test
    void shouldKeepVagueQuantitiesOnlyAsMarkedLowerBounds() {
        final Quantity tens = one("Tens of thousands of troops have massed on the border.");
        assertThat(tens.low()).isEqualTo(10000L);
        assertThat(tens.value()).isNull();
        assertThat(tens.approximate()).isTrue();
        assertThat(tens.qualifier()).isEqualTo("tens of thousands");

        assertThat(one("Dozens of civilians were killed.").low()).isEqualTo(12L);
        assertThat(one("Hundreds of soldiers deserted.").low()).isEqualTo(100L);
    }

    @Test
    void shouldNotReadMeasuresAsCounts() {
        assertThat(read("Shares rose 2.5 percent to 61,000 won in Seoul.")).isEmpty();
        assertThat(read("The war began in 2022 and the hospital was built in 1975.")).isEmpty();
        assertThat(read("Washington pledged $500 million in aid.")).isEmpty();
        assertThat(read("The column advanced 15 kilometres in 48 hours.")).isEmpty();
        assertThat(read("The 82nd Airborne Division and the 37-year-old commander arrived.")).isEmpty();
        assertThat(read("국정원은 18일 2024년 보고서를 냈다.")).isEmpty();
    }

    @Test
    void shouldNotReadCalibresAsCounts() {
        assertThat(read("The shop sells .410 shells and 9mm rounds.")).isEmpty();
        assertThat(read("He fired a .50-caliber rifle.")).isEmpty();
        assertThat(one("The price rose from 2.5 to 3.5 in a week and 40 shells were sold.").value()).isEqualTo(40L);
    }

    @Test
    void shouldReadAKoreanNativeNumeralBeforeANounOfPeopleWithoutACounter() {
        final Sentence sentence = SentenceSplitter.split("폭발로 한 여성이 다쳤다.", 0).get(0);
        final List<QuantityMention> mentions = reader.read(sentence.tokens(), sentence);
        assertThat(mentions).hasSize(1);
        assertThat(mentions.get(0).quantity().value()).isEqualTo(1L);
        assertThat(mentions.get(0).quantity().approximate()).isFalse(); // 여성 is a woman, not the suffix 여
        assertThat(mentions.get(0).counter()).isEqualTo("counted");
        assertThat(read("한 달이 지나는 동안 사고가 이어졌다.")).isEmpty();
    }

    @Test
    void shouldReadAKoreanVerbOfExceedingAsALowerBound() {
        assertThat(one("부상자는 100명을 넘었다.").low()).isEqualTo(100L);
    }

    @Test
    void shouldReadAnEnglishVerbOfExceedingAsALowerBound() {
        final Quantity exceeded = one("The number of evacuees exceeded 2,500 by Friday.");
        assertThat(exceeded.low()).isEqualTo(2500L);
        assertThat(exceeded.value()).isNull();
        assertThat(exceeded.text()).isEqualTo("2,500"); // the verb is not one of the quantity's words
        assertThat(one("Casualties in the valley have surpassed 80.").low()).isEqualTo(80L);
        assertThat(one("The toll reached 80.").value()).isEqualTo(80L); // reaching is no bound
    }

    @Test
    void shouldSumOnlyExactFigures() {
        final Quantity three = new Quantity(3L, null, null, false, null, "three");
        assertThat(QuantityReader.sum(three, three, "three and three").value()).isEqualTo(6L);
        assertThat(QuantityReader.sum(three, new Quantity(null, 3L, null, false, "at least", "at least 3"), "x"))
                .isNull();
    }

    @Test
    void shouldReadNumbersInATitleCaseHeadline() {
        assertThat(one("Russia Fires 90 Drones At Kyiv Overnight").value()).isEqualTo(90L);
        assertThat(read("Germany sends Leopard 2 tanks")).isEmpty();
    }

    @Test
    void shouldMarkAnApproximateRange() {
        final Quantity range = one("About 3,000-5,000 North Korean troops could be deployed.");
        assertThat(range.low()).isEqualTo(3000L);
        assertThat(range.high()).isEqualTo(5000L);
        assertThat(range.approximate()).isTrue();
    }

    @Test
    void shouldReadKoreanVagueQuantitiesAsLowerBounds() {
        final Quantity quantity = one("피란민 수십만 명이 국경을 넘었다.");
        assertThat(quantity.low()).isEqualTo(100_000L);
        assertThat(quantity.value()).isNull();
    }

    @Test
    void shouldReadKoreanNumeralsWrittenInSyllablesWith명() {
        assertThat(one("홍수로 백명이 숨졌다.").value()).isEqualTo(100L);
        assertThat(one("홍수로 백명이 숨졌다.").text()).isEqualTo("백명");
        final Quantity some = one("주민 삼천여명이 대피했다.");
        assertThat(some.value()).isEqualTo(3000L);
        assertThat(some.approximate()).isTrue();
        assertThat(one("지진으로 수백명이 다쳤다.").low()).isEqualTo(100L);
        assertThat(one("백명 이상의 주민이 숨졌다.").low()).isEqualTo(100L);
        // 천명하다 (to declare) and 백기 (a white flag) are no counts
        assertThat(read("정부는 지원 방침을 천명했다.")).isEmpty();
        assertThat(read("반군이 백기를 들었다.")).isEmpty();
    }

    @Test
    void shouldReadKoreanBoundsWrittenBeforeAndAfter() {
        assertThat(one("적어도 300명이 다쳤다.").low()).isEqualTo(300L);
        final Quantity nearly = one("200명 가까운 사람이 숨졌다.");
        assertThat(nearly.value()).isEqualTo(200L);
        assertThat(nearly.approximate()).isTrue();
    }

    @Test
    void shouldReadADayAfterItsMonthAsADate() {
        assertThat(read("The mandate of the mission runs through Nov. 30 for the brigade.")).isEmpty();
        assertThat(read("The ceasefire will hold until March 15, the envoy said.")).isEmpty();
        assertThat(one("During the march 15 soldiers deserted the column.").value()).isEqualTo(15L);
    }

    @Test
    void shouldReadAYearBeforeTheEventItDatesAsAYear() {
        assertThat(read("The 1998 bombing is still remembered in the capital.")).isEmpty();
        assertThat(one("A court heard the case of the 1998 flood, which killed 40 farmers.").value()).isEqualTo(40L);
    }

    @Test
    void shouldReadTheBaseOfARateAsNoCount() {
        assertThat(read("The rate fell to 12 deaths per 100,000 residents last year.")).extracting(Quantity::value)
                .containsExactly(12L);
    }

    @Test
    void shouldReadANegatedNumberAsNoCount() {
        assertThat(read("There was not a single guard at the gate, and not one officer came.")).isEmpty();
        assertThat(read("The convoy crossed without a single soldier on board.")).isEmpty();
    }

    @Test
    void shouldReadAPopulationAsNoCount() {
        assertThat(read("About 2,000 of the valley's population of 9,000 have left.")).extracting(Quantity::value)
                .containsExactly(2000L);
    }

    @Test
    void shouldReadTheIndianGroupingOfDigits() {
        assertThat(one("The district counted 2,35,410 voters in the last poll.").value()).isEqualTo(235_410L);
        assertThat(one("They reported 12,04,500 doses given.").value()).isEqualTo(1_204_500L);
    }

    @Test
    void shouldReadTwoNumbersJoinedByOrAsARange() {
        final Quantity range = one("Guards shot three or four of the raiders.");
        assertThat(range.low()).isEqualTo(3L);
        assertThat(range.high()).isEqualTo(4L);
    }
}
