package org.parley.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Event;
import org.parley.model.Mention;

/** The event page says which rules made each report an event, in the words of the rules. */
class WhyThisEventTest {
    @TempDir
    Path tmp;

    @Test
    void eachReportListsTheRulesThatMadeIt() throws IOException {
        List<Event> events = new ArrayList<>();
        for (Event e : Fixtures.events()) {
            List<Mention> mentions = e.mentions().stream()
                    .map(m -> m.withRules(List.of("call.call-noun", "frame.together", "date.own-words"))).toList();
            events.add(new Event(e.id(), e.type(), e.mode(), e.date(), e.actors(), e.place(), e.summary(), e.attribution(), mentions));
        }
        Path out = tmp.resolve("out");
        new ThymeleafSiteRenderer(new SiteOptions("Talks", null, null)).render(events, Fixtures.articles(), out);
        Document page = Jsoup.parse(out.resolve("events/call-sullivan-ushakov.html").toFile(), "UTF-8");
        assertEquals("Why this event", page.select("details.why summary").first().text());
        List<String> said = page.select("details.why li").eachText();
        assertTrue(said.get(0).startsWith("its words name a phone call (CALL, CAMEO 041)") && said.get(0).endsWith("call.call-noun"), said.toString());
        assertTrue(said.get(2).startsWith("its own clause dates it"), said.toString());
    }

    @Test
    void aReportWithoutRulesShowsNoBlock() throws IOException {
        Path out = tmp.resolve("plain");
        new ThymeleafSiteRenderer(new SiteOptions("Talks", null, null)).render(Fixtures.events(), Fixtures.articles(), out);
        Document page = Jsoup.parse(out.resolve("events/call-sullivan-ushakov.html").toFile(), "UTF-8");
        assertTrue(page.select("details.why").isEmpty());
    }
}
