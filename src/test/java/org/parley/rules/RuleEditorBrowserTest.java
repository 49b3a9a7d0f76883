package org.parley.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.articles.ArticleService;
import org.parley.captcha.CaptchaService;
import org.parley.security.AccountService;
import org.parley.support.Browser;
import org.parley.support.Staff;
import org.parley.support.TestArticles;
import org.parley.support.TestComments;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 5's story in a real browser: an admin adds a term, is warned about a published comment it would hit, runs
 * the back-test, applies, sees the new hit on the test bench, and restores the previous version.
 */
@QuarkusTest
class RuleEditorBrowserTest {

    @TestHTTPResource("/")
    URL site;

    @Inject
    ArticleService articles;

    @Inject
    CaptchaService captcha;

    @Inject
    AccountService accounts;

    ChromeDriver browser;
    long startVersion;

    @BeforeEach
    void openBrowser() {
        Staff.exist(accounts);
        startVersion = RuleEditorResourceTest.latestVersion();
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowserAndRestore() {
        if (browser != null) {
            browser.quit();
        }
        if (RuleEditorResourceTest.latestVersion() != startVersion) {
            Staff.admin().post("/api/rules/versions/" + startVersion + "/restore").then().statusCode(201);
        }
    }

    @Test
    void anAdminAddsATermIsWarnedBackTestsAppliesSeesTheHitAndRestores() {
        String term = RuleEditorResourceTest.word();
        String published = "An earlier remark about " + term + " that a moderator let stand.";
        TestComments.published(captcha, TestArticles.fresh(articles), "Earlier reader", published);

        Browser.logIn(browser, site, Staff.ADMIN, Staff.ADMIN_PASSWORD);
        waitFor(By.cssSelector(".mod-masthead"));

        browser.get(site + "admin/rules");
        browser.findElement(By.linkText("New term list")).click();
        browser.findElement(By.name("name")).sendKeys("browser-" + term);
        browser.findElement(By.name("terms")).sendKeys(term);
        browser.findElement(By.name("examplesMatch")).sendKeys("such " + term);
        browser.findElement(By.cssSelector("button[value=save]")).click();

        WebElement warning = waitFor(By.cssSelector(".adm-warning"));
        assertTrue(warning.getText().contains("1 published comment"), warning.getText());
        assertTrue(warning.getText().contains(published));
        assertEquals(term, browser.findElement(By.name("terms")).getAttribute("value"), "the input is kept");

        browser.findElement(By.cssSelector("button[value=backtest]")).click();
        waitFor(By.cssSelector(".adm-backtest-state a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Done:"));
        browser.findElement(By.linkText("Back to the draft")).click();

        waitFor(By.cssSelector(".adm-warning"));
        browser.findElement(By.cssSelector("button[value=confirm]")).click();
        WebElement saved = waitFor(By.cssSelector(".mod-notice-success"));
        assertTrue(saved.getText().contains("Saved the rule browser-" + term), saved.getText());

        browser.get(site + "admin/test-bench");
        browser.findElement(By.name("text")).sendKeys("Now " + term + " is held.");
        browser.findElement(By.cssSelector(".bench-form button[type=submit]")).click();
        WebElement mark = waitFor(By.cssSelector(".bench-text mark.hit"));
        assertEquals(term, mark.getText());
        assertTrue(mark.getAttribute("title").contains("browser-" + term), mark.getAttribute("title"));

        browser.get(site + "admin/rules/versions?compare=" + startVersion);
        assertTrue(waitFor(By.cssSelector(".adm-diff")).getText().contains("browser-" + term));
        browser.findElement(By.name("confirm")).click();
        browser.findElement(By.cssSelector(".adm-restore button[type=submit]")).click();
        assertTrue(waitFor(By.cssSelector(".mod-notice-success")).getText().contains("Restored"));
        Staff.admin().get("/api/rules").then().body("name",
                org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("browser-" + term)));
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }
}
