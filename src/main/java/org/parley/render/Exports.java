package org.parley.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jsoup.nodes.Entities;
import org.parley.event.EventJson;
import org.parley.model.Event;
import org.parley.model.Mention;
import org.parley.model.Participant;
import org.parley.model.TimeValue;
import org.parley.render.Views.EventView;
import org.parley.render.Views.PartView;

/**
 * The files written beside the pages for other tools: TimelineJS3 JSON, iCalendar, CSV, JSON Lines, and
 * the search page's index. Every one is written in the site's event order, with no time of writing, so
 * the same events give the same bytes.
 */
public final class Exports {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Exports() {
    }

    /** {@code timeline.json} in TimelineJS3's format; article text is HTML-escaped, as TimelineJS shows it as HTML. */
    public static String timelineJs(SiteModel site, SiteOptions options) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode title = root.putObject("title").putObject("text");
        title.put("headline", html(options.title()));
        title.put("text", html(site.events().size() + " events"));
        ArrayNode events = root.putArray("events");
        for (Event e : site.events()) {
            TimeValue v = e.date().value();
            if (v == null || !v.isAnchored()) {
                continue;
            }
            EventView view = site.view(e);
            ObjectNode o = events.addObject();
            boolean plain = v.mod() == null && v.value().matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
            if (plain) {
                o.set("start_date", tjDate(v.earliest(), v.value().length() == 4 ? 1 : v.value().length() == 7 ? 2 : 3));
            } else {
                boolean months = v.earliest().getDayOfMonth() == 1
                        && v.latest().equals(v.latest().with(TemporalAdjusters.lastDayOfMonth()));
                boolean years = months && v.earliest().getMonthValue() == 1 && v.latest().getMonthValue() == 12;
                int parts = years ? 1 : months ? 2 : 3;
                o.set("start_date", tjDate(v.earliest(), parts));
                if (!v.earliest().equals(v.latest())) {
                    o.set("end_date", tjDate(v.latest(), parts));
                }
                o.put("display_date", view.date().text());
            }
            ObjectNode text = o.putObject("text");
            text.put("headline", html(view.headline()));
            text.put("text", evidence(e, view, options));
            if (!e.actors().isEmpty()) {
                o.put("group", lead(e).actor().name());
            }
            o.put("unique_id", "e-" + view.slug());
        }
        return pretty(root);
    }

    /**
     * The body of a TimelineJS slide: the sentence that proves the event with its trigger marked, who says so,
     * and every article that reported it (linked where it has a web address), then the event's own page.
     */
    private static String evidence(Event e, EventView view, SiteOptions options) {
        StringBuilder body = new StringBuilder();
        body.append("<blockquote>");
        for (Piece p : view.quote().sentence()) {
            body.append(p.plain() ? html(p.text()) : "<mark>" + html(p.text()) + "</mark>");
        }
        body.append("</blockquote>");
        if (e.attribution() != null) {
            body.append("<p>According to ").append(html(e.attribution())).append("</p>");
        }
        body.append("<p>Reported in:</p><ul>");
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        for (Mention m : e.mentions()) {
            if (!seen.add(m.article())) {
                continue;
            }
            String title = html(m.title() == null || m.title().isBlank() ? m.article() : m.title());
            String url = SafeUrl.http(m.url());
            body.append("<li>").append(url == null ? title : "<a href=\"" + html(url) + "\">" + title + "</a>");
            if (m.published() != null) {
                body.append(", ").append(html(org.parley.model.DateText.day(m.published())));
            }
            body.append("</li>");
        }
        body.append("</ul>");
        String href = (options.baseUrl() == null ? "" : options.baseUrl()) + view.href();
        body.append("<p><a href=\"").append(html(href)).append("\">").append(html(names(view).isEmpty()
                ? "The event's page" : names(view))).append("</a></p>");
        return body.toString();
    }

    private static ObjectNode tjDate(LocalDate d, int parts) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("year", String.valueOf(d.getYear()));
        if (parts >= 2) {
            n.put("month", String.valueOf(d.getMonthValue()));
        }
        if (parts >= 3) {
            n.put("day", String.valueOf(d.getDayOfMonth()));
        }
        return n;
    }

    private static Participant lead(Event e) {
        return e.actors().stream().filter(p -> p.part() == org.parley.model.ParticipantRole.SOURCE).findFirst()
                .orElse(e.actors().get(0));
    }

    private static String names(EventView v) {
        return v.actors().stream().map(p -> p.actor().name()).collect(Collectors.joining(", "));
    }

    /** {@code events.ics}: each dated event over the days its date can stand for. */
    public static String ics(SiteModel site, SiteOptions options) {
        IcsWriter ics = new IcsWriter(options.title());
        for (Event e : site.events()) {
            TimeValue v = e.date().value();
            if (v == null || !v.isAnchored()) {
                continue;
            }
            EventView view = site.view(e);
            LocalDate stamp = e.mentions().stream().map(Mention::published).filter(java.util.Objects::nonNull)
                    .max(LocalDate::compareTo).orElse(v.earliest());
            StringBuilder d = new StringBuilder();
            d.append(view.type()).append(" (").append(view.modeLabel()).append("), ").append(view.date().text());
            if (!view.actors().isEmpty()) {
                d.append("\n").append(names(view));
            }
            if (e.attribution() != null) {
                d.append("\nAccording to ").append(e.attribution());
            }
            for (Mention m : e.mentions()) {
                d.append("\n").append(m.title() == null ? m.article() : m.title());
                String url = SafeUrl.http(m.url());
                if (url != null) {
                    d.append(" ").append(url);
                }
            }
            ics.event(view.slug() + "@parley", stamp, v.earliest(), v.latest(), e.type().name() + ": " + view.headline(),
                    d.toString(), e.place(), options.baseUrl() == null ? null : SafeUrl.http(options.baseUrl() + view.href()),
                    List.of(e.type().name()));
        }
        return ics.finish();
    }

    /** {@code events.csv} (RFC 4180: CRLF, quoted fields, doubled quotes), one row per event. */
    public static String csv(SiteModel site) {
        StringBuilder b = new StringBuilder();
        row(b, List.of("id", "type", "cameo", "mode", "date", "value", "mod", "earliest", "latest", "basis",
                "date_text", "actors", "place", "summary", "attribution", "sources"));
        for (Event e : site.events()) {
            EventView v = site.view(e);
            TimeValue t = e.date().value();
            List<String> cells = new ArrayList<>();
            cells.add(e.id());
            cells.add(e.type().name());
            cells.add(e.cameo());
            cells.add(e.mode().name());
            cells.add(v.date().text());
            cells.add(t == null ? "" : t.value());
            cells.add(t == null || t.mod() == null ? "" : t.mod().name());
            cells.add(t == null || t.earliest() == null ? "" : t.earliest().toString());
            cells.add(t == null || t.latest() == null ? "" : t.latest().toString());
            cells.add(e.date().basis().name());
            cells.add(nz(e.date().text()));
            cells.add(v.actors().stream().map(PartView::actor).map(a -> a.name()).collect(Collectors.joining("; ")));
            cells.add(nz(e.place()));
            cells.add(e.summary());
            cells.add(nz(e.attribution()));
            cells.add(e.mentions().stream().map(m -> m.url() != null ? m.url() : m.article()).distinct()
                    .collect(Collectors.joining(" ")));
            row(b, cells);
        }
        return b.toString();
    }

    private static void row(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(csvCell(cells.get(i)));
        }
        b.append("\r\n");
    }

    /**
     * One CSV field. A text starting with {@code = + - @} is prefixed with an apostrophe, so that an article
     * cannot plant a formula that runs when a user opens the file in a spreadsheet.
     */
    static String csvCell(String s) {
        String v = s == null ? "" : s;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || v.indexOf('\'') == 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    /** {@code events.jsonl}: the fixed event JSON of DESIGN.md, one event a line. */
    public static String jsonl(SiteModel site) {
        StringBuilder b = new StringBuilder();
        for (Event e : site.events()) {
            b.append(EventJson.toJson(e)).append('\n');
        }
        return b.toString();
    }

    /**
     * {@code search-index.js}: what the search page filters, as a script that sets one variable, so the page
     * works from {@code file://}, where a browser will not fetch a JSON file. Row {@code i} of the search page
     * is entry {@code i}.
     */
    public static String searchIndex(SiteModel site) {
        ObjectNode root = MAPPER.createObjectNode();
        // every name an actor is known by, so that a link may name it ("search.html?actor=Sullivan") as well as id it
        ObjectNode names = root.putObject("names");
        for (Views.ActorView a : site.actorViews()) {
            ArrayNode n = names.putArray(a.slug());
            n.add(a.name().toLowerCase(Locale.ROOT));
            site.aliases(a.id()).forEach(alias -> n.add(alias.toLowerCase(Locale.ROOT)));
        }
        ArrayNode events = root.putArray("events");
        for (EventView v : site.eventViews()) {
            ObjectNode o = events.addObject();
            o.put("i", v.id());
            o.put("t", v.type());
            ArrayNode a = o.putArray("a");
            v.actors().stream().map(p -> p.actor().slug()).distinct().forEach(a::add);
            o.put("p", v.place() == null ? "" : v.place().name());
            o.put("e", v.date().earliest());
            o.put("l", v.date().latest());
            StringBuilder w = new StringBuilder(v.headline());
            v.actors().forEach(p -> w.append(' ').append(p.actor().name()));
            if (v.place() != null) {
                w.append(' ').append(v.place().name());
            }
            if (v.attribution() != null) {
                w.append(' ').append(v.attribution());
            }
            w.append(' ').append(v.date().text());
            o.put("w", w.toString().toLowerCase(Locale.ROOT));
        }
        return "window.PARLEY_SEARCH = " + scriptSafe(compact(root)) + ";\n";
    }

    /**
     * JSON that can stand inside a {@code <script>}: {@code <}, {@code >} and {@code &} (which JSON only holds
     * inside strings) and the line separators JavaScript once rejected are written as escapes, so no
     * {@code </script>} or {@code <!--} in an article can end the script.
     */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    /**
     * Text as HTML, through jsoup's own escaping (the characters that could start markup or end an attribute,
     * quotes included), so TimelineJS, which shows these strings as HTML, never runs an article's markup.
     */
    static String html(String s) {
        return Entities.escape(s);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String pretty(ObjectNode n) {
        try {
            return MAPPER.writer(new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
                    .withObjectIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n")))
                    .writeValueAsString(n) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static String compact(ObjectNode n) {
        try {
            return MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
