package org.parley.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.AnnotatedArticle;
import org.parley.model.DateText;
import org.parley.model.Event;
import org.parley.model.EventType;
import org.parley.render.Views.ActorView;
import org.parley.render.Views.LinkView;
import org.parley.render.Views.MonthView;
import org.parley.render.Views.YearView;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Renders the site with Thymeleaf from the templates shipped in the jar ({@code /parley/templates/}),
 * any of which a user's own folder may override, page by page and fragment by fragment.
 *
 * <p>Pages: {@code index.html} (and {@code index-newest.html}), a page per year, event, actor, place, type
 * and article, lists of actors, places, types and articles, and {@code search.html}. Exports:
 * {@code timeline.json}, {@code events.ics}, {@code events.csv}, {@code events.jsonl}.
 */
public final class ThymeleafSiteRenderer implements SiteRenderer {
    /** Above this many dated events the index shows the years and the strip, and each year has its page. */
    public static final int SPLIT_ABOVE = 1000;
    /** Above this many events a year's page lists its months, each on its own page, so no page grows past 2 MB. */
    public static final int MONTH_PAGES_ABOVE = 1500;
    /** Files copied beside the pages, from the user's folder when it has them. */
    static final List<String> ASSETS = List.of("parley.css", "search.js");
    private static final String SHIPPED = "parley/templates/";
    private static final Pattern THYMELEAF_WHERE = Pattern.compile("\\s*\\(template: \"[^\"]*\"( - line \\d+, col \\d+)?\\)\\s*$");

    private final SiteOptions options;
    private final TemplateEngine engine = new TemplateEngine();

    /** A renderer with the given options; a user template folder that does not exist is a usage mistake. */
    public ThymeleafSiteRenderer(SiteOptions options) {
        this.options = options;
        StandardDialect dialect = new StandardDialect();
        dialect.setVariableExpressionEvaluator(new RecordExpressions());
        engine.setDialect(dialect);
        if (options.templates() != null) {
            if (!Files.isDirectory(options.templates())) {
                throw new IllegalArgumentException("--templates " + options.templates() + " is not a folder");
            }
            FileTemplateResolver user = new FileTemplateResolver();
            user.setPrefix(options.templates().toAbsolutePath() + java.io.File.separator);
            configure(user, 1);
            engine.addTemplateResolver(user);
        }
        ClassLoaderTemplateResolver shipped = new ClassLoaderTemplateResolver(ThymeleafSiteRenderer.class.getClassLoader());
        shipped.setPrefix(SHIPPED);
        configure(shipped, 2);
        engine.addTemplateResolver(shipped);
    }

    private static void configure(AbstractConfigurableTemplateResolver r, int order) {
        r.setSuffix(".html");
        r.setTemplateMode(TemplateMode.HTML);
        r.setCharacterEncoding("UTF-8");
        r.setCheckExistence(true);
        r.setCacheable(true);
        r.setOrder(order);
    }

    @Override
    public RenderReport render(List<Event> events, List<AnnotatedArticle> articles, Path out) throws IOException {
        SiteModel site = new SiteModel(events, articles);
        int pages;
        long[] counts;
        try (SiteFolder folder = new SiteFolder(out)) {
            pages = writePages(site, folder);
            Map<String, java.util.function.Supplier<String>> exports = new java.util.LinkedHashMap<>();
            exports.put("timeline.json", () -> Exports.timelineJs(site, options));
            exports.put("events.ics", () -> Exports.ics(site, options));
            exports.put("events.csv", () -> Exports.csv(site));
            exports.put("events.jsonl", () -> Exports.jsonl(site));
            exports.put("search-index.js", () -> Exports.searchIndex(site));
            inParallel(new ArrayList<>(exports.entrySet()), x -> folder.write(x.getKey(), x.getValue().get()));
            for (String asset : ASSETS) {
                folder.write(asset, asset(asset));
            }
            counts = folder.countFilesAndBytes();
            folder.commit();
        }
        return new RenderReport(site.events().size(), pages, (int) counts[0], counts[1]);
    }

    private int writePages(SiteModel site, SiteFolder folder) throws IOException {
        int pages = 0;
        List<Event> all = site.events();
        List<YearView> oldest = site.years(all, false);
        boolean split = oldest.stream().mapToInt(YearView::count).sum() > SPLIT_ABOVE;
        Set<Integer> byMonth = new HashSet<>();
        oldest.stream().filter(y -> y.count() > MONTH_PAGES_ABOVE).forEach(y -> byMonth.add(y.year()));
        TimelineLayout layout = new TimelineLayout(split, byMonth);
        for (boolean newest : new boolean[] {false, true}) {
            Context c = context(site, "", options.title());
            c.setVariable("newest", newest);
            c.setVariable("split", split);
            c.setVariable("yearsNav", oldest);
            c.setVariable("years", split ? List.of() : newest ? site.years(all, true) : oldest);
            c.setVariable("undated", site.undated(all));
            c.setVariable("count", all.size());
            c.setVariable("strip", site.strip(all, a -> split ? layout.pageOf(a, newest) : "#" + a, "Events per month"));
            page(folder, newest ? "index-newest.html" : "index.html", "index", c);
            pages++;
        }
        java.util.concurrent.atomic.AtomicInteger yearPages = new java.util.concurrent.atomic.AtomicInteger();
        inParallel(java.util.stream.IntStream.range(0, oldest.size()).boxed().toList(),
                i -> yearPages.addAndGet(writeYear(site, folder, layout, oldest, i)));
        pages += yearPages.get();
        // Event and actor pages are most of the site and independent of each other: render them in parallel.
        inParallel(all, e -> {
            Context c = context(site, "../", site.view(e).headline());
            c.setVariable("e", site.view(e));
            c.setVariable("mentions", site.mentions(e));
            page(folder, "events/" + site.eventFile(e), "event", c);
        });
        pages += all.size();
        List<ActorView> actors = site.actorViews();
        inParallel(actors, a -> {
            List<Event> theirs = site.eventsOf(a.id());
            Context c = context(site, "../", a.name());
            c.setVariable("actor", a);
            c.setVariable("events", site.views(theirs));
            c.setVariable("coActors", site.coActors(a.id()));
            c.setVariable("strip", site.strip(theirs, anchor -> "../" + layout.pageOf(anchor, false),
                    "Events per month of " + a.name()));
            page(folder, "actors/" + a.slug() + ".html", "actor", c);
        });
        pages += actors.size();
        List<LinkView> placeLinks = site.places().keySet().stream().map(site::place).toList();
        inParallel(new ArrayList<>(site.places().entrySet()), p -> {
            LinkView link = site.place(p.getKey());
            Context c = context(site, "../", p.getKey());
            c.setVariable("place", link);
            c.setVariable("events", site.views(p.getValue()));
            page(folder, "places/" + fileOf(link.href()), "place", c);
        });
        pages += placeLinks.size();
        Map<EventType, LinkView> typeLink = new java.util.EnumMap<>(EventType.class);
        site.types().forEach((t, es) -> typeLink.put(t, new LinkView(SiteModel.typeHref(t), t.name(), es.size(),
                "CAMEO " + t.cameo() + ", PLOVER " + t.plover())));
        List<LinkView> typeLinks = new ArrayList<>(typeLink.values());
        inParallel(new ArrayList<>(site.types().entrySet()), t -> {
            Context c = context(site, "../", t.getKey().name());
            c.setVariable("type", typeLink.get(t.getKey()));
            c.setVariable("events", site.views(t.getValue()));
            page(folder, SiteModel.typeHref(t.getKey()), "type", c);
        });
        pages += typeLinks.size();
        List<AnnotatedArticle> articles = new ArrayList<>(site.articles().values());
        List<LinkView> articleLinks = articles.stream().map(a -> new LinkView(site.articleHref(a.article().id()),
                articleTitle(a), site.eventsIn(a.article().id()).size(), DateText.day(a.article().published()))).toList();
        inParallel(articles, a -> {
            String id = a.article().id();
            Context c = context(site, "../", articleTitle(a));
            c.setVariable("article", a.article());
            c.setVariable("articleTitle", articleTitle(a));
            c.setVariable("published", DateText.day(a.article().published()));
            c.setVariable("sourceUrl", SafeUrl.http(a.article().url()));
            c.setVariable("text", site.articleText(a));
            c.setVariable("events", site.views(site.eventsIn(id)));
            page(folder, "articles/" + site.articleFile(id), "article", c);
        });
        pages += articles.size();
        List<LinkView> actorLinks = site.actorViews().stream()
                .map(a -> new LinkView(a.href(), a.name(), a.count(), a.country())).toList();
        pages += browse(site, folder, "actors.html", "Actors", actorLinks);
        pages += browse(site, folder, "places.html", "Places", placeLinks);
        pages += browse(site, folder, "types.html", "Event types", typeLinks);
        pages += browse(site, folder, "articles.html", "Articles", articleLinks);
        Context c = context(site, "", "Search – " + options.title());
        c.setVariable("events", site.eventViews());
        c.setVariable("actors", site.actorViews());
        c.setVariable("types", typeLinks);
        c.setVariable("places", placeLinks);
        page(folder, "search.html", "search", c);
        return pages + 1;
    }

    /**
     * Where the timeline shows a month or a year: the index when the timeline is short; else a page per year,
     * and a page per month for a year too full for one page.
     */
    private record TimelineLayout(boolean split, Set<Integer> byMonth) {
        /** The page (and anchor) of a month ("m-2024-01") or of a year's roughly dated events ("m-2024"), from the root. */
        String pageOf(String anchor, boolean newest) {
            int year = Integer.parseInt(anchor.substring(2, 6));
            if (!split) {
                return (newest ? "index-newest.html" : "index.html") + "#" + anchor;
            }
            if (byMonth.contains(year) && anchor.length() > 6) {
                return SiteModel.monthFile(anchor.substring(2), newest);
            }
            return SiteModel.yearFile(year, newest) + "#" + anchor;
        }
    }

    /** The pages of one year (both orders), and of each of its months when the year is too full for one page. */
    private int writeYear(SiteModel site, SiteFolder folder, TimelineLayout layout, List<YearView> years, int i)
            throws IOException {
        YearView y = years.get(i);
        List<Event> inYear = site.events().stream().filter(e -> e.date().value() != null && e.date().value().isAnchored()
                && e.date().value().earliest().getYear() == y.year()).toList();
        boolean monthly = layout.byMonth().contains(y.year());
        int pages = 0;
        for (boolean newest : new boolean[] {false, true}) {
            YearView full = site.years(inYear, newest).get(0);
            List<MonthView> rough = full.months().stream().filter(m -> m.anchor().length() == 6).toList();
            List<MonthView> months = full.months().stream().filter(m -> m.anchor().length() > 6).toList();
            Views.StripView strip = site.strip(inYear, a -> "../" + layout.pageOf(a, newest), "Events per month in " + y.year());
            Context c = context(site, "../", y.year() + " – " + options.title());
            c.setVariable("heading", String.valueOf(y.year()));
            c.setVariable("count", y.count());
            c.setVariable("year", monthly ? new YearView(y.year(), y.anchor(), y.href(), y.newestHref(),
                    rough.stream().mapToInt(m -> m.events().size()).sum(), rough) : full);
            c.setVariable("monthPages", monthly ? months.stream().map(m -> new LinkView(
                    layout.pageOf(m.anchor(), newest), m.label(), m.events().size(), null)).toList() : List.of());
            c.setVariable("newest", newest);
            c.setVariable("previous", i > 0 ? yearLink(years.get(i - 1), newest) : null);
            c.setVariable("next", i + 1 < years.size() ? yearLink(years.get(i + 1), newest) : null);
            c.setVariable("up", new LinkView(newest ? "index-newest.html" : "index.html", "All years", 0, null));
            c.setVariable("oldestHref", y.href());
            c.setVariable("newestHref", y.newestHref());
            c.setVariable("strip", strip);
            page(folder, SiteModel.yearFile(y.year(), newest), "year", c);
            pages++;
            for (int j = 0; monthly && j < months.size(); j++) {
                MonthView m = months.get(j);
                String key = m.anchor().substring(2);
                Context mc = context(site, "../", m.label() + " – " + options.title());
                mc.setVariable("heading", m.label());
                mc.setVariable("count", m.events().size());
                mc.setVariable("year", new YearView(y.year(), y.anchor(), y.href(), y.newestHref(), m.events().size(), List.of(m)));
                mc.setVariable("monthPages", List.of());
                mc.setVariable("newest", newest);
                mc.setVariable("previous", j > 0 ? monthLink(layout, months.get(j - 1), newest) : null);
                mc.setVariable("next", j + 1 < months.size() ? monthLink(layout, months.get(j + 1), newest) : null);
                mc.setVariable("up", yearLink(y, newest));
                mc.setVariable("oldestHref", SiteModel.monthFile(key, false));
                mc.setVariable("newestHref", SiteModel.monthFile(key, true));
                mc.setVariable("strip", strip);
                page(folder, SiteModel.monthFile(key, newest), "year", mc);
                pages++;
            }
        }
        return pages;
    }

    private static LinkView yearLink(YearView y, boolean newest) {
        return new LinkView(newest ? y.newestHref() : y.href(), String.valueOf(y.year()), y.count(), null);
    }

    private static LinkView monthLink(TimelineLayout layout, MonthView m, boolean newest) {
        return new LinkView(layout.pageOf(m.anchor(), newest), m.label(), m.events().size(), null);
    }

    /** A page-writing step that may fail on I/O. */
    private interface PageJob<T> {
        void write(T item) throws IOException;
    }

    /**
     * Runs a job on every item in parallel and rethrows the first failure only once every job has stopped,
     * so that no page is still being written while a failed render removes its temporary folder.
     */
    private static <T> void inParallel(List<T> items, PageJob<T> job) throws IOException {
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        items.parallelStream().forEach(item -> {
            if (failure.get() != null) {
                return;
            }
            try {
                job.write(item);
            } catch (IOException | RuntimeException | Error e) {
                failure.compareAndSet(null, e);
            }
        });
        Throwable t = failure.get();
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
    }

    private int browse(SiteModel site, SiteFolder folder, String file, String heading, List<LinkView> items) throws IOException {
        Context c = context(site, "", heading + " – " + options.title());
        c.setVariable("heading", heading);
        c.setVariable("items", items);
        page(folder, file, "browse", c);
        return 1;
    }

    private static String articleTitle(AnnotatedArticle a) {
        return a.article().title().isBlank() ? a.article().source() : a.article().title();
    }

    private static String fileOf(String href) {
        return java.net.URLDecoder.decode(href.substring(href.lastIndexOf('/') + 1), java.nio.charset.StandardCharsets.UTF_8);
    }

    private Context context(SiteModel site, String root, String pageTitle) {
        Context c = new Context(Locale.ROOT);
        c.setVariable("site", options);
        c.setVariable("root", root);
        c.setVariable("pageTitle", pageTitle);
        c.setVariable("legend", site.legend());
        return c;
    }

    private void page(SiteFolder folder, String file, String template, Context c) throws IOException {
        try (Writer w = folder.writer(file)) {
            engine.process(template, c, w);
        } catch (TemplateEngineException e) {
            throw templateProblem(template, e);
        }
    }

    /** A message naming the broken template's file and line, for a user who wrote it. */
    private TemplateException templateProblem(String page, TemplateEngineException e) {
        String name = page;
        int line = -1;
        if (e instanceof TemplateProcessingException p) {
            if (p.getTemplateName() != null) {
                name = p.getTemplateName();
            }
            line = p.getLine() == null ? -1 : p.getLine();
        }
        String file = name.endsWith(".html") ? name : name + ".html";
        String where = options.templates() != null && Files.exists(options.templates().resolve(file))
                ? options.templates().resolve(file).toString() : "shipped template " + file;
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String what = strip(e.getMessage());
        if (root != e && root.getMessage() != null && !what.contains(root.getMessage())) {
            what = what + ": " + strip(root.getMessage());
        }
        return new TemplateException("broken template " + where + (line > 0 ? " line " + line : "")
                + " (rendering " + page + ".html): " + what, e);
    }

    private static String strip(String message) {
        if (message == null) {
            return "";
        }
        Matcher m = THYMELEAF_WHERE.matcher(message);
        String s = (m.find() ? message.substring(0, m.start()) : message).replaceAll("\\s+", " ").strip();
        int expecting = s.indexOf(" Was expecting");
        return expecting > 0 ? s.substring(0, expecting) : s; // the parser's list of every token it could take helps no one

    }

    private byte[] asset(String name) throws IOException {
        if (options.templates() != null) {
            Path p = options.templates().resolve(name);
            if (Files.isRegularFile(p)) {
                return Files.readAllBytes(p);
            }
        }
        try (InputStream in = ThymeleafSiteRenderer.class.getClassLoader().getResourceAsStream(SHIPPED + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks its asset " + SHIPPED + name);
            }
            return in.readAllBytes();
        }
    }
}
