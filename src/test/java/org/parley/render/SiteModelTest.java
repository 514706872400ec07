package org.parley.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.render.Views.EventView;
import org.parley.render.Views.MonthView;
import org.parley.render.Views.YearView;

class SiteModelTest {
    private final SiteModel site = new SiteModel(Fixtures.events(), Fixtures.articles());

    /** The whole timeline's view model as text: one golden file shows every decision the templates rely on. */
    @Test
    void timelineViewMatchesGolden() throws Exception {
        StringBuilder b = new StringBuilder();
        for (YearView y : site.years(site.events(), false)) {
            b.append(y.year()).append(" (").append(y.count()).append(") ").append(y.href()).append('\n');
            for (MonthView m : y.months()) {
                b.append("  #").append(m.anchor()).append(" ").append(m.label()).append('\n');
                for (EventView e : m.events()) {
                    b.append("    ").append(row(e)).append('\n');
                }
            }
        }
        b.append("undated\n");
        site.undated(site.events()).forEach(e -> b.append("    ").append(row(e)).append('\n'));
        b.append("legend ").append(site.legend()).append('\n');
        b.append("strip ").append(site.strip(site.events(), a -> "#" + a, "Events per month")).append('\n');
        site.actorViews().forEach(a -> b.append("actor ").append(a).append('\n'));
        Golden.assertMatches("timeline-view.txt", b.toString());
    }

    private static String row(EventView e) {
        return String.join(" | ", e.date().text(), e.date().datetime() == null ? "-" : e.date().datetime(),
                e.date().width(), e.type(), e.modeLabel(), e.colour(), e.headline(), e.href(),
                e.actors().stream().map(p -> p.actor().name() + "->" + p.actor().href()).collect(Collectors.joining(", ")),
                e.place() == null ? "-" : e.place().name() + "->" + e.place().href());
    }

    @Test
    void newestFirstReversesYearsMonthsAndEvents() {
        List<YearView> newest = site.years(site.events(), true);
        assertEquals(2024, newest.get(0).year());
        assertEquals("m-2024-02", newest.get(0).months().get(0).anchor());
        assertEquals("meet-erdogan-zelensky", newest.get(0).months().get(0).events().get(0).id());
    }

    @Test
    void plannedMeetingIsNotAHeldOne() {
        EventView planned = site.eventViews().stream().filter(e -> e.id().equals("meet-erdogan-zelensky")).findFirst().orElseThrow();
        assertFalse(planned.held());
        assertEquals("planned", planned.modeLabel());
        assertTrue(planned.rowClass().contains("unheld"));
    }

    @Test
    void actorPageKnowsOfficesAndCoActors() {
        assertEquals(List.of("National Security Advisor (USA), 20 January 2021 – 20 January 2025"),
                site.actorView("jake-sullivan").offices());
        assertEquals("Yury Ushakov=1", site.coActors("jake-sullivan").stream()
                .map(c -> c.actor().name() + "=" + c.count()).collect(Collectors.joining(",")));
        assertEquals("Russia=3", site.coActors("united-states").stream()
                .map(c -> c.actor().name() + "=" + c.count()).collect(Collectors.joining(",")));
    }

    @Test
    void mentionMarksTriggerActorsAndDateWords() {
        var call = site.events().stream().filter(e -> e.id().equals("call-sullivan-ushakov")).findFirst().orElseThrow();
        List<Piece> pieces = site.mentions(call).get(0).sentence();
        String marked = pieces.stream().map(p -> p.plain() ? p.text() : "[" + p.css() + ":" + p.text() + "]")
                .collect(Collectors.joining());
        assertEquals("In [time:January], [actor:Mr. Sullivan] [trigger:called] [actor:Yury Ushakov].", marked);
    }

    @Test
    void hostileUrlsAreNotLinks() {
        var evil = site.events().stream().filter(e -> e.type().name().equals("STATEMENT")).findFirst().orElseThrow();
        assertEquals(null, site.mentions(evil).get(0).sourceUrl());
        assertEquals("javascript:alert(3)", site.mentions(evil).get(0).source());
    }

    @Test
    void farOutliersAreListedInsteadOfStretchingTheStrip() {
        java.util.TreeMap<Integer, Integer> perMonth = new java.util.TreeMap<>();
        perMonth.put(1976 * 12 + 5, 1); // a wrong year in a wire story
        for (int m = 0; m < 24; m++) {
            perMonth.put(1987 * 12 + m % 12 + (m / 12) * 12, 3);
        }
        perMonth.put(1997 * 12, 1);
        int[] range = SiteModel.chartRange(perMonth);
        assertEquals(1987 * 12, range[0]);
        assertEquals(1988 * 12 + 11, range[1]);
    }

    @Test
    void sparseYearsBeforeTheEventsDoNotChainTheStripBack() {
        java.util.TreeMap<Integer, Integer> perMonth = new java.util.TreeMap<>();
        for (int y = 1955; y < 1986; y += 2) {
            perMonth.put(y * 12 + 3, 1); // one story a year looking back
        }
        perMonth.put(1986 * 12 + 11, 40);
        for (int m = 0; m < 12; m++) {
            perMonth.put(1987 * 12 + m, 250);
        }
        int[] range = SiteModel.chartRange(perMonth);
        assertEquals(1986 * 12 + 11, range[0], "the 40 events of December 1986 are drawn, the sparse years are not");
        assertEquals(1987 * 12 + 11, range[1]);
    }

    @Test
    void aGapIsKeptWhenTooManyEventsLieBeyondIt() {
        java.util.TreeMap<Integer, Integer> perMonth = new java.util.TreeMap<>();
        perMonth.put(2000 * 12, 5);
        perMonth.put(2010 * 12, 5);
        assertEquals(2000 * 12, SiteModel.chartRange(perMonth)[0], "half the events are no outliers");
    }

    @Test
    void theLegendKeepsStatesApartFromPeopleAndNamesStatesInWords() {
        assertEquals("United States", site.legend().states().get(0).label());
        assertTrue(site.legend().others().stream().noneMatch(l -> l.label().equals("Russia")));
    }

    @Test
    void eachEventQuotesItsFirstReportWithTheTriggerMarked() {
        Views.EventView call = site.eventViews().stream().filter(v -> v.type().equals("CALL")).findFirst().orElseThrow();
        assertTrue(call.quote().sentence().stream().anyMatch(p -> "trigger".equals(p.css())), call.quote().toString());
        assertFalse(call.quote().title().isBlank());
    }
}
