package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.index.EventSearcher;
import org.parley.index.Fixtures;
import org.parley.index.LuceneEventIndex;
import org.parley.model.Event;
import org.parley.model.EventType;

/** The API gives at most {@link EventServer#MAX_LIMIT} events a request and a token for the next page. */
class ApiPagingTest {
    private static final int EVENTS = 27;

    @TempDir
    static Path dir;
    static EventSearcher searcher;
    static EventServer server;
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws IOException {
        try (LuceneEventIndex index = LuceneEventIndex.open(dir, Fixtures.BY_ID)) {
            List<Event> events = new ArrayList<>();
            for (int i = 0; i < EVENTS; i++) {
                events.add(Fixtures.event("call-" + i, EventType.CALL, Fixtures.day("2024-01-" + (10 + i % 3)), null, "a1",
                        "Call " + i + ".", Fixtures.SULLIVAN, Fixtures.USHAKOV));
            }
            index.putArticle(Fixtures.articleEvents(Fixtures.article("a1", "Calls."), events));
            index.commit();
        }
        searcher = EventSearcher.open(dir);
        server = EventServer.start(searcher, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new ThymeleafSearchPageRenderer());
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        searcher.close();
    }

    private static HttpResponse<String> get(String query) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(server.uri().resolve("/api/events?" + query))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theNextTokensWalkEveryEventOnce() throws Exception {
        List<String> ids = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            HttpResponse<String> r = get("actor=Sullivan&limit=10"
                    + (next == null ? "" : "&after=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
            assertEquals(200, r.statusCode(), r.body());
            JsonNode body = new ObjectMapper().readTree(r.body());
            assertEquals(EVENTS, body.get("total").asInt());
            body.get("events").forEach(e -> ids.add(e.get("id").asText()));
            next = body.hasNonNull("next") ? body.get("next").asText() : null;
            pages++;
        } while (next != null);
        assertEquals(3, pages);
        assertEquals(searcher.allEvents().stream().map(Event::id).toList(), ids);
    }

    @Test
    void aBadTokenIsABadRequestWithAMessage() throws Exception {
        HttpResponse<String> r = get("after=made-up");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("page token"), r.body());
    }

    @Test
    void aLimitAboveTheCeilingIsABadRequest() throws Exception {
        HttpResponse<String> r = get("limit=" + (EventServer.MAX_LIMIT + 1));
        assertEquals(400, r.statusCode());
        assertFalse(r.body().contains("\"events\""), r.body());
    }
}
