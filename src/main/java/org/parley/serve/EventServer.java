package org.parley.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.parley.index.EventReader;
import org.parley.index.SearchResult;
import org.parley.index.SearchResultJson;

/**
 * Serves the search page and the JSON API over HTTP, live from an index.
 *
 * <p>Built on the JDK's own {@code com.sun.net.httpserver}: Parley serves one person's index on
 * their own machine, two GET endpoints, no sessions or uploads, so a server library would add a
 * dependency tree without adding anything needed. The JDK server gets a bounded pool (a full queue
 * makes the accepting thread do the work, which slows new clients instead of dropping them).
 *
 * <p>Only {@code GET} and {@code HEAD} of {@code /}, {@code /search}, {@code /api/events} and, when a
 * {@link RenderedSite} is given, the files of that site under {@code /site/}: nothing else on disk can be
 * reached, since the site resolves a path only inside its own folder. Bad parameters get 400 with a message, other
 * paths 404, a request with a body 413, an over-long query 414.
 *
 * <p>The JDK server takes its limits on slow clients only from JVM-wide system properties
 * ({@code sun.net.httpserver.maxReqTime}, {@code maxRspTime}), so this class sets none: the process that owns
 * the JVM (the {@code serve} command) does.
 */
public final class EventServer implements AutoCloseable {
    /** The longest query string accepted. */
    public static final int MAX_QUERY_LENGTH = 4096;
    /** The most events one request may ask for. */
    public static final int MAX_LIMIT = 1000;
    private static final int DEFAULT_LIMIT = 50;
    private static final Set<String> PARAMS = Set.of("actor", "type", "mode", "place", "country", "from", "to", "q",
            "sort", "limit", "after");
    /** Where the rendered site is served. */
    public static final String SITE = "/site/";
    private static final String API_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";
    /** The site's own scripts and styles may load; nothing from elsewhere, and no inline script. */
    private static final String SITE_POLICY =
            "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html", "css", "text/css", "js", "text/javascript", "json", "application/json",
            "jsonl", "application/jsonl", "csv", "text/csv", "ics", "text/calendar", "svg", "image/svg+xml",
            "txt", "text/plain");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long REFRESH_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final HttpServer server;
    private final ThreadPoolExecutor pool;
    private final EventReader searcher;
    private final SearchPageRenderer pages;
    private final RenderedSite site;
    private final AtomicLong lastRefresh = new AtomicLong(System.nanoTime());

    private EventServer(HttpServer server, ThreadPoolExecutor pool, EventReader searcher, SearchPageRenderer pages,
                        RenderedSite site) {
        this.server = server;
        this.pool = pool;
        this.searcher = searcher;
        this.pages = pages;
        this.site = site;
    }

    /** Starts serving an index at an address (port 0: any free port); the searcher stays the caller's to close. */
    public static EventServer start(EventReader searcher, InetSocketAddress address, SearchPageRenderer pages)
            throws IOException {
        return start(searcher, address, pages, null);
    }

    /**
     * Starts serving an index with its rendered site under {@code /site/}; {@code site} may be {@code null}
     * for the search page and API alone. The site stays the caller's to close.
     */
    public static EventServer start(EventReader searcher, InetSocketAddress address, SearchPageRenderer pages,
                                    RenderedSite site) throws IOException {
        HttpServer server = HttpServer.create(address, 256);
        int threads = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(512), r -> {
                    Thread t = new Thread(r, "parley-serve-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        server.setExecutor(pool);
        EventServer s = new EventServer(server, pool, Objects.requireNonNull(searcher), Objects.requireNonNull(pages),
                site);
        server.createContext("/", s::handle);
        server.start();
        return s;
    }

    /** Where the server listens, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                send(ex, 405, "text/plain", "method " + method + " not allowed\n");
                return;
            }
            if (hasBody(ex.getRequestHeaders())) {
                send(ex, 413, "text/plain", "requests carry no body here\n");
                return;
            }
            String rawQuery = ex.getRequestURI().getRawQuery();
            if (rawQuery != null && rawQuery.length() > MAX_QUERY_LENGTH) {
                send(ex, 414, "text/plain", "query string longer than " + MAX_QUERY_LENGTH + " characters\n");
                return;
            }
            String path = ex.getRequestURI().getRawPath();
            if (site != null && path.startsWith(SITE)) {
                siteFile(ex, ex.getRequestURI().getPath().substring(SITE.length()));
                return;
            }
            switch (path) {
                case "/" -> {
                    String home = site == null ? "/search" : SITE + "index.html";
                    ex.getResponseHeaders().set("Location", home);
                    send(ex, 302, "text/plain", "see " + home + "\n");
                }
                case "/search" -> {
                    if (site == null) {
                        page(ex, rawQuery);
                    } else {
                        // one search: the site's own page (its layout, navigation, links to event pages)
                        String to = SITE + "search.html" + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery);
                        ex.getResponseHeaders().set("Location", to);
                        send(ex, 302, "text/plain", "see " + to + "\n");
                    }
                }
                case "/api/events" -> api(ex, rawQuery);
                default -> send(ex, 404, "text/plain", "not found\n");
            }
        } catch (RuntimeException | IOException e) {
            // the client may be gone; whatever happened, the server stays up and says nothing it should not
            try {
                send(ex, 500, "text/plain", "internal error\n");
            } catch (IOException | RuntimeException ignored) {
                // the answer was already under way or the connection is closed
            }
        }
    }

    /** Sends one file of the rendered site, or 404: {@link RenderedSite#read} never reads a file outside it. */
    private void siteFile(HttpExchange ex, String relative) throws IOException {
        maybeRefresh();
        String name = relative.isEmpty() ? "index.html" : relative;
        Optional<byte[]> bytes = site.read(name);
        if (bytes.isEmpty()) {
            send(ex, 404, "text/plain", "not found\n");
            return;
        }
        String type = CONTENT_TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
        send(ex, 200, type, bytes.get(), SITE_POLICY);
    }

    private static boolean hasBody(Headers h) {
        String length = h.getFirst("Content-Length");
        return h.containsKey("Transfer-Encoding") || (length != null && !length.strip().equals("0"));
    }

    private void api(HttpExchange ex, String rawQuery) throws IOException {
        try {
            send(ex, 200, "application/json", search(QueryParams.parse(rawQuery, PARAMS)).json());
        } catch (IllegalArgumentException e) {
            send(ex, 400, "application/json", SearchResultJson.error(e.getMessage()));
        }
    }

    private void page(HttpExchange ex, String rawQuery) throws IOException {
        QueryParams params;
        try {
            params = QueryParams.parse(rawQuery, PARAMS);
        } catch (IllegalArgumentException e) {
            send(ex, 400, "text/html", pages.render(new SearchPage(QueryParams.parse(null, PARAMS), null, e.getMessage())));
            return;
        }
        try {
            send(ex, 200, "text/html", pages.render(new SearchPage(params, search(params).result(), null)));
        } catch (IllegalArgumentException e) {
            send(ex, 400, "text/html", pages.render(new SearchPage(params, null, e.getMessage())));
        }
    }

    /**
     * Runs the search a request asks for, with facets: at most {@value #MAX_LIMIT} events, after the page the
     * {@code after} token names (the {@code next} of the page before). A bad parameter is an IllegalArgumentException
     * with its message.
     */
    private Answer search(QueryParams p) throws IOException {
        maybeRefresh();
        String limit = p.first("limit");
        int n;
        try {
            n = limit == null || limit.isBlank() ? DEFAULT_LIMIT : Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("limit must be a number, was '" + limit + "'", e);
        }
        if (n < 1 || n > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + n);
        }
        List<String> actors = p.all("actor").stream().filter(a -> !a.isBlank()).toList();
        TypedSearch.Read read = new TypedSearch(actors, p.first("type"), p.first("mode"), p.first("place"),
                p.first("country"), p.first("from"), p.first("to"), p.first("q"), p.first("sort"), n)
                .read(LocalDate.now(ZoneOffset.UTC));
        searcher.checkActors(read.query().actors());
        return new Answer(searcher.search(read.query(), true, p.first("after")), read);
    }

    /** What a search found and how its typed dates were read. */
    private record Answer(SearchResult result, TypedSearch.Read read) {
        /** The API's JSON: the result, and the days the typed dates stood for with the words to show back. */
        String json() throws IOException {
            ObjectNode root = (ObjectNode) JSON.readTree(SearchResultJson.toJson(result));
            if (!read.echo().isEmpty()) {
                ObjectNode dates = root.putObject("dates");
                dates.put("from", read.query().from() == null ? null : read.query().from().toString());
                dates.put("to", read.query().to() == null ? null : read.query().to().toString());
                dates.put("said", read.echo());
            }
            return JSON.writeValueAsString(root);
        }
    }

    /** Picks up a newer commit of the index, at most once a second, so an index run shows without a restart. */
    private void maybeRefresh() throws IOException {
        long last = lastRefresh.get();
        long now = System.nanoTime();
        if (now - last > REFRESH_EVERY_NANOS && lastRefresh.compareAndSet(last, now)) {
            if (searcher.refresh() && site != null) {
                site.rerender();
            }
        }
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        send(ex, status, type, body.getBytes(StandardCharsets.UTF_8), API_POLICY);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] bytes, String policy) throws IOException {
        Headers h = ex.getResponseHeaders();
        h.set("Content-Type", type + "; charset=utf-8");
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Content-Security-Policy", policy);
        h.set("Referrer-Policy", "no-referrer");
        h.set("Cache-Control", "no-store");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : bytes.length == 0 ? -1 : bytes.length);
        if (!head && bytes.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** Stops accepting, lets requests under way finish for up to a second, and stops the pool. */
    @Override
    public void close() {
        server.stop(1);
        pool.shutdownNow();
    }
}
