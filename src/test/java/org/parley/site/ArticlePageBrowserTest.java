package org.parley.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.captcha.CaptchaService;
import org.parley.comments.CommentQueueService;
import org.parley.support.Browser;
import org.parley.support.Captchas;
import org.parley.support.TestArticles;
import org.parley.support.TestComments;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A reader in a real browser: reads an article, gets the captcha wrong, then posts. */
@QuarkusTest
class ArticlePageBrowserTest {

    @TestHTTPResource("/")
    URL site;

    @Inject
    ArticleService articles;

    @Inject
    CaptchaService captcha;

    @Inject
    CommentQueueService queue;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aReaderGetsTheCaptchaWrongKeepsTheTextThenPostsSuccessfully() throws Exception {
        ArticleView article = TestArticles.fresh(articles);
        browser.get(site + article.path().substring(1));
        assertTrue(browser.findElement(By.cssSelector("h1.headline")).getText().startsWith("Test article"));
        assertEquals("No comments.", browser.findElement(By.cssSelector(".no-comments")).getText());
        WebElement image = browser.findElement(By.cssSelector("img.captcha-image"));
        assertTrue((Boolean) browser.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", image),
                "the captcha image loads");

        browser.findElement(By.id("userName")).sendKeys("Browser reader");
        browser.findElement(By.id("text")).sendKeys("Schools deserve this budget.\nHospitals too.");
        browser.findElement(By.id("captchaAnswer")).sendKeys("not the words");
        browser.findElement(By.cssSelector("button.submit")).click();

        assertEquals("The words you typed do not match the image. Please try the new image.",
                waitFor(By.id("captchaAnswer-error")).getText());
        assertEquals("Schools deserve this budget.\nHospitals too.",
                browser.findElement(By.id("text")).getAttribute("value"));
        assertEquals("Browser reader", browser.findElement(By.id("userName")).getAttribute("value"));
        assertEquals("", browser.findElement(By.id("captchaAnswer")).getAttribute("value"),
                "the old answer is never echoed back");

        String token = browser.findElement(By.name("captchaToken")).getAttribute("value");
        browser.findElement(By.id("captchaAnswer")).sendKeys(Captchas.answer(captcha, token));
        browser.findElement(By.cssSelector("button.submit")).click();

        assertEquals("Thank you: your comment is published.", waitFor(By.cssSelector(".notice-success")).getText());
        WebElement comment = browser.findElement(By.cssSelector(".comment"));
        assertTrue(comment.getText().contains("Browser reader"));
        assertTrue(comment.getText().contains("Schools deserve this budget.\nHospitals too."), comment.getText());
        assertTrue(browser.findElement(By.cssSelector("#comments-title")).getText().contains("1 Comment(s)"));
        Browser.screenshot(browser, "article-page-after-post.png");
    }

    @Test
    void anEmptyNameLandsTheReaderOnTheFormWithTheFirstErrorFocusedInViewUnderTheArticlesOwnAddress() {
        ArticleView article = TestArticles.fresh(articles);
        browser.get(site + article.path().substring(1));
        browser.findElement(By.id("text")).sendKeys("A view on the budget, without a name.");
        browser.findElement(By.cssSelector("button.submit")).click();

        WebElement summary = waitFor(By.cssSelector(".error-summary"));
        assertTrue(summary.getText().contains("name"), summary.getText());
        assertEquals("userName", focused("userName"), "the first error has focus");
        assertTrue(inViewport(browser.findElement(By.id("userName"))), "the first error is in view");
        assertTrue(inViewport(summary), "the summary is in view");
        assertEquals(site + article.path().substring(1) + "#add-comment", browser.getCurrentUrl(),
                "the address is the article's, not the post's");
        assertEquals("A view on the budget, without a name.", browser.findElement(By.id("text")).getAttribute("value"));

        browser.navigate().refresh();
        assertTrue(browser.findElements(By.cssSelector(".error-summary")).isEmpty(), "a reload reads, not posts");
    }

    @Test
    void aCommentThatIsNotPublishedStaysInTheBoxToBeChangedAndSentAgain() {
        ArticleView article = TestArticles.fresh(articles);
        browser.get(site + article.path().substring(1));
        String text = "You stupid idiot, shut up and go kill yourself.";
        browser.findElement(By.id("userName")).sendKeys("Angry reader");
        browser.findElement(By.id("text")).sendKeys(text);
        String token = browser.findElement(By.name("captchaToken")).getAttribute("value");
        browser.findElement(By.id("captchaAnswer")).sendKeys(Captchas.answer(captcha, token));
        browser.findElement(By.cssSelector("button.submit")).click();

        WebElement notice = waitFor(By.cssSelector(".notice-warning"));
        assertTrue(notice.getText().contains("not published because it looks abusive"), notice.getText());
        assertEquals(text, browser.findElement(By.id("text")).getAttribute("value"));
        assertEquals("text", focused("text"), "the cursor is in the text");
        assertTrue(inViewport(notice), "the reason is in view");
        assertEquals(site + article.path().substring(1) + "#add-comment", browser.getCurrentUrl());
    }

    /** The focused element's id once the page's script has run (or whatever has the focus after 5 s). */
    private Object focused(String expected) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(5))
                    .until(d -> expected.equals(browser.executeScript("return document.activeElement.id")));
        } catch (TimeoutException e) {
            // reported by the caller's assertion
        }
        return browser.executeScript("return document.activeElement.id");
    }

    private boolean inViewport(WebElement element) {
        return (Boolean) browser.executeScript("var r = arguments[0].getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight;", element);
    }

    @Test
    void fontSizeButtonsChangeTheStoryAndAreRemembered() {
        browser.get(site + "articles/us-to-withdraw-troops-from-iraq");
        WebElement body = browser.findElement(By.cssSelector(".story-body"));
        String before = body.getCssValue("font-size");
        browser.findElement(By.cssSelector("[data-font=larger]")).click();
        String after = body.getCssValue("font-size");
        assertNotEquals(before, after);
        browser.navigate().refresh();
        assertEquals(after, browser.findElement(By.cssSelector(".story-body")).getCssValue("font-size"));
        browser.findElement(By.cssSelector("[data-font=smaller]")).click();
        assertEquals(before, browser.findElement(By.cssSelector(".story-body")).getCssValue("font-size"));
    }

    @Test
    void scriptInACommentNeverRunsInTheBrowser() {
        ArticleView article = TestArticles.fresh(articles);
        browser.get(site + article.path().substring(1));
        browser.findElement(By.id("userName")).sendKeys("<img src=x onerror=window.pwned=1>");
        browser.findElement(By.id("text")).sendKeys("<script>window.pwned=1</script>");
        String token = browser.findElement(By.name("captchaToken")).getAttribute("value");
        browser.findElement(By.id("captchaAnswer")).sendKeys(Captchas.answer(captcha, token));
        browser.findElement(By.cssSelector("button.submit")).click();
        assertTrue(waitFor(By.cssSelector(".comment")).getText().contains("<script>window.pwned=1</script>"));
        assertFalse(Boolean.TRUE.equals(browser.executeScript("return window.pwned === 1")));
    }

    @Test
    void aReaderReportsACommentFromThePage() {
        ArticleView article = TestArticles.fresh(articles);
        long id = TestComments.published(captcha, article, "Seller", "Cheap watches, and also the school budget.");
        browser.get(site + article.path().substring(1));
        browser.findElement(By.cssSelector("#comment-" + id + " .report-link")).click();

        assertEquals("Report a comment", waitFor(By.id("report-title")).getText());
        assertTrue(browser.findElement(By.cssSelector(".reported-text")).getText().contains("Cheap watches"));
        WebElement radio = browser.findElement(By.id("reason-spam"));
        WebElement label = browser.findElement(By.cssSelector("label[for=reason-spam]"));
        assertTrue(Math.abs(radio.getRect().getY() + radio.getRect().getHeight() / 2
                - label.getRect().getY() - label.getRect().getHeight() / 2) < 8, "the button sits on its label's line");
        assertTrue(radio.getRect().getX() < label.getRect().getX(), "the button comes first");
        label.click();
        browser.findElement(By.id("note")).sendKeys("Selling watches");
        browser.findElement(By.cssSelector("#report-form button.submit")).click();

        assertEquals("Thank you. A moderator will look at this comment.",
                waitFor(By.cssSelector(".notice-success")).getText());
        assertTrue(browser.getCurrentUrl().contains(article.path()), browser.getCurrentUrl());
        assertEquals(1, queue.find(id).reportCount());
    }

    /** After a click that submits, the old page can still be there for a moment. */
    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(locator));
    }

}
