package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code extract --explain} names the rules that made each event of the seed article, in words. */
class ExtractExplainTest {
    private static final String SEED = "data/articles/000_ae40472464565332.txt";


    @Test
    void everyEventOfTheSeedNamesItsTriggerRuleAndWhy() throws Exception {
        List<String> lines = CliRun.ok("extract", SEED, "--format", "jsonl", "--explain").lines().toList();
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
        String table = CliRun.ok("extract", SEED, "--explain");
        assertTrue(table.contains("    why"), table);
        assertTrue(table.contains("annex.annex: its verb tells an annexation (ANNEX, CAMEO 1711) [data/events/en/triggers.psv:"), table);
        assertFalse(CliRun.ok("extract", SEED).contains("    why"));
    }
}
