package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.parley.time.ParleyTemporalTagger;

/**
 * Parley's tagger on TimeBank+AQUAINT may not slide back: each measure stays within a point of
 * what it reached (value F1 79.5, strict span F1 86.1, relaxed 93.9 with timex_score.py's measures).
 */
class TbaqTimexFloorTest {
    private static final Path TBAQ = Path.of("..", "shared", "corpora", "tbaq");

    @Test
    void tbaqScoresStayAboveTheirFloors() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(TBAQ), "../shared not present: skipping the TBAQ floor");
        TimexScore s = new TimexEvaluation(ParleyTemporalTagger.timeMl()).run(TBAQ).score();
        String report = String.join("; ", s.report());
        assertTrue(s.valueF1() >= 78.5, "value F1 fell below its floor: " + report);
        assertTrue(s.strictF1() >= 85.1, "strict span F1 fell below its floor: " + report);
        assertTrue(s.relaxedF1() >= 92.9, "relaxed span F1 fell below its floor: " + report);
    }
}
