package org.parley.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.model.Event;

/** The search page in a real browser, opened from disk as a reader would: filtering by an actor shows exactly their events. */
class SearchPageBrowserTest {
    @TempDir
    Path tmp;

    private Chromium open() throws IOException {
        return Chromium.open(tmp.resolve("profile"));
    }

    private Path site() throws IOException {
        Path out = tmp.resolve("out");
        new ThymeleafSiteRenderer(SiteOptions.defaults()).render(Fixtures.events(), Fixtures.articles(), out);
        return out;
    }

    /**
     * What the before and after screenshots of the timeline were looked at for, at desktop and phone width:
     * nothing wider than the window, each entry a headline with the sentence that proves it (trigger marked)
     * and its source under it, the colours of states apart from those of people, the date glyphs explained.
     * The screenshots are kept in target/screenshots/ to look at.
     */
    @Test
    void theTimelineReadsAtDesktopAndPhoneWidth() throws Exception {
        Path out = site();
        try (Chromium b = open()) {
            WebDriver browser = b.driver();
            for (int[] size : new int[][] {{1280, 900}, {390, 844}}) {
                browser.manage().window().setSize(new org.openqa.selenium.Dimension(size[0], size[1]));
                browser.get(out.resolve("index.html").toUri().toString());
                JavascriptExecutor js = (JavascriptExecutor) browser;
                long overflow = (Long) js.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertTrue(overflow <= 0, size[0] + " px: the page is " + overflow + " px wider than the window");
                List<WebElement> rows = browser.findElements(By.cssSelector("main li.ev"));
                assertFalse(rows.isEmpty());
                for (WebElement row : rows) {
                    WebElement headline = row.findElement(By.cssSelector("a.h"));
                    assertTrue(headline.isDisplayed() && !headline.getText().isBlank(), row.getText());
                    assertTrue(row.findElement(By.cssSelector("blockquote.q")).isDisplayed(), "a quote under " + headline.getText());
                    assertTrue(row.findElement(By.cssSelector("p.src")).isDisplayed(), "a source under " + headline.getText());
                    int below = row.findElement(By.cssSelector("blockquote.q")).getRect().getY();
                    assertTrue(below > headline.getRect().getY(), "the quote stands under the headline: " + headline.getText());
                }
                assertTrue(browser.findElements(By.cssSelector("main li.ev blockquote.q mark.trigger")).size() > 0);
                assertEquals(List.of("States", "People and bodies", "Dates"),
                        browser.findElements(By.cssSelector(".key .lh")).stream().map(WebElement::getText).toList());
                WebElement strip = browser.findElement(By.cssSelector(".strip svg"));
                assertTrue(strip.getRect().getWidth() <= size[0], "the strip fits the window at " + size[0] + " px");
                Path shot = Path.of("target", "screenshots", "timeline-" + size[0] + ".png");
                Files.createDirectories(shot.getParent());
                byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
                Files.write(shot, png);
                assertTrue(png.length > 10_000, "a screenshot with something on it: " + png.length + " bytes");

                browser.get(out.resolve("search.html").toUri() + "?actor=Russia");
                new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElement(By.id("facets")).getText().isBlank());
                long searchOverflow = (Long) js.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertTrue(searchOverflow <= 0, size[0] + " px: the search page is " + searchOverflow + " px too wide");
                Files.write(Path.of("target", "screenshots", "search-" + size[0] + ".png"),
                        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            }
        }
    }

    @Test
    void filteringByAnActorShowsExactlyThatActorsEvents() throws Exception {
        Path out = site();
        try (Chromium chromium = open()) {
            WebDriver browser = chromium.driver();
            String url = out.resolve("search.html").toUri().toString();
            browser.get(url);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
            assertEquals(Fixtures.events().size(), visibleEvents(browser).size(), "before filtering every event shows");

            new Select(browser.findElement(By.id("f-actor"))).selectByVisibleText("Russia");
            wait.until(b -> b.findElement(By.id("count")).getText().contains(" of "));
            assertEquals(eventsOf("russia"), visibleEvents(browser));
            assertTrue(browser.getCurrentUrl().endsWith("#actor=russia"), browser.getCurrentUrl());

            // The state lives in the URL: opening a shared link shows the same filtered view.
            browser.get(url + "#actor=jake-sullivan");
            browser.navigate().refresh();
            wait.until(b -> b.findElement(By.id("count")).getText().contains(" of "));
            assertEquals(eventsOf("jake-sullivan"), visibleEvents(browser));
            assertEquals("jake-sullivan", new Select(browser.findElement(By.id("f-actor"))).getFirstSelectedOption()
                    .getAttribute("value"));

            // A link may name the actor as people do, and dates may be written as the site writes them.
            browser.get(url + "?actor=Sullivan");
            wait.until(d -> d.findElement(By.id("count")).getText().contains(" of "));
            assertEquals(eventsOf("jake-sullivan"), visibleEvents(browser));
            browser.get(url + "#from=" + java.net.URLEncoder.encode("1 January 2024", java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20") + "&to=2024-01");
            browser.navigate().refresh();
            wait.until(d -> d.findElement(By.id("dates")).getText().contains("January"));
            assertEquals("Dates from 1 January 2024 to 31 January 2024.", browser.findElement(By.id("dates")).getText());
        }
    }

    private static Set<String> visibleEvents(WebDriver browser) {
        List<WebElement> rows = browser.findElements(By.cssSelector("#results li.ev"));
        return rows.stream().filter(WebElement::isDisplayed)
                .map(li -> li.findElement(By.cssSelector("a.h")).getDomAttribute("href"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> eventsOf(String actorId) {
        SiteModel site = new SiteModel(Fixtures.events(), Fixtures.articles());
        return site.eventsOf(actorId).stream().map(Event::id).map(id -> site.view(site.events().stream()
                .filter(e -> e.id().equals(id)).findFirst().orElseThrow()).href())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
