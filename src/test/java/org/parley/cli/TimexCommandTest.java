package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley timex} through the real command line. */
class TimexCommandTest {
    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Parley.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void jsonLinesGiveOffsetsIntoTheTextAsGiven(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.txt");
        String text = "The envoys met in 2023 and again on Friday.";
        Files.writeString(file, text, StandardCharsets.UTF_8);
        String[] r = run("timex", "--dct", "2024-02-14", file.toString());
        assertEquals("0", r[0], r[2]);
        String[] lines = r[1].strip().split("\n");
        assertEquals(2, lines.length, r[1]);
        JsonNode year = new ObjectMapper().readTree(lines[0]);
        assertEquals("2023", text.substring(year.get("start").asInt(), year.get("end").asInt()));
        assertEquals("DATE", year.get("type").asText());
        assertEquals("2023", year.get("value").asText());
        assertEquals("2023-01-01", year.get("earliest").asText());
        JsonNode friday = new ObjectMapper().readTree(lines[1]);
        assertEquals("2024-02-09", friday.get("value").asText());
        assertTrue(friday.get("mod").isNull());
    }

    @Test
    void firstLineDateOfAPlainTextArticleIsItsDocumentDate() throws Exception {
        String[] r = run("timex", "--format", "tsv", Path.of("data", "articles", "000_ae40472464565332.txt").toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[2].contains("relative expressions count from 2024-06-12 (the date on the text's first line)"), r[2]);
        assertTrue(r[1].startsWith("start\tend\ttext\ttype\tvalue\tmod\tearliest\tlatest\n"), r[1]);
        assertTrue(r[1].contains("\tthe end of 2023\tDATE\t2023\tEND\t2023-09-01\t2023-12-31\n"), r[1]);
        assertTrue(r[1].contains("\tearly last week\tDATE\t2024-W06\tSTART\t"), r[1]);
    }

    @Test
    void withoutAnyDateTodayIsUsedAndSaid(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("b.txt");
        Files.writeString(file, "They spoke yesterday.", StandardCharsets.UTF_8);
        String[] r = run("timex", file.toString());
        assertEquals("0", r[0]);
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        assertTrue(r[2].contains("count from " + today + " (today"), r[2]);
        assertTrue(r[1].contains("\"value\":\"" + today.minusDays(1) + "\""), "and they do: " + r[1]);
    }

    @Test
    void aMissingFileIsAUsageErrorNamingIt() {
        String[] r = run("timex", "--dct", "2024-01-01", "no/such/file.txt");
        assertEquals(Integer.toString(Parley.USAGE), r[0]);
        assertTrue(r[2].contains("no/such/file.txt"), r[2]);
    }

    @Test
    void aBadDctIsAUsageError() {
        String[] r = run("timex", "--dct", "12/02/2024", "-");
        assertEquals(Integer.toString(Parley.USAGE), r[0]);
        assertTrue(r[2].contains("YYYY-MM-DD"), r[2]);
    }
}
