package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real command line, end to end, on the bundled articles: what a new user gets from the README's
 * first command.
 */
class BuildEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;

    private static Path index;
    private static Path site;
    private static Run build;

    record Run(int code, String out, String err) {
    }

    static Run parley(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Parley.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void buildTheBundledArticles() {
        index = work.resolve("index");
        site = work.resolve("site");
        build = parley("build", "--articles", "data/articles", "--index", index.toString(), "--out", site.toString());
    }

    private static List<JsonNode> events(String... searchArgs) throws Exception {
        List<String> args = new ArrayList<>(List.of("search", "--index", index.toString(), "--format", "jsonl"));
        args.addAll(List.of(searchArgs));
        Run run = parley(args.toArray(String[]::new));
        assertEquals(0, run.code(), run.err());
        List<JsonNode> events = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            if (!line.isBlank()) {
                events.add(JSON.readTree(line));
            }
        }
        return events;
    }

    private static boolean hasActor(JsonNode event, String id) {
        for (JsonNode a : event.path("actors")) {
            if (a.path("id").asText().equals(id)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void buildSucceedsOnTheBundledArticles() {
        assertEquals(0, build.code(), "build failed:\n" + build.err());
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
    }

    @Test
    void theTurkiyeMeetingIsIndexedAtTheEndOf2023() throws Exception {
        JsonNode meeting = events("--type", "MEET", "--place", "Türkiye").stream()
                .filter(e -> e.path("date").path("value").asText().equals("2023"))
                .findFirst().orElseThrow(() -> new AssertionError("no MEET in Türkiye dated 2023"));
        assertEquals("END", meeting.path("date").path("mod").asText());
        assertEquals("TEXT", meeting.path("date").path("basis").asText());
    }

    @Test
    void searchingJakeSullivanFindsTheJanuary2024CallWithUshakov() throws Exception {
        JsonNode call = events("--actor", "Jake Sullivan", "--type", "CALL").stream()
                .filter(e -> hasActor(e, "yury-ushakov"))
                .findFirst().orElseThrow(() -> new AssertionError("no CALL of Sullivan and Ushakov"));
        assertEquals("2024-01", call.path("date").path("value").asText());
        assertEquals("2024-01-01", call.path("date").path("earliest").asText());
        assertEquals("2024-01-31", call.path("date").path("latest").asText());
    }

    @Test
    void noSeedEventIsDatedByThePublicationDay() throws Exception {
        for (JsonNode e : events("--from", "2024-06-12", "--to", "2024-06-12")) {
            boolean fromSeed = false;
            for (JsonNode m : e.path("mentions")) {
                fromSeed |= m.path("published").asText().equals("2024-06-12");
            }
            assertTrue(!fromSeed, "seed event dated by its publication day: " + e);
        }
    }

    @Test
    void theTimelinePageShowsBothEventsWithTheirDates() throws Exception {
        String html = Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("datetime=\"2024-01\""), "the January 2024 call is on the timeline");
        assertTrue(html.contains("January 2024"), "the call's date is shown as a month");
        assertTrue(html.contains("Türkiye"), "the meeting's place is shown");
        assertTrue(html.toLowerCase(java.util.Locale.ROOT).contains("late 2023")
                || html.contains("end of 2023"), "the meeting's date is shown at its precision");
    }

    @Test
    void oneActorPagePerActorIsWritten() throws Exception {
        try (var files = Files.list(site.resolve("actors"))) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("jake-sullivan")));
        }
    }

    @Test
    void everyListedActorHasEventsAndIsFoundByItsListedName() throws Exception {
        String actors = Files.readString(site.resolve("actors.html"), StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<a href=\"actors/[^\"]+\">([^<]+)</a>").matcher(actors);
        int listed = 0;
        while (m.find()) {
            String name = org.jsoup.parser.Parser.unescapeEntities(m.group(1), false);
            assertFalse(events("--actor", name).isEmpty(), "a listed actor with no event found: " + name);
            listed++;
        }
        assertTrue(listed > 20, "the actors page lists the actors: " + listed);
        assertFalse(actors.contains(">Elon Musk<"), "named in an article, in no event: not listed");
    }
}
