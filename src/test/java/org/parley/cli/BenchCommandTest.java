package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The real command line; runs through the same helper as the build end-to-end test. */
class BenchCommandTest {
    @Test
    void lastLineIsTheRatioAndPipedOutputHasNoProgress() {
        BuildEndToEndTest.Run r = BuildEndToEndTest.parley("bench", "--reuters", "data/articles", "--limit", "4", "--warmup", "1", "--threads", "2");
        assertEquals(Parley.OK, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(lines.size() - 1).matches("ratio \\d+\\.\\d\\d"), r.out());
        assertTrue(r.out().contains("articles     4"), r.out());
        for (String stage : List.of("ingest", "sentences", "time", "actors", "events", "merge", "index")) {
            assertTrue(r.out().contains("  " + stage + " "), stage + " missing in\n" + r.out());
        }
        assertFalse(r.err().contains("\r"), "tests have no console: no progress line");
    }

    @Test
    void aMissingFolderIsAUsageError() {
        BuildEndToEndTest.Run r = BuildEndToEndTest.parley("bench", "--reuters", "no/such/folder");
        assertEquals(Parley.USAGE, r.code());
        assertEquals("parley: no such folder: no/such/folder", r.err().strip());
    }

    @Test
    void anUnknownStageIsAUsageError() {
        BuildEndToEndTest.Run r = BuildEndToEndTest.parley("bench", "--reuters", "data/articles", "--stage", "time,parsing");
        assertEquals(Parley.USAGE, r.code());
        assertTrue(r.err().contains("--stage takes time, events, actors or text, not 'parsing'"), r.err());
    }

    @Test
    void oneStageAloneIsTimedPerArticle() {
        BuildEndToEndTest.Run r = BuildEndToEndTest.parley("bench", "--reuters", "data/articles", "--stage", "time", "--limit", "3", "--iterations", "1");
        assertEquals(Parley.OK, r.code(), r.err());
        assertTrue(r.out().matches("(?s)3 articles, .*\\nstage time +\\d+\\.\\d us/article .*"), r.out());
    }
}
