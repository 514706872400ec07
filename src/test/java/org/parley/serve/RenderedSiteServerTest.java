package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.index.EventSearcher;
import org.parley.index.Fixtures;
import org.parley.render.SiteOptions;

/** The timeline site served live: the same pages {@code render} writes, and nothing else on disk. */
class RenderedSiteServerTest {
    @TempDir
    static Path dir;
    static EventSearcher searcher;
    static RenderedSite site;
    static EventServer server;
    static HttpClient client;

    @BeforeAll
    static void start() throws IOException {
        Fixtures.indexCallAndMeeting(dir, "Intermediaries met in Türkiye <script>alert('x')</script>.");
        searcher = EventSearcher.open(dir);
        site = new RenderedSite(searcher, SiteOptions.defaults());
        server = EventServer.start(searcher, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new ThymeleafSearchPageRenderer(), site);
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        site.close();
        searcher.close();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(30)).build();
        return client.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void theRootLeadsToTheTimeline() throws Exception {
        HttpResponse<String> r = get("/");
        assertEquals(302, r.statusCode());
        assertEquals("/site/index.html", r.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void theTimelineAndItsAssetsAreServedWithTheirTypes() throws Exception {
        HttpResponse<String> page = get("/site/index.html");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(page.body().contains("<time"), "the timeline page carries its dates");
        assertTrue(!page.body().contains("<script>alert"), "article text is escaped");
        HttpResponse<String> css = get("/site/parley.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElseThrow().startsWith("text/css"));
    }

    @Test
    void pathsThatLeaveTheSiteAreNotFound() throws Exception {
        assertEquals(404, get("/site/../../etc/passwd").statusCode());
        assertEquals(404, get("/site/%2e%2e/%2e%2e/etc/passwd").statusCode());
        assertEquals(404, get("/site/no-such-page.html").statusCode());
        assertEquals(404, get("/site/actors").statusCode(), "a folder is not a file");
        assertTrue(raw("GET /site/../../../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n").matches("HTTP/1.1 (400|404).*"));
    }

    /** Sends a request without a client's path normalisation and returns the status line. */
    static String raw(String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.uri().getPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(s.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1)
                    + new String(s.getInputStream().readNBytes(4), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void theSearchIsTheSitesOwnSearchPage() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpResponse<String> r = client.send(java.net.http.HttpRequest.newBuilder(
                server.uri().resolve("/search?actor=Sullivan")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        org.junit.jupiter.api.Assertions.assertEquals(302, r.statusCode());
        org.junit.jupiter.api.Assertions.assertEquals("/site/search.html?actor=Sullivan", r.headers().firstValue("Location").orElse(""));
    }

    /**
     * One search: the served page is the site's own, fed by the API, so an actor's alias, a date typed as people
     * say it and the words all reach Lucene, and the rows shown are the site's rows with their links.
     */
    @Test
    void theServedSearchPageIsFedByTheApi(@TempDir Path profile) throws Exception {
        try (org.parley.render.Chromium chromium = org.parley.render.Chromium.open(profile)) {
            org.openqa.selenium.WebDriver browser = chromium.driver();
            browser.get(server.uri().resolve("/search?actor=mr.%20sullivan&from=since%20November%202023").toString());
            new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10)).until(b ->
                    "served".equals(b.findElement(org.openqa.selenium.By.tagName("html")).getDomAttribute("data-search"))
                            && b.findElement(org.openqa.selenium.By.id("dates")).getText().contains("since November 2023"));
            java.util.List<String> shown = browser.findElements(org.openqa.selenium.By.cssSelector("#results li.ev")).stream()
                    .filter(org.openqa.selenium.WebElement::isDisplayed)
                    .map(li -> li.findElement(org.openqa.selenium.By.cssSelector("a.h")).getText()).toList();
            assertEquals(java.util.List.of("Jake Sullivan phoned Yury Ushakov"), shown);
            assertTrue(browser.findElement(org.openqa.selenium.By.id("dates")).getText()
                    .startsWith("Dates from 1 November 2023 (\"since November 2023\"), counted from "));
            assertTrue(browser.findElements(org.openqa.selenium.By.cssSelector("header.site nav a")).size() > 3,
                    "the site's navigation");
            assertTrue(browser.findElement(org.openqa.selenium.By.id("facets")).getText().contains("CALL 1"));
        }
    }
}
