package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.index.EventSearcher;
import org.parley.index.Fixtures;
import org.parley.render.SiteOptions;

/** Rendering the site again never takes a page away from a request that is reading it. */
class RenderedSiteSwapTest {
    private static final List<String> PAGES = List.of("/site/index.html", "/site/parley.css", "/site/events.csv",
            "/site/search.html");

    @TempDir
    Path dir;

    @Test
    void requestsDuringRerendersAllFindTheirFiles() throws Exception {
        Fixtures.indexCallAndMeeting(dir, "Intermediaries met in Türkiye.");
        try (EventSearcher searcher = EventSearcher.open(dir);
             RenderedSite site = new RenderedSite(searcher, SiteOptions.defaults());
             EventServer server = EventServer.start(searcher, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                     new ThymeleafSearchPageRenderer(), site)) {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            AtomicBoolean rendering = new AtomicBoolean(true);
            AtomicInteger served = new AtomicInteger();
            Map<String, Integer> failures = new ConcurrentHashMap<>();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> readers = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    int first = t;
                    readers.add(pool.submit(() -> {
                        for (int i = first; rendering.get(); i++) {
                            String page = PAGES.get(i % PAGES.size());
                            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(server.uri().resolve(page))
                                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
                            if (r.statusCode() != 200 || r.body().length == 0) {
                                failures.merge(page + " " + r.statusCode(), 1, Integer::sum);
                            }
                            served.incrementAndGet();
                        }
                        return null;
                    }));
                }
                for (int i = 0; i < 8; i++) {
                    site.rerender();
                }
                rendering.set(false);
                for (Future<?> f : readers) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(Map.of(), failures, "of " + served.get() + " requests");
            assertTrue(served.get() > 8, "requests ran while the site was rendered: " + served.get());
        }
    }

    /** Waits inside a {@link RenderedSite.SiteFileReader}, which may throw only IOException. */
    private static void await(CountDownLatch latch) throws InterruptedIOException {
        try {
            assertTrue(latch.await(60, TimeUnit.SECONDS), "timed out");
        } catch (InterruptedException e) {
            throw new InterruptedIOException("interrupted");
        }
    }

    @Test
    void aRequestStillReadingKeepsTheOldSiteUntilItIsDone() throws Exception {
        Fixtures.indexCallAndMeeting(dir, "Intermediaries met in Türkiye.");
        try (EventSearcher searcher = EventSearcher.open(dir);
             RenderedSite site = new RenderedSite(searcher, SiteOptions.defaults())) {
            Path old = site.root();
            CountDownLatch reading = new CountDownLatch(1);
            CountDownLatch swapped = new CountDownLatch(1);
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<Optional<byte[]>> slow = pool.submit(() -> site.read("parley.css", file -> {
                    reading.countDown();
                    await(swapped);
                    return Files.readAllBytes(file); // after the swap, from the old folder
                }));
                assertTrue(reading.await(60, TimeUnit.SECONDS));
                site.rerender();
                assertNotEquals(old, site.root());
                assertTrue(Files.isDirectory(old), "the old site stays while a request reads it");
                swapped.countDown();
                assertTrue(slow.get().orElseThrow().length > 0);
                assertFalse(Files.exists(old), "and goes when that request is done");
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void theOldSiteIsDeletedOnceNoRequestReadsItAndTheLastOneOnClose() throws Exception {
        Fixtures.indexCallAndMeeting(dir, "Intermediaries met in Türkiye.");
        try (EventSearcher searcher = EventSearcher.open(dir)) {
            RenderedSite site = new RenderedSite(searcher, SiteOptions.defaults());
            Path first = site.root();
            assertTrue(site.read("index.html").isPresent());
            site.rerender();
            Path second = site.root();
            assertFalse(Files.exists(first), "the first site is gone: " + first);
            assertTrue(Files.isDirectory(second));
            assertTrue(site.read("index.html").isPresent());
            site.close();
            assertFalse(Files.exists(second), "closing deletes the last site: " + second);
            assertTrue(site.read("index.html").isEmpty(), "a closed site serves nothing");
        }
    }
}
