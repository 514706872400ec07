package org.parley.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.actor.GazetteerActorResolver;
import org.parley.eval.EventScorer;
import org.parley.model.Article;
import org.parley.model.DateBasis;
import org.parley.model.Event;
import org.parley.model.EventType;
import org.parley.model.TimeValue;
import org.parley.model.TimexMod;
import org.parley.model.TimexType;
import org.parley.time.ParleyTemporalTagger;

/** Dates from elsewhere in the article: gaps before and after another event, and the time after an anchor. */
class ReferenceDatesTest {
    private static final ArticlePipeline PIPELINE = new ArticlePipeline(TestTexts.ANALYZER, new ParleyTemporalTagger(),
            new GazetteerActorResolver(), new PatternEventExtractor());

    private static Event only(String published, String body, EventType type) {
        List<Event> events = PIPELINE.read(new Article("t", "t.txt", null, LocalDate.parse(published), "Title", body).withDatelineMarked()).events();
        List<Event> of = events.stream().filter(e -> e.type() == type).toList();
        assertEquals(1, of.size(), () -> events.stream().map(EventScorer::describe).toList().toString());
        return of.get(0);
    }

    @Test
    void anEventAGapAfterAnotherIsDatedBeforeIt() {
        Event call = only("2024-02-20", "Russia rejected the plan on Friday, three days after Marco Rubio phoned Sergey Lavrov.\n",
                EventType.CALL);
        assertEquals("2024-02-13", call.date().value().value());
        assertEquals(DateBasis.ANAPHOR, call.date().basis());
    }

    @Test
    void anEventAGapLaterThanAnotherIsDatedAfterIt() {
        Event agreement = only("2024-02-20", "Marco Rubio met Sergey Lavrov on Monday, February 12.\n"
                + "Three days later, Marco Rubio and Sergey Lavrov signed an agreement.\n", EventType.AGREE);
        assertEquals("2024-02-15", agreement.date().value().value());
    }

    @Test
    void afterTheEndOfAYearIsTheStartOfTheNext() {
        TimeValue end = new TimeValue(TimexType.DATE, "2023", TimexMod.END,
                LocalDate.of(2023, 9, 1), LocalDate.of(2023, 12, 31));
        TimeValue next = ReferenceDates.after(end);
        assertEquals("2024", next.value());
        assertEquals(TimexMod.START, next.mod());
    }
}
