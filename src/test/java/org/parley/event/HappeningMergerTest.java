package org.parley.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.DateBasis;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventMode;
import org.parley.model.EventType;
import org.parley.model.Mention;
import org.parley.model.Participant;
import org.parley.model.ParticipantRole;
import org.parley.model.TimeValue;
import org.parley.model.TimexType;

class HappeningMergerTest {
    static final Actor RUBIO = new Actor("marco-rubio", "Marco Rubio", ActorKind.PERSON, "USA", List.of(), List.of());
    static final Actor LAVROV = new Actor("sergey-lavrov", "Sergey Lavrov", ActorKind.PERSON, "RUS", List.of(), List.of());
    private final HappeningMerger merger = new HappeningMerger();

    static TimeValue day(String d) {
        LocalDate x = LocalDate.parse(d);
        return new TimeValue(TimexType.DATE, d, null, x, x);
    }

    static Event event(EventType type, TimeValue date, String article, Actor... actors) {
        List<Participant> parts = new ArrayList<>();
        for (Actor a : actors) {
            parts.add(new Participant(a, null, parts.isEmpty() ? ParticipantRole.SOURCE : ParticipantRole.OTHER));
        }
        EventDate d = date == null ? EventDate.none() : new EventDate(date, DateBasis.TEXT, date.value());
        int at = date == null ? 100 : 0;
        Mention m = new Mention(article, LocalDate.of(2025, 2, 16), "t", null, "sentence of " + article, at, at + 10, "call");
        return new Event(EventIds.id(type, EventMode.ASSERTED, parts, d), type, EventMode.ASSERTED, d, parts, null, "", null, List.of(m));
    }

    @Test
    void oneCallToldByThreeArticlesIsOneEventWithThreeMentions() {
        List<Event> merged = merger.merge(List.of(
                event(EventType.CALL, day("2025-02-15"), "a1", RUBIO, LAVROV),
                event(EventType.CALL, day("2025-02-15"), "a2", LAVROV, RUBIO),
                event(EventType.CALL, new TimeValue(TimexType.DATE, "2025-W07", null, LocalDate.of(2025, 2, 10),
                        LocalDate.of(2025, 2, 16)), "a3", RUBIO)));
        assertEquals(1, merged.size());
        assertEquals(3, merged.get(0).mentions().size());
        assertEquals("2025-02-15", merged.get(0).date().value().value());
        assertEquals("call-marco-rubio-sergey-lavrov-2025-02-15", merged.get(0).id());
    }

    @Test
    void twoMeetingsOfTheSamePeopleOnDifferentDaysStayTwo() {
        List<Event> merged = merger.merge(List.of(
                event(EventType.MEET, day("2024-02-16"), "a1", RUBIO, LAVROV),
                event(EventType.MEET, day("2024-04-26"), "a1", RUBIO, LAVROV)));
        assertEquals(2, merged.size());
    }

    @Test
    void aWideDateDoesNotChainTwoNarrowOnes() {
        TimeValue year = new TimeValue(TimexType.DATE, "2024", null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        List<Event> merged = merger.merge(List.of(
                event(EventType.MEET, day("2024-02-16"), "a1", RUBIO, LAVROV),
                event(EventType.MEET, year, "a2", RUBIO, LAVROV),
                event(EventType.MEET, day("2024-04-26"), "a3", RUBIO, LAVROV)));
        assertEquals(2, merged.size());
    }

    @Test
    void anUndatedHeadlineJoinsTheDatedEventOfItsOwnArticleOnly() {
        List<Event> merged = merger.merge(List.of(
                event(EventType.CALL, day("2025-02-15"), "a1", RUBIO, LAVROV),
                event(EventType.CALL, null, "a1", RUBIO),
                event(EventType.CALL, null, "a2", RUBIO)));
        assertEquals(2, merged.size());
        assertEquals(2, merged.get(0).mentions().size());
    }

    @Test
    void resultDoesNotDependOnInputOrder() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            events.add(event(i % 2 == 0 ? EventType.CALL : EventType.MEET, day("2025-02-1" + (i % 5)), "a" + i,
                    i % 3 == 0 ? RUBIO : LAVROV, LAVROV));
        }
        List<String> first = merger.merge(events).stream().map(EventJsonText::of).toList();
        Collections.shuffle(events, new Random(7));
        assertEquals(first, merger.merge(events).stream().map(EventJsonText::of).toList());
    }

    @Test
    void differentModesStayApart() {
        Event asserted = event(EventType.CALL, day("2025-02-15"), "a1", RUBIO, LAVROV);
        Event denied = new Event(asserted.id() + "-denied", EventType.CALL, EventMode.DENIED, asserted.date(),
                asserted.actors(), null, "", "the Kremlin", asserted.mentions());
        assertEquals(2, merger.merge(List.of(asserted, denied)).size());
    }

    /** The JSON of an event, to compare results exactly. */
    static final class EventJsonText {
        static String of(Event e) {
            return EventJson.toJson(e);
        }
    }

    @Test
    void theStateOfAPartyNamesTheSameCallInOneArticleButNotAcrossArticles() {
        Actor russia = new Actor("russia", "Russia", ActorKind.STATE, "RUS", List.of(), List.of());
        assertEquals(1, merger.merge(List.of(event(EventType.CALL, day("2022-05-05"), "a1", RUBIO, LAVROV),
                event(EventType.CALL, day("2022-05-05"), "a1", russia))).size());
        assertEquals(2, merger.merge(List.of(event(EventType.CALL, day("2022-05-05"), "a1", RUBIO, LAVROV),
                event(EventType.CALL, day("2022-05-05"), "a2", russia))).size());
    }

    @Test
    void statementsOfTwoPeopleOfOneCountryStayTwo() {
        Actor blinken = new Actor("antony-blinken", "Antony Blinken", ActorKind.PERSON, "USA", List.of(), List.of());
        assertEquals(2, merger.merge(List.of(event(EventType.STATEMENT, day("2024-02-16"), "a1", RUBIO),
                event(EventType.STATEMENT, day("2024-02-16"), "a1", blinken))).size());
    }

    @Test
    void aDiscussionOfTheDayOfAMeetingOfItsPartiesIsThatMeeting() {
        Actor wang = new Actor("wang-yi", "Wang Yi", ActorKind.PERSON, "CHN", List.of(), List.of());
        List<Event> merged = merger.merge(List.of(
                event(EventType.NEGOTIATE, day("2025-02-15"), "a1", RUBIO, LAVROV),
                event(EventType.MEET, day("2025-02-15"), "a2", LAVROV, RUBIO),
                event(EventType.NEGOTIATE, day("2025-02-20"), "a4", RUBIO, LAVROV)));
        assertEquals(List.of(EventType.MEET, EventType.NEGOTIATE), merged.stream().map(Event::type).toList(), "the 20th is another day");
        assertEquals(2, merged.get(0).mentions().size());
        List<Event> apart = merger.merge(List.of(
                event(EventType.MEET, day("2025-02-15"), "a2", LAVROV, RUBIO),
                event(EventType.NEGOTIATE, day("2025-02-15"), "a3", wang, LAVROV)));
        assertEquals(2, apart.size(), "Wang is no party of the meeting");
    }

    @Test
    void oneDaysMeetingOfTheSamePartiesIsOneWhateverDepthItsPlaceIsNamedAt() {
        Event alaska = withPlace(event(EventType.MEET, day("2025-08-15"), "a1", RUBIO, LAVROV), "Alaska");
        Event base = withPlace(event(EventType.MEET, day("2025-08-15"), "a2", LAVROV, RUBIO), "Joint Base Elmendorf-Richardson");
        assertEquals(1, merger.merge(List.of(alaska, base)).size());
        Event otherDay = withPlace(event(EventType.MEET, new TimeValue(TimexType.DATE, "2025-08", null, LocalDate.of(2025, 8, 1),
                LocalDate.of(2025, 8, 31)), "a3", LAVROV, RUBIO), "Moscow");
        assertEquals(2, merger.merge(List.of(alaska, otherDay)).size(), "a month-wide date in another place stays apart");
    }

    @Test
    void twoOutletsReportingOneMeetingOfTwoPartiesADayApartTellOneMeeting() {
        List<Event> merged = merger.merge(List.of(
                event(EventType.MEET, day("2025-06-30"), "a1", RUBIO, LAVROV),
                event(EventType.MEET, day("2025-07-01"), "a2", LAVROV, RUBIO)));
        assertEquals(1, merged.size(), "across a month's end too");
        assertEquals(2, merged.get(0).mentions().size());
    }

    @Test
    void aDayApartStaysTwoInOneArticleWithOnePartyInCommonOrTwoDaysOff() {
        Actor wang = new Actor("wang-yi", "Wang Yi", ActorKind.PERSON, "CHN", List.of(), List.of());
        assertEquals(2, merger.merge(List.of(event(EventType.MEET, day("2025-06-18"), "a1", RUBIO, LAVROV),
                event(EventType.MEET, day("2025-06-19"), "a1", RUBIO, LAVROV))).size(), "one article telling two days");
        assertEquals(2, merger.merge(List.of(event(EventType.MEET, day("2025-06-18"), "a1", RUBIO, LAVROV),
                event(EventType.MEET, day("2025-06-19"), "a2", RUBIO, wang))).size(), "Rubio with two guests");
        assertEquals(2, merger.merge(List.of(event(EventType.MEET, day("2025-06-18"), "a1", RUBIO, LAVROV),
                event(EventType.MEET, day("2025-06-20"), "a2", RUBIO, LAVROV))).size(), "two days apart");
    }

    @Test
    void aReportOfTheSameDayIsTakenBeforeOneADayOff() {
        Actor iran = new Actor("iran", "Iran", ActorKind.STATE, "IRN", List.of(), List.of());
        Actor iraq = new Actor("iraq", "Iraq", ActorKind.STATE, "IRQ", List.of(), List.of());
        List<Event> merged = merger.merge(List.of(
                event(EventType.FIGHT, day("1987-03-03"), "a1", iran, iraq),
                event(EventType.FIGHT, day("1987-03-04"), "a2", iran),
                event(EventType.FIGHT, day("1987-03-04"), "a3", iran, iraq)));
        assertEquals(2, merged.size());
        assertEquals(List.of("1987-03-03", "1987-03-04"), merged.stream().map(e -> e.date().value().value()).toList());
        assertEquals(List.of(1, 2), merged.stream().map(e -> e.mentions().size()).toList(), "the 4th's two reports are one");
    }

    @Test
    void oneVisitWithTheNameInFullAndShortenedIsOne() {
        Actor full = new Actor("abdul-halim-mu-adzam-shah", "Abdul Halim Mu'adzam Shah", ActorKind.PERSON, null, List.of(), List.of());
        Actor shortened = new Actor("abdul-halim", "Abdul Halim", ActorKind.PERSON, null, List.of(), List.of());
        Actor other = new Actor("anwar-ibrahim", "Anwar Ibrahim", ActorKind.PERSON, "MYS", List.of(), List.of());
        Actor sultan = new Actor("sultan-ibrahim", "Sultan Ibrahim", ActorKind.PERSON, null, List.of(), List.of());
        TimeValue year = new TimeValue(TimexType.DATE, "2014", null, LocalDate.of(2014, 1, 1), LocalDate.of(2014, 12, 31));
        assertEquals(1, merger.merge(List.of(event(EventType.MEET, year, "a1", full),
                event(EventType.MEET, year, "a2", shortened))).size());
        assertEquals(2, merger.merge(List.of(event(EventType.MEET, year, "a1", other),
                event(EventType.MEET, year, "a2", sultan))).size(), "one word in common is not one name");
    }

    @Test
    void twoStatesNamedByTheirLeadersInOneReportAndByThemselvesInAnotherAreOneAgreement() {
        Actor usa = new Actor("united-states", "United States", ActorKind.STATE, "USA", List.of(), List.of());
        Actor russia = new Actor("russia", "Russia", ActorKind.STATE, "RUS", List.of(), List.of());
        assertEquals(1, merger.merge(List.of(event(EventType.AGREE, day("2025-03-11"), "a1", RUBIO, LAVROV),
                event(EventType.AGREE, day("2025-03-11"), "a2", usa, russia))).size());
        assertEquals(2, merger.merge(List.of(event(EventType.STATEMENT, day("2025-03-11"), "a1", RUBIO, LAVROV),
                event(EventType.STATEMENT, day("2025-03-11"), "a2", usa, russia))).size(), "statements are their speakers' own");
    }

    private static Event withPlace(Event e, String place) {
        return new Event(e.id(), e.type(), e.mode(), e.date(), e.actors(), place, e.summary(), e.attribution(), e.mentions());
    }
}
