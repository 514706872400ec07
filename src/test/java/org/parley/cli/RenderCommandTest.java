package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.index.Fixtures;

class RenderCommandTest {
    @TempDir
    static Path dir;

    /** Runs the real command line, as the search command's tests do. */
    static SearchCommandTest.Run parley(String... args) {
        return SearchCommandTest.parley(args);
    }

    @BeforeAll
    static void index() throws IOException {
        Fixtures.indexCallAndMeeting(dir.resolve("index"), "Intermediaries met in Türkiye.");
    }

    @Test
    void rendersTheIndexIntoASiteWithEachDateAtItsPrecision() throws IOException {
        Path out = dir.resolve("site-a");
        SearchCommandTest.Run r = parley("render", "--index", dir.resolve("index").toString(), "--out", out.toString(),
                "--title", "Talks", "--base-url", "https://example.org/talks");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("rendered 2 events into "), r.out());
        String index = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(index.contains("<title>Talks</title>"), index);
        assertTrue(index.contains(">late 2023</time>") && index.contains(">January 2024</time>"), index);
        assertTrue(Files.readString(out.resolve("timeline.json")).contains("https://example.org/talks/events/"));
    }

    @Test
    void aMissingIndexIsOneLineAndExitTwo() {
        SearchCommandTest.Run r = parley("render", "--index", dir.resolve("nothing").toString(), "--out", dir.resolve("site-b").toString());
        assertEquals(Parley.USAGE, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("no index at"), r.err());
        assertFalse(Files.exists(dir.resolve("site-b")));
    }

    @Test
    void aBrokenUserTemplateNamesTheFileAndLineInOneLine() throws IOException {
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("actor.html"), "<html>\n<body>\n<h1 th:text=\"${actor.name(}\">x</h1>\n</body>\n</html>\n");
        SearchCommandTest.Run r = parley("render", "--index", dir.resolve("index").toString(), "--out", dir.resolve("site-c").toString(),
                "--templates", mine.toString());
        assertEquals(Parley.USAGE, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(mine.resolve("actor.html").toString()) && r.err().contains("line 3"), r.err());
        assertFalse(Files.exists(dir.resolve("site-c")), "no half site is left");
    }
}
