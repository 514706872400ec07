package org.parley.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.eval.EventScorer;
import org.parley.eval.GoldTimeline;
import org.parley.ingest.ArticleFolder;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.EventType;

/** The seed article through the standard pipeline against the editor's gold timeline. */
class SeedAcceptanceTest {
    private static final Path SEED = Path.of("data", "articles", "000_ae40472464565332.txt");
    private static final Path GOLD = Path.of("..", "shared", "gold", "seed-events.json");
    private static List<Event> events;

    @BeforeAll
    static void extract() {
        List<Article> articles = new ArrayList<>();
        ArticleFolder.readFile(SEED, articles::add, p -> {
            throw new AssertionError(p.toString());
        });
        events = ArticlePipeline.standard().read(articles.get(0)).events();
    }

    private static Event only(EventType type) {
        List<Event> of = events.stream().filter(e -> e.type() == type).toList();
        assertEquals(1, of.size(), () -> type + " events: " + of.stream().map(EventScorer::describe).toList());
        return of.get(0);
    }

    private static Set<String> actors(Event e) {
        return e.actors().stream().map(p -> p.actor().id()).collect(Collectors.toSet());
    }

    @Test
    void intermediariesMetInTurkiyeAtTheEndOf2023() {
        Event meet = only(EventType.MEET);
        assertEquals("2023", meet.date().value().value());
        assertEquals(LocalDate.of(2023, 9, 1), meet.date().value().earliest());
        assertEquals("Türkiye", meet.place());
        assertTrue(actors(meet).contains("intermediaries"), EventScorer.describe(meet));
        assertFalse(actors(meet).contains("turkey"), "a place is not an actor: " + EventScorer.describe(meet));
    }

    @Test
    void sullivanToldUshakovInTheJanuaryCall() {
        Event call = only(EventType.CALL);
        assertEquals("2024-01", call.date().value().value());
        assertTrue(actors(call).containsAll(Set.of("jake-sullivan", "yury-ushakov")), EventScorer.describe(call));
    }

    @Test
    void putinSignalledIn2023() {
        Event propose = only(EventType.PROPOSE);
        assertEquals("2023", propose.date().value().value());
        assertTrue(actors(propose).contains("vladimir-putin"));
        assertTrue(propose.attribution().contains("three Russian sources"), propose.attribution());
    }

    @Test
    void usRejectionIsNotDatedByPublication() {
        Event reject = only(EventType.REJECT);
        assertTrue(actors(reject).contains("united-states"));
        assertFalse(reject.date().value().overlaps(new org.parley.model.TimeValue(org.parley.model.TimexType.DATE,
                "2024-06-12", null, LocalDate.of(2024, 6, 12), LocalDate.of(2024, 6, 12))), EventScorer.describe(reject));
    }

    @Test
    void noEventOnThePublicationDayOrFromFurniture() {
        for (Event e : events) {
            assertTrue(e.date().value() == null || !e.date().value().value().equals("2024-06-12"), EventScorer.describe(e));
            e.mentions().forEach(m -> assertFalse(m.sentence().contains("Leave a Reply") || m.sentence().contains("email address")));
        }
    }

    @Test
    void goldMustEventsAndFourOfTheOthersAreFound() {
        Assumptions.assumeTrue(Files.isRegularFile(GOLD), "../shared not present: skipping the seed gold comparison");
        EventScorer.ArticleScore score = EventScorer.score(GoldTimeline.read(GOLD), events);
        assertEquals(score.mustTotal(), score.mustFound(), () -> "missed: " + score.missed());
        assertTrue(score.matches().size() - score.mustFound() >= 4, () -> "missed: " + score.missed());
        assertEquals(List.of(), score.violations());
    }
}
