package org.parley.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for browser tests, from Debian's chromium and chromium-driver packages. Selenium is handed
 * the driver binary directly so that Selenium Manager never tries to download one (SE_OFFLINE is set in the
 * POM too). Tests skip, saying why, on a machine without the packages; CI installs them.
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    public static ChromeDriver start() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "browser test skipped: install Debian's chromium and chromium-driver (see .ci/run)");
        System.setProperty("SE_OFFLINE", "true");
        Path profile;
        try {
            profile = Files.createTempDirectory("parley-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Tests run as root in CI, which Chromium's sandbox refuses; the page under test is our own.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1200,1600", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Logs in on the site's login page, as a moderator or admin does. */
    public static void logIn(ChromeDriver driver, URL site, String name, String password) {
        driver.get(site + "login");
        driver.findElement(By.name("j_username")).sendKeys(name);
        driver.findElement(By.name("j_password")).sendKeys(password);
        driver.findElement(By.name("j_password")).submit();
    }

    /** Saves what the browser shows as target/screenshots/{name} (the pictures in docs/screenshots come from there). */
    public static void screenshot(ChromeDriver driver, String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
