package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code extract --explain} names the rules that made each event of the seed article, in words. */
class ExtractExplainTest {
    private static final String SEED = "data/articles/000_ae40472464565332.txt";

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Parley.run(args, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        return out.toString();
    }

    @Test
    void everyEventOfTheSeedNamesItsTriggerRuleAndWhy() throws Exception {
        List<String> lines = run("extract", SEED, "--format", "jsonl", "--explain").lines().toList();
        assertFalse(lines.isEmpty());
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            JsonNode e = json.readTree(line);
            for (JsonNode m : e.get("mentions")) {
                JsonNode first = m.get("why").get(0);
                assertNotNull(first, "a mention without reasons: " + line);
                assertTrue(first.get("where").asText().startsWith("data/events/en/triggers.psv:"), line);
                assertFalse(first.get("says").asText().isBlank(), line);
            }
        }
    }

    @Test
    void theTableSaysWhyUnderEachEvent() {
        String table = run("extract", SEED, "--explain");
        assertTrue(table.contains("    why"), table);
        assertTrue(table.contains("annex.annex: its verb tells an annexation (ANNEX, CAMEO 1711) [data/events/en/triggers.psv:"), table);
        assertFalse(run("extract", SEED).contains("    why"));
    }
}
