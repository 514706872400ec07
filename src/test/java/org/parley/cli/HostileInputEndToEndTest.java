package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of scraped articles as it really comes: broken, binary, mis-encoded and hostile files beside
 * good ones. The run names every bad file with its problem, goes on, ends with exit code 1, and publishes
 * nothing that can run in a reader's browser.
 */
class HostileInputEndToEndTest {
    @TempDir
    static Path work;

    private static Path articles;
    private static Path site;
    private static BuildEndToEndTest.Run build;

    private static void write(String name, String text, Charset charset) throws IOException {
        Path file = articles.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, text.getBytes(charset));
    }

    @BeforeAll
    static void buildAFolderOfHostileInput() throws IOException {
        articles = work.resolve("articles");
        Files.createDirectories(articles);
        write("good.txt", "12 March 2024\nBlinken meets Wang\n\n"
                + "U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Monday.\n",
                StandardCharsets.UTF_8);
        write("deeper/still/nested good.txt", "2024-03-13\nFidan meets Lavrov\n\n"
                + "Turkish Foreign Minister Hakan Fidan met Russian Foreign Minister Sergei Lavrov in Ankara on Tuesday.\n",
                StandardCharsets.UTF_8);
        write("Заголовок Ердоған.txt", "14 March 2024\nErdoğan phones Zelensky\n\n"
                + "Turkish President Recep Tayyip Erdoğan spoke by telephone with Ukrainian President Volodymyr Zelensky on Wednesday.\n",
                StandardCharsets.UTF_8);
        write("latin1.txt", "15 March 2024\nMacron à Berlin\n\n"
                + "French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Friday, café talk aside.\n",
                StandardCharsets.ISO_8859_1);
        write("empty.txt", "", StandardCharsets.UTF_8);
        Files.write(articles.resolve("binary.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 1, 2, 3});
        write("impossible-date.txt", "31 February 2024\nA title\n\nSome text.\n", StandardCharsets.UTF_8);
        write("no-date.txt", "Breaking news\nA title\n\nSome text.\n", StandardCharsets.UTF_8);
        write("feed.jsonl", "{\"id\":\"a1\",\"url\":\"https://example.org/a1\",\"published\":\"2024-03-16\",\"title\":\"Call\","
                + "\"text\":\"Sullivan spoke by phone with Ushakov on Saturday.\"}\n"
                + "{\"id\":\"a2\", this is not json\n"
                + "{\"id\":\"a3\",\"url\":\"javascript:alert(1)\",\"published\":\"2024-03-17\",\"title\":\"<script>alert('title')</script>\","
                + "\"text\":\"<img src=x onerror=alert(1)> Lavrov met Wang Yi in Moscow on Sunday.\"}\n",
                StandardCharsets.UTF_8);
        write("page.html", "<html><head><title>Kremlin talks</title>"
                + "<meta property=\"article:published_time\" content=\"2024-03-18T10:00:00Z\"></head><body>"
                + "<nav>Home | World</nav><article><p>Russian President Vladimir Putin met Chinese President Xi Jinping"
                + " in Moscow on Monday.</p></article>"
                + "<script>var s = 'Joe Biden met Kim Jong Un in Pyongyang on Monday.';</script>"
                + "<footer>Leave a Reply</footer></body></html>", StandardCharsets.UTF_8);
        write("slides.pdf", "%PDF-1.4 not an article", StandardCharsets.ISO_8859_1);
        write("huge.txt", "19 March 2024\nA very long article\n\n"
                + "Blinken met Wang Yi in Beijing on Monday. ".repeat(40_000), StandardCharsets.UTF_8);
        // under the file size limit, over the article length and event limits the run is given below
        StringBuilder meetings = new StringBuilder("20 March 2024\nEnvoys meet again and again\n\n");
        for (int i = 0; i < 800; i++) { // numbered, for a paragraph said twice is dropped as a repeat
            meetings.append("Paragraph ").append(i).append(": the envoys of Peru and Chile met in Lima on 31 March 2024.\n\n");
        }
        write("long.txt", meetings.toString(), StandardCharsets.UTF_8);
        write("digest.txt", "23 March 2024\nThe week in diplomacy\n\n"
                + "U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Monday.\n\n"
                + "Turkish Foreign Minister Hakan Fidan met Russian Foreign Minister Sergei Lavrov in Ankara on Tuesday.\n\n"
                + "Turkish President Recep Tayyip Erdoğan spoke by telephone with Ukrainian President Volodymyr Zelensky on Wednesday.\n\n"
                + "French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Friday.\n",
                StandardCharsets.UTF_8);
        try {
            Files.createSymbolicLink(articles.resolve("deeper/loop"), articles);
        } catch (UnsupportedOperationException | IOException e) {
            // A file system without links still tests everything else.
        }
        site = work.resolve("site");
        build = BuildEndToEndTest.parley("build", "--max-file-size", "1", "--max-article-length", "20000",
                "--max-article-events", "3", "--articles", articles.toString(),
                "--index", work.resolve("index").toString(), "--out", site.toString());
    }

    @Test
    void someInputsSkippedMeansExitCodeOne() {
        assertEquals(1, build.code(), build.err());
    }

    @Test
    void everyBadFileIsNamedWithItsProblem() {
        String err = build.err();
        for (String name : new String[] {"empty.txt", "binary.txt", "impossible-date.txt", "no-date.txt", "slides.pdf"}) {
            assertTrue(err.contains(name), name + " is not named in the report:\n" + err);
        }
        assertTrue(err.contains("feed.jsonl") && err.contains("line 2"), "the broken JSON line is named:\n" + err);
    }

    @Test
    void aFileOverTheSizeLimitIsSkippedWithTheLimitSaid() {
        String line = build.err().lines().filter(l -> l.contains("huge.txt")).findFirst()
                .orElseThrow(() -> new AssertionError("huge.txt is not named:\n" + build.err()));
        assertTrue(line.contains("1048576") || line.contains("1 MB") || line.contains("1.0 MB"), line);
    }

    @Test
    void anArticleOverTheLengthLimitIsCutWithTheLimitAndTheFlagSaid() {
        String line = build.err().lines().filter(l -> l.contains("long.txt")).findFirst()
                .orElseThrow(() -> new AssertionError("long.txt is not named:\n" + build.err()));
        assertTrue(line.contains("20,000") && line.contains("--max-article-length") && line.contains("cut to"), line);
    }

    @Test
    void eventsOverTheLimitAreDroppedWithTheLimitAndTheFlagSaid() {
        String line = build.err().lines().filter(l -> l.contains("digest.txt")).findFirst()
                .orElseThrow(() -> new AssertionError("digest.txt is not named:\n" + build.err()));
        assertTrue(line.contains("limit of 3") && line.contains("--max-article-events") && line.contains("kept the first 3"),
                line);
    }

    @Test
    void aSizeLimitBelowOneMegabyteIsABadUsage() {
        BuildEndToEndTest.Run run = BuildEndToEndTest.parley("index", "--max-file-size", "0", "--articles",
                articles.toString(), "--index", work.resolve("other-index").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--max-file-size"), run.err());
    }

    @Test
    void noStackTraceReachesTheUser() {
        assertFalse(build.err().contains("\tat "), build.err());
        assertFalse(build.err().contains("Exception"), build.err());
    }

    @Test
    void theGoodArticlesAreAllIndexed() throws IOException {
        String out = build.out();
        assertTrue(out.contains("9 articles read"), out);
        try (Stream<Path> pages = Files.list(site.resolve("articles"))) {
            assertEquals(9, pages.filter(p -> p.toString().endsWith(".html")).count(), "the cut ones too");
        }
    }

    @Test
    void scriptTextInAPageIsNeverAnEvent() throws IOException {
        String events = Files.readString(site.resolve("events.jsonl"), StandardCharsets.UTF_8);
        assertFalse(events.contains("Pyongyang"), "text from a <script> was extracted");
        assertFalse(events.contains("Kim Jong Un"), "text from a <script> was extracted");
    }

    @Test
    void nothingFromAnArticleRunsInTheReadersBrowser() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(page, StandardCharsets.UTF_8);
                assertFalse(html.contains("<script>alert"), page + " runs an article's script");
                assertFalse(html.contains("<img src=x onerror"), page + " carries an article's event handler");
                assertFalse(html.contains("href=\"javascript:"), page + " links to a javascript: URL");
            }
        }
    }

    @Test
    void latin1TextIsReadRight() throws IOException {
        try (Stream<Path> files = Files.walk(site.resolve("articles"))) {
            boolean found = false;
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                found |= Files.readString(page, StandardCharsets.UTF_8).contains("café talk");
            }
            assertTrue(found, "the Latin-1 article's 'café' is on its page");
        }
    }

    @Test
    void nothingIsWrittenOutsideTheOutputFolders() throws IOException {
        try (Stream<Path> top = Files.list(work)) {
            assertEquals(java.util.Set.of("articles", "index", "site"),
                    top.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
        }
    }

    @Test
    void aSecondRunOnTheSameFolderChangesNothing() {
        BuildEndToEndTest.Run again = BuildEndToEndTest.parley("index", "--max-file-size", "1", "--articles",
                articles.toString(),
                "--index", work.resolve("index").toString());
        assertTrue(again.out().contains("0 added") && again.out().contains("9 unchanged"), again.out());
    }
}
