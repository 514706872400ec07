package org.parley.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.ingest.ArticleFolder;
import org.parley.model.Article;
import org.parley.model.Event;

/**
 * The event output of the sample articles, the held-out days and 2,000 Reuters stories, kept word for word in
 * {@code src/test/resources/golden/}: a change to the event stage that is meant to keep behaviour (a refactoring)
 * must leave these files byte-identical, and a change meant to alter it shows every event it alters in the diff.
 *
 * <p>The ids of the rules that made each mention are left out: they explain the output, and a refactoring of the
 * rules may rename them. Run with {@code -Dgolden.update=true} to write the files anew after a deliberate change, then read the diff.
 * Reuters text may not be copied into the project, so its events keep offsets and hashes of their words only.
 */
class GoldenEventsTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Path REUTERS = Path.of("../shared/corpora/reuters21578");
    static final int REUTERS_STORIES = 2000;
    private static ArticlePipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = ArticlePipeline.standard();
    }

    @Test
    void ownArticlesAndHeldOutDaysGiveTheGoldenEvents() throws IOException {
        StringBuilder out = new StringBuilder();
        for (String folder : List.of("data/articles", "data/heldout/articles", "data/heldout2/articles", "data/heldout3/articles")) {
            out.append(folderEvents(Path.of(folder), articles(Path.of(folder), Integer.MAX_VALUE), false));
        }
        compare("own.jsonl", out.toString());
    }

    @Test
    void aReutersSampleGivesTheGoldenEvents() throws IOException {
        assumeTrue(Files.isDirectory(REUTERS), "../shared/corpora/reuters21578 is absent: the Reuters golden file is not checked");
        compare("reuters-2000.jsonl", folderEvents(REUTERS, articles(REUTERS, REUTERS_STORIES), true));
    }

    /** The articles of a folder's files in name order, at most {@code limit} with a body. */
    private static List<Article> articles(Path folder, int limit) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(folder)) {
            // Reuters' folder also holds its README and DTD: only its SGML files are stories
            files = s.filter(Files::isRegularFile).filter(p -> !folder.equals(REUTERS) || p.toString().endsWith(".sgm"))
                    .sorted().toList();
        }
        List<Article> out = new ArrayList<>();
        for (Path f : files) {
            if (out.size() >= limit) {
                break;
            }
            ArticleFolder.readFile(f, a -> {
                if (out.size() < limit && !a.body().isBlank()) {
                    out.add(a);
                }
            }, p -> { });
        }
        return out;
    }

    /** Each article's events, then the folder's events merged across articles, one JSON line each. */
    private static String folderEvents(Path folder, List<Article> articles, boolean hideWords) {
        StringBuilder out = new StringBuilder();
        List<Event> all = new ArrayList<>();
        for (Article a : articles) {
            List<Event> events = pipeline.read(a).events();
            all.addAll(events);
            for (Event e : events) {
                out.append("article ").append(a.id()).append(' ').append(line(e, hideWords)).append('\n');
            }
        }
        for (Event e : new HappeningMerger().merge(all)) {
            out.append("merged ").append(folder).append(' ').append(line(e, hideWords)).append('\n');
        }
        return out.toString();
    }

    private static String line(Event e, boolean hideWords) {
        ObjectNode o = EventJson.toTree(e);
        for (JsonNode m : o.get("mentions")) {
            ((ObjectNode) m).remove("rules"); // why an event was found is its explanation, not its output
        }
        if (hideWords) {
            hide(o, "summary");
            hide(o, "attribution");
            hide((ObjectNode) o.get("date"), "text");
            for (JsonNode m : o.get("mentions")) {
                hide((ObjectNode) m, "sentence");
                hide((ObjectNode) m, "title");
                hide((ObjectNode) m, "trigger");
            }
        }
        return o.toString();
    }

    private static void hide(ObjectNode o, String field) {
        JsonNode v = o.get(field);
        if (v != null && v.isTextual()) {
            o.put(field, "sha1:" + sha1(v.asText()));
        }
    }

    private static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8))).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void compare(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.isRegularFile(file), file + " is missing: run with -Dgolden.update=true to write it");
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            List<String> want = expected.lines().toList();
            List<String> got = actual.lines().toList();
            int i = 0;
            while (i < Math.min(want.size(), got.size()) && want.get(i).equals(got.get(i))) {
                i++;
            }
            assertEquals(i < want.size() ? want.get(i) : "(end)", i < got.size() ? got.get(i) : "(end)",
                    name + " differs first at line " + (i + 1) + " (" + want.size() + " lines golden, " + got.size()
                            + " now); if the change is meant, run with -Dgolden.update=true and read the diff");
        }
    }
}
