package org.parley.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.event.EventJson;

/** The fixture site rendered for real: golden pages, hostile input, determinism and the safe swap. */
class RenderedSiteTest {
    @TempDir
    Path tmp;

    private Path render(Path out) throws IOException {
        new ThymeleafSiteRenderer(new SiteOptions("Ceasefire talks", "https://example.org/talks", null))
                .render(Fixtures.events(), Fixtures.articles(), out);
        return out;
    }

    @Test
    void pagesAndExportsMatchGolden() throws IOException {
        Path out = render(tmp.resolve("out"));
        for (String page : List.of("index.html", "index-newest.html", "events/call-sullivan-ushakov.html",
                "actors/jake-sullivan.html", "articles/a1b2c3.html", "search.html", "timeline.json", "events.ics",
                "events.csv", "search-index.js")) {
            Golden.assertMatches("fixture/" + page.replace('/', '_'), Files.readString(out.resolve(page), StandardCharsets.UTF_8));
        }
    }

    @Test
    void indexShowsEachDateAtItsPrecisionWithTimeElements() throws IOException {
        Document index = Jsoup.parse(render(tmp.resolve("out")).resolve("index.html").toFile(), "UTF-8");
        List<String> dates = index.select("li.ev .when").eachText();
        assertEquals(List.of("2023", "2023 – 2024", "late 2023", "January 2024", "week of 5 February 2024",
                "12 February 2024", "undated"), dates);
        for (Element time : index.select("time")) {
            assertFalse(time.attr("datetime").isBlank(), "a <time> without datetime: " + time);
        }
        assertEquals("planned", index.select("li.unheld .m").text());
        assertEquals(List.of("m-2023", "m-2024-01", "m-2024-02"), index.select("section.month").eachAttr("id"));
    }

    @Test
    void hostileTextNeverBecomesMarkup() throws IOException {
        Path out = render(tmp.resolve("out"));
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document d = Jsoup.parse(f.toFile(), "UTF-8");
                for (Element e : d.getAllElements()) {
                    assertFalse(List.of("img", "b", "iframe", "object", "embed").contains(e.tagName()), f + ": " + e);
                    if (e.tagName().equals("script")) {
                        assertTrue(f.endsWith("search.html") && List.of("search-index.js", "search.js").contains(e.attr("src")),
                                f + ": unexpected script " + e);
                    }
                    for (Attribute a : e.attributes()) {
                        assertFalse(a.getKey().toLowerCase(Locale.ROOT).startsWith("on"), f + ": " + e);
                        String v = a.getValue().strip().toLowerCase(Locale.ROOT);
                        assertFalse(v.startsWith("javascript:") || v.startsWith("data:") || v.startsWith("vbscript:"),
                                f + ": " + a);
                    }
                }
            }
        }
        String index = Files.readString(out.resolve("search-index.js"), StandardCharsets.UTF_8);
        assertFalse(index.contains("<"), "search-index.js must not hold '<': " + index);
        String timeline = Files.readString(out.resolve("timeline.json"), StandardCharsets.UTF_8);
        assertFalse(timeline.contains("<script") || timeline.contains("<img"), timeline);
        assertTrue(timeline.contains("\"headline\" : \"Jake Sullivan phoned Yury Ushakov\""), "the made headline: " + timeline);
        assertTrue(timeline.contains("<blockquote>") && timeline.contains("<mark>") && timeline.contains("Reported in:"),
                "the evidence and its sources: " + timeline);
        assertTrue(Files.readString(out.resolve("articles/evil.html")).contains("&lt;/title&gt;&lt;script&gt;alert(4)"));
    }

    @Test
    void sameInputGivesTheSameBytes() throws IOException {
        Map<String, byte[]> a = snapshot(render(tmp.resolve("a")));
        Map<String, byte[]> b = snapshot(render(tmp.resolve("b")));
        assertEquals(a.keySet(), b.keySet());
        a.forEach((k, v) -> assertArrayEquals(v, b.get(k), k));
        Map<String, byte[]> again = snapshot(render(tmp.resolve("a")));
        a.forEach((k, v) -> assertArrayEquals(v, again.get(k), "re-render " + k));
    }

    @Test
    void brokenUserTemplateNamesFileAndLineAndKeepsTheOldSite() throws IOException {
        Path out = render(tmp.resolve("out"));
        Map<String, byte[]> before = snapshot(out);
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(mine.resolve("event.html"), "<!DOCTYPE html>\n<html>\n<body>\n<p th:text=\"${e.nosuch(}\">x</p>\n</body>\n</html>\n");
        TemplateException ex = assertThrows(TemplateException.class, () -> new ThymeleafSiteRenderer(
                new SiteOptions("t", null, mine)).render(Fixtures.events(), Fixtures.articles(), out));
        assertTrue(ex.getMessage().contains(mine.resolve("event.html").toString()), ex.getMessage());
        assertTrue(ex.getMessage().contains("line 4"), ex.getMessage());
        Map<String, byte[]> after = snapshot(out);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of("mine", "out"), s.map(p -> p.getFileName().toString()).sorted().toList(),
                    "the temporary folder of the failed render is left behind");
        }
    }

    @Test
    void userTemplatesOverrideShippedPagesAndAssets() throws IOException {
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(mine.resolve("index.html"),
                "<!DOCTYPE html>\n<html><body><h1 th:text=\"${site.title()}\">t</h1><p>my own index</p></body></html>\n");
        Files.writeString(mine.resolve("parley.css"), "body { color: rebeccapurple; }\n");
        Path out = tmp.resolve("out");
        new ThymeleafSiteRenderer(new SiteOptions("Mine", null, mine)).render(Fixtures.events(), Fixtures.articles(), out);
        assertTrue(Files.readString(out.resolve("index.html")).contains("my own index"));
        assertTrue(Files.readString(out.resolve("parley.css")).contains("rebeccapurple"));
        assertTrue(Files.readString(out.resolve("events/call-sullivan-ushakov.html")).contains("Skip to content"),
                "pages the user did not override come from the shipped templates");
    }

    @Test
    void refusesToReplaceAFolderThatIsNotASite() throws IOException {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Files.writeString(home.resolve("thesis.tex"), "precious");
        assertThrows(IllegalArgumentException.class, () -> render(home));
        assertEquals("precious", Files.readString(home.resolve("thesis.tex")));
    }

    @Test
    void anEmptyIndexStillGivesAWholeSite() throws IOException {
        Path out = tmp.resolve("empty");
        RenderReport r = new ThymeleafSiteRenderer(SiteOptions.defaults()).render(List.of(), List.of(), out);
        assertEquals(0, r.events());
        for (String f : List.of("index.html", "index-newest.html", "search.html", "actors.html", "timeline.json",
                "events.ics", "events.csv", "events.jsonl")) {
            assertTrue(Files.exists(out.resolve(f)), f);
        }
        assertTrue(Files.readString(out.resolve("index.html")).contains("0 events"));
    }

    @Test
    void exportsFollowTheirFormats() throws IOException {
        Path out = render(tmp.resolve("out"));
        String ics = Files.readString(out.resolve("events.ics"), StandardCharsets.UTF_8);
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20230901\r\nDTEND;VALUE=DATE:20240101\r\n"), "late 2023 is Sep..Dec");
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "unfolded line: " + line);
        }
        assertFalse(ics.replace("\r\n", "").contains("\n"), "bare LF in " + ics);
        List<String> jsonl = Files.readAllLines(out.resolve("events.jsonl"), StandardCharsets.UTF_8);
        assertEquals(Fixtures.events().size(), jsonl.size());
        jsonl.forEach(EventJson::fromJson);
        String csv = Files.readString(out.resolve("events.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("id,type,cameo,mode,date,"), csv);
        assertTrue(csv.contains("\"Talks ran\"") || csv.contains(",Talks ran,"), csv);
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", Exports.csvCell("=HYPERLINK(\"x\")"));
        assertEquals("\"a,b\"", Exports.csvCell("a,b"));
    }

    @Test
    void icsFoldsLongLinesWithoutSplittingCharacters() {
        String ics = new IcsWriter("Зеленський ".repeat(20)).finish();
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            assertFalse(line.contains("\uFFFD"));
        }
        assertTrue(ics.contains("\r\n Зелен") || ics.contains("\r\n "), "folded with a leading space");
        assertEquals("a\\,b\\;c\\\\d\\ne", IcsWriter.escape("a,b;c\\d\ne"));
    }

    static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return m;
    }
}
