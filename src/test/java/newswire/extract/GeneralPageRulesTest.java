package newswire.extract;

import static newswire.extract.Articles.claims;
import static newswire.extract.Articles.kindsAndValues;
import static newswire.extract.Articles.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import newswire.model.Claim;
import newswire.model.ClaimKind;
import newswire.model.ClaimStatus;
import org.junit.jupiter.api.Test;

/** Numbers of general pages that look like tolls or weapons and are not: each rule with its claim and its non-claim. */
class GeneralPageRulesTest {

    @Test
    void shouldCountPeopleAboardOnlyUnderACasualtyPredicateInItsPlace() {
        assertThat(claims("Rescue boats searched the lake after a steamer with 85 people on board lost its engine."))
                .isEmpty();
        assertThat(only("The blast killed all 23 miners aboard the lift cage, the company said.").quantity().value())
                .isEqualTo(23L);
        assertThat(only("All 9 crew aboard were killed when the helicopter came down.").kind())
                .isEqualTo(ClaimKind.KILLED);
    }

    @Test
    void shouldReadTheSecondOfTwoJoinedVerbsWithItsOwnObject() {
        assertThat(kindsAndValues("The man came back to kill a neighbour and wound three other villagers."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 3L));
    }

    @Test
    void shouldReadNoVictimsOfAnAttempt() {
        assertThat(claims("She was charged with attempting to kill five officers during the raid.")).isEmpty();
    }

    @Test
    void shouldNotLendTheNounOfALaterNumberToAnEarlierOne() {
        assertThat(claims("The province now reports 9,400 infections including 210 deaths."))
                .extracting(c -> c.quantity().value()).doesNotContain(9_400L);
    }

    @Test
    void shouldReadTheDeathsOfAWholeYearAsAStatistic() {
        assertThat(claims("In 2017, there were 1,900 deaths on the country's rivers and lakes.")).isEmpty();
        assertThat(claims("Drowning caused 560 deaths in 2019 across the region.")).isEmpty();
        assertThat(only("A landslide in 2019 killed 56 villagers in the valley.").quantity().value()).isEqualTo(56L);
        // a container names one event, whatever year it is set in
        assertThat(only("The massacre of 2,000 villagers in 1944 is remembered every spring.").quantity().value())
                .isEqualTo(2_000L);
    }

    @Test
    void shouldReadAircraftShotDownAsLossesAndMunitionsShotDownAsWeapons() {
        assertThat(claims("Rebels said they had shot down two army helicopters near the airport.")).isEmpty();
        assertThat(only("The navy intercepted 11 cruise missiles over the sea.").kind()).isEqualTo(ClaimKind.WEAPONS);
        assertThat(only("Norway will deliver 8 helicopters to the coast guard of Ukraine.").kind())
                .isEqualTo(ClaimKind.WEAPONS);
    }

    @Test
    void shouldReadAKoreanMachineCounterAsWeaponsOnlyBesideAWeapon() {
        assertThat(claims("정부는 4대 개혁과제를 지원하기로 했다.")).isEmpty();
        assertThat(only("군은 적 드론 12대를 격추했다고 밝혔다.").quantity().value()).isEqualTo(12L);
    }

    @Test
    void shouldReadANumberBeforeAnAbstractNounAsCountingIt() {
        assertThat(claims("At one point the rebel fighters had to fall back from the ridge.")).isEmpty();
        assertThat(claims("Poor roads are one reason traffic deaths keep rising in the province.")).isEmpty();
        assertThat(claims("The governor wished the wounded a quick recovery on Monday.")).isEmpty();
    }

    @Test
    void shouldReadALossOfThingsAsNoDeath() {
        assertThat(claims("Most of the 20,000 villagers lost their homes when the river rose.")).isEmpty();
        assertThat(claims("Many of the 3,000 farmers lost almost everything in the drought.")).isEmpty();
        assertThat(only("The company lost 12 workers in the mine collapse, officials said.").quantity().value())
                .isEqualTo(12L);
    }

    @Test
    void shouldGiveAPhraseWithItsOwnAuxiliaryItsOwnVerb() {
        assertThat(kindsAndValues("Four guards were wounded and three have gone missing, the mayor said."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 4L));
        assertThat(only("Eleven have died since the clashes began, the ministry said.").kind())
                .isEqualTo(ClaimKind.KILLED);
    }

    @Test
    void shouldReadWhatPeopleWereForcedToDoAsDone() {
        assertThat(only("About 5,000 people were forced to flee their homes in the north.").status())
                .isEqualTo(ClaimStatus.REPORTED);
        assertThat(only("About 5,000 people were ordered to evacuate their homes in the north.").status())
                .isEqualTo(ClaimStatus.PLANNED);
    }

    @Test
    void shouldReadALossOfMoneyOrOfAMeasureAsNoDeath() {
        assertThat(claims("About 300 investors have lost millions of dollars in the collapse of the fund.")).isEmpty();
        assertThat(claims("Some 40 members lost tens of thousands of pounds each to the scheme.")).isEmpty();
        assertThat(only("The regiment lost 40 men in two days of fighting near the river.").quantity().value())
                .isEqualTo(40L);
    }

    @Test
    void shouldReadALetterStandingForANumberAsNoNumber() {
        assertThat(claims("Each bulletin said the raids had killed X thousands of people in the cities.")).isEmpty();
        assertThat(only("The raids had killed thousands of people in the cities.").quantity().low())
                .isEqualTo(1_000L);
    }

    @Test
    void shouldKeepThePluralScaleOfANumber() {
        final Claim range = only("Between 45 and 55 millions of civilians were killed in the war.");
        assertThat(range.quantity().low()).isEqualTo(45_000_000L);
        assertThat(range.quantity().high()).isEqualTo(55_000_000L);
        assertThat(only("The long war wounded hundreds of millions of people.").quantity().low())
                .isEqualTo(100_000_000L);
    }

    @Test
    void shouldReadTheFigureOfAYearInParenthesesAsAStatistic() {
        assertThat(claims("Road deaths among teenagers fell from 2015 (410 deaths) to 2021 (280 deaths).")).isEmpty();
        assertThat(only("The 2015 floods (410 deaths in all) were the worst the valley had seen.").quantity().value())
                .isEqualTo(410L);
    }

    @Test
    void shouldReadAPartOfTheThingsJustNamedAsThings() {
        assertThat(claims("Some 900 boats went missing on the river, with 600 of them sunk by mines.")).isEmpty();
        assertThat(kindsAndValues("Some 90 villagers were trapped in the mine, and 12 of them were killed."))
                .contains(tuple(ClaimKind.KILLED, 12L));
    }

    @Test
    void shouldReadAYearAfterDuringOrAfterAnotherYearAsAYear() {
        assertThat(claims("Exports to the region during 1998 were hurt by a strong currency.")).isEmpty();
        assertThat(claims("The clinic saw 40 burn injuries from March 2011 to 2012, the ministry said.")).isEmpty();
        // a range of people stays one, as nothing marks its left end as a year
        assertThat(only("Between 1900 and 2000 people were wounded in the shelling.").quantity().low())
                .isEqualTo(1_900L);
    }

    @Test
    void shouldReadDeathsCountedOverASpanOfYearsAsAStatistic() {
        assertThat(claims("There were 85 drowning deaths on the coast between June 2016 and 2017, the agency said."))
                .isEmpty();
        assertThat(only("There were 30 deaths in the riots between 3 June and 7 June.").quantity().value())
                .isEqualTo(30L);
    }

    @Test
    void shouldReadMayBeforeANumberAsAMonthNotAModal() {
        assertThat(claims("The coast saw 85 drowning deaths between May 2016 and 2017, the agency said.")).isEmpty();
        assertThat(only("Troops shot dead four protesters on 9 May 2019 in the capital.").status())
                .isEqualTo(ClaimStatus.REPORTED);
        assertThat(only("The strike may have killed 15 fighters, officials said.").status())
                .isEqualTo(ClaimStatus.POSSIBLE);
    }

    @Test
    void shouldReadALossOfMoneyBeforeALossOfPeopleAsMoney() {
        assertThat(claims("When the bank failed, savers lost nearly $9bn and 4,000 staff lost their jobs.")).isEmpty();
        assertThat(only("The brigade lost about 300 fighters in the battle for the bridge.").quantity().value())
                .isEqualTo(300L);
    }

    @Test
    void shouldReadALossOfPatronsAsCustomLost() {
        assertThat(claims("The cable firm reported a net loss of 12,000 subscribers in the quarter.")).isEmpty();
        assertThat(only("The ferry went down with the loss of 70 passengers and crew.").kind())
                .isEqualTo(ClaimKind.KILLED);
    }

    @Test
    void shouldReadLegalChargesAsChargesNotCaptives() {
        assertThat(claims("The driver now faces four federal charges of kidnapping and two of robbery.")).isEmpty();
        assertThat(only("The gang kidnapped four farm workers near the border.").kind()).isEqualTo(ClaimKind.CAPTURED);
    }

    @Test
    void shouldCountWhoSawAKillingAsWitnessesNotVictims() {
        assertThat(claims("Nearly nine million viewers saw the detective killed off in the final episode.")).isEmpty();
        assertThat(claims("About 200 fans watched the old stand demolished.")).isEmpty();
        assertThat(only("Hundreds of residents watched as 12 people were pulled dead from the river.").quantity()
                .value()).isEqualTo(12L);
    }

    @Test
    void shouldReadSoldiersFoundSomewhereAsNoDeployment() {
        assertThat(claims("Experts think he is one of the 20 soldiers found buried near Arras, France, in 2010."))
                .isEmpty();
        assertThat(only("About 2,000 French soldiers are stationed in Chad.").kind()).isEqualTo(ClaimKind.TROOPS);
    }

    @Test
    void shouldReadTheOtherEndOfAnAmountAsThatAmount() {
        assertThat(claims("The fund pays between 20,000 stg and 40,000 in case of death.")).isEmpty();
        assertThat(claims("Two people died on 4 May and 11 on 5 May as the floods spread."))
                .extracting(c -> c.quantity().value()).containsExactly(2L, 11L);
    }

    @Test
    void shouldReadTheBaseOfARatioAsNoCount() {
        assertThat(claims("Only three out of 20 applicants for asylum were granted it last year.")).isEmpty();
        assertThat(claims("Barely one in five refugees has returned to the valley.")).isEmpty();
        // a number after "in" that no number comes before is still a count
        assertThat(only("Floods in four districts have displaced 3,000 refugees.").quantity().value())
                .isEqualTo(3_000L);
    }

    @Test
    void shouldReadAPlaceOfSomePeopleAsItsPopulation() {
        assertThat(kindsAndValues("About 40,000 people fled to Gabon, a country of 2 million people, officials said."))
                .containsExactly(tuple(ClaimKind.DISPLACED, 40_000L));
        assertThat(claims("The storm reached the island, a town of 9,000 residents, at dawn.")).isEmpty();
    }

    @Test
    void shouldReadAYearBeforeDeathsAsTheirDate() {
        assertThat(kindsAndValues("Historians reopened the 1956 deaths of four miners in the valley."))
                .containsExactly(tuple(ClaimKind.KILLED, 4L));
        assertThat(only("Officials counted 1,956 deaths in the floods.").quantity().value()).isEqualTo(1_956L);
    }

    @Test
    void shouldReadAnArticleOfAnUndertakingOrAQuarrelAsNoPerson() {
        assertThat(claims("Talks on a dispute over fishermen abducted years ago broke up without progress.")).isEmpty();
        assertThat(claims("A firefighter was burned during a rescue operation at the mill.")).isEmpty();
        assertThat(only("A rescuer was killed during the operation at the mine.").quantity().value()).isEqualTo(1L);
    }

    @Test
    void shouldGiveANumberAfterAnUnknownCoordinatedVerbToThatVerb() {
        assertThat(kindsAndValues("The raid killed six guards and freed 40 inmates from the jail."))
                .containsExactly(tuple(ClaimKind.KILLED, 6L));
        assertThat(kindsAndValues("The flood has killed 200 and turned 30,000 others into beggars."))
                .containsExactly(tuple(ClaimKind.KILLED, 200L));
        assertThat(kindsAndValues("The gang killed eight villagers, torching 60 huts as they left."))
                .containsExactly(tuple(ClaimKind.KILLED, 8L));
        // a known verb, a result or a sub-count after the first verb keeps its own reading
        assertThat(kindsAndValues("The crash killed 5 and seriously injured 9 others."))
                .containsExactly(tuple(ClaimKind.KILLED, 5L), tuple(ClaimKind.WOUNDED, 9L));
        assertThat(kindsAndValues("The shelling killed three people, leaving 12 wounded."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L), tuple(ClaimKind.WOUNDED, 12L));
    }

    @Test
    void shouldReadAPlatformThatFiresAsTheFirerNotAWeapon() {
        assertThat(kindsAndValues("On Friday, four warplanes fired eight missiles at the bridge."))
                .containsExactly(tuple(ClaimKind.WEAPONS, 8L));
        assertThat(claims("Two warships launched rockets at the harbour overnight.")).isEmpty();
        // platforms supplied or sent are weapons
        assertThat(only("The allies delivered 30 tanks to the army last month.").kind()).isEqualTo(ClaimKind.WEAPONS);
    }

    @Test
    void shouldCountNoTroopsInTaskForces() {
        assertThat(claims("The two task forces will report back to the council in April.")).isEmpty();
        assertThat(claims("The navy sent three task forces to the region on Monday.")).isEmpty();
        assertThat(only("A naval task force of 3,000 troops was sent to the gulf.").quantity().value())
                .isEqualTo(3_000L);
    }

    @Test
    void shouldCountNoTroopsInForcesNamedByAQualityOfNatureOrTheMind() {
        assertThat(claims("Fear of failure is one of the strongest motivational forces in any team.")).isEmpty();
        assertThat(claims("Economists say two market forces were deployed against the plan.")).isEmpty();
        // forces named otherwise stay troops
        assertThat(only("The ministry deployed 300 special forces to the border.").kind()).isEqualTo(ClaimKind.TROOPS);
    }

    @Test
    void shouldReadTheBaseOfAShareCountedInTheSingularAsNoCount() {
        assertThat(claims("Across the valley, roughly one farmer in six has lost a son to the fever.")).isEmpty();
        assertThat(claims("One adult out of every four has lost a relative in the war.")).isEmpty();
    }

    @Test
    void shouldCountNoPeopleInPartsOfTheBody() {
        assertThat(claims("The welder injured one of her eyes while grinding steel.")).isEmpty();
        assertThat(claims("A worker injured two fingers on the press.")).isEmpty();
        // a partitive of people stays a count of them
        assertThat(only("The blast injured two of the guards at the gate.").quantity().value()).isEqualTo(2L);
    }

    @Test
    void shouldReadAGerundThatIsTheSubjectOfAPresentCopulaAsTheDeedInGeneral() {
        assertThat(claims("He argued that wounding a burglar is always wrong.")).isEmpty();
        assertThat(claims("Killing a hostage is a crime under any law.")).isEmpty();
        assertThat(claims("She calls the law a mistake, and killing a stranger is no crime to her.")).isEmpty();
        // a gerund that opens a clause without a copula, or follows a word of its clause, tells a deed done
        assertThat(only("Killing 12 people, the bomb tore through the market.").quantity().value()).isEqualTo(12L);
        assertThat(only("The gunmen were accused of killing a guard.").kind()).isEqualTo(ClaimKind.KILLED);
        // a capitalised name is no copula, and a relative clause has its own
        assertThat(only("Troops stormed the hideout, killing 4 IS fighters and arresting 6.").quantity().value())
                .isEqualTo(4L);
        assertThat(only("A mine went off on the road, injuring a guard whose wounds are light.").kind())
                .isEqualTo(ClaimKind.WOUNDED);
    }

    @Test
    void shouldNotLetADenialInASubordinateClauseDenyTheMainClause() {
        assertThat(only("Although the firm will deny it, a review of four deaths linked to the pills is under way.")
                .status()).isEqualTo(ClaimStatus.REPORTED);
        // a number in the denial's own clause stays denied
        assertThat(only("After the army denied that 30 villagers were killed, reporters went to the village.").status())
                .isEqualTo(ClaimStatus.DENIED);
        assertThat(only("The ministry denied that 30 people were killed.").status()).isEqualTo(ClaimStatus.DENIED);
    }

    @Test
    void shouldNotLendAModalToAParticipleOnTheObjectOfItsVerb() {
        assertThat(only("The mayor will mourn the 40 miners killed in the collapse.").status())
                .isEqualTo(ClaimStatus.REPORTED);
        assertThat(only("The bomb could kill 40 miners.").status()).isEqualTo(ClaimStatus.POSSIBLE);
    }

    @Test
    void shouldReadABareNumberAfterAComparativeOfAGroupAsAnAge() {
        assertThat(claims("When the village fell, all over forty were killed by the militia.")).isEmpty();
        assertThat(claims("Anyone under 16 was wounded less often, the study found.")).isEmpty();
        // a comparative that opens the phrase qualifies a count of people
        assertThat(only("Over 40 were killed by the militia when the village fell.").quantity().low()).isEqualTo(40L);
    }

    @Test
    void shouldReadOneAfterADemonstrativeThatOpensItsClauseAsAPronoun() {
        assertThat(claims("He dropped the hammer on his toe. Ow, that one really hurts!")).isEmpty();
        // inside a clause the same words join one, where "one" counts a person
        assertThat(only("Police said that one guard was wounded in the raid.").quantity().value()).isEqualTo(1L);
        assertThat(only("Rebels shelled the post, after which one guard was wounded.").quantity().value())
                .isEqualTo(1L);
    }

    @Test
    void shouldReadTheNumberAfterHowManyOfAsAWhole() {
        assertThat(claims("No one can say how many of the 30,000 farm workers in the valley have fled.")).isEmpty();
        // a whole that is itself a toll stays one: its noun carries the casualty participle
        final Claim toll = only("It is still unclear how many of the 25 passengers killed in the crash were children.");
        assertThat(toll.kind()).isEqualTo(ClaimKind.KILLED);
        assertThat(toll.quantity().value()).isEqualTo(25L);
    }

    @Test
    void shouldGiveAPredicateTheModalOfItsOwnVerbGroupAfterTheFigure() {
        assertThat(only("Thousands of villagers, fearing the river, would have to be evacuated by boat.").status())
                .isEqualTo(ClaimStatus.PLANNED);
        // a verb group without a modal stays reported
        assertThat(only("Thousands of villagers, fearing the river, were evacuated by boat.").status())
                .isEqualTo(ClaimStatus.REPORTED);
    }
}
