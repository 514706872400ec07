package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.index.EventSearcher;
import org.parley.index.Fixtures;

class EventServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static EventSearcher searcher;
    static EventServer server;
    static HttpClient client;

    @BeforeAll
    static void start() throws IOException {
        Fixtures.indexCallAndMeeting(dir, "Intermediaries met in Türkiye <script>alert('x')</script>.");
        searcher = EventSearcher.open(dir);
        server = EventServer.start(searcher, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new ThymeleafSearchPageRenderer());
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        searcher.close();
    }

    static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(server.uri().resolve(pathAndQuery)).timeout(Duration.ofSeconds(30)).build();
        return client.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Sends raw bytes, as a client that does not follow the rules would, and returns the status line. */
    static String raw(String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.uri().getPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            String answer = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
            return answer;
        }
    }

    @Test
    void listensOnLoopback() {
        assertEquals("127.0.0.1", server.uri().getHost());
    }

    @Test
    void theApiReturnsEventsInTheDesignJsonWithFacets() throws Exception {
        HttpResponse<String> r = get("/api/events?actor=mr.%20sullivan&limit=5");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = JSON.readTree(r.body());
        assertEquals(1, body.path("total").asInt());
        JsonNode call = body.path("events").get(0);
        assertEquals("CALL", call.path("type").asText());
        assertEquals("041", call.path("cameo").asText());
        assertEquals("2024-01-01", call.path("date").path("earliest").asText());
        assertEquals("Yury Ushakov", body.path("facets").path("actor").get(0).path("label").asText());
    }

    @Test
    void overlappingDatesAndPlacesFilter() throws Exception {
        JsonNode body = JSON.readTree(get("/api/events?from=2023-11&place=t%C3%BCrkiye").body());
        assertEquals(1, body.path("total").asInt());
        assertEquals("meet-turkiye", body.path("events").get(0).path("id").asText());
    }

    @Test
    void typedDatesAndCountryNamesAreReadAndTheDatesSaidBack() throws Exception {
        JsonNode body = JSON.readTree(get("/api/events?from=" + java.net.URLEncoder.encode("late 2023", StandardCharsets.UTF_8)
                + "&to=2023&country=Russia").body());
        assertEquals(1, body.path("total").asInt(), body.toString());
        assertEquals("2023-09-01", body.path("dates").path("from").asText());
        assertEquals("2023-12-31", body.path("dates").path("to").asText());
        assertTrue(body.path("dates").path("said").asText().startsWith("from 1 September 2023 (\"late 2023\") to 31 December 2023"),
                body.toString());
        assertEquals(400, get("/api/events?from=whenever").statusCode());
    }

    @Test
    void badParametersGet400WithAMessage() throws Exception {
        for (String q : List.of("type=MEETING", "from=2024-13-01", "from=2024-03&to=2024-02", "limit=0", "limit=ten",
                "limit=100000", "colour=red", "actor=Sulivan", "mode=maybe")) {
            HttpResponse<String> r = get("/api/events?" + q);
            assertEquals(400, r.statusCode(), q);
            assertFalse(JSON.readTree(r.body()).path("error").asText().isBlank(), q);
        }
        assertTrue(get("/api/events?actor=Sulivan").body().contains("did you mean Jake Sullivan?"));
        assertEquals(400, get("/search?from=2024-13-01").statusCode());
        assertEquals("HTTP/1.1 400", raw("GET /api/events?actor=%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
        assertEquals("HTTP/1.1 400", raw("GET /api/events?actor=%e2%82 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
    }

    @Test
    void unknownPathsGet404AndNoFileIsEverServed() throws Exception {
        for (String p : List.of("/nope", "/api/events/x", "/search/", "/templates/serve/search.html", "/index.html")) {
            assertEquals(404, get(p).statusCode(), p);
        }
        assertEquals("HTTP/1.1 404", raw("GET /../../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
        assertEquals("HTTP/1.1 404", raw("GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
    }

    @Test
    void otherMethodsBodiesAndHugeQueriesAreRefused() throws Exception {
        HttpResponse<String> post = client.send(HttpRequest.newBuilder(server.uri().resolve("/api/events"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        assertEquals("HTTP/1.1 413", raw("GET /api/events HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello"));
        assertEquals(414, get("/api/events?q=" + "a".repeat(EventServer.MAX_QUERY_LENGTH)).statusCode());
    }

    @Test
    void theSearchPageEscapesWhatArticlesSayAndMarksMatches() throws Exception {
        HttpResponse<String> r = get("/search?q=met&type=MEET");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertFalse(html.contains("<script>alert"), "article text is escaped");
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertTrue(html.contains("<mark>met</mark>"), html);
        assertTrue(html.contains("<time datetime=\"2023\">late 2023</time>"), html);
        assertTrue(html.contains("href=\"/search?q=met&amp;type=MEET\""), "a shareable link to this search");
        assertTrue(r.headers().firstValue("Content-Security-Policy").isPresent());
    }

    @Test
    void theRootRedirectsToTheSearchPage() throws Exception {
        HttpResponse<String> r = get("/");
        assertEquals(302, r.statusCode());
        assertEquals("/search", r.headers().firstValue("Location").orElse(""));
    }

    @Test
    void staysUpUnderAHundredConcurrentClients() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(100);
        try {
            List<Callable<Integer>> work = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                String path = i % 2 == 0 ? "/api/events?actor=Sullivan&from=2024" : "/search?actor=Putin";
                work.add(() -> {
                    int ok = 0;
                    for (int k = 0; k < 5; k++) {
                        HttpResponse<String> r = get(path);
                        if (r.statusCode() == 200 && (r.body().contains("call-jan") || r.body().contains("Türkiye"))) {
                            ok++;
                        }
                    }
                    return ok;
                });
            }
            int ok = 0;
            for (Future<Integer> f : clients.invokeAll(work)) {
                ok += f.get();
            }
            assertEquals(500, ok);
            assertEquals(200, get("/api/events").statusCode(), "still up");
        } finally {
            clients.shutdownNow();
        }
    }
}
