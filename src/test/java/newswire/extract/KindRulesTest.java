package newswire.extract;

import static newswire.extract.Articles.claims;
import static newswire.extract.Articles.kindsAndValues;
import static newswire.extract.Articles.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import newswire.model.Claim;
import newswire.model.ClaimKind;
import newswire.model.CleanArticle;
import org.junit.jupiter.api.Test;

/** What a number counts and what happened to it. */
class KindRulesTest {

    @Test
    void shouldReadTroopsSentStationedOrRecruited() {
        final Claim stationed = only("Belarus has stationed about 4,000 soldiers near the Polish border, the defence "
                + "ministry in Minsk said.");
        assertThat(stationed.kind()).isEqualTo(ClaimKind.TROOPS);
        assertThat(stationed.quantity().value()).isEqualTo(4000L);
        assertThat(stationed.unit()).isEqualTo("soldiers");

        assertThat(only("The army recruited 25,000 volunteers and conscripts this spring.").kind())
                .isEqualTo(ClaimKind.TROOPS);
    }

    @Test
    void shouldCountTheContainerNounPartedFromItsOf() {
        final Claim killings = only("Vigils mark the killings in Nairobi on that night in 1998 of five students.");
        assertThat(killings.kind()).isEqualTo(ClaimKind.KILLED);
        assertThat(killings.quantity().value()).isEqualTo(5L);
        assertThat(killings.unit()).isEqualTo("killings");
    }

    @Test
    void shouldReadTheCountBeforeAnInfinitivePerfectAsTheAgentNotTheVictims() {
        final Claim guard = only("Police believe three gunmen to have killed a guard at the bank on Monday.");
        assertThat(guard.kind()).isEqualTo(ClaimKind.KILLED);
        assertThat(guard.quantity().value()).isEqualTo(1L);
        assertThat(guard.unit()).isEqualTo("guard");
    }

    @Test
    void shouldReadBothThePartAndTheWholeOfAPlacedTroopFigure() {
        // The whole of a partitive is a standing figure: a claim for troops where it is placed, never a toll
        assertThat(claims("Officials said about 2,000 of the roughly 9,000 Chinese soldiers in Myanmar had moved to "
                + "the border."))
                .extracting(Claim::kind, c -> c.quantity().value(), c -> c.destination().code())
                .containsExactlyInAnyOrder(tuple(ClaimKind.TROOPS, 2_000L, "MMR"), tuple(ClaimKind.TROOPS, 9_000L, "MMR"));
    }

    @Test
    void shouldReadKilledAndWoundedFromTheNearestVerb() {
        assertThat(claims("Russian shelling killed at least 14 civilians and wounded 37 others in Kherson."))
                .extracting(Claim::kind, c -> c.quantity().low(), c -> c.quantity().value())
                .containsExactly(tuple(ClaimKind.KILLED, 14L, null), tuple(ClaimKind.WOUNDED, null, 37L));

        assertThat(kindsAndValues("Three soldiers were killed and five were wounded in the clash, the army said."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L), tuple(ClaimKind.WOUNDED, 5L));

        assertThat(only("A drone attack injured 12 people in Kharkiv on Sunday, the regional governor said.").kind())
                .isEqualTo(ClaimKind.WOUNDED);
    }

    @Test
    void shouldReadCapturedSoldiersAndPrisoners() {
        final Claim captured = only("Ukraine captured 600 Russian soldiers during the first weeks of the incursion.");
        assertThat(captured.kind()).isEqualTo(ClaimKind.CAPTURED);
        assertThat(captured.quantity().value()).isEqualTo(600L);

        assertThat(only("Kyiv says it is holding about 1,000 prisoners of war.").kind())
                .isEqualTo(ClaimKind.CAPTURED);
    }

    @Test
    void shouldCountANounModifiedByTwoNamesJoinedByAnd() {
        final Claim joined = only("About 6,000 Kenyan and Ugandan soldiers were deployed to the border region.");
        assertThat(joined.kind()).isEqualTo(ClaimKind.TROOPS);
        assertThat(joined.quantity().value()).isEqualTo(6000L);
        // "and" before a word in lower case joins two phrases: the number counts none of the second's
        assertThat(claims("The envoy met 40 Kenyan officials and soldiers were deployed to the border region."))
                .isEmpty();
    }

    @Test
    void shouldReadPeopleCountedByAnEvacuationOrByARelativeClause() {
        final Claim evacuation = only("Troops completed the evacuation of 3,500 villagers from the flooded valley.");
        assertThat(evacuation.kind()).isEqualTo(ClaimKind.DISPLACED);
        assertThat(evacuation.quantity().value()).isEqualTo(3500L);
        assertThat(claims("The evacuation of 12 hospitals took two days.")).isEmpty();

        assertThat(kindsAndValues("Landslides killed four hikers, adding to 11 who died in the spring."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 4L), tuple(ClaimKind.KILLED, 11L));
    }

    @Test
    void shouldReadPeopleWhoFledOrWereEvacuated() {
        final Claim fled = only("Some 40,000 people fled the border town after the shelling.");
        assertThat(fled.kind()).isEqualTo(ClaimKind.DISPLACED);
        assertThat(fled.quantity().approximate()).isTrue();

        assertThat(only("More than 200 residents were evacuated from riverside districts overnight.").kind())
                .isEqualTo(ClaimKind.DISPLACED);
        assertThat(only("The agency registered 3.7 million refugees from Ukraine across Europe.").quantity().value())
                .isEqualTo(3_700_000L);
    }

    @Test
    void shouldReadWeaponsFiredOrDelivered() {
        assertThat(claims("Russia fired 120 missiles and 90 drones at Ukrainian energy facilities overnight."))
                .extracting(Claim::kind, c -> c.quantity().value(), Claim::unit)
                .containsExactly(tuple(ClaimKind.WEAPONS, 120L, "missiles"), tuple(ClaimKind.WEAPONS, 90L, "drones"));

        final Claim tanks = only("The United States will deliver 31 Abrams tanks to Ukraine by autumn.");
        assertThat(tanks.kind()).isEqualTo(ClaimKind.WEAPONS);
        assertThat(tanks.unit()).isEqualTo("tanks");
    }

    @Test
    void shouldReadKoreanClaimsFromCounterAndNouns() {
        final Claim missiles = only("합참은 북한이 동해상으로 탄도미사일 2발을 발사했다고 밝혔다.");
        assertThat(missiles.kind()).isEqualTo(ClaimKind.WEAPONS);
        assertThat(missiles.quantity().value()).isEqualTo(2L);

        final Claim killed = only("러시아군 300명이 전투에서 사망했다고 우크라이나군이 밝혔다.");
        assertThat(killed.kind()).isEqualTo(ClaimKind.KILLED);
        assertThat(killed.quantity().value()).isEqualTo(300L);
    }

    @Test
    void shouldNotCountHeadcountsOrInventoriesWithoutAVerb() {
        assertThat(claims("The company employs about 270,000 people worldwide.")).isEmpty();
        assertThat(claims("The army keeps 3,000 tanks in storage.")).isEmpty();
        assertThat(claims("Samsung shipped 58 million smartphones in the quarter.")).isEmpty();
    }

    @Test
    void shouldGiveAVerbAfterTwoNumbersToTheNearerOne() {
        assertThat(kindsAndValues("About 1,000 people attended the funeral of the 18 soldiers killed last week."))
                .containsExactly(tuple(ClaimKind.KILLED, 18L));
    }

    @Test
    void shouldReadCountsWhoseNounIsImplied() {
        assertThat(kindsAndValues("Two civilians were killed and 10 wounded in the attack."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L), tuple(ClaimKind.WOUNDED, 10L));
        assertThat(claims("The attack killed at least 31 people and injured 150 more, local officials said."))
                .extracting(Claim::kind).containsExactly(ClaimKind.KILLED, ClaimKind.WOUNDED);
        assertThat(claims("Russia sent 3,000 troops in 2023 and 5,000 in 2024."))
                .extracting(c -> c.quantity().value()).containsExactly(3000L, 5000L);
        assertThat(claims("Police detained 50 protesters in Moscow on Sunday.")).isEmpty();
    }

    @Test
    void shouldPreferTheKoreanVerbThatFollowsTheNumber() {
        assertThat(claims("이 전투에서 북한군 100여 명이 사망하고 1000명 이상이 부상했다."))
                .extracting(Claim::kind, c -> c.quantity().value(), c -> c.quantity().low())
                .containsExactly(tuple(ClaimKind.KILLED, 100L, null), tuple(ClaimKind.WOUNDED, null, 1000L));
    }

    @Test
    void shouldReadPrisonersTakenAndPeopleDeported() {
        assertThat(only("Zelenskyy said Ukraine had taken nearly 900 Russian soldiers prisoner in Kursk.").kind())
                .isEqualTo(ClaimKind.CAPTURED);
        assertThat(only("Officials in Kyiv say more than 20,000 Ukrainian children have been deported to Russia.")
                .kind()).isEqualTo(ClaimKind.DISPLACED);
    }

    @Test
    void shouldReadSoldiersLostAsKilled() {
        assertThat(only("Ukraine has lost 31,000 soldiers, Zelensky said in February.").kind())
                .isEqualTo(ClaimKind.KILLED);
        assertThat(claims("The army lost 200 tanks in the offensive.")).isEmpty();
    }

    @Test
    void shouldReadANumberPlacedAfterItsNoun() {
        final Claim claim = only("The spy agency said Pyongyang may send additional troops, possibly as many as 5,000.");
        assertThat(claim.kind()).isEqualTo(ClaimKind.TROOPS);
        assertThat(claim.quantity().high()).isEqualTo(5000L);
        assertThat(claim.status()).isEqualTo(newswire.model.ClaimStatus.POSSIBLE);
    }

    @Test
    void shouldReachTheVerbAcrossAnAside() {
        final Claim claim = only("Around 1.9 million Gazans, about 90 percent of the population, have been displaced "
                + "since October, according to the U.N.");
        assertThat(claim.kind()).isEqualTo(ClaimKind.DISPLACED);
        assertThat(claim.quantity().value()).isEqualTo(1_900_000L);
    }

    @Test
    void shouldNotCountAPartOfAFigureAgain() {
        assertThat(claims("Health officials said at least 40 people were killed, including 12 children."))
                .extracting(c -> c.quantity().low()).containsExactly(40L);
    }

    @Test
    void shouldLetAKoreanVerbSayWhatPeopleCountedWith명Are() {
        assertThat(kindsAndValues("러시아의 공습으로 민간인 10명이 숨지고 30명이 다쳤다."))
                .containsExactly(tuple(ClaimKind.KILLED, 10L), tuple(ClaimKind.WOUNDED, 30L));
        final Claim troops = only("북한은 러시아에 추가로 3000명을 파병할 계획이다.");
        assertThat(troops.kind()).isEqualTo(ClaimKind.TROOPS);
        assertThat(troops.status()).isEqualTo(newswire.model.ClaimStatus.PLANNED);
        assertThat(claims("국정원은 북한군 사상자가 3000명을 넘어선 것으로 파악했다.")).isEmpty();
        assertThat(claims("정부는 2024년 10월 18일 회의를 열었고, 주가는 3.5% 올라 6만1000원을 기록했다.")).isEmpty();
    }

    @Test
    void shouldCountARunningTotalLikeTheFigureBeforeIt() {
        assertThat(kindsAndValues("The NIS said North Korea had sent an additional 3,000 troops in January, bringing the total "
                + "to about 14,000."))
                .containsExactly(tuple(ClaimKind.TROOPS, 3000L), tuple(ClaimKind.TROOPS, 14000L));
    }

    @Test
    void shouldReachAVerbSharedAcrossAList() {
        final Claim sailors = only("The U.S. Navy sent two aircraft carriers and 5,000 sailors to the Mediterranean.");
        assertThat(sailors.kind()).isEqualTo(ClaimKind.TROOPS);
        assertThat(sailors.actor().code()).isEqualTo("USA");

        assertThat(claims("Heavy rain killed 22 people and forced some 5,000 residents to leave their homes."))
                .extracting(Claim::kind).containsExactly(ClaimKind.KILLED, ClaimKind.DISPLACED);
    }

    @Test
    void shouldCountWithTheHeadOfANounCountedBefore() {
        assertThat(claims("Germany will deliver four more IRIS-T air defence systems to Ukraine this year.",
                "Berlin has already supplied 6 of the systems since October 2022."))
                .extracting(Claim::kind, c -> c.quantity().value(), Claim::status)
                .containsExactly(tuple(ClaimKind.WEAPONS, 4L, newswire.model.ClaimStatus.PLANNED),
                        tuple(ClaimKind.WEAPONS, 6L, newswire.model.ClaimStatus.REPORTED));
    }

    @Test
    void shouldGiveAKoreanVerbToEveryObjectBeforeIt() {
        assertThat(claims("우크라이나 공군은 러시아가 밤사이 미사일 40발과 드론 150여 대를 발사했다고 밝혔다."))
                .extracting(Claim::kind, c -> c.quantity().value(), c -> c.actor().code())
                .containsExactly(tuple(ClaimKind.WEAPONS, 40L, "RUS"), tuple(ClaimKind.WEAPONS, 150L, "RUS"));
    }

    @Test
    void shouldCountOfThemWhatTheArticleCountedLast() {
        assertThat(claims("At least 100,000 people have fled the city since rebels entered it on Monday.",
                "The agency said about 2,500 of them had crossed into neighbouring Rwanda."))
                .extracting(Claim::kind, c -> c.quantity().low(), c -> c.quantity().value())
                .containsExactly(tuple(ClaimKind.DISPLACED, 100_000L, null), tuple(ClaimKind.DISPLACED, null, 2500L));
    }

    @Test
    void shouldEndAKoreanCountsNounPhraseAtItsCaseParticle() {
        // the noun after 부상했으며 belongs to another phrase; a bare or genitive count counts the noun after it
        assertThat(kindsAndValues("폭발로 8명이 숨지고 40명이 부상했으며 희생자 대부분은 상인이었다."))
                .containsExactly(tuple(ClaimKind.KILLED, 8L), tuple(ClaimKind.WOUNDED, 40L));
        assertThat(only("이 학살로 4000명 주민이 희생됐다.").kind()).isEqualTo(ClaimKind.KILLED);
        assertThat(only("경찰은 20명의 사망자 가운데 절반이 여성이라고 밝혔다.").kind()).isEqualTo(ClaimKind.KILLED);
        // nor across a comma or another count
        assertThat(claims("사망자 수는 52명으로 늘었고, 적어도 90명이 다쳤다."))
                .extracting(Claim::kind, c -> c.quantity().value(), c -> c.quantity().low())
                .containsExactly(tuple(ClaimKind.KILLED, 52L, null), tuple(ClaimKind.WOUNDED, null, 90L));
    }

    @Test
    void shouldGiveAKoreanCountTheVerbRightAfterIt() {
        // a verb the lexicon does not list right after the count is its own: 급습 (raid), 구조 (rescue)
        assertThat(kindsAndValues("경찰은 일당 15명을 급습하는 과정에서 5명을 사살했다.")).containsExactly(tuple(ClaimKind.KILLED, 5L));
        assertThat(kindsAndValues("배가 침몰해 14명이 사망하고 23명이 구조됐다고 밝혔다.")).containsExactly(tuple(ClaimKind.KILLED, 14L));
        // a noun of the dead needs no verb: 사망자 3명이 발생했다
        assertThat(only("사고로 사망자 3명이 발생했다.").kind()).isEqualTo(ClaimKind.KILLED);
    }

    @Test
    void shouldReadNoKoreanEventFromADoerOrAMissingPerson() {
        assertThat(claims("살해범 등 죄수 5명은 고향으로 돌아왔다.")).isEmpty();
        assertThat(claims("최소한 네 명의 사망이 확인되고, 최대 30명이 실종되었다."))
                .extracting(Claim::kind, c -> c.quantity().low()).containsExactly(tuple(ClaimKind.KILLED, 4L));
    }

    @Test
    void shouldCountKoreanHostagesAndWeaponsCountedWith개() {
        final Claim hostages = only("무장세력이 관광객 10명을 인질로 잡았다.");
        assertThat(hostages.kind()).isEqualTo(ClaimKind.CAPTURED);
        assertThat(hostages.quantity().value()).isEqualTo(10L);
        assertThat(only("반군이 40개 이상의 로켓을 발사했다.").quantity().low()).isEqualTo(40L);
        assertThat(claims("그는 3개월 동안 미사일 개발을 지원했다.")).isEmpty();
    }

    @Test
    void shouldReadKoreanNounsOfTheDeadAndWounded() {
        assertThat(claims("국정원은 북한군 사망자가 약 300명, 부상자가 2700명에 달한다고 설명했다."))
                .extracting(Claim::kind, c -> c.quantity().value(), c -> c.actor().code())
                .containsExactly(tuple(ClaimKind.KILLED, 300L, "PRK"), tuple(ClaimKind.WOUNDED, 2700L, "PRK"));
    }

    @Test
    void shouldNotLendAVerbToANumberWithAClauseOfItsOwn() {
        assertThat(kindsAndValues("Last year 40 people died and 120 were hospitalized after the outbreak."))
                .containsExactly(tuple(ClaimKind.KILLED, 40L));
        assertThat(kindsAndValues("Three miners died in the collapse, and 12 others could still be underground."))
                .containsExactly(tuple(ClaimKind.KILLED, 3L));
    }

    @Test
    void shouldReadNoClaimFromOneNumberOfTwoOutcomes() {
        assertThat(claims("More than 60 civilians were killed and injured in the bombings.")).isEmpty();
        assertThat(only("Militants abducted and killed three farmers near the town.").kind())
                .isEqualTo(ClaimKind.KILLED);
    }

    @Test
    void shouldReadAVerbAcrossADashAsideAndAnOfPhrase() {
        assertThat(only("More than 2,000 people - many of them civilians - have been killed.").quantity().low())
                .isEqualTo(2000L);
        assertThat(only("But nine members of his family died in the fire.").quantity().value()).isEqualTo(9L);
        assertThat(claims("I am not a fan of how he died.")).isEmpty();
    }

    @Test
    void shouldCountWhatAContainerNounNames() {
        assertThat(only("Troops discovered the bodies of 70 civilians in the village.").kind())
                .isEqualTo(ClaimKind.KILLED);
        assertThat(only("The bombing claimed the lives of 30 people.").quantity().value()).isEqualTo(30L);
        assertThat(claims("The new clinic improved the lives of 300 families.")).isEmpty();
    }

    @Test
    void shouldReadDetentionAsACaptureOnlyOfCombatants() {
        assertThat(only("The rebels detained two soldiers at a checkpoint.").kind()).isEqualTo(ClaimKind.CAPTURED);
        assertThat(claims("Police detained five men after the protest.")).isEmpty();
        assertThat(claims("Two soldiers were detained by police after a brawl at a bar.")).isEmpty();
        assertThat(only("Five soldiers were detained by enemy forces near the border.").kind())
                .isEqualTo(ClaimKind.CAPTURED);
    }

    @Test
    void shouldSumConjoinedPhrasesOfOneDeathToll() {
        assertThat(claims("Insurgents killed 12 soldiers and two policemen in separate attacks."))
                .extracting(c -> c.quantity().value()).containsExactlyInAnyOrder(12L, 2L, 14L);
        assertThat(claims("Three soldiers and four police officers were wounded in the attack."))
                .extracting(c -> c.quantity().value()).containsExactlyInAnyOrder(3L, 4L);
    }

    @Test
    void shouldNotReadTheWriterOrTheReaderAsAnAgent() {
        assertThat(claims("You just killed three people in one shot, so the game gives you a bonus.")).isEmpty();
        assertThat(claims("I was able to launch 10 rounds into a tight group at 25 yards.")).isEmpty();
    }

    @Test
    void shouldNotCountThingsAParticipleSaysWereDowned() {
        assertThat(claims("The memorial lists the victims of the four downed airliners killed on that day.")).isEmpty();
    }

    @Test
    void shouldReadAPronounPartitiveAsTheTollWhenNoTotalOfItsKindCameFirst() {
        assertThat(only("The gunman shot 12 people, killing five of them.").quantity().value()).isEqualTo(5L);
        assertThat(only("The blast wounded 23 people, four of them seriously.").quantity().value()).isEqualTo(23L);
    }

    @Test
    void shouldReadTheOutcomeAnAdverbGivesABareNumber() {
        assertThat(only("Six people were shot, two fatally, in a dispute outside a bar.").kind())
                .isEqualTo(ClaimKind.KILLED);
        assertThat(claims("He was seriously ill for 2 seriously long weeks.")).isEmpty();
    }

    @Test
    void shouldReadAContainerOfPeopleButNotOfThingsOrAYear() {
        final Claim massacre = only("The court heard evidence of the massacre of 8,000 villagers.");
        assertThat(massacre.kind()).isEqualTo(ClaimKind.KILLED);
        assertThat(massacre.quantity().value()).isEqualTo(8000L);
        assertThat(claims("Farmers reported the massacre of 300 cattle by wolves.")).isEmpty();
        assertThat(claims("He sought revenge for the killings of 1641.")).isEmpty();
        assertThat(only("Troops discovered the bodies of 70 civilians inside houses in the village.").quantity().value())
                .isEqualTo(70L);
    }

    @Test
    void shouldReadLivesCountedByTheNumberOnlyWhenTaken() {
        assertThat(only("By Sunday the clashes had claimed 41 lives.").kind()).isEqualTo(ClaimKind.KILLED);
        assertThat(claims("Doctors saved 41 lives at the clinic last year.")).isEmpty();
    }

    @Test
    void shouldReadGunnedDownAsKilledOfPeopleOnly() {
        assertThat(only("Seven guards were gunned down at the gate on Friday.").kind()).isEqualTo(ClaimKind.KILLED);
        assertThat(claims("Two planes were gunned down over the sea.")).isEmpty();
    }

    @Test
    void shouldGiveAPhraseConjoinedBeforeThePredicateItsVerb() {
        assertThat(claims("Four guards and two drivers were killed in the ambush."))
                .extracting(c -> c.quantity().value()).containsExactlyInAnyOrder(4L, 2L, 6L);
        assertThat(claims("Two gunmen and a driver attacked the convoy at dawn.")).isEmpty();
    }

    @Test
    void shouldReadABoundAfterAnActiveVerbAsItsObjectNotTheEndOfAnAgentsClause() {
        assertThat(only("Two bombers and a gunman killed at least 70 people at the market.").quantity().low())
                .isEqualTo(70L);
    }

    @Test
    void shouldNotSumTheLastTwoPhrasesOfALongerList() {
        assertThat(claims("Two pilots, two medics and three soldiers died in the crash."))
                .extracting(c -> c.quantity().value()).doesNotContain(5L);
    }

    @Test
    void shouldLetANumberCountItsOwnNounBeforeATollNoun() {
        assertThat(claims("The death toll from two deadly explosions continued to rise on Monday.")).isEmpty();
        assertThat(only("The death toll from two explosions rose to 15 on Monday.").quantity().value()).isEqualTo(15L);
    }

    @Test
    void shouldReadRemainsHandedOverAsTheDead() {
        assertThat(only("The army released the remains of 199 fighters on Wednesday.").kind())
                .isEqualTo(ClaimKind.KILLED);
        assertThat(claims("The army released 199 prisoners on Wednesday.")).isEmpty();
    }

    @Test
    void shouldReadKidnappingAsACaptureOfPeople() {
        final Claim kidnapped = only("Armed militants kidnapped 23 church volunteers on the highway.");
        assertThat(kidnapped.kind()).isEqualTo(ClaimKind.CAPTURED);
        assertThat(kidnapped.quantity().value()).isEqualTo(23L);
        assertThat(claims("Pirates kidnapped three ships off the coast last year.")).isEmpty();
    }

    @Test
    void shouldReadACaptureBeforeADeathAsASequenceAndADeathBeforeACaptureAsTwoGroups() {
        assertThat(only("They kidnapped and killed 11 people near the town.").kind()).isEqualTo(ClaimKind.KILLED);
        assertThat(claims("Insurgents killed and kidnapped 11 people near the town.")).isEmpty();
    }

    @Test
    void shouldReadAnIntransitivePredicateFollowedByItsCause() {
        assertThat(only("Two climbers died of exposure on the mountain.").quantity().value()).isEqualTo(2L);
        assertThat(claims("Two climbers talked of exposure on the mountain.")).isEmpty();
    }

    @Test
    void shouldReadAnInjuryNounUndergoneAsThePredicateOfTheWounded() {
        assertThat(only("Four shoppers suffered minor burn injuries when the kiosk caught fire.").kind())
                .isEqualTo(ClaimKind.WOUNDED);
        assertThat(claims("At least nine marchers sustained gunshot wounds near the bridge."))
                .extracting(Claim::kind, c -> c.quantity().low()).containsExactly(tuple(ClaimKind.WOUNDED, 9L));
        assertThat(only("A ferry worker received serious head injuries in the brawl.").quantity().value())
                .isEqualTo(1L);
        // "the others" after a death toll are wounded by their own predicate, not killed by the one before
        assertThat(kindsAndValues("Two sentries were killed and five others sustained injuries in the blast."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L), tuple(ClaimKind.WOUNDED, 5L));
        assertThat(claims("Three passengers suffered no injuries when the train braked.")).isEmpty();
        assertThat(claims("Two clinics received reports of injuries after the storm.")).isEmpty();
    }

    @Test
    void shouldReadAResultAfterTheObjectOfAVerbOfViolenceAsAKilling() {
        assertThat(only("Masked men shot a ferryman dead at the jetty.").kind()).isEqualTo(ClaimKind.KILLED);
        assertThat(only("A mob beat a suspected thief to death in the square.").quantity().value()).isEqualTo(1L);
        assertThat(only("A herder was shot to death near the wells.").kind()).isEqualTo(ClaimKind.KILLED);
        assertThat(claims("The court sentenced a smuggler to death on Friday.")).isEmpty();
    }

    @Test
    void shouldNotCountTheAgentOfAPassiveCasualtyPredicate() {
        assertThat(kindsAndValues("A miller was stabbed to death by three men on the ring road."))
                .containsExactly(tuple(ClaimKind.KILLED, 1L));
        assertThat(kindsAndValues("Two guards were wounded by four gunmen at the gate."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 2L));
    }

    @Test
    void shouldCountTheHeadOfANounPhraseNotANounOfThingsModifyingIt() {
        assertThat(only("A taxi driver was killed by a stray bullet.").kind()).isEqualTo(ClaimKind.KILLED);
        assertThat(only("Police said two cattle traders were killed on the highway.").quantity().value())
                .isEqualTo(2L);
        assertThat(claims("A car bomb was defused before it killed anyone.")).isEmpty();
        assertThat(claims("Two houses were burned in the raid.")).isEmpty();
    }

    @Test
    void shouldLetAHeadlineTellAKillingInThePresent() {
        final CleanArticle flash = Articles.article("Raiders kill nine herders in dawn attack",
                "Raiders kill nine herders in dawn attack");
        assertThat(Articles.EXTRACTOR.extract(flash))
                .extracting(Claim::kind, c -> c.quantity().value()).containsExactly(tuple(ClaimKind.KILLED, 9L));
        // in a story the present is a habit, not the event
        assertThat(claims("In these hills wolves kill nine herders' goats a month.")).isEmpty();
        assertThat(claims("Disputes over grazing sometimes kill herders in the valley.")).isEmpty();
    }

    @Test
    void shouldReadEveryNumberJoinedToAPartOfAFigureAsAPart() {
        assertThat(kindsAndValues("The blast left 6 people dead, among them 2 guards and 4 porters, and 8 others injured."))
                .containsExactlyInAnyOrder(tuple(ClaimKind.KILLED, 6L), tuple(ClaimKind.WOUNDED, 8L));
        assertThat(claims("Raiders killed 11 villagers, including 3 women and 2 boys."))
                .extracting(c -> c.quantity().value()).containsExactly(11L);
    }

    @Test
    void shouldReadAnAcronymInsideACountedPhraseAsAName() {
        assertThat(only("Four IS fighters were killed in the shelling.").quantity().value()).isEqualTo(4L);
        assertThat(only("The ambush left 3 IS gunmen dead.").kind()).isEqualTo(ClaimKind.KILLED);
    }

    @Test
    void shouldKeepDeathsAndPeopleHurtInASentenceAboutSport() {
        // a sport word no longer silences a sentence: deaths stay deaths, people hurt counted as people stay hurt
        assertThat(kindsAndValues("The club's fans still mourn the 1985 stadium fire in which 56 died."))
                .containsExactly(tuple(ClaimKind.KILLED, 56L));
        assertThat(kindsAndValues("A car bomb went off near the stadium before the match and 12 people were "
                + "slightly injured."))
                .containsExactly(tuple(ClaimKind.WOUNDED, 12L));
        assertThat(kindsAndValues("Two supporters were stabbed to death after the league match in Naples."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L));
        // sport's own figures stay out: players hurt, a squad's "troops", a crowd
        assertThat(claims("The coach said 14 players were injured this season.")).isEmpty();
        assertThat(claims("Five players were hurt in the match, the coach said.")).isEmpty();
        assertThat(claims("The coach sent his 20 troops out for the second half.")).isEmpty();
        assertThat(claims("A crowd of 30,000 people watched the match in Lyon.")).isEmpty();
    }

    @Test
    void shouldReadAFatalActOfHarmAsAContainerOfTheDead() {
        final Claim shooting = only("The town still grieves over the fatal 2009 shooting of three teenage boys.");
        assertThat(shooting.kind()).isEqualTo(ClaimKind.KILLED);
        assertThat(shooting.quantity().value()).isEqualTo(3L);
        assertThat(kindsAndValues("Detectives reopened the deadly stabbing of two waiters in Lille."))
                .containsExactly(tuple(ClaimKind.KILLED, 2L));
        assertThat(kindsAndValues("The lethal Glasgow beating of the four men shocked the city."))
                .containsExactly(tuple(ClaimKind.KILLED, 4L));
        // without a word of outcome the act does not say they died; a fatal act done to things is no toll
        assertThat(claims("An inquiry looks into the shooting of four farmers in May.")).isEmpty();
        assertThat(claims("The deadly shelling of two villages went on all night.")).isEmpty();
        assertThat(claims("A fatal error in the shooting of 12 scenes delayed the film.")).isEmpty();
    }

    @Test
    void shouldNotTakeASportWordInsideAPartysNameForASportContext() {
        assertThat(only("Nine supporters of the Awami League were injured in the clash.").kind())
                .isEqualTo(ClaimKind.WOUNDED);
        assertThat(claims("The league said 3 fans were injured in the crush after the match.")).isEmpty();
    }
}
