package org.parley.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.event.EventRules;
import org.parley.model.Actor;
import org.parley.model.ActorMention;
import org.parley.model.AnnotatedArticle;
import org.parley.model.DateText;
import org.parley.model.DateView;
import org.parley.model.Event;
import org.parley.model.EventMode;
import org.parley.model.EventType;
import org.parley.model.Mention;
import org.parley.model.Participant;
import org.parley.model.ParticipantRole;
import org.parley.model.Role;
import org.parley.model.TimeExpression;
import org.parley.render.Views.ActorView;
import org.parley.render.Views.Bar;
import org.parley.render.Views.CoActor;
import org.parley.render.Views.EventView;
import org.parley.render.Views.LegendEntry;
import org.parley.render.Views.LinkView;
import org.parley.render.Views.MentionView;
import org.parley.render.Views.MonthView;
import org.parley.render.Views.PartView;
import org.parley.render.Views.StripView;
import org.parley.render.Views.Tick;
import org.parley.render.Views.YearView;

/**
 * The site as view models: every event, actor, place, type and article with its permalink, colour and
 * words, built once from the model in a fixed order so that the same input always gives the same site.
 */
public final class SiteModel {
    /** Colours of the legend; past these, actors share the "other" colour. */
    static final int COLOURS = 8;
    private static final Comparator<Event> CHRONOLOGICAL = Comparator
            .comparing((Event e) -> e.date().value() == null ? null : e.date().value().earliest(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> e.date().value() == null ? null : e.date().value().latest(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> e.type().name())
            .thenComparing(Event::id);

    private final List<Event> events;
    private final Map<String, AnnotatedArticle> articles = new TreeMap<>();
    private final Map<String, Actor> actors = new TreeMap<>();
    private final Map<String, Set<String>> textRoles = new HashMap<>();
    private final Map<String, List<Event>> byActor = new TreeMap<>();
    private final Map<String, List<Event>> byPlace = new TreeMap<>();
    private final Map<EventType, List<Event>> byType = new TreeMap<>();
    private final Map<String, List<Event>> byArticle = new TreeMap<>();
    private final Map<String, String> eventSlug = new HashMap<>();
    private final Map<String, String> actorSlug = new HashMap<>();
    private final Map<String, String> placeSlug = new HashMap<>();
    private final Map<String, String> articleSlug = new HashMap<>();
    private final Map<String, String> colourOfKey = new LinkedHashMap<>();
    private final List<LegendEntry> legend = new ArrayList<>();
    private final List<LegendEntry> legendOthers = new ArrayList<>();
    private final Map<String, ActorView> actorViews = new HashMap<>();
    private final Map<String, EventView> eventViews = new LinkedHashMap<>();

    /** Builds the model of a site from events and the articles they were read from. */
    public SiteModel(List<Event> events, List<AnnotatedArticle> annotated) {
        this.events = new ArrayList<>(events);
        this.events.sort(CHRONOLOGICAL);
        for (AnnotatedArticle a : annotated) {
            articles.put(a.article().id(), a);
        }
        for (AnnotatedArticle a : articles.values()) {
            for (ActorMention m : a.actors()) {
                keepActor(m.actor());
            }
        }
        for (Event e : this.events) {
            for (Participant p : e.actors()) {
                keepActor(p.actor());
                if (p.role() != null && !p.role().isBlank()) {
                    textRoles.computeIfAbsent(p.actor().id(), k -> new LinkedHashSet<>()).add(p.role().strip());
                }
                List<Event> list = byActor.computeIfAbsent(p.actor().id(), k -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != e) {
                    list.add(e);
                }
            }
            if (e.place() != null && !e.place().isBlank()) {
                byPlace.computeIfAbsent(e.place().strip(), k -> new ArrayList<>()).add(e);
            }
            byType.computeIfAbsent(e.type(), k -> new ArrayList<>()).add(e);
            Set<String> seen = new LinkedHashSet<>();
            for (Mention m : e.mentions()) {
                if (seen.add(m.article())) {
                    byArticle.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(e);
                }
            }
        }
        assignSlugs(this.events.stream().map(Event::id).sorted().toList(), eventSlug);
        assignSlugs(new ArrayList<>(actors.keySet()), actorSlug);
        assignSlugs(new ArrayList<>(byPlace.keySet()), placeSlug);
        List<String> articleIds = new ArrayList<>(articles.keySet());
        byArticle.keySet().stream().filter(id -> !articles.containsKey(id)).forEach(articleIds::add);
        assignSlugs(articleIds.stream().sorted().toList(), articleSlug);
        assignColours();
        for (Actor a : actors.values()) {
            actorViews.put(a.id(), actorView(a));
        }
        for (Event e : this.events) {
            eventViews.put(e.id(), eventView(e));
        }
    }

    private void keepActor(Actor a) {
        Actor known = actors.get(a.id());
        if (known == null || a.roles().size() > known.roles().size()) {
            actors.put(a.id(), a);
        }
    }

    private static void assignSlugs(List<String> keys, Map<String, String> into) {
        Slugs slugs = new Slugs();
        for (String k : keys) {
            into.put(k, slugs.of(k));
        }
    }

    /** Colours go to the countries (or, lacking one, the actors) that lead the most events, so the legend stays short. */
    private void assignColours() {
        Map<String, Integer> counts = new HashMap<>();
        for (Event e : events) {
            counts.merge(colourKey(e), 1, Integer::sum);
        }
        List<String> keys = new ArrayList<>(counts.keySet());
        keys.sort(Comparator.comparing((String k) -> -counts.get(k)).thenComparing(Function.identity()));
        for (String k : keys) {
            String colour = colourOfKey.size() < COLOURS && !k.isEmpty() ? "c" + colourOfKey.size() : "c" + COLOURS;
            if (!colour.equals("c" + COLOURS)) {
                colourOfKey.put(k, colour);
                (k.startsWith("@") ? legendOthers : legend).add(new LegendEntry(colour, keyLabel(k)));
            }
        }
        if (keys.size() > colourOfKey.size()) {
            legendOthers.add(new LegendEntry("c" + COLOURS, "everyone else"));
        }
    }

    /** The words of a colour: an actor's name, or the name of the state whose ISO code the key is. */
    private String keyLabel(String key) {
        if (key.startsWith("@")) {
            Actor a = actors.get(key.substring(1));
            return a == null ? key.substring(1) : a.name();
        }
        return actors.values().stream().filter(a -> a.kind() == org.parley.model.ActorKind.STATE && key.equals(a.country()))
                .map(Actor::name).findFirst().orElse(key);
    }

    /** The country of who acted first in an event, or the actor itself when it has no country. */
    private static String colourKey(Event e) {
        Participant lead = e.actors().stream().filter(p -> p.part() == ParticipantRole.SOURCE).findFirst()
                .orElse(e.actors().isEmpty() ? null : e.actors().get(0));
        if (lead == null) {
            return "";
        }
        String c = lead.actor().country();
        return c != null && !c.isBlank() ? c.strip() : "@" + lead.actor().id();
    }

    private String colourOf(Event e) {
        return colourOfKey.getOrDefault(colourKey(e), "c" + COLOURS);
    }

    private String actorColour(Actor a) {
        String c = a.country();
        String key = c != null && !c.isBlank() ? c.strip() : "@" + a.id();
        return colourOfKey.getOrDefault(key, "c" + COLOURS);
    }

    private ActorView actorView(Actor a) {
        List<String> offices = new ArrayList<>();
        for (Role r : a.roles()) {
            offices.add(r.title() + (r.country() == null ? "" : " (" + r.country() + ")")
                    + (r.from() == null && r.to() == null ? ""
                    : ", " + (r.from() == null ? "?" : DateText.day(r.from())) + " – "
                    + (r.to() == null ? "" : DateText.day(r.to()))));
        }
        for (String role : textRoles.getOrDefault(a.id(), Set.of())) {
            if (a.roles().stream().noneMatch(r -> r.title().equalsIgnoreCase(role))) {
                offices.add(role);
            }
        }
        String slug = actorSlug.get(a.id());
        int count = byActor.getOrDefault(a.id(), List.of()).size();
        // an actor only named in an article, in no event, gets no page: it would be an empty one
        return new ActorView(a.id(), slug, count == 0 ? null : "actors/" + Slugs.href(slug) + ".html", a.name(),
                a.kind().name(), a.country(), actorColour(a), offices, count);
    }

    private EventView eventView(Event e) {
        List<PartView> parts = new ArrayList<>();
        for (Participant p : e.actors()) {
            parts.add(new PartView(actorViews.get(p.actor().id()), p.role(), p.part().name()));
        }
        String slug = eventSlug.get(e.id());
        Set<String> articleIds = new LinkedHashSet<>();
        e.mentions().forEach(m -> articleIds.add(m.article()));
        return new EventView(e.id(), slug, "events/" + Slugs.href(slug) + ".html", e.type().name(), e.cameo(),
                typeHref(e.type()), e.mode().name(), modeLabel(e.mode()), e.mode() == EventMode.ASSERTED,
                DateText.of(e.date()), parts, placeLink(e.place()), e.summary(), e.attribution(), colourOf(e),
                articleIds.size(), Headlines.standard().of(e), quote(e));
    }

    /** The first report of an event, its trigger marked, as the timeline quotes it. */
    private Views.Quote quote(Event e) {
        Mention m = e.mentions().get(0);
        String sentence = m.sentence().strip();
        List<Mark> marks = new ArrayList<>();
        int at = m.trigger() == null || m.trigger().isBlank() ? -1 : wordAt(sentence, m.trigger());
        if (at >= 0) {
            marks.add(new Mark(at, at + m.trigger().length(), "trigger", null, null, e.type().name()));
        }
        AnnotatedArticle a = articles.get(m.article());
        String title = m.title() != null && !m.title().isBlank() ? m.title() : a != null ? a.article().title() : m.article();
        LocalDate published = m.published() != null ? m.published() : a == null ? null : a.article().published();
        return new Views.Quote(Highlighter.pieces(sentence, marks), title, articleHref(m.article()),
                published == null ? null : DateText.day(published), published == null ? null : published.toString());
    }

    static String modeLabel(EventMode mode) {
        return switch (mode) {
            case ASSERTED -> "happened";
            case PLANNED -> "planned";
            case HYPOTHETICAL -> "hypothetical";
            case NEGATED -> "did not happen";
            case DENIED -> "denied";
        };
    }

    static String typeHref(EventType t) {
        return "types/" + t.name().toLowerCase(Locale.ROOT) + ".html";
    }

    private LinkView placeLink(String place) {
        if (place == null || place.isBlank()) {
            return null;
        }
        String p = place.strip();
        return new LinkView("places/" + Slugs.href(placeSlug.get(p)) + ".html", p,
                byPlace.getOrDefault(p, List.of()).size(), null);
    }

    // ---- what the renderer asks for ----

    /** Every event in date order (undated last). */
    public List<Event> events() {
        return events;
    }

    /** Every event's view, in date order. */
    public List<EventView> eventViews() {
        return new ArrayList<>(eventViews.values());
    }

    /** The view of one event. */
    public EventView view(Event e) {
        return eventViews.get(e.id());
    }

    /** The views of some events, in the order given. */
    public List<EventView> views(List<Event> es) {
        return es.stream().map(this::view).toList();
    }

    /** The file name (without folder) of an event's page. */
    public String eventFile(Event e) {
        return eventSlug.get(e.id()) + ".html";
    }

    /** The view of every actor that takes part in an event, by name: the actors that have a page. */
    public List<ActorView> actorViews() {
        return actorViews.values().stream().filter(a -> a.count() > 0)
                .sorted(Comparator.comparing((ActorView a) -> a.name().toLowerCase(Locale.ROOT)).thenComparing(ActorView::id))
                .toList();
    }

    /** The other names of an actor, as the gazetteer gives them. */
    public List<String> aliases(String actorId) {
        Actor a = actors.get(actorId);
        return a == null ? List.of() : a.aliases();
    }

    /** The view of an actor. */
    public ActorView actorView(String id) {
        return actorViews.get(id);
    }

    /** The events of an actor, in date order. */
    public List<Event> eventsOf(String actorId) {
        return byActor.getOrDefault(actorId, List.of());
    }

    /** The actors an actor shares events with, most shared first. */
    public List<CoActor> coActors(String actorId) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Event e : eventsOf(actorId)) {
            e.actors().stream().map(p -> p.actor().id()).distinct().filter(id -> !id.equals(actorId))
                    .forEach(id -> counts.merge(id, 1, Integer::sum));
        }
        return counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Integer> en) -> -en.getValue())
                        .thenComparing(en -> actorViews.get(en.getKey()).name().toLowerCase(Locale.ROOT))
                        .thenComparing(Map.Entry::getKey))
                .map(en -> new CoActor(actorViews.get(en.getKey()), en.getValue()))
                .toList();
    }

    /** Places with their events, by name. */
    public Map<String, List<Event>> places() {
        return byPlace;
    }

    /** The link of a place. */
    public LinkView place(String name) {
        return placeLink(name);
    }

    /** Types with their events, in the table's order. */
    public Map<EventType, List<Event>> types() {
        return byType;
    }

    /** The colours of the legend: states, then people and bodies that act without a state. */
    public Views.Legend legend() {
        return new Views.Legend(legend, legendOthers);
    }

    /** Articles by id. */
    public Map<String, AnnotatedArticle> articles() {
        return articles;
    }

    /** The events an article reports. */
    public List<Event> eventsIn(String articleId) {
        return byArticle.getOrDefault(articleId, List.of());
    }

    /** The link to an article's page. */
    public String articleHref(String articleId) {
        String s = articleSlug.get(articleId);
        return s == null || !articles.containsKey(articleId) ? null : "articles/" + Slugs.href(s) + ".html";
    }

    /** The file name of an article's page. */
    public String articleFile(String articleId) {
        return articleSlug.get(articleId) + ".html";
    }

    // ---- the timeline's groups and the strip ----

    /** The events grouped by year and month, oldest first or newest first; undated events are left out. */
    public List<YearView> years(List<Event> es, boolean newest) {
        Map<Integer, Map<String, List<EventView>>> years = new TreeMap<>();
        for (Event e : es) {
            if (e.date().value() == null || !e.date().value().isAnchored()) {
                continue;
            }
            LocalDate a = e.date().value().earliest();
            LocalDate b = e.date().value().latest();
            String key = a.getYear() == b.getYear() && a.getMonth() == b.getMonth()
                    ? monthKey(a) : yearKey(a);
            years.computeIfAbsent(a.getYear(), y -> new TreeMap<>())
                    .computeIfAbsent(key, k -> new ArrayList<>()).add(view(e));
        }
        List<YearView> out = new ArrayList<>();
        for (Map.Entry<Integer, Map<String, List<EventView>>> y : years.entrySet()) {
            List<MonthView> months = new ArrayList<>();
            int count = 0;
            for (Map.Entry<String, List<EventView>> m : y.getValue().entrySet()) {
                List<EventView> list = new ArrayList<>(m.getValue());
                count += list.size();
                if (newest) {
                    java.util.Collections.reverse(list);
                }
                String key = m.getKey();
                String label = key.length() == 4 ? key + ", month not known"
                        : DateText.month(y.getKey(), Integer.parseInt(key.substring(5)));
                months.add(new MonthView("m-" + key, label, key, list));
            }
            if (newest) {
                java.util.Collections.reverse(months);
            }
            out.add(new YearView(y.getKey(), "y-" + y.getKey(), yearFile(y.getKey(), false),
                    yearFile(y.getKey(), true), count, months));
        }
        if (newest) {
            java.util.Collections.reverse(out);
        }
        return out;
    }

    /** "2024-01": the key of a day's month (years of four digits, as TIMEX3 writes them). */
    static String monthKey(LocalDate d) {
        int m = d.getMonthValue();
        return yearKey(d) + (m < 10 ? "-0" : "-") + m;
    }

    /** "2024": the key of a day's year. */
    static String yearKey(LocalDate d) {
        String y = Integer.toString(d.getYear());
        return y.length() >= 4 ? y : "0".repeat(4 - y.length()) + y;
    }

    /** The path of a year's page from the site root. */
    public static String yearFile(int year, boolean newest) {
        return "years/" + year + (newest ? "-newest" : "") + ".html";
    }

    /** The path of a month's page from the site root, for a year too full for one page; {@code key} is "2024-01". */
    public static String monthFile(String key, boolean newest) {
        return "years/" + key + (newest ? "-newest" : "") + ".html";
    }

    /** The events with no date on the calendar, in their order. */
    public List<EventView> undated(List<Event> es) {
        return es.stream().filter(e -> e.date().value() == null || !e.date().value().isAnchored()).map(this::view).toList();
    }

    /**
     * The strip of events per month from the first dated month to the last, each bar linked to its month
     * (or, for events known only to the year, its year) through {@code target}.
     */
    public StripView strip(List<Event> es, Function<String, String> target, String label) {
        TreeMap<Integer, Integer> perMonth = new TreeMap<>();
        Map<Integer, String> anchor = new HashMap<>();
        for (Event e : es) {
            if (e.date().value() == null || !e.date().value().isAnchored()) {
                continue;
            }
            LocalDate a = e.date().value().earliest();
            LocalDate b = e.date().value().latest();
            int m = a.getYear() * 12 + a.getMonthValue() - 1;
            perMonth.merge(m, 1, Integer::sum);
            boolean monthly = a.getYear() == b.getYear() && a.getMonth() == b.getMonth();
            String anc = "m-" + (monthly ? monthKey(a) : yearKey(a));
            anchor.merge(m, anc, (x, y) -> x.startsWith("m-") ? x : y);
        }
        if (perMonth.isEmpty()) {
            return new StripView(0, 0, List.of(), List.of(), label, List.of());
        }
        int[] range = chartRange(perMonth);
        TreeMap<Integer, Integer> outside = new TreeMap<>(perMonth.headMap(range[0]));
        outside.putAll(perMonth.tailMap(range[1], false));
        List<Views.Outlier> outliers = outliers(outside, anchor, target);
        perMonth.headMap(range[0]).clear();
        perMonth.tailMap(range[1], false).clear();
        int first = perMonth.firstKey() / 12 * 12;
        int last = perMonth.lastKey() / 12 * 12 + 11;
        int max = perMonth.values().stream().max(Integer::compare).orElse(1);
        final int step = 10;
        final int barWidth = 8;
        final int height = 48;
        List<Bar> bars = new ArrayList<>();
        List<Tick> ticks = new ArrayList<>();
        for (int m = first; m <= last; m++) {
            int x = (m - first) * step;
            if (m % 12 == 0) {
                ticks.add(new Tick(x, String.valueOf(m / 12)));
            }
            Integer n = perMonth.get(m);
            if (n != null) {
                int h = Math.max(2, (int) Math.round((double) n * height / max));
                bars.add(new Bar(x, height - h, barWidth, h, target.apply(anchor.get(m)),
                        DateText.month(m / 12, m % 12 + 1) + ": " + n + (n == 1 ? " event" : " events")));
            }
        }
        return new StripView((last - first + 1) * step, height + 16, bars, ticks, label, outliers);
    }

    /** The share of the dated events the chart must draw at least. */
    static final double DRAWN_SHARE = 0.95;
    /** How far past the months that hold that share the chart still reaches, in months. */
    static final int REACH_MONTHS = 12;
    /** Past this many months outside the chart, the outliers are listed by year. */
    static final int OUTLIERS_BY_MONTH = 12;

    /**
     * The first and last month the strip draws: where the events are. A few events dated far from the others
     * (a wrong year in a wire story, a look back at 1976) would stretch the strip until each bar is a pixel
     * wide. The chart takes the fewest months that hold {@value #DRAWN_SHARE} of the events, then reaches
     * {@value #REACH_MONTHS} months further each way, once (so sparse years do not chain it back); months
     * beyond are listed under it instead.
     */
    static int[] chartRange(java.util.NavigableMap<Integer, Integer> perMonth) {
        List<Integer> months = new ArrayList<>(perMonth.keySet());
        int total = perMonth.values().stream().mapToInt(Integer::intValue).sum();
        int need = (int) Math.ceil(total * DRAWN_SHARE);
        int bestLo = 0;
        int bestHi = months.size() - 1;
        int sum = 0;
        for (int lo = 0, hi = 0; hi < months.size(); hi++) {
            sum += perMonth.get(months.get(hi));
            while (sum - perMonth.get(months.get(lo)) >= need) {
                sum -= perMonth.get(months.get(lo++));
            }
            if (sum >= need && months.get(hi) - months.get(lo) < months.get(bestHi) - months.get(bestLo)) {
                bestLo = lo;
                bestHi = hi;
            }
        }
        int from = months.get(bestLo) - REACH_MONTHS;
        int to = months.get(bestHi) + REACH_MONTHS;
        return new int[] {perMonth.ceilingKey(from), perMonth.floorKey(to)};
    }

    /** The months outside the chart, each linked to its events; listed by year when there are many. */
    private static List<Views.Outlier> outliers(java.util.NavigableMap<Integer, Integer> outside,
                                                Map<Integer, String> anchor, Function<String, String> target) {
        List<Views.Outlier> out = new ArrayList<>();
        if (outside.size() <= OUTLIERS_BY_MONTH) {
            outside.forEach((m, n) -> out.add(new Views.Outlier(target.apply(anchor.get(m)),
                    DateText.month(m / 12, m % 12 + 1) + " (" + n + (n == 1 ? " event)" : " events)"))));
            return out;
        }
        Map<Integer, Integer> byYear = new TreeMap<>();
        outside.forEach((m, n) -> byYear.merge(m / 12, n, Integer::sum));
        byYear.forEach((y, n) -> out.add(new Views.Outlier(target.apply("m-" + yearKey(LocalDate.of(y, 1, 1))),
                y + " (" + n + (n == 1 ? " event)" : " events)"))));
        return out;
    }

    // ---- the pages of events and articles ----

    /** Every report of an event, with the trigger, actors and date words of its sentence marked. */
    public List<MentionView> mentions(Event e) {
        List<MentionView> out = new ArrayList<>();
        for (Mention m : e.mentions()) {
            AnnotatedArticle a = articles.get(m.article());
            List<Mark> marks = new ArrayList<>();
            String sentence = m.sentence();
            boolean aligned = a != null && m.end() <= a.article().body().length()
                    && a.article().body().substring(m.start(), m.end()).equals(sentence);
            if (m.trigger() != null && !m.trigger().isBlank()) {
                int at = wordAt(sentence, m.trigger());
                if (at >= 0) {
                    marks.add(new Mark(at, at + m.trigger().length(), "trigger", null, null, e.type().name()));
                }
            }
            if (aligned) {
                for (ActorMention am : a.actors()) {
                    if (am.start() >= m.start() && am.end() <= m.end()) {
                        ActorView v = actorViews.get(am.actor().id());
                        marks.add(new Mark(am.start() - m.start(), am.end() - m.start(), "actor",
                                v == null ? null : v.href(), null, am.actor().name()));
                    }
                }
                for (TimeExpression t : a.times()) {
                    if (t.start() >= m.start() && t.end() <= m.end()) {
                        DateView d = DateText.of(t.value());
                        marks.add(new Mark(t.start() - m.start(), t.end() - m.start(), "time", null,
                                d.datetime(), d.text()));
                    }
                }
            } else {
                for (Participant p : e.actors()) {
                    int at = wordAt(sentence, p.actor().name());
                    if (at >= 0) {
                        marks.add(new Mark(at, at + p.actor().name().length(), "actor",
                                actorViews.get(p.actor().id()).href(), null, p.actor().name()));
                    }
                }
                String words = e.date().text();
                int at = words == null || words.isBlank() ? -1 : wordAt(sentence, words);
                if (at >= 0) {
                    DateView d = DateText.of(e.date());
                    marks.add(new Mark(at, at + words.length(), "time", null, d.datetime(), d.text()));
                }
            }
            String url = a != null && a.article().url() != null ? a.article().url() : m.url();
            String title = m.title() != null && !m.title().isBlank() ? m.title()
                    : a != null ? a.article().title() : m.article();
            LocalDate published = m.published() != null ? m.published() : a == null ? null : a.article().published();
            out.add(new MentionView(articleHref(m.article()), title,
                    published == null ? null : DateText.day(published), published == null ? null : published.toString(),
                    SafeUrl.http(url), url == null ? (a == null ? null : a.article().source()) : url,
                    Highlighter.pieces(sentence, marks), e.attribution(), reasons(m)));
        }
        return out;
    }

    /** Why the engine took a report for an event, in the words of its rules. */
    private static List<Views.Reason> reasons(Mention m) {
        EventRules rules = EventRules.standard();
        return m.rules().stream().map(r -> new Views.Reason(r, rules.explain(r))).toList();
    }

    /** The body of an article cut into pieces with its dates, actors and event sentences marked. */
    public List<Piece> articleText(AnnotatedArticle a) {
        List<Mark> marks = new ArrayList<>();
        String id = a.article().id();
        for (Event e : eventsIn(id)) {
            EventView v = view(e);
            for (Mention m : e.mentions()) {
                if (m.article().equals(id)) {
                    marks.add(new Mark(m.start(), m.end(), "event", v.href(), null,
                            "→ " + v.type() + ", " + v.date().text()));
                }
            }
        }
        for (ActorMention am : a.actors()) {
            ActorView v = actorViews.get(am.actor().id());
            marks.add(new Mark(am.start(), am.end(), "actor", v == null ? null : v.href(), null, am.actor().name()));
        }
        for (TimeExpression t : a.times()) {
            DateView d = DateText.of(t.value());
            marks.add(new Mark(t.start(), t.end(), "time", null, d.datetime(), d.text()));
        }
        return Highlighter.pieces(a.article().body(), marks);
    }

    /** Where a word or phrase first stands on its own in a text (case-insensitive), or -1. */
    static int wordAt(String text, String word) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        return m.find() ? m.start() : -1;
    }
}
