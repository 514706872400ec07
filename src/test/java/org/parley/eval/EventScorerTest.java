package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.eval.GoldTimeline.GoldEvent;
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
import org.parley.model.TimexMod;
import org.parley.model.TimexType;

class EventScorerTest {
    private static final GoldEvent REJECTION = new GoldEvent("us-rejects", true, List.of("REJECT"), null, "2024-01",
            List.of("2023-12", "2024", "2024-Q1"), LocalDate.of(2023, 12, 1), LocalDate.of(2024, 2, 13), 31,
            List.of("United States"), "", null);

    private static TimeValue value(String v, TimexMod mod, String from, String to) {
        return new TimeValue(TimexType.DATE, v, mod, LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void goldValueOrAcceptedValueMatches() {
        assertTrue(EventScorer.dateMatches(REJECTION, value("2024-01", null, "2024-01-01", "2024-01-31")));
        assertTrue(EventScorer.dateMatches(REJECTION, value("2024", TimexMod.START, "2024-01-01", "2024-04-30")));
    }

    @Test
    void anIntervalInsideTheSpanNoWiderThanTheGoldValueMatches() {
        assertTrue(EventScorer.dateMatches(REJECTION, value("2024-01-15", null, "2024-01-15", "2024-01-15")));
        assertFalse(EventScorer.dateMatches(REJECTION, value("2024-06-12", null, "2024-06-12", "2024-06-12")));
        assertFalse(EventScorer.dateMatches(REJECTION, value("2023-12/2024-02", null, "2023-12-01", "2024-02-13")),
                "inside the span but wider than a month");
    }

    @Test
    void endOfAYearIsItsLastFourMonths() {
        assertArrayEquals(new LocalDate[] {LocalDate.of(2023, 9, 1), LocalDate.of(2023, 12, 31)}, GoldTimeline.interval("2023", "END"));
        assertArrayEquals(new LocalDate[] {LocalDate.of(2024, 2, 5), LocalDate.of(2024, 2, 11)}, GoldTimeline.interval("2024-W06", null));
        assertArrayEquals(new LocalDate[] {LocalDate.of(2023, 12, 1), LocalDate.of(2024, 2, 29)}, GoldTimeline.interval("2023-12/2024-02", null));
    }

    @Test
    void aRuleNamingAMeetingInWordsIsBrokenOnlyByAMeeting() {
        GoldTimeline gold = new GoldTimeline(Path.of("g.json"), "a.txt", null, LocalDate.of(2022, 5, 6),
                Map.of("Russia", Set.of("russia", "moscow")), List.of(), List.of());
        Actor russia = new Actor("russia", "Russia", ActorKind.STATE, "RUS", List.of(), List.of());
        EventDate may = new EventDate(value("2022-05-03", null, "2022-05-03", "2022-05-03"), DateBasis.TEXT, "Tuesday");
        List<Mention> evidence = List.of(new Mention("a", LocalDate.of(2022, 5, 6), "T", null, "Russia spoke.", 0, 13, "spoke"));
        Event statement = new Event("s", EventType.STATEMENT, EventMode.ASSERTED, may,
                List.of(new Participant(russia, null, ParticipantRole.SOURCE)), null, "", null, evidence);
        Event meeting = new Event("m", EventType.MEET, EventMode.ASSERTED, may,
                List.of(new Participant(russia, null, ParticipantRole.SOURCE)), null, "", null, evidence);
        assertTrue(EventScorer.check(gold, "the Moscow meeting dated May 2022", List.of(statement)).isEmpty());
        assertFalse(EventScorer.check(gold, "the Moscow meeting dated May 2022", List.of(meeting)).isEmpty());
    }

    @Test
    void aRuleNamingItsDoerWithAPossessiveIsBrokenOnlyWhenThatActorDoesIt() {
        GoldTimeline gold = new GoldTimeline(Path.of("g.json"), "a.txt", null, LocalDate.of(2023, 11, 4),
                Map.of("Israel", Set.of("israel"), "Türkiye", Set.of("turkiye", "turkey")), List.of(), List.of());
        Actor israel = new Actor("israel", "Israel", ActorKind.STATE, "ISR", List.of(), List.of());
        Actor turkey = new Actor("turkey", "Türkiye", ActorKind.STATE, "TUR", List.of(), List.of());
        EventDate day = new EventDate(value("2023-11-04", null, "2023-11-04", "2023-11-04"), DateBasis.TEXT, "Saturday");
        List<Mention> evidence = List.of(new Mention("a", LocalDate.of(2023, 11, 4), "T", null, "Turkey recalled.", 0, 16, "recalled"));
        Event byTurkey = new Event("t", EventType.REDUCE_RELATIONS, EventMode.ASSERTED, day, List.of(new Participant(turkey, null,
                ParticipantRole.SOURCE), new Participant(israel, null, ParticipantRole.TARGET)), null, "", null, evidence);
        Event byIsrael = new Event("i", EventType.REDUCE_RELATIONS, EventMode.ASSERTED, day, List.of(new Participant(israel, null,
                ParticipantRole.SOURCE), new Participant(turkey, null, ParticipantRole.TARGET)), null, "", null, evidence);
        String rule = "Israel's recall of its diplomats dated 2023-11-04";
        assertTrue(EventScorer.check(gold, rule, List.of(byTurkey)).isEmpty());
        assertFalse(EventScorer.check(gold, rule, List.of(byIsrael)).isEmpty());
    }

    @Test
    void eachGoldEventGetsAnEventWhereverAFullMatchingExists() {
        Actor us = new Actor("united-states", "United States", ActorKind.STATE, "USA", List.of(), List.of());
        Actor eu = new Actor("european-union", "European Union", ActorKind.ORGANIZATION, null, List.of(), List.of());
        Actor russia = new Actor("russia", "Russia", ActorKind.STATE, "RUS", List.of(), List.of());
        LocalDate day = LocalDate.of(2024, 2, 23);
        GoldEvent usSanctions = new GoldEvent("us", true, List.of("SANCTION"), null, "2024-02-23", List.of(), day, day, 1,
                List.of("United States", "Russia"), "", null);
        GoldEvent euSanctions = new GoldEvent("eu", true, List.of("SANCTION"), null, "2024-02-23", List.of(), day, day, 1,
                List.of("European Union"), "", null);
        GoldTimeline gold = new GoldTimeline(Path.of("g.json"), "a.txt", null, day, Map.of("United States", Set.of("united states"),
                "European Union", Set.of("european union"), "Russia", Set.of("russia")), List.of(usSanctions, euSanctions), List.of());
        EventDate date = new EventDate(value("2024-02-23", null, "2024-02-23", "2024-02-23"), DateBasis.TEXT, "Friday");
        List<Mention> evidence = List.of(new Mention("a", day, "T", null, "Sanctions.", 0, 10, "sanctions"));
        // the EU's event shares Russia with the US gold and comes first: a greedy pairing would give it to the US gold
        Event byEu = new Event("e", EventType.SANCTION, EventMode.ASSERTED, date, List.of(new Participant(eu, null, ParticipantRole.SOURCE),
                new Participant(russia, null, ParticipantRole.TARGET)), null, "", null, evidence);
        Event byUs = new Event("u", EventType.SANCTION, EventMode.ASSERTED, date, List.of(new Participant(us, null, ParticipantRole.SOURCE)),
                null, "", null, evidence);
        EventScorer.ArticleScore score = EventScorer.score(gold, List.of(byEu, byUs));
        assertTrue(score.missed().isEmpty(), score.missed().toString());
    }

    @Test
    void aMissedEventWithAnEventFoundOnAnotherDayIsListedAsMisdated() {
        Actor us = new Actor("united-states", "United States", ActorKind.STATE, "USA", List.of(), List.of());
        LocalDate day = LocalDate.of(2024, 1, 20);
        GoldTimeline gold = new GoldTimeline(Path.of("g.json"), "a.txt", null, day, Map.of("United States", Set.of("united states")),
                List.of(REJECTION), List.of());
        List<Mention> evidence = List.of(new Mention("a", day, "T", null, "Washington refused.", 0, 19, "refused"));
        Event june = new Event("j", EventType.REJECT, EventMode.ASSERTED,
                new EventDate(value("2024-06-12", null, "2024-06-12", "2024-06-12"), DateBasis.CONTEXT, null),
                List.of(new Participant(us, null, ParticipantRole.SOURCE)), null, "", null, evidence);
        EventScorer.ArticleScore score = EventScorer.score(gold, List.of(june));
        assertTrue(score.matches().isEmpty());
        assertEquals(1, score.misdated().size());
        assertEquals("us-rejects", score.misdated().get(0).gold().id());
        assertTrue(EventScorer.score(gold, List.of()).misdated().isEmpty());
    }

    @Test
    void aDatedRuleChecksEveryDateItNamesAndTheModeItNames() {
        GoldTimeline gold = new GoldTimeline(Path.of("g.json"), "a.txt", null, LocalDate.of(2025, 8, 17),
                Map.of("Donald Trump", Set.of("donald trump", "trump")), List.of(), List.of());
        Actor trump = new Actor("donald-trump", "Donald Trump", ActorKind.PERSON, "USA", List.of(), List.of());
        List<Mention> evidence = List.of(new Mention("a", LocalDate.of(2025, 8, 17), "T", null, "Trump met.", 0, 10, "met"));
        Event planned = new Event("p", EventType.MEET, EventMode.PLANNED,
                new EventDate(value("2025-08-18", null, "2025-08-18", "2025-08-18"), DateBasis.TEXT, "Monday"),
                List.of(new Participant(trump, null, ParticipantRole.SOURCE)), null, "", null, evidence);
        assertTrue(EventScorer.check(gold, "a held (ASSERTED) MEET of Trump dated 2025-08-18", List.of(planned)).isEmpty());
        assertFalse(EventScorer.check(gold, "a MEET of Trump dated 2025-08-16 or 2025-08-18", List.of(planned)).isEmpty(),
                "the second date named");
    }
}
