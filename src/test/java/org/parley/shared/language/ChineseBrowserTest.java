package org.parley.shared.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.captcha.CaptchaService;
import org.parley.comments.CommentService;
import org.parley.comments.CommentStatus;
import org.parley.security.Account;
import org.parley.security.AccountService;
import org.parley.security.Roles;
import org.parley.support.Browser;
import org.parley.support.Comments;
import org.parley.support.TestArticles;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A reader who switches to Chinese, and a moderator after them, in a real browser: the article page, the form's
 * messages and the moderation queue have no English word left in what they show or read out, beyond the
 * content (articles, comments, names, the filter's rule names) and a few names that stay as they are.
 */
@QuarkusTest
class ChineseBrowserTest {

    private static final String MODERATOR = "chinese-moderator";
    private static final String PASSWORD = "chinese-moderator-password";

    /** Words that are names in every language. */
    private static final Set<String> NAMES = Set.of("Parley", "News", "RSS", "UTC", "Facebook", "LinkedIn", "NUL");

    /**
     * What is content rather than the page's own words, or says of itself that it is in another language
     * ({@code lang}, as the switch's "English" does).
     */
    private static final String CONTENT = String.join(",", ".brand", ".headline", ".source", ".byline",
            ".story-body", ".tag", ".comment-author", ".comment-text", "bdi", "kbd", "body [lang]:not([lang|=zh])",
            ".mod-user", ".mod-text", ".mod-article", ".mod-rule-name", ".mod-rule-desc", ".mod-who strong",
            "select[name=article] option", ".mod-brand");

    /** Every text the page shows or reads out, outside {@code CONTENT}: text, labels, titles, placeholders. */
    private static final String PAGE_WORDS = """
            const content = arguments[0];
            const said = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const parent = node.parentElement;
              if (!parent || parent.closest(content) || parent.closest('script,style,template')) continue;
              const text = node.textContent.trim();
              if (text) said.push(text);
            }
            for (const element of document.body.querySelectorAll('*')) {
              if (element.closest(content)) continue;
              for (const name of ['title', 'alt', 'placeholder', 'aria-label']) {
                const value = element.getAttribute(name);
                if (value) said.push(value);
              }
              for (const attribute of element.attributes) {
                if (attribute.name.startsWith('data-t-')) said.push(attribute.value);
              }
            }
            return said;""";

    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");

    @TestHTTPResource("/")
    URL site;

    @Inject
    ArticleService articles;

    @Inject
    CommentService comments;

    @Inject
    CaptchaService captcha;

    @Inject
    AccountService accounts;

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
    void aReaderWhoSwitchesToChineseReadsTheArticleAndTheFormsMessagesInChinese() {
        ArticleView article = TestArticles.fresh(articles);
        Comments.post(comments, captcha, article, "读者", "预算终于得到了应有的关注。");
        browser.get(site + article.path().substring(1));
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(englishWords().stream().anyMatch(w -> w.startsWith("Submit ")),
                "in English, the check finds the page's words: " + englishWords());

        browser.findElement(By.cssSelector(".languages a[hreflang=zh-CN]")).click();
        waitFor(By.cssSelector("html[lang=zh-CN]"));
        assertTrue(browser.getCurrentUrl().endsWith(article.path()), "back on the article: " + browser.getCurrentUrl());
        assertEquals("发表您的评论……", browser.findElement(By.id("add-comment-title")).getText());
        assertEquals(Set.of(), englishWords(), "the article page in Chinese");
        Browser.screenshot(browser, "article-page-chinese.png");

        browser.findElement(By.cssSelector("button.submit")).click();
        WebElement summary = waitFor(By.cssSelector(".error-summary"));
        assertTrue(summary.getText().contains("请输入您的用户名。"), summary.getText());
        assertEquals(Set.of(), englishWords(), "the form's messages in Chinese");
        Browser.screenshot(browser, "article-form-chinese.png");

        browser.findElement(By.cssSelector(".languages a[hreflang=en]")).click();
        waitFor(By.cssSelector("html[lang=en]"));
        assertEquals("Add your comments...", browser.findElement(By.id("add-comment-title")).getText());
    }

    @Test
    void aModeratorWhoseBrowserSpeaksChineseWorksTheQueueInChinese() {
        aModeratorExists();
        ArticleView article = TestArticles.fresh(articles);
        String reader = "读者" + UUID.randomUUID().toString().substring(0, 4);
        assertEquals(CommentStatus.PENDING,
                Comments.post(comments, captcha, article, reader, "The budget minister is a retard.").status());

        browser.get(site + "language/zh-CN");
        Browser.logIn(browser, site, MODERATOR, PASSWORD);
        browser.get(site + "moderation?article=" + article.slug());
        WebElement card = waitFor(By.cssSelector(".mod-card"));
        assertEquals("zh-CN", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(card.getText().contains("待审"), card.getText());
        assertEquals("1 条评论 · 第 1 页，共 1 页", browser.findElement(By.cssSelector(".mod-summary")).getText());
        new Actions(browser).sendKeys("x").perform();
        assertEquals("已选中 1 条", browser.findElement(By.id("mod-selected-count")).getText(),
                "the script speaks the page's language");
        assertEquals(Set.of(), englishWords(), "the queue in Chinese");
        Browser.screenshot(browser, "queue-chinese.png");
    }

    /** The English words the page shows outside its content. */
    private Set<String> englishWords() {
        @SuppressWarnings("unchecked")
        List<String> said = (List<String>) browser.executeScript(PAGE_WORDS, CONTENT);
        Set<String> english = new TreeSet<>();
        for (String text : said) {
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                if (!NAMES.contains(m.group())) {
                    english.add(m.group() + " (in \"" + text + "\")");
                }
            }
        }
        return english;
    }

    private void aModeratorExists() {
        boolean exists = QuarkusTransaction.requiringNew().call(() -> Account.count("username", MODERATOR) > 0);
        if (!exists) {
            accounts.create(MODERATOR, PASSWORD, Roles.MODERATOR);
        }
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(locator));
    }
}
