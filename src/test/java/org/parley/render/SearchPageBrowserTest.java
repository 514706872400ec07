package org.parley.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.model.Event;

/** The search page in a real browser, opened from disk as a reader would: filtering by an actor shows exactly their events. */
class SearchPageBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path tmp;

    @Test
    void filteringByAnActorShowsExactlyThatActorsEvents() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Chromium or chromedriver not found at " + CHROMIUM + " / " + DRIVER
                        + " (apt-get install chromium chromium-driver): skipping the browser test of the search page");
        Path out = tmp.resolve("out");
        new ThymeleafSiteRenderer(SiteOptions.defaults()).render(Fixtures.events(), Fixtures.articles(), out);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createDirectories(tmp.resolve("profile")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        try {
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
        } finally {
            browser.quit();
            service.stop();
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
