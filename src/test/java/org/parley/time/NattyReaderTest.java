package org.parley.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.TimeExpression;

/** Natty reads the long tail, and its failures never reach the caller. */
class NattyReaderTest {
    @Test
    void longTailPhraseIsReadByNattyWithDocumentOffsets() {
        String text = "Nothing happened. The vote is two weeks from tomorrow.";
        List<TimeExpression> found = new ParleyTemporalTagger().tag(text, LocalDate.of(2024, 6, 12));
        TimeExpression e = found.stream().filter(x -> x.text().contains("from tomorrow")).findFirst().orElseThrow();
        assertEquals(text.indexOf("two weeks from tomorrow"), e.start());
        assertEquals("2024-06-27", e.value().value());
    }

    @Test
    void bareSeasonAfterTwentyTwentyDoesNotThrow() {
        // Natty 0.13's season table ends in 2020: it throws a NullPointerException here unguarded.
        List<NattyReader.Hit> hits = NattyReader.parse("They met in the summer.", 0, LocalDate.of(2024, 6, 12));
        assertTrue(hits.size() <= 1, hits.toString());
    }

    @Test
    void whatAThreadPrintsInsideNattyIsDroppedTheRestPasses() {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        PrintStream quiet = NattyReader.quietFor(new PrintStream(seen, true, StandardCharsets.UTF_8));
        NattyReader.quietly(() -> {
            quiet.println("line 1:5 no viable alternative at input");
            return null;
        });
        quiet.println("kept");
        quiet.flush();
        assertEquals("kept" + System.lineSeparator(), seen.toString(StandardCharsets.UTF_8));
    }
}
