package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.Parley;
import org.parley.eval.TimeMlDocument.Span;

/** TempEval-3 scoring as timex_score.py does it. */
class TimexScoreTest {
    private static Path sample() throws URISyntaxException {
        return Path.of(TimexScoreTest.class.getResource("/time/sample.tml").toURI());
    }

    @Test
    void timeMlTextDropsTagsAndDecodesEntities() throws Exception {
        TimeMlDocument d = TimeMlDocument.read(sample());
        assertEquals(LocalDate.of(1998, 2, 13), d.dct());
        assertEquals(4, d.gold().size());
        Span first = d.gold().get(0);
        assertEquals("yesterday", d.text().substring(first.start(), first.end()));
        assertTrue(d.text().contains("yesterday & agreed"), d.text());
        assertEquals("END", d.gold().get(3).mod());
    }

    @Test
    void relaxedMatchesOverlapStrictMatchesAreIdentical() {
        String text = "on Friday morning and in 2023";
        List<Span> gold = List.of(new Span(3, 9, "DATE", "2024-02-09", ""), new Span(25, 29, "DATE", "2023", ""));
        List<Span> system = List.of(new Span(3, 17, "TIME", "2024-02-09TMO", ""), new Span(25, 29, "DATE", "2023", ""),
                new Span(0, 2, "DATE", "X", ""));
        TimexScore s = new TimexScore();
        s.add("doc", text, gold, system);
        // relaxed: 2 of 3 system, 2 of 2 gold -> P 66.7, R 100, F1 80; strict: 1 -> P 33.3, R 50, F1 40
        assertEquals(80.0, s.relaxedF1(), 1e-9);
        assertEquals(40.0, s.strictF1(), 1e-9);
        assertEquals(40.0, s.valueF1(), 1e-9);
        assertEquals(40.0, s.typeF1(), 1e-9);
        assertEquals(2, s.errors().size(), s.errors().toString());
    }

    @Test
    void evalTimexPrintsTheScorersLines(@TempDir Path dir) throws Exception {
        Files.copy(sample(), dir.resolve("sample.tml"));
        StringWriter out = new StringWriter();
        int code = Parley.run(new String[] {"eval", "timex", "--gold", dir.toString(), "--system-out",
                dir.resolve("sys").toString()}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertEquals(Parley.OK, code);
        assertTrue(out.toString().contains("gold=4 system=4 relaxed=4 strict=4 value_ok=4"), out.toString());
        assertTrue(out.toString().strip().endsWith("value_f1=100.00"), out.toString());
        assertTrue(Files.exists(dir.resolve("sys").resolve("sample.jsonl")));
    }
}
