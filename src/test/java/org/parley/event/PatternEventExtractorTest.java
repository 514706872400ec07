package org.parley.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.actor.GazetteerActorResolver;
import org.parley.eval.EventScorer;
import org.parley.model.Article;
import org.parley.model.DateBasis;
import org.parley.model.Event;
import org.parley.model.EventMode;
import org.parley.model.EventType;
import org.parley.model.ParticipantRole;
import org.parley.time.ParleyTemporalTagger;

class PatternEventExtractorTest {
    private static final ArticlePipeline PIPELINE = new ArticlePipeline(TestTexts.ANALYZER, new ParleyTemporalTagger(),
            new GazetteerActorResolver(), new PatternEventExtractor());

    private static List<Event> read(String published, String body) {
        return PIPELINE.read(new Article("t", "t.txt", null, LocalDate.parse(published), "Title", body).withDatelineMarked()).events();
    }

    private static Event only(List<Event> events, EventType type) {
        List<Event> of = events.stream().filter(e -> e.type() == type).toList();
        assertEquals(1, of.size(), () -> events.stream().map(EventScorer::describe).toList().toString());
        return of.get(0);
    }

    private static Set<String> ids(Event e) {
        return e.actors().stream().map(p -> p.actor().id()).collect(Collectors.toSet());
    }

    @Test
    void triggerWordsGiveTypesAndCameoCodes() {
        assertEquals(EventType.CALL, only(read("2025-02-16", "Marco Rubio spoke by phone with Sergey Lavrov on Saturday.\n"), EventType.CALL).type());
        Event reject = only(read("2022-10-01", "Russia vetoed a U.N. Security Council resolution on Friday.\n"), EventType.REJECT);
        assertEquals("123", reject.cameo(), "the code of the rule reject.vetoed, not REJECT's own 125");
        assertEquals("vetoed", reject.mentions().get(0).trigger());
        assertEquals("042", only(read("2023-11-07", "Antony Blinken visited Ankara on Monday.\n"), EventType.MEET).cameo());
        assertEquals("044", only(read("2023-11-07", "Antony Blinken met Hakan Fidan on Monday.\n"), EventType.MEET).cameo());
        assertEquals("161", only(read("2023-11-04", "Turkey has recalled its ambassador to Israel on Saturday.\n"), EventType.REDUCE_RELATIONS).cameo());
        only(read("2022-05-06", "Vladimir Putin apologised to Naftali Bennett in a telephone call on Thursday.\n"), EventType.APOLOGIZE);
    }

    @Test
    void aStatementKeepsItsRecipient() {
        Event call = only(read("2024-06-12", "In the January call, Mr. Sullivan told Mr. Ushakov that Washington would talk.\n"
                .replace("Mr. Sullivan", "Jake Sullivan").replace("Mr. Ushakov", "Yury Ushakov")), EventType.CALL);
        assertEquals(ParticipantRole.SOURCE, call.actors().stream().filter(p -> p.actor().id().equals("jake-sullivan")).findFirst().orElseThrow().part());
        assertEquals(ParticipantRole.TARGET, call.actors().stream().filter(p -> p.actor().id().equals("yury-ushakov")).findFirst().orElseThrow().part());
    }

    @Test
    void aMeetingOfManyIsOneEvent() {
        List<Event> events = read("2025-02-19", "Marco Rubio, Mike Waltz and Sergey Lavrov met in Riyadh on Tuesday.\n");
        Event meet = only(events, EventType.MEET);
        assertTrue(ids(meet).containsAll(Set.of("marco-rubio", "mike-waltz", "sergey-lavrov")), EventScorer.describe(meet));
        assertEquals("Riyadh", meet.place());
        assertEquals("2025-02-18", meet.date().value().value());
    }

    @Test
    void willMeetIsPlannedAndDidNotMeetIsNegated() {
        assertEquals(EventMode.PLANNED, only(read("2023-07-11", "Joe Biden will meet Recep Tayyip Erdoğan in Vilnius on Tuesday.\n"), EventType.MEET).mode());
        assertEquals(EventMode.NEGATED, only(read("2025-06-03", "Vladimir Putin and Volodymyr Zelensky did not meet in May 2025.\n"), EventType.MEET).mode());
    }

    @Test
    void aReportedNegationIsADenialWithItsAttribution() {
        Event denied = only(read("2024-06-12", "A US official said that the US had not engaged in any discussions with Russia in 2023.\n"), EventType.NEGOTIATE);
        assertEquals(EventMode.DENIED, denied.mode());
        assertEquals("US official", denied.attribution());
    }

    @Test
    void wouldIfIsHypothetical() {
        assertEquals(EventMode.HYPOTHETICAL, only(read("2025-02-19",
                "Dmitry Peskov said in 2025 that Vladimir Putin would meet Volodymyr Zelensky if necessary.\n"), EventType.MEET).mode());
    }

    @Test
    void datesSayWhereTheyCameFrom() {
        List<Event> events = read("2024-06-12", """
                According to three Russian sources, the intermediaries met in Türkiye at the end of 2023.

                Vladimir Putin's proposal was rejected by the US after a meeting between intermediaries.

                In 2023, Vladimir Putin sent signals to Washington.

                Mr. Putin proposed freezing the conflict.
                """);
        assertEquals(DateBasis.TEXT, only(events, EventType.MEET).date().basis());
        Event reject = only(events, EventType.REJECT);
        assertEquals(DateBasis.ANAPHOR, reject.date().basis());
        assertEquals("2024", reject.date().value().value());
        Event propose = only(events, EventType.PROPOSE);
        assertEquals(DateBasis.TEXT, propose.date().basis());
        assertEquals(3, propose.mentions().size(), "the noun, the signals and the CONTEXT-dated proposal are one happening");
    }

    @Test
    void publicationDateIsALastResortForTheDaysOwnNews() {
        Event e = only(read("2025-02-18", "Recep Tayyip Erdoğan hosted Volodymyr Zelensky in Ankara.\n"), EventType.MEET);
        assertEquals(DateBasis.PUBLICATION, e.date().basis());
        Event old = only(read("2024-06-12", "Recep Tayyip Erdoğan hosted Volodymyr Zelensky in Ankara. It was in January 2023.\n"), EventType.MEET);
        assertEquals(DateBasis.NONE, old.date().basis());
    }

    @Test
    void aCutOffSentenceGivesNoEvent() {
        assertEquals(List.of(), read("2024-06-12", "Three Russian sources said Jake Sullivan met Yury Ushakov, Director of the\n"));
    }

    @Test
    void aPlaceIsNoParty() {
        Event meet = only(read("2023-11-06", "Antony Blinken met Hakan Fidan in Ankara on Monday.\n"), EventType.MEET);
        assertEquals(Set.of("antony-blinken", "hakan-fidan"), ids(meet));
        assertEquals("Ankara", meet.place());
    }

    @Test
    void oneVerbWithTwoObjectsInTwoPlacesIsTwoEvents() {
        List<Event> agreements = read("2024-02-17", "Volodymyr Zelenskyy signed security agreements with Olaf Scholz in Berlin "
                + "and with Emmanuel Macron in Paris on Friday.\n").stream().filter(e -> e.type() == EventType.AGREE).toList();
        assertEquals(2, agreements.size(), agreements.stream().map(EventScorer::describe).toList().toString());
        assertTrue(ids(agreements.get(0)).contains("olaf-scholz") != ids(agreements.get(0)).contains("emmanuel-macron"));
        assertTrue(agreements.stream().allMatch(e -> e.date().value().value().equals("2024-02-16")));
        List<Event> meetings = read("2023-11-05", "Antony Blinken met Benjamin Netanyahu in Tel Aviv on Friday "
                + "and Arab foreign ministers in Amman on Saturday.\n").stream().filter(e -> e.type() == EventType.MEET).toList();
        assertEquals(Set.of("2023-11-03", "2023-11-04"), meetings.stream().map(e -> e.date().value().value()).collect(Collectors.toSet()));
    }

    @Test
    void oneVerbWithTwoObjectsInOnePlaceIsOneEvent() {
        List<Event> events = read("2022-07-23", "Ukraine signed deals with Turkey and with the United Nations in Istanbul on Friday.\n");
        assertEquals(1, events.stream().filter(e -> e.type() == EventType.AGREE).count());
    }

    @Test
    void aClosedRelativeClauseOfACutOffSentenceStillGivesItsEvent() {
        List<Event> events = read("2022-05-06", "Naftali Bennett, who has tried to mediate since Russia invaded Ukraine in February, flew to Moscow to meet Vladimir Putin and\n");
        Event fight = only(events, EventType.FIGHT);
        assertEquals("2022-02", fight.date().value().value());
        assertEquals(0, events.stream().filter(e -> e.type() == EventType.MEET).count());
    }

    @Test
    void anEventNamedWithWhichBeganOnTakesThatDate() {
        Event fight = only(read("2024-02-24", "Giorgia Meloni arrived in Kyiv on Saturday to mark the anniversary of Russia's "
                + "full-scale invasion, which began on February 24, 2022.\n"), EventType.FIGHT);
        assertEquals("2022-02-24", fight.date().value().value());
    }

    @Test
    void anyBeforeAnEventNounMakesItAKindNotAnEvent() {
        List<Event> events = read("2022-09-30", "António Guterres said on Thursday that any annexation of a state's territory has no legal value.\n");
        assertEquals(0, events.stream().filter(e -> e.type() == EventType.ANNEX).count());
        only(events, EventType.STATEMENT);
    }

    @Test
    void readinessIsDatedByTheDayItIsSaid() {
        Event talk = only(read("2025-02-19", "Dmitry Peskov said on Wednesday that Vladimir Putin would be ready to negotiate "
                + "with Volodymyr Zelenskyy if necessary.\n"), EventType.NEGOTIATE);
        assertEquals("2025-02-19", talk.date().value().value());
        assertTrue(ids(talk).contains("volodymyr-zelensky"));
    }

    @Test
    void anAppealIsDatedByTheDayItWasReportedSaid() {
        Event appeal = only(read("2022-07-24", "António Guterres condemned the strike, his spokesman said on Saturday, "
                + "and called on all parties to implement the agreement.\n"), EventType.APPEAL);
        assertEquals("2022-07-23", appeal.date().value().value());
    }

    @Test
    void aCallOfAGroupNamesItsParties() {
        Event call = only(read("2024-02-24", "The leaders discussed aid, and there will be a video call of G7 leaders later on Saturday.\n"), EventType.CALL);
        assertTrue(ids(call).contains("g7-leaders"), EventScorer.describe(call));
    }

    @Test
    void aRelatedCoverageLineGivesNoEvent() {
        List<Event> events = read("2025-06-03", "Russia and Ukraine met in Istanbul on Monday.\nRelated coverage: Ukraine's drone strike hits Russian bombers.\n");
        assertEquals(0, events.stream().filter(e -> e.type() == EventType.FIGHT).count());
    }

    @Test
    void aSpeakerWhoActsAndSpeaksGivesTwoEvents() {
        List<Event> events = read("2025-02-18", "Recep Tayyip Erdoğan hosted Volodymyr Zelensky in Ankara on Tuesday and said "
                + "Turkey would be an ideal host for future negotiations.\n");
        assertEquals(Set.of("recep-tayyip-erdogan"), ids(only(events, EventType.STATEMENT)));
        only(events, EventType.MEET);
        List<Event> reported = read("2024-02-17", "Antony Blinken met Wang Yi in Munich on Friday, a State Department spokesman said.\n");
        assertEquals(0, reported.stream().filter(e -> e.type() == EventType.STATEMENT).count());
    }

    @Test
    void aParticipleWithItsAgentIsPassive() {
        Event mediation = only(read("2022-07-24", "Moscow and Kyiv signed a deal brokered by Turkey and the United Nations on Friday.\n"),
                EventType.MEDIATE);
        assertEquals(ParticipantRole.SOURCE, mediation.actors().stream().filter(p -> p.actor().id().equals("turkey"))
                .findFirst().orElseThrow().part(), EventScorer.describe(mediation));
        assertTrue(ids(mediation).contains("russia"), EventScorer.describe(mediation));
        Event hosted = only(read("2025-06-03", "The talks, hosted by Turkish Foreign Minister Hakan Fidan on Monday, came a day "
                + "after Ukraine launched a drone attack on Russia.\n"), EventType.MEDIATE);
        assertEquals(Set.of("hakan-fidan"), ids(hosted), EventScorer.describe(hosted));
    }

    @Test
    void aPlannedTripOnAWeekdayIsTheWeekdayToCome() {
        Event trip = only(read("2025-02-18", "Volodymyr Zelensky said he would travel to Saudi Arabia on Wednesday.\n"), EventType.MEET);
        assertEquals(EventMode.PLANNED, trip.mode());
        assertEquals("2025-02-19", trip.date().value().value());
    }

    @Test
    void aRelativeClauseKeepsItsDateAndItsPlanToItself() {
        Event meeting = only(read("2025-06-03", "Vladimir Putin, who had proposed the direct talks on May 11, and Volodymyr Zelensky "
                + "did not meet in Istanbul.\n").stream().filter(e -> e.mode() == EventMode.NEGATED).toList(), EventType.MEET);
        assertTrue(meeting.date().value() == null || !meeting.date().value().value().equals("2025-05-11"), EventScorer.describe(meeting));
        List<Event> welcomed = read("2023-07-11", "Joe Biden, who is due to meet Erdoğan on Tuesday, signed an agreement with Sweden on Monday.\n");
        assertEquals(EventMode.ASSERTED, only(welcomed, EventType.AGREE).mode());
    }

    @Test
    void talksThatAreProposedAreNotHeld() {
        List<Event> events = read("2025-06-03", "Vladimir Putin proposed direct talks with Ukraine on May 11.\n");
        only(events, EventType.PROPOSE);
        assertEquals(0, events.stream().filter(e -> e.type() == EventType.MEET).count());
    }

    @Test
    void twoMeetingsOfOneVisitorWithDifferentPeopleStayTwoInTheirSentence() {
        List<Event> events = read("2024-04-27", "Antony Blinken held five and a half hours of talks with Wang Yi in Beijing on Friday "
                + "and later met Xi Jinping at the Great Hall of the People.\n");
        List<Event> meetings = events.stream().filter(e -> e.type() == EventType.MEET).toList();
        assertTrue(meetings.stream().allMatch(m -> ids(m).contains("antony-blinken") && m.date().value().value().equals("2024-04-26")),
                meetings.stream().map(EventScorer::describe).toList().toString());
        List<Event> agreements = read("2024-02-24", "Canada said it would sign a security agreement with Ukraine, while Italy's "
                + "Giorgia Meloni was expected to sign a similar accord.\n").stream().filter(e -> e.type() == EventType.AGREE).toList();
        assertEquals(2, agreements.size(), agreements.stream().map(EventScorer::describe).toList().toString());
    }

    @Test
    void sanctionsOfTwoDoersOnOneDayAreTwoHappenings() {
        List<Event> events = read("2024-02-24", "The United States imposed sanctions on Russia on Friday.\n"
                + "The European Union adopted its 13th package of sanctions against Russia the same day.\n");
        assertEquals(2, events.stream().filter(e -> e.type() == EventType.SANCTION).count(),
                events.stream().map(EventScorer::describe).toList().toString());
    }

    @Test
    void aStoryOfOneDayDatesItsUndatedStatementsByThatDay() {
        List<Event> events = read("2024-04-25", "Joe Biden signed a $95 billion aid package for Ukraine on Wednesday.\n\n"
                + "Volodymyr Zelensky thanked Biden, saying the aid would strengthen Ukraine's air defence.\n\n"
                + "Maria Zakharova said the aid would bring more death.\n");
        List<Event> statements = events.stream().filter(e -> e.type() == EventType.STATEMENT).toList();
        assertEquals(2, statements.size(), statements.stream().map(EventScorer::describe).toList().toString());
        assertTrue(statements.stream().allMatch(e -> e.date().basis() == DateBasis.CONTEXT
                && e.date().value().value().equals("2024-04-24")), statements.stream().map(EventScorer::describe).toList().toString());
        Event thanks = statements.stream().filter(e -> ids(e).contains("volodymyr-zelensky")).findFirst().orElseThrow();
        assertEquals(ParticipantRole.TARGET, thanks.actors().stream().filter(p -> p.actor().id().equals("joe-biden"))
                .findFirst().orElseThrow().part());
    }

    @Test
    void aSpeakerActsWithHisOwnStateButNotWithOthersHeReportsOn() {
        Event refusal = only(read("2023-11-04", "Benjamin Netanyahu said Israel would refuse any temporary ceasefire on Friday.\n"), EventType.REJECT);
        assertEquals(Set.of("benjamin-netanyahu", "israel"), ids(refusal), EventScorer.describe(refusal));
        List<Event> events = read("2025-02-19", "Marco Rubio and Sergey Lavrov met in Riyadh on Tuesday.\n"
                + "Yury Ushakov said the delegations did not discuss a date for a summit.\n");
        assertTrue(events.stream().noneMatch(e -> ids(e).contains("yury-ushakov")),
                events.stream().map(EventScorer::describe).toList().toString());
    }

    @Test
    void aMeetingWithNoDateSetOrInTheFutureIsNoEvent() {
        List<Event> events = read("2025-02-15", "Dmitry Peskov told reporters on Tuesday that no date had yet been set for a meeting "
                + "between Vladimir Putin and Donald Trump.\n"
                + "Recep Tayyip Erdoğan said on Tuesday that Turkey would be an ideal host for future negotiations between Russia and Ukraine.\n");
        assertTrue(events.stream().noneMatch(e -> e.type() == EventType.MEET || e.type() == EventType.NEGOTIATE),
                events.stream().map(EventScorer::describe).toList().toString());
    }

    @Test
    void aTripNamedAgainInItsSentenceIsOneEvent() {
        List<Event> events = read("2025-02-18", "Volodymyr Zelensky said he would travel to Saudi Arabia on Wednesday, but that his "
                + "visit was not connected with the talks.\n");
        assertEquals(EventMode.PLANNED, only(events, EventType.MEET).mode());
    }

    @Test
    void aMinistryAccusingAndAnInterviewGiverAreTheirSpeakers() {
        Event accusation = only(read("2022-05-06", "On Tuesday, Russia's foreign ministry accused Israel of supporting the regime.\n"),
                EventType.STATEMENT);
        assertEquals(ParticipantRole.TARGET, accusation.actors().stream().filter(p -> p.actor().id().equals("israel"))
                .findFirst().orElseThrow().part(), EventScorer.describe(accusation));
        assertTrue(ids(accusation).contains("russia"), EventScorer.describe(accusation));
        Event interview = only(read("2022-05-06", "Sergei Lavrov made the remarks in an interview with Mediaset broadcast on Sunday.\n"),
                EventType.STATEMENT);
        assertTrue(ids(interview).contains("sergey-lavrov"), EventScorer.describe(interview));
        assertEquals("2022-05-01", interview.date().value().value());
    }

    @Test
    void agreementsReachedByLeadersAreTheirs() {
        Event agreements = only(read("2024-02-17", "The two men discussed the agreements reached by Joe Biden and Xi Jinping in "
                + "Woodside in November.\n"), EventType.AGREE);
        assertTrue(ids(agreements).containsAll(Set.of("joe-biden", "xi-jinping")), EventScorer.describe(agreements));
    }

    @Test
    void citingAReasonIsNoSourceButCitingPeopleIs() {
        Event recall = only(read("2023-11-04", "Turkey has recalled its ambassador to Israel on Saturday, citing the humanitarian "
                + "tragedy in Gaza.\n"), EventType.REDUCE_RELATIONS);
        assertTrue(ids(recall).contains("turkey"), EventScorer.describe(recall));
        Event call = only(read("2024-11-11", "Donald Trump called Vladimir Putin on Thursday, the Post reported, citing people "
                + "familiar with the matter.\n"), EventType.CALL);
        assertTrue(call.attribution() != null && call.attribution().contains("people"), EventScorer.describe(call));
    }

    @Test
    void noPlansToSpeakIsNoCall() {
        List<Event> events = read("2024-11-11", "Dmitry Peskov said Vladimir Putin had no plans yet to speak with Donald Trump.\n");
        assertEquals(0, events.stream().filter(e -> e.type() == EventType.CALL).count(),
                events.stream().map(EventScorer::describe).toList().toString());
    }

    @Test
    void aClosedRelativeClauseEndsItsVerbsObjects() {
        List<Event> events = read("2023-11-04", "Antony Blinken, who met Arab foreign ministers in Amman on Saturday, is due to "
                + "visit Ankara on Monday for talks with Hakan Fidan.\n");
        Event amman = events.stream().filter(e -> e.type() == EventType.MEET && e.mode() == EventMode.ASSERTED).findFirst().orElseThrow();
        assertTrue(!ids(amman).contains("hakan-fidan"), EventScorer.describe(amman));
    }

    @Test
    void aPlanDatesNeitherWhatHappenedBeforeItNorAfterTheTalks() {
        List<Event> events = read("2023-11-04", "Antony Blinken is due to visit Ankara on Monday for talks with Hakan Fidan.\n"
                + "Hakan Fidan has proposed a guarantor system for the region.\n");
        Event proposal = only(events, EventType.PROPOSE);
        assertTrue(proposal.date().value() == null || !proposal.date().value().value().equals("2023-11-06"), EventScorer.describe(proposal));
    }

    @Test
    void aDatelineNamesWhereTheStoryWasWrittenNotWhoActed() {
        Event sanctions = only(read("2024-02-24", "WASHINGTON/BRUSSELS/KYIV - The United States imposed sanctions on Russia on Friday.\n"),
                EventType.SANCTION);
        assertTrue(!ids(sanctions).contains("european-union"), EventScorer.describe(sanctions));
    }

    @Test
    void noOneInParticularAConditionATopicAndATableAreNoEvents() {
        List<Event> events = read("2022-10-01", "The United States warned that anyone who provided support to the annexation "
                + "would face sanctions.\n"
                + "Volodymyr Zelensky said on Monday that Ukraine would meet if Russia accepted a ceasefire.\n"
                + "Vladimir Putin called on Kyiv to return to the negotiating table, but said the regions will not be discussed.\n");
        assertTrue(events.stream().noneMatch(e -> e.type() == EventType.SANCTION || e.type() == EventType.AGREE
                || e.type() == EventType.NEGOTIATE), events.stream().map(EventScorer::describe).toList().toString());
    }

    @Test
    void theHostOfTalksToldBeforeJoinsThem() {
        List<Event> events = read("2025-02-19", "Marco Rubio and Sergey Lavrov met in Riyadh on Tuesday.\n"
                + "Faisal bin Farhan hosted the talks.\n");
        Event talks = only(events, EventType.MEET);
        assertTrue(ids(talks).containsAll(Set.of("marco-rubio", "faisal-bin-farhan")), EventScorer.describe(talks));
    }

    @Test
    void theCityOfAPlaceIsThePlace() {
        Event talks = only(read("2025-03-12", "Marco Rubio met Andrii Sybiha in the Saudi city of Jeddah on Tuesday.\n"), EventType.MEET);
        assertEquals("Jeddah", talks.place(), EventScorer.describe(talks));
    }

    @Test
    void aStateAfterAPlaceNameQualifiesThePlace() {
        Event bali = only(read("2023-11-16", "Joe Biden and Xi Jinping first met in Bali, Indonesia, on November 14 last year.\n"), EventType.MEET);
        assertTrue(!ids(bali).contains("indonesia"), EventScorer.describe(bali));
        assertEquals("2022-11-14", bali.date().value().value(), EventScorer.describe(bali));
    }

    @Test
    void aSpokeswomanWhoToldABriefingReportsTheStance() {
        Event stance = only(read("2023-11-16", "\"China firmly opposes it,\" foreign ministry spokeswoman Mao Ning told a regular "
                + "news briefing on Thursday.\n"), EventType.REJECT);
        assertEquals(Set.of("china"), ids(stance), EventScorer.describe(stance));
    }

    @Test
    void talksThatACountryCutOffKeepTheirOwnDate() {
        Event agreement = only(read("2023-11-16", "Joe Biden and Xi Jinping agreed on Wednesday to restore military talks that "
                + "Beijing cut off in August 2022.\n"), EventType.AGREE);
        assertEquals("2023-11-15", agreement.date().value().value(), EventScorer.describe(agreement));
    }

    @Test
    void aCompanyNamedAfterAStateIsNotTheState() {
        List<Event> events = read("1987-03-04", "Exports rose, and on Tuesday Ford Canada said it met Japan's demands.\n");
        assertTrue(events.stream().noneMatch(e -> ids(e).contains("canada")), events.stream().map(EventScorer::describe).toList().toString());
    }

    @Test
    void aVerbJoinedAfterAThatClauseGoesWithTheTeller() {
        Event appeal = only(read("2023-11-16", "Xi Jinping told Joe Biden on Wednesday that Taiwan remained the most sensitive issue "
                + "and urged Washington to stop arming the island.\n"), EventType.APPEAL);
        assertTrue(ids(appeal).contains("xi-jinping") && !ids(appeal).contains("taiwan"), EventScorer.describe(appeal));
    }

    @Test
    void aDateAheadOfSomethingElseIsThatThingsDate() {
        Event appeal = only(read("2023-11-16", "Joe Biden asked Beijing on Wednesday to respect Taiwan's electoral process ahead of "
                + "the island's presidential election in January.\n"), EventType.APPEAL);
        assertEquals("2023-11-15", appeal.date().value().value(), EventScorer.describe(appeal));
    }

    @Test
    void aSubordinateClauseHasItsOwnSubject() {
        List<Event> events = read("2023-11-16", "Joe Biden and Xi Jinping met on Wednesday.\n"
                + "The leaders agreed to restore military talks that Beijing cut off in August 2022, after then-House Speaker "
                + "Nancy Pelosi visited Taiwan.\n");
        assertTrue(events.stream().noneMatch(e -> e.type() == EventType.MEET && e.date().value() != null
                && e.date().value().value().startsWith("2022") && ids(e).contains("xi-jinping")),
                events.stream().map(EventScorer::describe).toList().toString());
    }

    @Test
    void noAgreementReachedIsANegatedAgreement() {
        Event none = only(read("2025-08-16", "Donald Trump and Vladimir Putin did not reach an agreement on a ceasefire on Friday.\n"),
                EventType.AGREE);
        assertEquals(EventMode.NEGATED, none.mode(), EventScorer.describe(none));
        Event without = only(read("2025-08-16", "Donald Trump and Vladimir Putin met on Friday and parted without agreeing on a "
                + "ceasefire.\n"), EventType.AGREE);
        assertEquals(EventMode.NEGATED, without.mode(), EventScorer.describe(without));
    }

    @Test
    void aCallSaidToComeIsAPlannedCall() {
        Event call = only(read("2025-08-15", "Donald Trump said he would call Volodymyr Zelensky shortly.\n"), EventType.CALL);
        assertEquals(EventMode.PLANNED, call.mode(), EventScorer.describe(call));
    }

    @Test
    void aReportDeniedMakesWhatItToldDenied() {
        List<Event> events = read("2025-08-17", "Donald Trump and Vladimir Putin met in Anchorage on Friday.\n"
                + "Yury Ushakov on Saturday denied a report that the two presidents had agreed to a ceasefire.\n");
        Event agreement = only(events, EventType.AGREE);
        assertEquals(EventMode.DENIED, agreement.mode(), EventScorer.describe(agreement));
        assertTrue(!ids(agreement).contains("yury-ushakov"), EventScorer.describe(agreement));
    }

    @Test
    void aSpeakerWhoSaysAndWarnsDoesTwoThings() {
        List<Event> events = read("2025-08-16", "Vladimir Putin said on Friday that the two sides had reached an understanding and "
                + "warned Ukraine not to interfere.\n");
        Event warning = only(events, EventType.THREATEN);
        assertTrue(ids(warning).contains("vladimir-putin"), EventScorer.describe(warning));
        only(events, EventType.STATEMENT);
    }

    @Test
    void whatAnEnvoyToldAMediumOnSundayHappenedAtTheSummit() {
        List<Event> events = read("2025-08-17", "Donald Trump and Vladimir Putin met in Anchorage on Friday.\n"
                + "Steve Witkoff told CNN on Sunday that Vladimir Putin had agreed at the summit to security guarantees.\n");
        Event agreement = only(events, EventType.AGREE);
        assertEquals("2025-08-15", agreement.date().value().value(), EventScorer.describe(agreement));
    }

    @Test
    void describingAndWritingOnSocialMediaAreStatements() {
        assertEquals("2025-08-16", only(read("2025-08-17", "Volodymyr Zelensky described the call on Saturday as long and "
                + "substantive.\n"), EventType.STATEMENT).date().value().value());
        assertEquals("2025-08-16", only(read("2025-08-17", "On Saturday, Donald Trump wrote on social media that the war "
                + "should end.\n"), EventType.STATEMENT).date().value().value());
    }

    @Test
    void aDateAfterAnotherVerbIsThatVerbsButCoordinatedVerbsShareOne() {
        Event call = only(read("2025-08-17", "Donald Trump and Vladimir Putin met on Friday.\n"
                + "On the flight home, Donald Trump spoke by phone with Volodymyr Zelensky for more than an hour, a call "
                + "Volodymyr Zelensky described on Saturday as long.\n"), EventType.CALL);
        assertEquals("2025-08-15", call.date().value().value(), EventScorer.describe(call));
        Event meeting = only(read("2025-08-17", "Marco Rubio met and signed an agreement with Sergey Lavrov on Tuesday.\n"),
                EventType.MEET);
        assertEquals("2025-08-12", meeting.date().value().value(), EventScorer.describe(meeting));
    }
}
