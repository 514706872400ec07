package org.parley.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Event;
import org.parley.model.EventType;

class LuceneEventIndexTest {
    @TempDir
    Path dir;

    private static void putOne(LuceneEventIndex index, String id) throws IOException {
        index.putArticle(Fixtures.articleEvents(Fixtures.article(id, "Body of " + id), List.of(
                Fixtures.event("ev-" + id, EventType.CALL, Fixtures.month("2024-01"), null, id, "They spoke.",
                        Fixtures.SULLIVAN, Fixtures.USHAKOV))));
    }

    private List<String> eventIds() throws IOException {
        try (EventSearcher s = EventSearcher.open(dir)) {
            return s.allEvents().stream().map(Event::id).sorted().toList();
        }
    }

    @Test
    void aSecondWriterIsToldTheIndexIsInUse() throws IOException {
        try (LuceneEventIndex first = LuceneEventIndex.open(dir, Fixtures.BY_ID)) {
            IndexInUseException e = assertThrows(IndexInUseException.class, () -> LuceneEventIndex.open(dir, Fixtures.BY_ID));
            assertEquals("index " + dir + " is in use by another run", e.getMessage());
            putOne(first, "a1");
            first.commit();
        }
        try (LuceneEventIndex again = LuceneEventIndex.open(dir, Fixtures.BY_ID)) {
            assertEquals(1, again.manifest().size(), "the lock is released when the first run ends");
        }
    }

    @Test
    void searchesSeeTheLastCommitWhileARunWrites() throws IOException {
        try (LuceneEventIndex index = LuceneEventIndex.open(dir, Fixtures.BY_ID)) {
            putOne(index, "a1");
            index.commit();
            try (EventSearcher searcher = EventSearcher.open(dir)) {
                putOne(index, "a2");
                assertEquals(1, searcher.allEvents().size());
                index.commit();
                assertEquals(1, searcher.allEvents().size(), "a searcher keeps its commit until refreshed");
                assertTrue(searcher.refresh());
                assertEquals(2, searcher.allEvents().size());
            }
        }
    }

    @Test
    void aRunThatStopsBeforeCommitLeavesTheLastGoodIndex() throws IOException {
        try (LuceneEventIndex index = LuceneEventIndex.open(dir, Fixtures.BY_ID)) {
            putOne(index, "a1");
            index.commit();
        }
        try (LuceneEventIndex index = LuceneEventIndex.open(dir, Fixtures.BY_ID)) {
            putOne(index, "a2");
            index.removeArticle("a1");
        }
        assertEquals(List.of("ev-a1"), eventIds());
    }

    @Test
    void aKilledRunLeavesTheLastGoodIndexAndACleanRunFollows() throws Exception {
        try (LuceneEventIndex index = LuceneEventIndex.open(dir, Fixtures.BY_ID)) {
            putOne(index, "a1");
            index.commit();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SlowIndexRun.class.getName(), dir.toString(), "1000")
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("put 10"));
            assertEquals("put 10", line, "the child run started");
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(List.of("ev-a1"), eventIds(), "the killed run left the last good index");
        try (LuceneEventIndex index = LuceneEventIndex.open(dir, Fixtures.BY_ID)) {
            assertEquals(List.of("a1"), List.copyOf(index.manifest().keySet()));
            putOne(index, "a2");
            assertEquals(2, index.commit());
        }
        assertEquals(List.of("ev-a1", "ev-a2"), eventIds());
    }
}
