package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.SearchCommandTest.Run;

/** What a newcomer meets first: a mistyped command, no command, a missing file, a bug of Parley's. */
class FirstRunTest {
    @Test
    void noArgumentsPrintTheHelpAndAreAUsageError() {
        Run r = SearchCommandTest.parley();
        assertEquals(Parley.USAGE, r.code());
        assertTrue(r.err().contains("no command given") && r.err().contains("Usage: parley"), r.err());
    }

    @Test
    void aMistypedCommandIsRejectedBeforeItsOptionsAreRead() {
        Run r = SearchCommandTest.parley("serach", "--index", "index");
        assertEquals(Parley.USAGE, r.code());
        assertTrue(r.err().contains("unknown command 'serach'; did you mean 'search'?"), r.err());
        assertFalse(r.err().contains("Missing required"), r.err());
    }

    @Test
    void anOptionBeforeAnyCommandSaysToPutTheCommandFirst() {
        Run r = SearchCommandTest.parley("--index", "index");
        assertEquals(Parley.USAGE, r.code());
        assertTrue(r.err().contains("'--index' is not an option of parley; put the command first"), r.err());
    }

    @Test
    void aWordFarFromEveryCommandGetsNoSuggestion() {
        assertEquals(null, FirstWord.nearest("timeline", java.util.List.of("build", "index", "search", "serve")));
        assertEquals("index", FirstWord.nearest("indx", java.util.List.of("build", "index", "search", "serve")));
    }

    @Test
    void parleysOwnOptionsStillWork() {
        assertEquals(Parley.OK, SearchCommandTest.parley("--version").code());
        assertEquals(Parley.OK, SearchCommandTest.parley("--help").code());
    }

    @Test
    void aMissingGoldFileIsAUsageErrorNamingIt(@TempDir Path dir) {
        Run r = SearchCommandTest.parley("eval", "events", "--gold", dir.resolve("nope.json").toString(),
                "--articles", "data/articles");
        assertEquals(Parley.USAGE, r.code());
        assertTrue(r.err().contains("nope.json: no such file or folder"), r.err());
        assertEquals("", r.out(), "no table of zeros");
    }

    @Test
    void aMissingIndexForServeIsAUsageError(@TempDir Path dir) {
        Run r = SearchCommandTest.parley("serve", "--index", dir.resolve("none").toString(), "--port", "0");
        assertEquals(Parley.USAGE, r.code());
        assertTrue(r.err().contains("no index at"), r.err());
    }

    @Test
    void anInternalErrorIsSaidToBeOneWithAPointerToDebug(@TempDir Path dir) throws Exception {
        // an index folder that holds a file where Lucene expects its own: Parley's failure, not the user's
        java.nio.file.Files.writeString(dir.resolve("segments_1"), "not an index");
        Run r = SearchCommandTest.parley("search", "--index", dir.toString());
        assertEquals(Parley.INTERNAL, r.code(), r.err());
        assertTrue(r.err().startsWith("parley: internal error: ") && r.err().contains("--debug"), r.err());
        Run debug = SearchCommandTest.parley("search", "--index", dir.toString(), "--debug");
        assertTrue(debug.err().contains("\tat "), "the stack trace with --debug: " + debug.err());
    }
}
