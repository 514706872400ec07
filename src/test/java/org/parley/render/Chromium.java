package org.parley.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Debian Chromium for one browser test, and the chromedriver service that drives it; the test is
 * skipped, with the reason printed, where either is not installed.
 */
public record Chromium(ChromeDriverService service, WebDriver driver) implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    /** Starts Chromium with its profile in {@code profile}; skips the calling test when it is not installed. */
    public static Chromium open(Path profile) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(BINARY) && Files.isExecutable(DRIVER),
                "Chromium or chromedriver not found at " + BINARY + " / " + DRIVER
                        + " (apt-get install chromium chromium-driver): skipping the browser test");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--hide-scrollbars", "--user-data-dir=" + Files.createDirectories(profile));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new Chromium(service, new ChromeDriver(service, options));
    }

    @Override
    public void close() {
        driver.quit();
        service.stop();
    }
}
