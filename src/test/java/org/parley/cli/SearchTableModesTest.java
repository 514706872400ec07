package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.index.Fixtures;
import org.parley.model.DateBasis;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventMode;
import org.parley.model.EventType;

/** The search table never shows a planned meeting as a held one, nor a publication date as a stated one. */
class SearchTableModesTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void index() throws IOException {
        Event e = Fixtures.event("visit-planned", EventType.MEET, Fixtures.day("2024-03-04"), "Ankara", "a1",
                "Blinken is due to visit Ankara.", Fixtures.USA, Fixtures.ERDOGAN);
        Event planned = new Event(e.id(), e.type(), EventMode.PLANNED,
                new EventDate(e.date().value(), DateBasis.PUBLICATION, null), e.actors(), e.place(), e.summary(),
                e.attribution(), e.mentions());
        Fixtures.indexCallAndMeeting(dir, "Intermediaries met in Türkiye.", planned);
    }

    private static String line(String startsWith) {
        BuildEndToEndTest.Run r = BuildEndToEndTest.parley("search", "--index", dir.toString());
        assertEquals(0, r.code(), r.err());
        return r.out().lines().filter(l -> l.startsWith(startsWith)).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + startsWith + " in\n" + r.out()));
    }

    @Test
    void aPlannedEventIsMarkedAndItsPublicationDateFlagged() {
        String planned = line("4 Mar 2024");
        assertTrue(planned.contains("[planned]"), planned);
        assertTrue(planned.contains("(dated by publication)"), planned);
        assertEquals(planned.indexOf("publication"), planned.lastIndexOf("publication"), "said once: " + planned);
    }

    @Test
    void anAssertedEventDatedByItsTextCarriesNoMark() {
        String held = line("late 2023");
        assertFalse(held.contains("["), held);
        assertFalse(held.contains("publication"), held);
    }
}
