package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.parley.cli.Parley;
import org.parley.event.EventJson;

/** The real command line: {@code parley extract} and {@code parley eval events} on the seed. */
class EventCommandsTest {
    private static final String SEED = "data/articles/000_ae40472464565332.txt";

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Parley.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void extractPrintsOneEventInJsonPerLine() {
        String[] r = run("extract", SEED, "--format", "jsonl");
        assertEquals("0", r[0], r[2]);
        String[] lines = r[1].strip().split("\n");
        assertTrue(lines.length >= 9, r[1]);
        for (String line : lines) {
            assertTrue(EventJson.fromJson(line).mentions().size() >= 1);
        }
        assertTrue(r[1].contains("\"type\":\"CALL\""), r[1]);
    }

    @Test
    void aBadFormatIsAUsageError() {
        String[] r = run("extract", SEED, "--format", "xml");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("--format must be jsonl or table"), r[2]);
    }

    @Test
    void evalEventsScoresTheSeed() {
        Path gold = Path.of("..", "shared", "gold", "seed-events.json");
        Assumptions.assumeTrue(Files.isRegularFile(gold), "../shared not present: skipping the seed evaluation");
        String[] r = run("eval", "events", "--gold", gold.toString(), "--articles", "data/articles");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("must events found: 4 of 4; must_not rules broken: 0"), r[1]);
    }
}
