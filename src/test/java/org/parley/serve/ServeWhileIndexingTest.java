package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.index.EventSearcher;
import org.parley.index.Fixtures;
import org.parley.index.LuceneEventIndex;
import org.parley.model.EventType;

/** {@code serve} on an index that a run is writing: each commit shows, no request fails, and nothing goes back. */
class ServeWhileIndexingTest {
    private static final int ARTICLES = 12;

    @TempDir
    Path dir;

    @Test
    void eachCommitOfARunningIndexRunShowsWithoutAnError() throws Exception {
        try (LuceneEventIndex index = LuceneEventIndex.open(dir, Fixtures.BY_ID)) {
            put(index, 0);
            index.commit();
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try (EventSearcher searcher = EventSearcher.open(dir);
             EventServer server = EventServer.start(searcher, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                     new ThymeleafSearchPageRenderer())) {
            CompletableFuture<Void> run = CompletableFuture.runAsync(() -> {
                try (LuceneEventIndex index = LuceneEventIndex.open(dir, Fixtures.BY_ID)) {
                    for (int i = 1; i < ARTICLES; i++) {
                        put(index, i);
                        if (i % 2 == 0 || i == ARTICLES - 1) {
                            index.commit();
                            Thread.sleep(300);
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            TreeSet<Long> seen = new TreeSet<>();
            long last = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (last < ARTICLES && System.nanoTime() < deadline) {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(server.uri().resolve("/api/events?limit=100"))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), r.body());
                JsonNode body = new ObjectMapper().readTree(r.body());
                long total = body.get("total").asLong();
                assertTrue(total >= last, "the events never go back: " + total + " after " + last);
                assertEquals(total, body.get("events").size(), "the page holds what the total says");
                last = total;
                seen.add(total);
                Thread.sleep(50);
            }
            run.get(30, TimeUnit.SECONDS);
            assertEquals(ARTICLES, last, "the last commit shows");
            assertTrue(seen.size() >= 3, "commits showed one after another, not only the last: " + seen);
        }
    }

    private static void put(LuceneEventIndex index, int i) throws java.io.IOException {
        String id = "live" + i;
        index.putArticle(Fixtures.articleEvents(Fixtures.article(id, "Body of " + id), List.of(
                Fixtures.event("call-" + id, EventType.CALL, Fixtures.day("2024-01-" + (10 + i)), null, id,
                        "They spoke, report " + i + ".", Fixtures.SULLIVAN, Fixtures.USHAKOV))));
    }
}
