package newswire.extract;

import static newswire.extract.Articles.claims;
import static newswire.extract.Articles.kindsAndValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import newswire.model.ClaimKind;
import org.junit.jupiter.api.Test;

/** Phrasings of one-paragraph incident descriptions in encyclopedia lists (eval/wiki-incidents tune part): sentences of our own. */
class IncidentListRulesTest {

    @Test
    void shouldCountTheNumberAfterAWordOfMoreOfTheSame() {
        assertThat(kindsAndValues("The raiders shot dead 3 herders and wounded another seven."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 3L), tuple(ClaimKind.WOUNDED, 7L));
        assertThat(kindsAndValues("A grenade killed two vendors, injuring another 15."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 2L), tuple(ClaimKind.WOUNDED, 15L));
        assertThat(kindsAndValues("The sniper killed one guard and wounded a further four."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 1L), tuple(ClaimKind.WOUNDED, 4L));
        // "another" alone is still one more, and a noun after the number is still counted
        assertThat(kindsAndValues("The sniper killed one guard and wounded another."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 1L), tuple(ClaimKind.WOUNDED, 1L));
        assertThat(kindsAndValues("The sniper wounded another six villagers."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 6L));
        // no verb that takes people before it: no one
        assertThat(claims("The rivals blamed one another for the delay.")).isEmpty();
        assertThat(claims("The ministry ordered another 500 tents for the camp.")).isEmpty();
        assertThat(claims("The company will pay another 40 next year.")).isEmpty();
    }

    @Test
    void shouldGiveEveryItemOfAListOfCountsTheVerbAfterItsLastItem() {
        assertThat(kindsAndValues("At least 14 villagers, 3 nurses and 2 raiders were killed in the assault."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, null), tuple(ClaimKind.KILLED, 3L),
                        tuple(ClaimKind.KILLED, 2L));
        assertThat(kindsAndValues("Nine farmers, two clerks, and a ferryman died in the air raid."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 9L), tuple(ClaimKind.KILLED, 2L),
                        tuple(ClaimKind.KILLED, 1L));
        // the same list after an active verb, with or without the comma before "and"
        assertThat(kindsAndValues("The shelling killed 11 herders, 4 teachers, and 6 porters."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 11L), tuple(ClaimKind.KILLED, 4L),
                        tuple(ClaimKind.KILLED, 6L));
        assertThat(kindsAndValues("The shelling killed 11 herders, 4 clerks and 6 porters."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 11L), tuple(ClaimKind.KILLED, 4L),
                        tuple(ClaimKind.KILLED, 6L));
    }

    @Test
    void shouldNotReadAListWhereTheCommaClosesAClause() {
        // a comma after a lone phrase closes its clause: the next count has its own verb
        assertThat(kindsAndValues("The shelling killed 11 herders, and 4 porters were detained."))
                .containsExactly(tuple(ClaimKind.KILLED, 11L));
        assertThat(kindsAndValues("The shelling killed 11 herders, 4 porters were wounded and 2 went missing."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 11L), tuple(ClaimKind.WOUNDED, 4L));
        // an aside that is no count stays an aside
        assertThat(kindsAndValues("Fifteen miners, most of them migrants, were killed."))
                .containsExactly(tuple(ClaimKind.KILLED, 15L));
        // a list of things or of people no verb of harm governs: no one
        assertThat(claims("Officers arrested 12 men, 3 women, and 4 boys after the march.")).isEmpty();
        assertThat(claims("The rebels took 3 trucks, 2 jeeps, and 40 rifles from the depot.")).isEmpty();
    }

    @Test
    void shouldNotGiveAListTheVerbOfALaterClauseWithItsOwnCount() {
        // a list of who was there, then a clause with a count of its own: its verb is that count's alone
        assertThat(kindsAndValues("The boat was carrying 30 migrants, 4 crew and a captain; 12 drowned."))
                .containsExactly(tuple(ClaimKind.KILLED, 12L));
        assertThat(kindsAndValues("The convoy included 20 aid workers, 5 drivers and a doctor; 3 were killed."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L));
        assertThat(kindsAndValues("The bus carried 40 passengers, 2 drivers and a guide, and 5 were killed."))
                .containsExactly(tuple(ClaimKind.KILLED, 5L));
        // two phrases joined by "and" alone, the same
        assertThat(kindsAndValues("The ferry was carrying 25 pilgrims, 3 sailors and a cook; 9 drowned."))
                .containsExactly(tuple(ClaimKind.KILLED, 9L));
        assertThat(kindsAndValues("The column included 14 medics, 6 drivers and a translator; 2 were killed."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L));
        assertThat(kindsAndValues("The coach carried 35 tourists, 3 drivers and a guide, and 4 were killed."))
                .containsExactly(tuple(ClaimKind.KILLED, 4L));
        // the verb right after the last item is still every item's
        assertThat(kindsAndValues("Eight villagers, 2 soldiers and a nurse were killed; 5 others were hurt."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 8L), tuple(ClaimKind.KILLED, 2L),
                        tuple(ClaimKind.KILLED, 1L), tuple(ClaimKind.WOUNDED, 5L));
    }

    @Test
    void shouldNotReadAReportingAsideAsAListItem() {
        assertThat(kindsAndValues("The blast killed 12 civilians, an army statement said, and 30 others were hurt."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 12L), tuple(ClaimKind.WOUNDED, 30L));
        assertThat(kindsAndValues("The blast killed 12 civilians, 2 officials said, and 3 soldiers were wounded."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 12L), tuple(ClaimKind.WOUNDED, 3L));
        assertThat(kindsAndValues("The blast killed 12 civilians, a UN official told reporters, and 3 aid workers were "
                + "wounded.")).containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 12L), tuple(ClaimKind.WOUNDED, 3L));
        assertThat(kindsAndValues("The bomb killed 14 shoppers, a police statement said, and 20 others were hurt."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 14L), tuple(ClaimKind.WOUNDED, 20L));
        assertThat(kindsAndValues("The raid killed 7 villagers, 3 elders said, and 4 guards were wounded."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 7L), tuple(ClaimKind.WOUNDED, 4L));
        assertThat(kindsAndValues("The mine killed 5 herders, a district official told reporters, and 2 boys were wounded."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 5L), tuple(ClaimKind.WOUNDED, 2L));
    }

    @Test
    void shouldReadAnItemOpenedByAnArticleInsideAListAsOnePerson() {
        assertThat(kindsAndValues("12 civilians, a guard, and 5 attackers were killed."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 12L), tuple(ClaimKind.KILLED, 1L),
                        tuple(ClaimKind.KILLED, 5L));
        assertThat(kindsAndValues("17 pilgrims, a porter, and 4 gunmen were killed."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 17L), tuple(ClaimKind.KILLED, 1L),
                        tuple(ClaimKind.KILLED, 4L));
        // an aside opened by "a" that counts no one stays an aside
        assertThat(kindsAndValues("30 pilgrims, a majority of them elderly, and two porters were killed."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 30L), tuple(ClaimKind.KILLED, 2L));
        assertThat(kindsAndValues("17 pilgrims, 2 porters, and 4 gunmen were killed."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 17L), tuple(ClaimKind.KILLED, 2L),
                        tuple(ClaimKind.KILLED, 4L));
    }

    @Test
    void shouldReadTheItemsOfAListAfterAWordOfInclusionAsPartsOfTheGroup() {
        // the people a group named by its harm included, each item a part, none a claim of its own
        assertThat(claims("In addition to the crew, the dead included four Germans, three Swedes, two Danes, a Pole and"
                + " a Briton, officials said.")).isEmpty();
        assertThat(kindsAndValues("A bomb exploded in a market, killing 14 people. The dead included three children,"
                + " two police officers and a vendor.")).containsExactly(tuple(ClaimKind.KILLED, 14L));
        assertThat(kindsAndValues("The attack killed 40 people, including 12 children, three women and a guard."))
                .containsExactly(tuple(ClaimKind.KILLED, 40L));
        // a number whose own verb follows it after "included" counts its kind; a list of its own stays one
        assertThat(kindsAndValues("Casualties included 5 killed and 12 wounded, the ministry said."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 5L), tuple(ClaimKind.WOUNDED, 12L));
        assertThat(kindsAndValues("Gunmen killed 12 soldiers, 3 police officers and a driver near the border."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 12L), tuple(ClaimKind.KILLED, 3L),
                        tuple(ClaimKind.KILLED, 1L));
    }

    @Test
    void shouldNotCloseAListOfTwoWithTheCommaBeforeAnd() {
        // a lone phrase, or the last of two joined by "and", then ", and": the comma closes a clause, whose count has
        // its own verb; who was aboard is not who died
        assertThat(kindsAndValues("The plane with 90 passengers and 4 pilots crashed, and 30 people died."))
                .containsExactly(tuple(ClaimKind.KILLED, 30L));
        assertThat(kindsAndValues("The jet with 80 passengers, 5 crew and 2 pilots crashed, and 12 people died."))
                .containsExactly(tuple(ClaimKind.KILLED, 12L));
        assertThat(kindsAndValues("The bus carried 40 pilgrims, and 12 died on the way."))
                .containsExactly(tuple(ClaimKind.KILLED, 12L));
        // a list of three or more still closes on ", and"
        assertThat(kindsAndValues("Six herders, 2 clerks, and 3 drivers died in the crash."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 6L), tuple(ClaimKind.KILLED, 2L),
                        tuple(ClaimKind.KILLED, 3L));
        assertThat(kindsAndValues("The flood killed 21 farmers, 4 teachers, 2 nurses, and a priest."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 21L), tuple(ClaimKind.KILLED, 4L),
                        tuple(ClaimKind.KILLED, 2L), tuple(ClaimKind.KILLED, 1L));
    }

    @Test
    void shouldGiveAnItemTheSharedVerbUnlessItsNounsClassRefusesIt() {
        // vehicles and aircraft in a list of troops sent are not troops
        assertThat(kindsAndValues("The army deployed 2,000 troops, 30 tanks and 8 helicopters to the north."))
                .containsExactly(tuple(ClaimKind.TROOPS, 2000L));
        assertThat(kindsAndValues("The army deployed 2,000 troops and 30 tanks to the north."))
                .containsExactly(tuple(ClaimKind.TROOPS, 2000L));
        assertThat(kindsAndValues("Rebels captured 15 soldiers, 3 tanks and two villages."))
                .containsExactly(tuple(ClaimKind.CAPTURED, 15L));
        // a noun the lexicon does not know has no class to refuse the verb: it shares it, as a verb of its own
        assertThat(kindsAndValues("The army deployed 2,000 troops and 300 gendarmes to the north."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.TROOPS, 2000L), tuple(ClaimKind.TROOPS, 300L));
        assertThat(kindsAndValues("Rebels captured 15 soldiers and 4 militiamen near the dam."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.CAPTURED, 15L), tuple(ClaimKind.CAPTURED, 4L));
    }

    @Test
    void shouldCountMedicsAsPeopleNotTroops() {
        // a verb of sending troops does not fit medics, and a medic is one of the hurt whatever the verb's strength
        assertThat(kindsAndValues("The ministry deployed 500 soldiers and 25 paramedics to the valley."))
                .containsExactly(tuple(ClaimKind.TROOPS, 500L));
        assertThat(kindsAndValues("Three medics were hurt when the rocket struck the clinic."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 3L));
        assertThat(kindsAndValues("The drone killed two medics near the front line."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L));
    }

    @Test
    void shouldStillShareAVerbOfPeopleAndSumTheDead() {
        // a regression guard (as before the rule of the shared verb's fit): a verb that takes both nouns is shared
        assertThat(kindsAndValues("Gunmen killed 9 soldiers and 3 policemen at the checkpoint."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 9L), tuple(ClaimKind.KILLED, 3L),
                        tuple(ClaimKind.KILLED, 12L));
    }

    @Test
    void shouldCountOnePersonNamedBeforeAndNOthersInTheirToll() {
        assertThat(kindsAndValues("The bomb killed the consul and three others outside the embassy."))
                .containsExactly(tuple(ClaimKind.KILLED, 4L));
        assertThat(kindsAndValues("A guard and two others were wounded when the shell landed."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 3L));
        assertThat(kindsAndValues("Rebels kidnapped her eldest son and five other people on Sunday."))
                .containsExactly(tuple(ClaimKind.CAPTURED, 6L));
        assertThat(kindsAndValues("Gunmen shot dead Ahmed Karimi and two others at the market."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L));
        // a place or a people of the gazetteer before the name is its title's, not the phrase's end
        assertThat(kindsAndValues("Gunmen killed Kenyan Minister Paul Otieno and two other people."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L));
        // a singular in -ss is one person; a reflexive or a personal pronoun too
        assertThat(kindsAndValues("The clerk said the boss and two others were killed."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L));
        assertThat(kindsAndValues("A witness and four others were hurt in the stampede."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 5L));
        assertThat(kindsAndValues("The attacker killed himself and six others at the gate."))
                .containsExactly(tuple(ClaimKind.KILLED, 7L));
        // an article's one person is one of the toll, not a toll of its own beside it
        assertThat(kindsAndValues("Gunmen killed a teacher and four others on Monday."))
                .containsExactly(tuple(ClaimKind.KILLED, 5L));
        // a pair is two people
        assertThat(kindsAndValues("The elderly couple and three others were abducted at dawn."))
                .containsExactly(tuple(ClaimKind.CAPTURED, 5L));
    }

    @Test
    void shouldCountEveryPersonOfAListBeforeAndNOthers() {
        assertThat(kindsAndValues("The judge, his clerk and two others were shot dead."))
                .containsExactly(tuple(ClaimKind.KILLED, 4L));
        assertThat(kindsAndValues("The judge, his clerk, and two others were shot dead."))
                .containsExactly(tuple(ClaimKind.KILLED, 4L));
        assertThat(kindsAndValues("Raiders kidnapped his son, a nephew and three others."))
                .containsExactly(tuple(ClaimKind.CAPTURED, 5L));
        // the list stops at a phrase that names no one person: an adverbial before the comma
        assertThat(kindsAndValues("In the north, the judge and two others were shot dead."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L));
        assertThat(kindsAndValues("On Friday, a guard and two others were wounded."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 3L));
    }

    @Test
    void shouldNameNoOnePersonBesideOthersWhereThePhraseIsNoneOrSomeoneElses() {
        // plurals, in -s or not, and groups: many people or an unknown number of them
        assertThat(kindsAndValues("The shelling killed the guards and three others."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L));
        assertThat(kindsAndValues("The raiders killed the herdsmen and two others."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L));
        assertThat(kindsAndValues("The mob attacked the police and four others were hurt."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 4L));
        assertThat(kindsAndValues("The storm killed the crew and two others."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L));
        assertThat(kindsAndValues("The household and three others were hurt in the flood."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 3L));
        assertThat(kindsAndValues("The family and three others were killed."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L));
        // a capital that opens the sentence, a people of the gazetteer, a counted noun: no name of one person
        assertThat(kindsAndValues("Villagers and five others were wounded in the raid."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 5L));
        assertThat(kindsAndValues("Afghans and two others were killed at the crossing."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L));
        assertThat(kindsAndValues("The ambush killed 3 Marines and two others."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 3L), tuple(ClaimKind.KILLED, 2L),
                        tuple(ClaimKind.KILLED, 5L));
        // the object of a preposition, or of the verb of a clause of its own, is not one of the others
        assertThat(kindsAndValues("A guard died at the gate and three others were hurt."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 1L), tuple(ClaimKind.WOUNDED, 3L));
        assertThat(kindsAndValues("One boy was hit in the leg and two others were injured."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 2L));
        assertThat(kindsAndValues("A sniper killed a guard and three others were wounded."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 1L), tuple(ClaimKind.WOUNDED, 3L));
        // a thing, or a verb that ends a clause of its own
        assertThat(kindsAndValues("The blast killed a soldier and wounded three others."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 1L), tuple(ClaimKind.WOUNDED, 3L));
        assertThat(kindsAndValues("One guard was shot dead and two others were hurt."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 1L), tuple(ClaimKind.WOUNDED, 2L));
        assertThat(kindsAndValues("The fire destroyed the school and killed two others nearby."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L));
    }

    @Test
    void shouldReadAListOfAgesAfterItsNounAsNoCounts() {
        assertThat(kindsAndValues("Three men, aged 20, 22 and 25, were killed in the raid."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L));
        assertThat(kindsAndValues("Two women aged 31 and 40 were wounded by the shell."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 2L));
        // a list of counts with no word of age stays one
        assertThat(kindsAndValues("The flood killed 21 farmers, 4 teachers and 2 nurses."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 21L), tuple(ClaimKind.KILLED, 4L),
                        tuple(ClaimKind.KILLED, 2L));
    }

    @Test
    void shouldCountThePersonBeforeAnAgeSetOffByCommasBesideTheOthers() {
        assertThat(kindsAndValues("The mortar killed the shepherd, 71, and three others near the well."))
                .containsExactly(tuple(ClaimKind.KILLED, 4L));
        assertThat(kindsAndValues("Bandits shot dead a trader, aged 44, and two others on the highway."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L));
        // a relative clause on the one person, in the subject
        assertThat(kindsAndValues("The pilot, who was flying alone, and four others died in the crash."))
                .containsExactly(tuple(ClaimKind.KILLED, 5L));
        // a count between the commas is an item of a list, no modifier: the list before it names no one person
        assertThat(kindsAndValues("The mortar killed the shepherds, 7 goats, and three others near the well."))
                .doesNotContain(tuple(ClaimKind.KILLED, 4L), tuple(ClaimKind.KILLED, 11L));
    }

    @Test
    void shouldAddACountedItemOfTheListBeforeTheOnePersonAndTheOthers() {
        assertThat(kindsAndValues("The avalanche killed two porters, a guide and three others on the pass."))
                .containsExactly(tuple(ClaimKind.KILLED, 6L));
        assertThat(kindsAndValues("Four nurses, a cook, a porter and two others were hurt in the fire."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 8L));
        // a count of things is no item of people; an approximate count is not summed
        assertThat(kindsAndValues("The avalanche killed two trucks, a guide and three others on the pass."))
                .containsExactly(tuple(ClaimKind.KILLED, 4L));
        assertThat(kindsAndValues("The avalanche killed about 30 porters, a guide and three others on the pass."))
                .doesNotContain(tuple(ClaimKind.KILLED, 34L), tuple(ClaimKind.KILLED, 35L));
    }

    @Test
    void shouldCountNMoreAfterOnePersonAsPeople() {
        assertThat(kindsAndValues("The ambush killed a ranger and four more on the track."))
                .containsExactly(tuple(ClaimKind.KILLED, 5L));
        assertThat(kindsAndValues("Pirates kidnapped the captain and six more from the trawler."))
                .containsExactly(tuple(ClaimKind.CAPTURED, 7L));
        // a thing before "and N more" makes no count of people; "more" with a verb of its own is its own clause
        assertThat(claims("The storm sank a ferry and four more in the harbour.")).isEmpty();
        assertThat(kindsAndValues("The blast killed a porter and four more were wounded."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 1L), tuple(ClaimKind.WOUNDED, 4L));
    }

    @Test
    void shouldTakeNoCountedItemFromAnotherClauseIntoTheList() {
        // the count is the object of a fronted clause's verb, or of a subordinate clause's, not an item of the subject
        assertThat(kindsAndValues("After feeding 25 orphans, a cook and two others were hurt by a falling wall."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 3L));
        assertThat(kindsAndValues("When the boat picked up the six fishermen, a sailor and four others drowned."))
                .contains(tuple(ClaimKind.KILLED, 5L)).doesNotContain(tuple(ClaimKind.KILLED, 11L));
        assertThat(kindsAndValues("While the crew loaded nine crates, a porter and two others were hurt."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 3L));
        // the subject's own list keeps its counted item
        assertThat(kindsAndValues("Doctors said three nurses, a cook and two others died in the fire."))
                .containsExactly(tuple(ClaimKind.KILLED, 6L));
    }

    @Test
    void shouldCountNMoreAsPeopleOnlyWhenMoreEndsItsPhrase() {
        assertThat(kindsAndValues("The landslide killed a herder and three more goats near the ridge."))
                .containsExactly(tuple(ClaimKind.KILLED, 1L));
        assertThat(kindsAndValues("The storm killed a rancher and 50 more head of sheep."))
                .containsExactly(tuple(ClaimKind.KILLED, 1L));
        // a word that is no verb of the lexicon after "more" may be its noun or its own clause's verb: no one more
        assertThat(kindsAndValues("Police killed a smuggler and four more vanished into the hills."))
                .containsExactly(tuple(ClaimKind.KILLED, 1L));
        // a time word, a preposition or a comma ends the phrase
        assertThat(kindsAndValues("The raid killed a teacher and two more yesterday."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L));
        assertThat(kindsAndValues("The raid killed a teacher and two more, the mayor said."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L));
    }

    @Test
    void shouldKeepTheOnePersonWhenTheMoreAreAnApproximateCount() {
        // no sum of one and "at least four": the one person keeps a claim of his own
        assertThat(kindsAndValues("The drone killed a rebel commander and at least four more."))
                .contains(tuple(ClaimKind.KILLED, 1L));
    }

    @Test
    void shouldReadACountAfterAnAgeAsACountOfItsOwn() {
        // a number with a noun of its own, or after a list's "and" was spent, is no age
        assertThat(kindsAndValues("A man aged 30 and 12 others were wounded in the blast."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 12L));
        assertThat(kindsAndValues("A man aged 45, 3 women and 2 children were killed in the fire."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 3L), tuple(ClaimKind.KILLED, 2L));
        assertThat(kindsAndValues("A boy aged 9, two women and a man were wounded when the shell hit."))
                .contains(tuple(ClaimKind.WOUNDED, 2L));
        assertThat(kindsAndValues("The dead were a woman aged 60, 4 men and a girl, police said."))
                .contains(tuple(ClaimKind.KILLED, 4L));
        assertThat(kindsAndValues("Two pupils aged 12 and 13 and four others were hurt in the crash."))
                .doesNotContain(tuple(ClaimKind.WOUNDED, 13L)).contains(tuple(ClaimKind.WOUNDED, 4L));
    }

    @Test
    void shouldNameNoOnePersonBesideOthersWhoIsTheObjectOfAnyVerbOrADate() {
        // "shot" and "shelled" are no casualty verbs of the lexicon, yet they open a clause of their own
        assertThat(kindsAndValues("A gunman shot a guard and three others were hurt in the exchange."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 3L));
        assertThat(kindsAndValues("Troops shelled a kindergarten and two others were wounded."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 2L));
        // a reporting verb opens no clause the phrase is the object of
        assertThat(kindsAndValues("Police said a guard and three others were wounded."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 4L));
        // any verb of the lexicon after the others opens their own clause
        assertThat(kindsAndValues("Soldiers shot a bandit and two others fled on foot."))
                .doesNotContain(tuple(ClaimKind.DISPLACED, 3L));
        // a participle after the others modifies them: the medic is still one of them (the kind is another matter)
        assertThat(kindsAndValues("The shell killed a medic and two others fleeing the convoy."))
                .doesNotContain(tuple(ClaimKind.DISPLACED, 2L), tuple(ClaimKind.KILLED, 2L));
        // a capitalised weekday is no name: the soldier is the one person beside the others
        assertThat(kindsAndValues("The militants killed a soldier Tuesday and two others Wednesday."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L));
    }

    @Test
    void shouldStillClaimNothingOfAGenericSingular() {
        // a regression guard (nothing claimed before the rule of one person beside "N others" either)
        assertThat(claims("A soldier can be killed by a single sniper at that range.")).isEmpty();
        assertThat(claims("Every driver who is injured must report to the clinic.")).isEmpty();
    }
}
