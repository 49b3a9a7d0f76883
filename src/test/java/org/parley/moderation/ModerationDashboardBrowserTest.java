package org.parley.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.captcha.CaptchaService;
import org.parley.comments.CommentQueueService;
import org.parley.comments.CommentService;
import org.parley.comments.CommentStatus;
import org.parley.comments.SubmissionOutcome;
import org.parley.moderation.bans.BanService;
import org.parley.security.Account;
import org.parley.security.AccountService;
import org.parley.security.Roles;
import org.parley.support.Browser;
import org.parley.support.Captchas;
import org.parley.support.Comments;
import org.parley.support.TestArticles;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * A reader's held comment, a moderator's keyboard and the reader's page again, in a real browser: the
 * dashboard's script, its keys and undo.
 */
@QuarkusTest
class ModerationDashboardBrowserTest {

    static final String MODERATOR = "browser-moderator";
    static final String PASSWORD = "browser-moderator-password";

    @TestHTTPResource("/")
    URL site;

    @Inject
    ArticleService articles;

    @Inject
    CommentService comments;

    @Inject
    CommentQueueService queue;

    @Inject
    CaptchaService captcha;

    @Inject
    AccountService accounts;

    @Inject
    BanService bans;

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
    void aModeratorLogsInApprovesAHeldCommentWithTheKeyboardAndRemovesAnotherWithUndo() throws Exception {
        aModeratorExists();
        Browser.logIn(browser, site, MODERATOR, PASSWORD);
        heldThenApprovedWithTheKeyboardThenRemovedAndUndone();
    }

    private void heldThenApprovedWithTheKeyboardThenRemovedAndUndone() throws Exception {
        ArticleView article = TestArticles.fresh(articles);
        String reader = "Held reader " + UUID.randomUUID().toString().substring(0, 6);

        // A reader's comment is held.
        browser.get(site + article.path().substring(1));
        browser.findElement(By.id("userName")).sendKeys(reader);
        String text = "The budget minister " + reader.substring(reader.length() - 6) + " is a retard.";
        browser.findElement(By.id("text")).sendKeys(text);
        String token = browser.findElement(By.name("captchaToken")).getAttribute("value");
        browser.findElement(By.id("captchaAnswer")).sendKeys(Captchas.answer(captcha, token));
        browser.findElement(By.cssSelector("button.submit")).click();
        waitFor(By.cssSelector(".notice-info"));
        assertEquals("No comments.", browser.findElement(By.cssSelector(".no-comments")).getText());

        // The moderator finds it in Pending with its reason marked, and approves it with "a".
        browser.get(site + "moderation?article=" + article.slug());
        WebElement card = waitFor(By.cssSelector(".mod-card"));
        // The reader's name is random letters and digits, which the filter may read as a word of its own.
        WebElement mark = card.findElements(By.cssSelector(".mod-text mark.hit")).stream()
                .filter(m -> m.getAttribute("title").contains("disability-slurs")).findFirst().orElseThrow();
        assertEquals("retard", mark.getText());
        assertTrue(card.getText().contains(reader));
        Browser.screenshot(browser, "moderation-pending.png");
        assertEquals("1 comment \u00b7 page 1 of 1", browser.findElement(By.cssSelector(".mod-summary")).getText());
        keys("a");
        assertEquals("Approved 1 comment.", noticeOnceItSays("Approved 1 comment."));
        waitUntilHidden(card);
        assertEquals("0", browser.findElement(By.cssSelector("[data-count=pending]")).getText());
        assertEquals("0 comments \u00b7 page 1 of 1", browser.findElement(By.cssSelector(".mod-summary")).getText(),
                "the summary follows the action");

        // The reader sees it on the article page.
        browser.get(site + article.path().substring(1));
        assertTrue(waitFor(By.cssSelector(".comment")).getText().contains(text));

        // Another held comment: "r" removes it with the preselected reason, "u" takes that back.
        SubmissionOutcome.Accepted second = Comments.post(comments, captcha, article, reader,
                "Another budget minister " + reader.substring(reader.length() - 6) + " is a retard.");
        assertEquals(CommentStatus.PENDING, second.status());
        browser.get(site + "moderation?article=" + article.slug());
        WebElement secondCard = waitFor(By.id("c" + second.commentId()));
        assertEquals("ABUSIVE", secondCard.findElement(By.name("reason")).getAttribute("value"));
        keys("r");
        assertEquals("Removed 1 comment.", noticeOnceItSays("Removed 1 comment."));
        waitUntilHidden(secondCard);
        assertEquals(CommentStatus.REMOVED, queue.find(second.commentId()).status());
        keys("u");
        assertEquals("Undone: 1 comment back where it was.", noticeOnceItSays("Undone: 1 comment back where it was."));
        assertTrue(secondCard.isDisplayed(), "the card is back in place");
        assertEquals("1 comment \u00b7 page 1 of 1", browser.findElement(By.cssSelector(".mod-summary")).getText());
        WebElement notice = browser.findElement(By.cssSelector("#mod-status .mod-notice"));
        WebElement bulk = browser.findElement(By.id("bulk"));
        assertTrue(notice.getRect().getY() + notice.getRect().getHeight() <= bulk.getRect().getY() + 1,
                "the undo notice sits above the bulk bar, not on it");
        assertEquals(CommentStatus.PENDING, queue.find(second.commentId()).status());

        // "?" shows the keys; they do nothing while typing in a field.
        keys("?");
        assertTrue(browser.findElement(By.id("mod-keys")).isDisplayed());
        keys("?");
        secondCard.findElement(By.name("note")).sendKeys("a");
        assertEquals(CommentStatus.PENDING, queue.find(second.commentId()).status());
        assertFalse(Boolean.TRUE.equals(browser.executeScript("return window.pwned === 1")));
    }

    @Test
    @TestSecurity(user = MODERATOR, roles = Roles.MODERATOR)
    void aBanFromACardHappensInPlaceAndMarksEveryCardByThatName() throws Exception {
        ArticleView article = TestArticles.fresh(articles);
        String tag = UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "q");
        String reader = "Banned in place " + tag;
        long first = Comments.post(comments, captcha, article, reader, "The budget minister " + tag + " is a retard.")
                .commentId();
        long second = Comments.post(comments, captcha, article, reader, "Every minister " + tag + " is a retard too.")
                .commentId();

        browser.get(site + "moderation?article=" + article.slug());
        WebElement card = waitFor(By.id("c" + first));
        assertTrue(card.findElements(By.cssSelector(".mod-chip-banned")).isEmpty());
        card.findElement(By.cssSelector(".mod-more summary")).click();
        card.findElement(By.cssSelector(".mod-ban-reason")).sendKeys("Slurs in every thread");
        new Select(card.findElement(By.name("days"))).selectByValue("30");
        card.findElement(By.cssSelector("button.mod-btn-ban[value=name]")).click();

        assertEquals("Banned that user name for 30 days. Bans are listed, and lifted, under Bans.",
                noticeOnceItSays("Banned that user name for 30 days. Bans are listed, and lifted, under Bans."));
        waitFor(By.cssSelector("#c" + first + " .mod-chip-banned"));
        waitFor(By.cssSelector("#c" + second + " .mod-chip-banned"));
        assertTrue(card.isDisplayed(), "a ban leaves the comment where it is");
        assertEquals("", card.findElement(By.cssSelector(".mod-ban-reason")).getAttribute("value"));
        assertEquals(CommentStatus.PENDING, queue.find(first).status());
        Browser.screenshot(browser, "moderation-ban-in-place.png");
        assertTrue(bans.bannedAmong(java.util.List.of(reader), java.util.List.of()).name(reader));
    }

    private void aModeratorExists() {
        boolean exists = QuarkusTransaction.requiringNew().call(() -> Account.count("username", MODERATOR) > 0);
        if (!exists) {
            accounts.create(MODERATOR, PASSWORD, Roles.MODERATOR);
        }
    }

    private void keys(String keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** The notice once it says {@code expected}, or whatever it says after ten seconds. */
    private String noticeOnceItSays(String expected) {
        By notice = By.cssSelector("#mod-status .mod-notice p, #mod-alert .mod-notice p");
        try {
            // The script replaces the notice as it updates it: a card found a moment ago may be gone.
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElements(notice).stream()
                    .anyMatch(e -> e.getText().equals(expected)));
            return expected;
        } catch (org.openqa.selenium.TimeoutException e) {
            return browser.findElements(notice).stream().map(WebElement::getText).reduce("", (a, b) -> a + b);
        }
    }

    private void waitUntilHidden(WebElement element) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOf(element));
    }

}
