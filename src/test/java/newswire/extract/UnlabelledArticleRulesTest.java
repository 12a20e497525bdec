package newswire.extract;

import static newswire.extract.Articles.claims;
import static newswire.extract.Articles.kindsAndValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import newswire.model.ClaimKind;
import org.junit.jupiter.api.Test;

/**
 * False alarms of whole news articles nobody labelled (the i15-enprec2 pool: Reuters-21578 wires, CNN and Daily Mail
 * stories), each rule with the claim it must still make: sentences of our own.
 */
class UnlabelledArticleRulesTest {

    @Test
    void shouldReadMoneyNamedByItsCurrencyAsNoLivesLost() {
        assertThat(claims("The steel group made a net loss of 412 mln francs last year.")).isEmpty();
        assertThat(claims("The bank reported a loss of 3.1 mln riyals at its branch.")).isEmpty();
        assertThat(claims("The miner posted a 1986 loss of 640,000 Canadian dlrs after writedowns.")).isEmpty();
        assertThat(claims("Its loss of 75 mln schillings was smaller than expected.")).isEmpty();
        // a measure of a later phrase is not the number's own
        assertThat(kindsAndValues("The clerk who shot and killed two co-workers two years ago goes on trial."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L));
        // a loss that no noun of people or lives counts is money, whatever follows the number
        assertThat(claims("It had a pretax loss of 2.4 mln against a 3.1 mln profit a year earlier.")).isEmpty();
        assertThat(claims("The quarter includes a tax loss of 95,000 vs a loss of 310,000 dlrs.")).isEmpty();
        // lives and people lost stay a toll
        assertThat(kindsAndValues("The regiment suffered the loss of 250 men in the assault."))
                .containsExactly(tuple(ClaimKind.KILLED, 250L));
        assertThat(kindsAndValues("The ferry sank with the loss of 212 lives."))
                .containsExactly(tuple(ClaimKind.KILLED, 212L));
        assertThat(kindsAndValues("The offensive ended with the loss of 900 government troops."))
                .containsExactly(tuple(ClaimKind.KILLED, 900L));
    }

    @Test
    void shouldReadPapersAFirmExecutesAsThings() {
        assertThat(claims("The company said it had executed a merger agreement with its largest rival.")).isEmpty();
        assertThat(claims("Both sides executed a letter of intent on Tuesday.")).isEmpty();
        assertThat(claims("The lender executed two lease documents covering the fleet.")).isEmpty();
        // people executed stay a toll
        assertThat(kindsAndValues("Rebels executed a village headman on Sunday."))
                .containsExactly(tuple(ClaimKind.KILLED, 1L));
        assertThat(kindsAndValues("The regime executed four political prisoners at dawn."))
                .containsExactly(tuple(ClaimKind.KILLED, 4L));
    }

    @Test
    void shouldReadGermsKilledAsThings() {
        assertThat(claims("The new rinse is good at killing a range of germs and viruses.")).isEmpty();
        assertThat(claims("Spraying killed millions of mosquitoes in the delta.")).isEmpty();
        assertThat(kindsAndValues("The outbreak of the virus killed 40 villagers."))
                .containsExactly(tuple(ClaimKind.KILLED, 40L));
    }

    @Test
    void shouldReadAPartOfAnUnnumberedTollAsASubCount() {
        assertThat(claims("Three of the wounded were still in intensive care on Friday.")).isEmpty();
        assertThat(claims("One of the injured workers remains in the hospital.")).isEmpty();
        assertThat(claims("Doctors said five of the dead were children.")).isEmpty();
        assertThat(claims("Nine of those killed had been guests at the hotel.")).isEmpty();
        // a part of a group of people that the verb tells of, and the toll itself, stay claims
        assertThat(kindsAndValues("Three of the guards were wounded in the attack."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 3L));
        assertThat(kindsAndValues("The blast killed 14 people and wounded 30, officials said."))
                .containsExactly(tuple(ClaimKind.KILLED, 14L), tuple(ClaimKind.WOUNDED, 30L));
        assertThat(kindsAndValues("Six of the 20 wounded remained in hospital."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 20L));
        // where the predicate found is the toll's own word, the part is dropped rather than given the toll's kind
        assertThat(claims("Gunmen stormed the ward and killed two of the wounded.")).isEmpty();
        assertThat(claims("Two of the wounded later died in hospital.")).isEmpty();
    }

    @Test
    void shouldReadACountBeforeACurrencyThatIsAlsoAWordAsACount() {
        // "marks", "crowns" and "rand" are English words too: after a toll they are a verb or a noun, not money
        assertThat(kindsAndValues("The bombing that killed 85 marks the deadliest attack in a decade."))
                .containsExactly(tuple(ClaimKind.KILLED, 85L));
        // a loss of them is still money: a scale in the number and no noun of people
        assertThat(claims("The group made a net loss of 50 mln marks last year.")).isEmpty();
    }

    @Test
    void shouldReadALossOfPeopleTheLexiconDoesNotListAsAToll() {
        assertThat(kindsAndValues("The fire brigade mourned the loss of 15 firefighters."))
                .containsExactly(tuple(ClaimKind.KILLED, 15L));
        assertThat(kindsAndValues("The crash caused the loss of two crew members."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L));
        // a scaled number with no noun of people is money; goods counted in their packages are no one
        assertThat(claims("The unit reported a loss of 2.5 mln shares in turnover.")).isEmpty();
        assertThat(claims("Pod rot can cause the loss of over 300,000 bags of cocoa in a month.")).isEmpty();
    }

    @Test
    void shouldReadOnlyAStateAsFoundAfterAPerception() {
        assertThat(kindsAndValues("Two hikers were found dead near the summit."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L));
        assertThat(claims("Two climbers were found lost in the fog and led down.")).isEmpty();
    }

    @Test
    void shouldReadTheDeadOfAWholeYearAsATallyNotAnEvent() {
        assertThat(claims("A monitoring group says at least 240 journalists were killed worldwide in 2019.")).isEmpty();
        assertThat(claims("Sixty miners died in Shanxi in 2016, a rise of 12% on the year before.")).isEmpty();
        assertThat(claims("Forty wardens were wounded by poachers in 2018, the park service said.")).isEmpty();
        // a determiner picks out one event or place; one person is one event
        assertThat(kindsAndValues("41 workers were killed at a refinery in 2015."))
                .containsExactly(tuple(ClaimKind.KILLED, 41L));
        assertThat(kindsAndValues("Nineteen people died in the flood in 2021."))
                .containsExactly(tuple(ClaimKind.KILLED, 19L));
        assertThat(kindsAndValues("A teacher died in Leeds in 2009."))
                .containsExactly(tuple(ClaimKind.KILLED, 1L));
        // the year closes another clause than the figure's: a coordinated verb, another figure
        assertThat(kindsAndValues("25 people were wounded and evacuated to Herat in 2021."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 25L));
        assertThat(kindsAndValues("Four guards were killed and 9 others were hurt in 2020."))
                .contains(tuple(ClaimKind.KILLED, 4L));
        // a year the clause goes on past names when the events it then names happened; an era is no single year
        assertThat(kindsAndValues("Seventy people had been killed so far in 2016 in attacks on markets."))
                .containsExactly(tuple(ClaimKind.KILLED, 70L));
        assertThat(kindsAndValues("2,000 people were killed for their politics during the junta from 1976 to 1983."))
                .containsExactly(tuple(ClaimKind.KILLED, 2000L));
        // the subject's own deed is no tally of it
        assertThat(kindsAndValues("Floods killed 185 people in 2024."))
                .containsExactly(tuple(ClaimKind.KILLED, 185L));
    }

    @Test
    void shouldReadAPartOfAWholeWithItsOwnRelativeClauseAsASubCount() {
        assertThat(kindsAndValues("One of the three nurses who died had worked there for years."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L));
        assertThat(kindsAndValues("Two of the 14 passengers who were injured are in serious condition."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 14L));
        // a relative clause on someone else, and a part the verb tells of, stay what they were
        assertThat(kindsAndValues("One of the men who killed five villagers was arrested."))
                .containsExactly(tuple(ClaimKind.KILLED, 5L));
        assertThat(kindsAndValues("Four of the 30 hostages were killed in the raid."))
                .containsExactly(tuple(ClaimKind.KILLED, 4L));
    }

    @Test
    void shouldReadWhomACourtSentencesAsTheAccusedNotTheHarmed() {
        assertThat(claims("A judge sentenced five men to prison for the killing.")).isEmpty();
        assertThat(claims("Prosecutors said a court had sentenced three men to death for the killing of the guards."))
                .isEmpty();
        assertThat(claims("The military court jailed 11 soldiers over the killing, the army said.")).isEmpty();
        assertThat(kindsAndValues("The jury convicted two guards of wounding an inmate with a baton."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 1L));
        assertThat(kindsAndValues("The court jailed three smugglers for the deaths of 14 migrants at sea."))
                .containsExactly(tuple(ClaimKind.KILLED, 14L));
        // the harm the verdict was for stays a claim; the doers of a harm and its victims stay what they were
        assertThat(kindsAndValues("He was convicted of killing four people in a courthouse shooting."))
                .containsExactly(tuple(ClaimKind.KILLED, 4L));
        assertThat(kindsAndValues("The gunman killed four men outside a bar on Saturday."))
                .containsExactly(tuple(ClaimKind.KILLED, 4L));
        assertThat(kindsAndValues("Police arrested two men after the killing of three farmers."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L));
    }

    @Test
    void shouldReadAPredicateWhoseSubjectNamesNoOneAsGoverningNoNumber() {
        assertThat(claims("Nobody was hurt in the blaze, which started after three workers left a heater on.")).isEmpty();
        assertThat(claims("No one was injured in the robbery, which began after two masked men entered the shop."))
                .isEmpty();
        assertThat(claims("Nobody died; firefighters rescued 12 people from the roof.")).isEmpty();
        // a word of no one that is no subject of the verb, and a later clause's own verb, still count
        assertThat(kindsAndValues("There is no doubt the blast killed three people."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L));
        assertThat(kindsAndValues("Nobody was hurt in the first blast, but a second bomb killed four soldiers."))
                .containsExactly(tuple(ClaimKind.KILLED, 4L));
        assertThat(kindsAndValues("Two people were killed and no one else was hurt."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L));
        // a word of no one inside another phrase is not the subject (review, session 19)
        assertThat(kindsAndValues("Gunmen with no uniforms killed three villagers near the market on Tuesday."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L));
        assertThat(kindsAndValues("There were no warnings before militants killed six people in the town square."))
                .containsExactly(tuple(ClaimKind.KILLED, 6L));
        assertThat(kindsAndValues("Police had no suspects after gunmen killed four men in the village."))
                .containsExactly(tuple(ClaimKind.KILLED, 4L));
        // a clause opened after a speech verb has its own subject
        assertThat(claims("Police said nobody was hurt in the fire, which broke out after two guards left.")).isEmpty();
    }

    @Test
    void shouldPassAnAsideBetweenDoubledDashes() {
        // the year's tally past a sub-count told between dashes
        assertThat(claims("Twelve deputies were killed by gunfire -- four of them in ambushes -- in 2016, the "
                + "association said.")).isEmpty();
        assertThat(claims("Nine guards were killed -- three of them in one raid -- in 2019.")).isEmpty();
        assertThat(claims("Nine guards were killed -- three of them in 2017-18 -- in 2019.")).isEmpty();
        // the total before a doubled-dash aside is the phrase's count, not the part inside it
        assertThat(kindsAndValues("Three soldiers -- two of them officers -- were killed in the ambush."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L));
        // a doubled dash that opens a relative clause, no aside, is passed as one mark
        assertThat(kindsAndValues("Two of the gunmen -- who were killed in the raid -- have been named."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L));
        // one event, its aside and no year, stays a claim
        assertThat(kindsAndValues("Seven guards were killed in a raid -- the third this month -- on the border."))
                .containsExactly(tuple(ClaimKind.KILLED, 7L));

        // an aside that tells of one event is no sub-count: the year after it does not make a tally (review, session 19)
        assertThat(kindsAndValues("Eight soldiers were killed (in a single ambush) in 2015, the army said."))
                .containsExactly(tuple(ClaimKind.KILLED, 8L));
        assertThat(kindsAndValues("Twelve worshippers were killed -- in an attack on a mosque -- in 2014, officials said."))
                .containsExactly(tuple(ClaimKind.KILLED, 12L));
    }

    @Test
    void shouldReadANegativeInversionAsADeedThatDidNotHappen() {
        assertThat(claims("Not since Mary Jones, a farmer convicted of theft and pardoned years later, has Ohio executed "
                + "a woman.")).isEmpty();
        assertThat(claims("Never before had a soldier been killed in the quiet town.")).isEmpty();
        assertThat(claims("Not since 1990 has the county executed two prisoners in one week.")).isEmpty();
        assertThat(claims("\"Never again will the rebels kidnap a child,\" the governor said.")).isEmpty();
        // a later clause with its own subject, and a sentence with no inversion, still tell what happened
        assertThat(kindsAndValues("Never had the town been so quiet, until gunmen killed three guards at the gate."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L));
        assertThat(kindsAndValues("Not since 2001 has the city seen such grief after a bomb killed 30 people."))
                .containsExactly(tuple(ClaimKind.KILLED, 30L));
        assertThat(kindsAndValues("Rarely has the army lost so many men in a day; 12 soldiers were killed on Monday."))
                .containsExactly(tuple(ClaimKind.KILLED, 12L));
        assertThat(kindsAndValues("Gunmen had never before attacked the town, but on Monday they killed four guards."))
                .containsExactly(tuple(ClaimKind.KILLED, 4L));
        assertThat(kindsAndValues("Never one to hide, the mayor said rebels had killed a teacher."))
                .containsExactly(tuple(ClaimKind.KILLED, 1L));
    }

    @Test
    void shouldReadTheVerbAfterAWholesRelativeClauseAsThePartsOwn() {
        assertThat(kindsAndValues("Three of the 20 people who were injured died later in hospital."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 3L), tuple(ClaimKind.WOUNDED, 20L));
        assertThat(kindsAndValues("Two of the 15 passengers who were hurt in the crash died on Sunday."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 2L), tuple(ClaimKind.WOUNDED, 15L));
        assertThat(kindsAndValues("Four of the nine hostages who were kidnapped were killed by their captors."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 4L), tuple(ClaimKind.CAPTURED, 9L));
        // no verb of a kind after the clause, or the same outcome again: the part stays a sub-count
        assertThat(kindsAndValues("Three of the 20 people who were injured remained in hospital."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 20L));
        assertThat(kindsAndValues("Two of the 12 men who were killed were soldiers."))
                .containsExactly(tuple(ClaimKind.KILLED, 12L));
        assertThat(kindsAndValues("Five of the 30 people who were wounded were treated for burns."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 30L));
        assertThat(kindsAndValues("One of the two teachers who died was a newlywed."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L));
        // a later verb of another kind that is no worse outcome (moved, not killed) leaves the part a sub-count
        assertThat(kindsAndValues("Nine of the 50 people who were injured were evacuated by helicopter."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 50L));
        assertThat(kindsAndValues("Six of the 40 miners who were hurt were flown to the capital by helicopter."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 40L));
        assertThat(kindsAndValues("Two of the 18 villagers who were wounded were evacuated to the city."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 18L));
    }
}
