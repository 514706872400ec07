package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CAMEO code of the rule that found an event ("vetoed": 123, not REJECT's own 125) is its code everywhere Parley
 * writes one: extract's JSON, the index (search's JSON), the site's CSV export and the event page.
 */
class CameoEverywhereTest {
    @TempDir
    Path tmp;


    @Test
    void theCodeOfTheRuleIsWrittenEverywhere() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("veto.txt"), "2022-10-01\nRussia vetoes a resolution\n\n"
                + "Russia vetoed a U.N. Security Council resolution on Friday.\n", StandardCharsets.UTF_8);
        ObjectMapper json = new ObjectMapper();
        String extracted = CliRun.ok("extract", articles.resolve("veto.txt").toString(), "--format", "jsonl").strip();
        assertEquals("123", json.readTree(extracted).get("cameo").asText(), extracted);

        Path index = tmp.resolve("index");
        Path site = tmp.resolve("site");
        CliRun.ok("build", "--articles", articles.toString(), "--index", index.toString(), "--out", site.toString());
        String found = CliRun.ok("search", "--index", index.toString(), "--type", "REJECT", "--format", "jsonl").strip();
        assertEquals("123", json.readTree(found).get("cameo").asText(), found);

        List<String> csv = Files.readAllLines(site.resolve("events.csv"), StandardCharsets.UTF_8);
        int column = List.of(csv.get(0).split(",")).indexOf("cameo");
        assertEquals("123", csv.get(1).split(",")[column], csv.toString());
        try (Stream<Path> pages = Files.list(site.resolve("events"))) {
            Path page = pages.filter(p -> p.getFileName().toString().startsWith("reject-")).findFirst().orElseThrow();
            String html = Files.readString(page, StandardCharsets.UTF_8);
            assertTrue(html.contains("CAMEO 123") && !html.contains("CAMEO 125"), page.toString());
        }
    }
}
