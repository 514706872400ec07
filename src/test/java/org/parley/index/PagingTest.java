package org.parley.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Event;
import org.parley.model.EventType;

/** Searches read a page at a time: pages follow one another without a gap or a repeat, whatever commits between. */
class PagingTest {
    /** More than two of the reader's pages, so that reading all events takes three. */
    private static final int EVENTS = 2 * PagedSearch.PAGE + 345;

    @TempDir
    static Path dir;
    static EventSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        try (LuceneEventIndex index = LuceneEventIndex.open(dir, Fixtures.BY_ID)) {
            for (int a = 0; a < EVENTS / 5; a++) {
                List<Event> events = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    int n = a * 5 + i;
                    // days repeat, so that many events share a day and only the later sort keys order them
                    events.add(Fixtures.event(String.format("call-%05d", n), EventType.CALL,
                            Fixtures.day("2024-01-" + (10 + n % 7)), null, "p" + a, "Call number " + n + " took place.",
                            Fixtures.SULLIVAN, Fixtures.USHAKOV));
                }
                index.putArticle(Fixtures.articleEvents(Fixtures.article("p" + a, "Page body " + a), events));
            }
            assertEquals(EVENTS, index.commit());
        }
        searcher = EventSearcher.open(dir);
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    private static List<String> ids(Iterable<EventHit> hits) {
        List<String> out = new ArrayList<>();
        hits.forEach(h -> out.add(h.event().id()));
        return out;
    }

    @Test
    void pagesFollowOneAnotherInDateOrderWithoutGapOrRepeat() throws IOException {
        List<String> all = searcher.allEvents().stream().map(Event::id).toList();
        assertEquals(EVENTS, all.size());
        EventQuery q = EventQuery.builder().actor("Sullivan").limit(400).build();
        List<String> paged = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            SearchResult page = searcher.search(q, false, token);
            assertEquals(EVENTS, page.total());
            paged.addAll(ids(page.hits()));
            token = page.next();
            pages++;
        } while (token != null);
        assertEquals(all, paged);
        assertEquals((EVENTS + 399) / 400, pages, "the last page says there is none after it");
    }

    @Test
    void aPagedSearchHandsOnEveryEventAPageAtATime() throws IOException {
        PagedSearch search = PagedSearch.start(searcher, EventQuery.builder().build(), Long.MAX_VALUE, true);
        assertEquals(PagedSearch.PAGE, search.first().hits().size());
        assertTrue(search.first().facets().containsKey(EventSchema.FACET_TYPE), "the first page carries the facets");
        assertEquals(searcher.allEvents().stream().map(Event::id).toList(), ids(search));
    }

    @Test
    void aPagedSearchStopsAtTheMostAskedFor() throws IOException {
        List<String> first = ids(PagedSearch.start(searcher, EventQuery.builder().build(), 1234, false));
        assertEquals(searcher.allEvents().stream().map(Event::id).limit(1234).toList(), first);
    }

    @Test
    void theLastPageHasNoNextToken() throws IOException {
        SearchResult r = searcher.search(EventQuery.builder().actor("Sullivan").limit(EventQuery.MAX_LIMIT).build(), false, null);
        assertEquals(EVENTS, r.hits().size());
        assertNull(r.next());
    }

    @Test
    void aTokenOfAnotherOrderOrAMadeUpOneIsRefusedWithAMessage() throws IOException {
        String token = searcher.search(EventQuery.builder().limit(10).build()).next();
        EventQuery byRelevance = EventQuery.builder().text("call").sort(EventQuery.SortOrder.RELEVANCE).limit(10).build();
        IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
                () -> searcher.search(byRelevance, false, token));
        assertTrue(other.getMessage().contains("relevance order"), other.getMessage());
        for (String bad : List.of("nonsense", "W10=", "WyJEQVRFIix7ImwiOiJ4In0sMSwyLDNd")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> searcher.search(EventQuery.builder().limit(10).build(), false, bad), bad);
            assertTrue(e.getMessage().contains("page token"), e.getMessage());
        }
    }

    @Test
    void relevancePagesFollowOneAnotherToo() throws IOException {
        EventQuery q = EventQuery.builder().text("call took place").sort(EventQuery.SortOrder.RELEVANCE).limit(700).build();
        List<String> paged = new ArrayList<>();
        String token = null;
        do {
            SearchResult page = searcher.search(q, false, token);
            paged.addAll(ids(page.hits()));
            token = page.next();
        } while (token != null);
        assertEquals(EVENTS, paged.size());
        assertEquals(EVENTS, new java.util.HashSet<>(paged).size(), "no event twice");
    }

    @Test
    void anEventIsFoundByItsId() throws IOException {
        assertEquals("call-00042", searcher.event("call-00042").orElseThrow().id());
        assertTrue(searcher.event("no-such-event").isEmpty());
    }
}
