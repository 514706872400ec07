package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.index.Fixtures.PUTIN;
import static org.parley.index.Fixtures.USA;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.index.Fixtures;
import org.parley.index.LuceneEventIndex;
import org.parley.model.EventType;

class SearchCommandTest {
    @TempDir
    static Path dir;

    record Run(int code, String out, String err) {
    }

    static Run parley(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Parley.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString().replace("\r\n", "\n"), err.toString());
    }

    static Run search(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "search";
        all[1] = "--index";
        all[2] = dir.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return parley(all);
    }

    @BeforeAll
    static void index() throws IOException {
        Fixtures.indexCallAndMeeting(dir, "Intermediaries met in Türkiye.",
                Fixtures.event("reject-feb", EventType.REJECT, Fixtures.day("2024-02-12"), null, "a1",
                        "Washington rejected the proposal.", USA, PUTIN));
    }

    @Test
    void theTableShowsEachDateAtItsPrecisionWithMarkedEvidence() {
        Run r = search("phone | met | rejected");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[0].startsWith("late 2023") && lines[0].contains("MEET") && lines[0].contains("@ Türkiye"), lines[0]);
        assertEquals("    Intermediaries *met* in Türkiye.", lines[1]);
        assertTrue(lines[2].startsWith("Jan 2024") && lines[2].contains("Jake Sullivan, Yury Ushakov"), lines[2]);
        assertTrue(lines[4].startsWith("12 Feb 2024"), lines[4]);
        assertEquals("3 events", lines[6]);
    }

    @Test
    void aPlaceIsFoundByAnotherNameOfItsState() {
        Run r = search("--place", "Turkey");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("late 2023") && r.out().contains("@ Türkiye"), r.out());
        assertTrue(r.out().contains("\n1 event\n"), r.out());
    }

    @Test
    void jsonlGivesOneEventPerLine() throws IOException {
        Run r = search("--actor", "mr. sullivan", "--format", "jsonl");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(1, lines.size());
        assertEquals("CALL", new ObjectMapper().readTree(lines.get(0)).path("type").asText());
    }

    @Test
    void jsonCarriesTotalAndFacets() throws IOException {
        Run r = search("--actor", "Putin", "--facets", "--format", "json");
        var tree = new ObjectMapper().readTree(r.out());
        assertEquals(2, tree.path("total").asInt());
        assertEquals("United States", tree.path("facets").path("actor").get(0).path("label").asText());
    }

    @Test
    void yearAndMonthBoundsAreAccepted() {
        Run r = search("--from", "2024", "--to", "2024-01", "--format", "jsonl");
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.out().lines().count(), "only the January call lies in January 2024");
    }

    @Test
    void datesAsPeopleTypeThemAreReadAgainstTodayAndSaidBack() {
        Run r = search("--from", "since November 2023", "--to", "last month", "--today", "2024-02-20", "--format", "jsonl");
        assertEquals(0, r.code(), r.err());
        assertEquals(2, r.out().lines().count(), "the late-2023 meeting and the January call: " + r.out());
        assertEquals("parley search: dates from 1 November 2023 (\"since November 2023\") to 31 January 2024"
                + " (\"last month\"), counted from 20 February 2024\n", r.err().replace("\r\n", "\n"));
        Run feb = search("--from", "last month", "--today", "2024-03-05", "--format", "jsonl");
        assertEquals(1, feb.out().lines().count(), "only the rejection of 12 February 2024: " + feb.out());
        assertTrue(feb.out().contains("\"id\":\"reject-feb\""), feb.out());
    }

    @Test
    void aCountryIsTakenByNameOrCode() {
        assertEquals(search("--country", "RUS").out(), search("--country", "Russia").out());
        assertEquals(search("--country", "RUS").out(), search("--country", "russian").out());
        assertTrue(search("--country", "Russia").out().contains("Yury Ushakov"));
        Run r = search("--country", "Rusia");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown country 'Rusia'; give its name (Russia) or its ISO code (RUS)"), r.err());
    }

    @Test
    void badInputGetsOneLineAndExitCodeTwo() {
        for (String[] args : List.of(new String[] {"--type", "MEETING"}, new String[] {"--from", "2024-13-01"},
                new String[] {"--from", "2024-03", "--to", "2024-02"}, new String[] {"--sort", "popularity"},
                new String[] {"--format", "xml"}, new String[] {"--actor", "Sulivan"}, new String[] {"--limit", "0"})) {
            Run r = search(args);
            assertEquals(2, r.code(), String.join(" ", args));
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("parley: "), r.err());
        }
        assertEquals("parley: unknown actor 'Sulivan'; did you mean Jake Sullivan?\n",
                search("--actor", "Sulivan").err().replace("\r\n", "\n"));
        assertEquals("parley: from 2024-03-01 is after to 2024-02-29\n",
                search("--from", "2024-03", "--to", "2024-02").err().replace("\r\n", "\n"));
    }

    @Test
    void aMissingIndexIsAUsageError(@TempDir Path empty) {
        Run r = parley("search", "--index", empty.resolve("nothing").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no index at"), r.err());
    }

    @Test
    void indexingAnIndexInUseIsRefusedInOneLine(@TempDir Path articles) throws IOException {
        try (LuceneEventIndex held = LuceneEventIndex.open(dir.resolveSibling(dir.getFileName() + "-held"), Fixtures.BY_ID)) {
            Run r = parley("index", "--articles", articles.toString(), "--index", held.dir().toString());
            assertEquals(2, r.code());
            assertEquals("parley: index " + held.dir() + " is in use by another run\n", r.err().replace("\r\n", "\n"));
        }
    }
}
