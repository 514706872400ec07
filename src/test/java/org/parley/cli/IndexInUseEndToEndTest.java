package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.index.EventSearcher;
import org.parley.index.Fixtures;
import org.parley.index.LuceneEventIndex;
import org.parley.model.Event;
import org.parley.model.EventType;

/** {@code index} on an index it must not write: another run holds it, or an earlier Parley laid it out otherwise. */
class IndexInUseEndToEndTest {
    @TempDir
    Path work;

    private List<String> events(Path dir) throws IOException {
        try (EventSearcher s = EventSearcher.open(dir)) {
            return s.allEvents().stream().map(Event::id).toList();
        }
    }

    @Test
    void aSecondWriterSaysTheIndexIsInUseAndChangesNothing() throws IOException {
        Path index = work.resolve("index");
        try (LuceneEventIndex first = LuceneEventIndex.open(index, Fixtures.BY_ID)) {
            first.putArticle(Fixtures.articleEvents(Fixtures.article("a1", "One."), List.of(Fixtures.event("call-1",
                    EventType.CALL, Fixtures.month("2024-01"), null, "a1", "They spoke.", Fixtures.SULLIVAN, Fixtures.USHAKOV))));
            first.commit();
            SearchCommandTest.Run second = SearchCommandTest.parley("index", "--articles", "data/articles", "--index",
                    index.toString(), "--quiet");
            assertEquals(2, second.code(), second.err());
            assertEquals("parley: index " + index + " is in use by another run", second.err().strip());
            assertEquals(List.of("call-1"), events(index), "the second run changed nothing");
        }
    }

    @Test
    void anIndexOfAnotherLayoutIsLeftAloneWithOneLineSayingWhatToDo() throws IOException {
        Path index = work.resolve("old");
        try (FSDirectory d = FSDirectory.open(index); IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new StringField("kind", "article", Field.Store.YES));
            w.addDocument(doc);
            w.commit();
        }
        List<String> before;
        try (var files = Files.list(index)) {
            before = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        SearchCommandTest.Run r = SearchCommandTest.parley("index", "--articles", "data/articles", "--index",
                index.toString(), "--quiet");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("earlier Parley") && r.err().contains(index.toString()), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        try (var files = Files.list(index)) {
            assertEquals(before, files.map(p -> p.getFileName().toString()).sorted().toList(), "no file touched");
        }
    }
}
