package org.parley.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.captcha.CaptchaService;
import org.parley.support.Browser;
import org.parley.support.StaffPages;
import org.parley.support.TestArticles;
import org.parley.support.TestComments;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Moderators triage from their phones: at 390 × 844 every page, the reader's and the staff's, fits the screen's
 * width without scrolling sideways; at 1280 px no button's label breaks over two lines.
 */
@QuarkusTest
class PhoneLayoutBrowserTest {

    @TestHTTPResource("/")
    URL site;

    @Inject
    ArticleService articles;

    @Inject
    CaptchaService captcha;

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
    void everyPageFitsAPhonesWidth() {
        ArticleView article = TestArticles.fresh(articles);
        long comment = TestComments.published(captcha, article, "Phone reader", "A comment on the budget debate.");
        browser.manage().window().setSize(new Dimension(390, 844));
        logInAsAdmin();
        List<String> pages = new ArrayList<>(List.of("", "forum", "login", article.path().substring(1),
                article.path().substring(1) + "/comments/" + comment + "/report"));
        pages.addAll(StaffPages.ALL);
        List<String> tooWide = new ArrayList<>();
        for (String page : pages) {
            browser.get(site + page);
            long width = (Long) browser.executeScript("return document.documentElement.scrollWidth");
            long viewport = (Long) browser.executeScript("return window.innerWidth");
            if (width > viewport) {
                tooWide.add("/" + page + " is " + width + " px wide in " + viewport + ", because of "
                        + browser.executeScript("""
                                return [...document.querySelectorAll('body *')]
                                  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                                  .filter(e => { for (let a = e.parentElement; a; a = a.parentElement) {
                                      if (getComputedStyle(a).overflowX !== 'visible') { return false; } }
                                    return true; })
                                  .filter(e => !e.parentElement || e.parentElement === document.body
                                    || e.parentElement.getBoundingClientRect().right <= window.innerWidth + 1
                                    || getComputedStyle(e).position === 'absolute')
                                  .slice(0, 5).map(e => e.tagName.toLowerCase() + '.' + e.className + ' '
                                    + Math.round(e.getBoundingClientRect().width) + 'px').join(', ');"""));
            }
        }
        assertEquals(List.of(), tooWide);
        browser.get(site + "moderation");
        Browser.screenshot(browser, "queue-phone.png");
    }

    @Test
    void noButtonLabelWrapsOnADesktop() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        logInAsAdmin();
        List<String> wrapped = new ArrayList<>();
        for (String page : StaffPages.ALL) {
            browser.get(site + page);
            @SuppressWarnings("unchecked")
            List<String> labels = (List<String>) browser.executeScript("""
                    return [...document.querySelectorAll('button, input[type=submit], .mod-btn')]
                      .filter(b => b.offsetParent !== null && b.innerText.trim().length > 0)
                      .filter(b => b.getClientRects().length > 1
                        || b.offsetHeight > 2.2 * parseFloat(getComputedStyle(b).lineHeight || 16))
                      .map(b => b.innerText.trim());""");
            labels.forEach(l -> wrapped.add("/" + page + ": " + l));
        }
        assertEquals(List.of(), wrapped);

        // The thresholds' inputs sit under their column headings.
        browser.get(site + "admin/settings");
        @SuppressWarnings("unchecked")
        List<String> misplaced = (List<String>) browser.executeScript("""
                const table = document.getElementById('thresholds-title').closest('section').querySelector('table');
                const heads = [...table.querySelectorAll('thead th')].map(h => h.getBoundingClientRect());
                const wrong = [];
                table.querySelectorAll('tbody tr').forEach(row => [...row.children].forEach((cell, i) => {
                  const input = cell.querySelector('input');
                  const r = input ? input.getBoundingClientRect() : null;
                  if (r && (r.left < heads[i].left - 1 || r.right > heads[i].right + 1)) { wrong.push(input.id); }
                }));
                return wrong;""");
        assertEquals(List.of(), misplaced, "threshold inputs outside their columns");
        browser.get(site + "moderation");
        Browser.screenshot(browser, "queue-desktop.png");
        browser.get(site + "admin/dashboard");
        Browser.screenshot(browser, "statistics-desktop.png");
    }


    @Test
    void theStaffMenuTakesOneRowOnADesktopInBothLanguages() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        logInAsAdmin();
        for (String language : List.of("en", "zh-CN")) {
            browser.get(site + "language/" + language);
            browser.get(site + "moderation");
            @SuppressWarnings("unchecked")
            List<Number> tops = (List<Number>) browser.executeScript("""
                    const head = document.querySelector('.mod-masthead');
                    return [...head.querySelectorAll('.mod-brand, :scope > nav a, .mod-who')]
                      .map(e => Math.round(e.getBoundingClientRect().top));""");
            long spread = tops.stream().mapToLong(Number::longValue).max().orElse(0)
                    - tops.stream().mapToLong(Number::longValue).min().orElse(0);
            Browser.screenshot(browser, "masthead-" + language + ".png");
            // Within one line's height: items of one row differ by their font sizes only.
            assertTrue(spread < 20, language + ": the brand, the menu and who is signed in share one row " + tops);
        }
    }

    private void logInAsAdmin() {
        Browser.logIn(browser, site, "admin", "test-admin-password");
    }
}
