package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evidence given by position in a research-only record, so that gold files hold none of its words. */
class GoldEvidenceAnchorTest {
    private static final String TEXT = "Paris, Monday.\n\nThe ministers met in Lima on Monday and agreed to talk again.";

    private static String gold(int start, int end, String sha1) {
        return """
                {"article": {"file": "news.jsonl", "record": "x-1", "published": "2024-03-04"},
                 "actors": {"Peru": {"aliases": ["Peru"]}},
                 "events": [{"id": "lima-meeting", "must": true, "type": "MEET", "cameo": "043",
                             "date": {"value": "2024-03-04", "span": ["2024-03-04", "2024-03-04"]},
                             "actors": ["Peru"], "evidence_at": {"start": %d, "end": %d, "sha1": "%s"}}]}
                """.formatted(start, end, sha1);
    }

    private static GoldTimeline read(Path dir, String json) throws IOException {
        Path f = dir.resolve("g.json");
        Files.writeString(f, json);
        return GoldTimeline.read(f);
    }

    @Test
    void anchoredEvidenceIsReadFromTheRecordText(@TempDir Path dir) throws IOException {
        int start = TEXT.indexOf("The ministers met");
        int end = TEXT.indexOf(" and agreed");
        String sha = GoldTimeline.EvidenceAnchor.sha1Of(TEXT.substring(start, end)).substring(0, 10);
        GoldTimeline t = read(dir, gold(start, end, sha));
        assertTrue(t.anchored());
        assertEquals("", t.events().get(0).evidence());
        assertEquals("The ministers met in Lima on Monday", t.withEvidenceFrom(TEXT).events().get(0).evidence());
    }

    @Test
    void anAnchorWhoseWordsChangedNamesTheFileAndEvent(@TempDir Path dir) throws IOException {
        GoldTimeline t = read(dir, gold(16, 40, "0000000000"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.withEvidenceFrom(TEXT));
        assertTrue(e.getMessage().contains("g.json: event lima-meeting"), e.getMessage());
        assertTrue(e.getMessage().contains("no longer holds"), e.getMessage());
    }

    @Test
    void anAnchorPastTheTextIsAnError(@TempDir Path dir) throws IOException {
        GoldTimeline t = read(dir, gold(10, 9999, "abc"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.withEvidenceFrom(TEXT));
        assertTrue(e.getMessage().contains("outside the record's text"), e.getMessage());
    }

    @Test
    void anAnchorWithoutItsFieldsIsAnError(@TempDir Path dir) {
        String bad = gold(1, 2, "x").replace("\"sha1\": \"x\"", "\"sha\": 1");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(dir, bad));
        assertTrue(e.getMessage().contains("evidence_at needs start, end"), e.getMessage());
    }

    @Test
    void theRecordTextIsTheRawTextFieldOfItsLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("news.jsonl");
        Files.writeString(f, "{\"id\":\"x-0\",\"text\":\"other\"}\n\n{\"id\":\"x-1\",\"text\":\"a\\n\\nb\"}\n");
        assertEquals("a\n\nb", EventEvaluation.recordText(f, "x-1"));
        assertThrows(IllegalArgumentException.class, () -> EventEvaluation.recordText(f, "x-9"));
    }
}
