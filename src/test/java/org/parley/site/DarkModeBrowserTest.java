package org.parley.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.parley.security.AccountService;
import org.parley.support.Browser;
import org.parley.support.Staff;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A reader and a moderator whose system asks for dark colours get them, and the captcha still reads. */
@QuarkusTest
class DarkModeBrowserTest {

    @TestHTTPResource("/")
    URL site;

    @Inject
    AccountService accounts;

    ChromeDriver browser;

    @BeforeEach
    void openADarkBrowser() {
        browser = Browser.start();
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theArticlePageIsLightOnDarkWithTheCaptchaOnItsOwnLightGround() {
        browser.get(site + "articles/us-to-withdraw-troops-from-iraq");
        assertLightOnDark(browser.findElement(By.tagName("body")));
        WebElement captcha = browser.findElement(By.cssSelector("img.captcha-image"));
        assertTrue((Boolean) browser.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0",
                captcha), "the captcha image loads");
        assertTrue(luminance(captcha.getCssValue("border-top-color")) > 0.9, "the image sits on a light frame");
        assertLightOnDark(browser.findElement(By.id("text")));
    }

    @Test
    void theModerationQueueIsLightOnDarkToo() {
        Staff.exist(accounts);
        Browser.logIn(browser, site, Staff.MODERATOR, Staff.PASSWORD);
        browser.get(site + "moderation");
        assertLightOnDark(browser.findElement(By.tagName("body")));
        for (WebElement card : browser.findElements(By.cssSelector(".mod-card"))) {
            assertLightOnDark(card);
        }
    }

    private void assertLightOnDark(WebElement element) {
        String ground = (String) browser.executeScript("""
                for (let e = arguments[0]; e; e = e.parentElement) {
                  const c = getComputedStyle(e).backgroundColor;
                  if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') { return c; }
                }
                return 'rgb(255, 255, 255)';""", element);
        String ink = element.getCssValue("color");
        assertTrue(luminance(ground) < 0.1, element.getTagName() + " on a dark ground: " + ground);
        assertTrue(luminance(ink) > 0.6, element.getTagName() + " in light ink: " + ink);
    }

    /** Relative luminance (WCAG) of a CSS rgb()/rgba() colour. */
    private static double luminance(String css) {
        String[] parts = css.replaceAll("[^0-9.,]", "").split(",");
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Double.parseDouble(parts[i]) / 255;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
