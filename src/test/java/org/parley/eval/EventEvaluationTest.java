package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import org.parley.model.TimexType;

class EventEvaluationTest {
    private static final LocalDate DAY = LocalDate.of(2025, 2, 18);
    private static final GoldEvent MEETING = new GoldEvent("riyadh", true, List.of("MEET"), null, "2025-02-18", List.of(),
            DAY, DAY, 1, List.of("Marco Rubio"), "met in Riyadh", null);

    private static GoldTimeline told(String file) {
        return new GoldTimeline(Path.of(file + ".json"), file, null, DAY, Map.of("Marco Rubio", Set.of("marco rubio", "rubio")),
                List.of(MEETING), List.of());
    }

    private static Event meetingTold(String secondSentence) {
        Actor rubio = new Actor("marco-rubio", "Marco Rubio", ActorKind.PERSON, "USA", List.of(), List.of());
        EventDate date = new EventDate(new TimeValue(TimexType.DATE, "2025-02-18", null, DAY, DAY), DateBasis.TEXT, "Tuesday");
        return new Event("m", EventType.MEET, EventMode.ASSERTED, date, List.of(new Participant(rubio, null, ParticipantRole.SOURCE)),
                "Riyadh", "", null, List.of(new Mention("a", DAY, "A", null, "Rubio met in Riyadh on Tuesday.", 0, 31, "met"),
                        new Mention("b", DAY, "B", null, secondSentence, 0, secondSentence.length(), "met")));
    }

    @Test
    void aHappeningIsMergedOnlyWhenEachArticlesMentionTellsIt() {
        Map<GoldTimeline, String> articles = new LinkedHashMap<>();
        articles.put(told("a"), "a");
        articles.put(told("b"), "b");
        assertEquals(Map.of("riyadh", true), EventEvaluation.merges(articles, List.of(meetingTold("Marco Rubio met in Riyadh."))));
        assertEquals(Map.of("riyadh", false), EventEvaluation.merges(articles,
                List.of(meetingTold("Rubio later flew home from the Gulf."))), "a mention of another sentence of article b");
    }

    @Test
    void aHappeningNotMergedSaysWhatEachArticleGave() {
        Map<GoldTimeline, String> articles = new LinkedHashMap<>();
        articles.put(told("a"), "a");
        articles.put(told("b"), "b");
        List<Event> merged = List.of(meetingTold("Rubio later flew home from the Gulf."));
        Map<String, String> notes = EventEvaluation.mergeNotes(articles, merged, EventEvaluation.merges(articles, merged));
        assertEquals(Map.of("riyadh", "a: 1 fits, with the evidence; b: 1 fits, none with the evidence"), notes);
        assertEquals(Map.of(), EventEvaluation.mergeNotes(articles, List.of(), Map.of("riyadh", true)), "a merged happening needs no note");
    }

    @Test
    void aHappeningToldByEveryArticleButKeptApartShowsTheEventsThatDiffer() {
        Map<GoldTimeline, String> articles = new LinkedHashMap<>();
        articles.put(told("a"), "a");
        articles.put(told("b"), "b");
        Event both = meetingTold("Marco Rubio met in Riyadh.");
        Event inA = new Event("ma", both.type(), both.mode(), both.date(), both.actors(), "Riyadh", "", null, both.mentions().subList(0, 1));
        Event inB = new Event("mb", both.type(), EventMode.PLANNED, both.date(), both.actors(), null, "", null, both.mentions().subList(1, 2));
        List<Event> merged = List.of(inA, inB);
        assertEquals(Map.of("riyadh", "a: 1 fits, with the evidence; b: 1 fits, with the evidence | kept apart: "
                + "MEET 2025-02-18 (TEXT) [Marco Rubio:S] @Riyadh / MEET 2025-02-18 (TEXT) [Marco Rubio:S] PLANNED"),
                EventEvaluation.mergeNotes(articles, merged, EventEvaluation.merges(articles, merged)));
    }
}
