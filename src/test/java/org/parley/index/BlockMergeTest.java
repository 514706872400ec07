package org.parley.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.bench.CorpusSource;
import org.parley.bench.StageClock;
import org.parley.event.ArticleEvents;
import org.parley.event.ArticlePipeline;
import org.parley.event.EventJson;
import org.parley.event.EventMerger;
import org.parley.event.HappeningMerger;
import org.parley.ingest.ArticleFolder;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.EventType;
import org.parley.model.Participant;

/**
 * The guard of what the block merge assumes of the merger ({@link MergeBlocks}): an index built article by article,
 * in another order, over several commits, with articles removed, put back and replaced, holds exactly the events of
 * one merge of every article's events, on the project's own articles, the held-out days and Reuters-21578.
 *
 * <p>Reuters: the first 1,000 stories by default (half the golden event files' sample, to keep the suite short);
 * {@code -Dparley.blockmerge.reuters=0} takes all 21,578 (a few minutes on two cores).
 */
class BlockMergeTest {
    private static final Path REUTERS = Path.of("../shared/corpora/reuters21578");
    private static ArticlePipeline pipeline;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        pipeline = ArticlePipeline.standard();
    }

    @Test
    void ownArticlesAndHeldOutDaysMergeByBlockAsAWhole() throws IOException {
        List<Article> articles = new ArrayList<>();
        for (String folder : List.of("data/articles", "data/heldout/articles", "data/heldout2/articles", "data/heldout3/articles")) {
            new ArticleFolder(Path.of(folder)).read(articles::add, p -> { });
        }
        checkBlockMergeEqualsWholeMerge(read(articles));
    }

    @Test
    void reutersMergesByBlockAsAWhole() throws IOException {
        assumeTrue(Files.isDirectory(REUTERS), "../shared/corpora/reuters21578 is absent: the block merge is not checked on Reuters");
        int limit = Integer.getInteger("parley.blockmerge.reuters", 1000);
        checkBlockMergeEqualsWholeMerge(read(reuters(limit <= 0 ? CorpusSource.ALL : limit)));
    }

    /**
     * One sentence may report two events of different blocks (a call and an agreement in it): when a later article
     * merges one of them again, the other stays (a happening is filed under the blocks of its own reports only).
     */
    @Test
    void twoEventsOfOneSentenceStayWhenOnlyOneOfThemIsMergedAgain() throws IOException {
        String sentence = "Sullivan called Ushakov and Erdogan agreed.";
        Event call = Fixtures.event("c1", EventType.CALL, Fixtures.day("2024-01-10"), null, "a1", sentence,
                Fixtures.SULLIVAN, Fixtures.USHAKOV);
        Event agree = Fixtures.event("g1", EventType.AGREE, Fixtures.day("2024-01-10"), null, "a1", sentence,
                Fixtures.ERDOGAN);
        Event laterCall = Fixtures.event("c2", EventType.CALL, Fixtures.day("2024-01-10"), null, "a2",
                "Sullivan and Ushakov spoke by phone.", Fixtures.SULLIVAN, Fixtures.USHAKOV);
        Event nobody = Fixtures.event("n1", EventType.STATEMENT, Fixtures.day("2024-01-10"), null, "a1", "It was said.");
        HappeningMerger merger = new HappeningMerger();
        try (LuceneEventIndex index = LuceneEventIndex.open(dir, merger)) {
            index.putArticle(Fixtures.articleEvents(Fixtures.article("a1", "One."), List.of(call, agree, nobody)));
            index.commit();
            index.putArticle(Fixtures.articleEvents(Fixtures.article("a2", "Two."), List.of(laterCall)));
            index.commit();
        }
        assertEquals(json(merger.merge(List.of(call, agree, nobody, laterCall))), stored(dir), "an event of nobody too");
    }

    /** A merger that joins what the blocks keep apart (same type, whoever takes part) is caught. */
    @Test
    void aMergerThatJoinsAcrossBlocksGivesAnotherResult() throws IOException {
        EventMerger byType = events -> {
            Map<EventType, List<Event>> groups = new TreeMap<>();
            events.stream().sorted(java.util.Comparator.comparing(Event::id))
                    .forEach(e -> groups.computeIfAbsent(e.type(), k -> new ArrayList<>()).add(e));
            return groups.values().stream().map(g -> new Event(g.get(0).id(), g.get(0).type(), g.get(0).mode(),
                    g.get(0).date(), g.get(0).actors(), g.get(0).place(), g.get(0).summary(), null,
                    g.stream().flatMap(e -> e.mentions().stream()).toList())).toList();
        };
        List<ArticleEvents> articles = List.of(
                Fixtures.articleEvents(Fixtures.article("a1", "One."), List.of(Fixtures.event("e1", EventType.CALL,
                        Fixtures.month("2024-01"), null, "a1", "Sullivan called Ushakov.", Fixtures.SULLIVAN, Fixtures.USHAKOV))),
                Fixtures.articleEvents(Fixtures.article("a2", "Two."), List.of(Fixtures.event("e2", EventType.CALL,
                        Fixtures.month("2024-01"), null, "a2", "Erdogan called.", Fixtures.ERDOGAN))));
        try (LuceneEventIndex index = LuceneEventIndex.open(dir, byType)) {
            for (ArticleEvents ae : articles) {
                index.putArticle(ae);
                index.commit();
            }
        }
        assertEquals(1, byType.merge(raw(articles)).size(), "merged as a whole, the two calls are one");
        assertNotEquals(json(byType.merge(raw(articles))), stored(dir),
                "the two calls share no block, so the block merge keeps apart what this merger joins");
    }

    /** Builds the index in steps and compares it with one merge of everything at each step that has a known answer. */
    private void checkBlockMergeEqualsWholeMerge(List<ArticleEvents> articles) throws IOException {
        HappeningMerger merger = new HappeningMerger();
        List<ArticleEvents> shuffled = new ArrayList<>(articles);
        Collections.shuffle(shuffled, new Random(14));
        int batch = Math.max(1, shuffled.size() / 5);
        List<ArticleEvents> tenth = new ArrayList<>();
        for (int i = 0; i < shuffled.size(); i += 10) {
            tenth.add(shuffled.get(i));
        }
        try (LuceneEventIndex index = LuceneEventIndex.open(dir, merger)) {
            for (int i = 0; i < shuffled.size(); i++) {
                index.putArticle(shuffled.get(i));
                if ((i + 1) % batch == 0) {
                    index.commit();
                }
            }
            index.commit();
            assertEquals(json(merger.merge(raw(articles))), stored(dir), "all articles, put in five commits");
            assertEquals(actors(merger.merge(raw(articles))), actors(dir), "the actors of all articles");

            for (ArticleEvents ae : tenth) {
                index.removeArticle(ae.article().article().id());
            }
            index.commit();
            List<ArticleEvents> rest = new ArrayList<>(articles);
            rest.removeAll(tenth);
            assertEquals(json(merger.merge(raw(rest))), stored(dir), "a tenth of the articles removed");
            assertEquals(actors(merger.merge(raw(rest))), actors(dir), "the actors of the rest");

            for (ArticleEvents ae : tenth) {
                index.putArticle(ae);
            }
            for (int i = 5; i < shuffled.size(); i += 10) {
                index.putArticle(shuffled.get(i)); // replaced by itself: its blocks are merged again
            }
            index.commit();
        }
        assertEquals(json(merger.merge(raw(articles))), stored(dir), "the tenth put back and another tenth replaced");
    }

    /** Each article's events; of two articles with one id, the first (as an index run keeps it). */
    private static List<ArticleEvents> read(List<Article> articles) {
        Map<String, Article> byId = new java.util.LinkedHashMap<>();
        articles.forEach(a -> byId.putIfAbsent(a.id(), a));
        return byId.values().stream().map(pipeline::read).toList();
    }

    private static List<Event> raw(List<ArticleEvents> articles) {
        return articles.stream().flatMap(ae -> ae.events().stream()).toList();
    }

    /** Events as their JSON, sorted: two lists of happenings are equal when they hold the same ones. */
    private static List<String> json(List<Event> events) {
        List<String> out = new ArrayList<>(events.stream().map(EventJson::toJson).toList());
        Collections.sort(out);
        return out;
    }

    private static List<String> stored(Path dir) throws IOException {
        try (EventSearcher s = EventSearcher.open(dir)) {
            return json(s.allEvents());
        }
    }

    /** Each actor's id, name, aliases and offices, as the merged events name it in all their reports. */
    private static Map<String, String> actors(List<Event> events) {
        Map<String, Set<String>> aliases = new TreeMap<>();
        Map<String, Set<String>> roles = new TreeMap<>();
        for (Event e : events) {
            for (Participant p : e.actors()) {
                Actor a = p.actor();
                aliases.computeIfAbsent(a.id(), k -> new java.util.TreeSet<>()).addAll(a.aliases());
                a.roles().forEach(r -> roles.computeIfAbsent(a.id(), k -> new java.util.TreeSet<>()).add(r.toString()));
            }
        }
        Map<String, String> out = new TreeMap<>();
        aliases.forEach((id, names) -> out.put(id, names + " " + roles.getOrDefault(id, Set.of())));
        return out;
    }

    private static Map<String, String> actors(Path dir) throws IOException {
        try (EventSearcher s = EventSearcher.open(dir)) {
            Map<String, String> out = new TreeMap<>();
            for (Actor a : s.knownActors()) {
                Set<String> roles = new java.util.TreeSet<>();
                a.roles().forEach(r -> roles.add(r.toString()));
                out.put(a.id(), new java.util.TreeSet<>(a.aliases()) + " " + roles);
            }
            return out;
        }
    }

    /** The first stories of Reuters-21578, in file order, read as the bench reads them. */
    private static List<Article> reuters(int limit) {
        List<Article> out = new ArrayList<>();
        new CorpusSource(REUTERS, limit, new StageClock()).read(out::add, p -> { });
        return out;
    }
}
