package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.index.EventSearcher;
import org.parley.index.Fixtures;
import org.parley.index.LuceneEventIndex;
import org.parley.index.PagedSearch;
import org.parley.model.Event;
import org.parley.model.EventType;

/** {@code search} reads as many events as asked for, past one page, in every format. */
class SearchStreamingTest {
    private static final int EVENTS = PagedSearch.PAGE + 234;

    @TempDir
    static Path dir;

    @BeforeAll
    static void index() throws IOException {
        try (LuceneEventIndex index = LuceneEventIndex.open(dir, Fixtures.BY_ID)) {
            List<Event> events = new ArrayList<>();
            for (int i = 0; i < EVENTS; i++) {
                events.add(Fixtures.event(String.format("call-%04d", i), EventType.CALL,
                        Fixtures.day("2024-02-" + (10 + i % 9)), null, "a1", "Call " + i + ".", Fixtures.SULLIVAN,
                        Fixtures.USHAKOV));
            }
            index.putArticle(Fixtures.articleEvents(Fixtures.article("a1", "Calls."), events));
            index.commit();
        }
    }

    private static SearchCommandTest.Run search(String... args) {
        List<String> all = new ArrayList<>(List.of("search", "--index", dir.toString()));
        all.addAll(List.of(args));
        return SearchCommandTest.parley(all.toArray(String[]::new));
    }

    @Test
    void allGivesEveryEventInDateOrder() throws IOException {
        SearchCommandTest.Run r = search("--all", "--format", "jsonl");
        assertEquals(0, r.code(), r.err());
        List<String> ids = new ArrayList<>();
        for (String line : r.out().lines().toList()) {
            ids.add(new ObjectMapper().readTree(line).path("id").asText());
        }
        try (EventSearcher s = EventSearcher.open(dir)) {
            assertEquals(s.allEvents().stream().map(Event::id).toList(), ids);
        }
    }

    @Test
    void aLimitPastOnePageIsKept() throws IOException {
        SearchCommandTest.Run r = search("--limit", Integer.toString(PagedSearch.PAGE + 5), "--format", "json");
        assertEquals(0, r.code(), r.err());
        var tree = new ObjectMapper().readTree(r.out());
        assertEquals(EVENTS, tree.path("total").asInt());
        assertEquals(PagedSearch.PAGE + 5, tree.path("events").size());
    }

    @Test
    void theTableSaysHowManyItShowed() {
        SearchCommandTest.Run r = search("--limit", "3");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(EVENTS + " events (first 3 shown)"), r.out());
        assertEquals(3 * 2 + 1, r.out().lines().count(), r.out());
    }
}
