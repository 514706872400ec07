package org.parley.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.parley.eval.EventScorer;
import org.parley.model.Article;
import org.parley.model.DataFile;
import org.parley.model.Event;
import org.parley.model.Participant;

/**
 * The examples of {@code data/events/en/cases.psv}, one dynamic test a row, as {@code time/cases.tsv} runs the time
 * rules: each text is read as an article of its own by the whole standard pipeline, and the event its rule made
 * must be the one the row gives. A rule id without an example row fails {@link #everyRuleHasAnExample}.
 */
class CasesTest {
    private static final DataFile CASES = DataFile.resource(EventRules.FOLDER + "cases.psv");
    private static ArticlePipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = ArticlePipeline.standard();
    }

    @Test
    void everyRuleHasAnExample() {
        EventRules rules = EventRules.standard();
        Set<String> ids = new LinkedHashSet<>(rules.ids().keySet());
        ids.addAll(rules.reasons().keySet());
        Set<String> shown = CASES.rows().stream().filter(r -> !r.field(3).equals("-")).map(r -> r.field(0))
                .collect(Collectors.toSet());
        List<String> missing = ids.stream().filter(id -> !shown.contains(id)).toList();
        assertEquals(List.of(), missing, "rule ids without an example row in cases.psv");
        List<String> unknown = CASES.rows().stream().filter(r -> !ids.contains(r.field(0))).map(DataFile.Row::where).toList();
        assertEquals(List.of(), unknown, "rows whose rule id is no rule's");
        assertTrue(CASES.rows().size() >= ids.size(), "at least one row a rule");
    }

    @TestFactory
    Stream<DynamicTest> everyExampleGivesItsEvent() {
        List<DynamicTest> tests = new ArrayList<>();
        for (DataFile.Row row : CASES.rows()) {
            tests.add(DynamicTest.dynamicTest(row.field(0) + " (" + row.where() + "): " + row.field(1), () -> check(row)));
        }
        return tests.stream();
    }

    private static void check(DataFile.Row row) {
        String id = row.field(0);
        // "\\n" in a row's text is a line break: a dateline or a page's time stamp stands alone on its line
        String text = row.field(1).replace("\\n", "\n");
        Article article = new Article("case", "cases.psv", null, LocalDate.parse(row.field(2)), "Case", text + "\n").withDatelineMarked();
        List<Event> events = pipeline.read(article).events();
        List<Event> made = events.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.rules().contains(id))).toList();
        String all = events.stream().map(e -> EventScorer.describe(e) + " " + e.mentions().stream().map(m -> m.rules()).toList())
                .collect(Collectors.joining("; "));
        if (row.field(3).equals("-")) {
            assertEquals(List.of(), made, row.where() + ": no event is made by " + id + "; events: " + all);
            return;
        }
        row.expect(8, "rule id | text | published | type | actors | date | mode | place");
        assertTrue(!made.isEmpty(), row.where() + ": no event made by " + id + "; events: " + all);
        Event e = made.stream().filter(x -> x.type().name().equals(row.field(3))).findFirst().orElse(null);
        assertNotNull(e, row.where() + ": no " + row.field(3) + " made by " + id + "; events: " + all);
        assertEquals(sorted(row.field(4)), sorted(actors(e)), row.where() + ": actors (in any order)");
        assertEquals(row.field(5), e.date().value() == null ? "NONE" : e.date().value().value() + " " + e.date().basis(), row.where() + ": date");
        assertEquals(row.field(6), e.mode().name(), row.where() + ": mode");
        assertEquals(row.field(7), e.place() == null ? "-" : e.place(), row.where() + ": place");
    }

    private static List<String> sorted(String actors) {
        return java.util.Arrays.stream(actors.split(" ")).sorted().toList();
    }

    private static String actors(Event e) {
        List<String> out = new ArrayList<>();
        for (Participant p : e.actors()) {
            out.add(p.actor().id() + ":" + p.part().name().charAt(0));
        }
        return String.join(" ", out);
    }
}
