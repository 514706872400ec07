package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private final AtomicLong now = new AtomicLong();

    @Test
    void lineSaysArticlesDoneRateAndTimeLeft() {
        Progress p = new Progress(new PrintWriter(new StringWriter()), true, now::get);
        p.start("parley", 1000);
        for (int i = 0; i < 100; i++) {
            p.step();
        }
        now.set(10_000_000_000L);
        assertEquals("parley: 100/1000 articles, 10/s, 1:30 left", p.line(now.get()));
    }

    @Test
    void unknownTotalShowsNoTimeLeft() {
        Progress p = new Progress(new PrintWriter(new StringWriter()), true, now::get);
        p.start("raw lucene", -1);
        p.step();
        now.set(2_000_000_000L);
        assertEquals("raw lucene: 1 articles, 1/s", p.line(now.get()));
    }

    @Test
    void silentProgressPrintsNothing() {
        StringWriter out = new StringWriter();
        Progress p = new Progress(new PrintWriter(out), false, now::get);
        p.start("parley", 10);
        for (int i = 0; i < 10; i++) {
            now.addAndGet(1_000_000_000L);
            p.step();
        }
        p.end();
        assertEquals("", out.toString());
    }

    @Test
    void repaintsRewriteOneLineAndEndClearsIt() {
        StringWriter out = new StringWriter();
        Progress p = new Progress(new PrintWriter(out), true, now::get);
        p.start("parley", 10);
        now.addAndGet(1_000_000_000L);
        p.step();
        p.end();
        String s = out.toString();
        assertTrue(s.contains("\rparley: 1/10 articles"), s);
        assertTrue(!s.contains("\n"), "a progress line never scrolls the terminal: " + s);
        assertTrue(s.endsWith("\r"), "the line is cleared at the end: " + s);
    }

    @Test
    void longRunsShowHours() {
        assertEquals("1:01:05", Progress.clockTime(3665));
        assertEquals("0:59", Progress.clockTime(59.4));
    }

    @Test
    void countingStepsOncePerArticleEvenWhenItFails() {
        Progress p = new Progress(new PrintWriter(new StringWriter()), true, now::get);
        p.start("index", -1);
        java.util.function.Function<String, Integer> f = p.counting(s -> {
            if (s.isEmpty()) {
                throw new IllegalArgumentException("empty");
            }
            return s.length();
        });
        assertEquals(3, f.apply("abc"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> f.apply(""));
        now.set(1_000_000_000L);
        assertEquals("index: 2 articles, 2/s", p.line(now.get()));
    }
}
