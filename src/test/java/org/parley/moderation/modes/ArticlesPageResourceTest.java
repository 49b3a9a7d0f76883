package org.parley.moderation.modes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.articles.CommentMode;
import org.parley.audit.AuditAction;
import org.parley.audit.AuditService;
import org.parley.audit.AuditView;
import org.parley.captcha.CaptchaService;
import org.parley.comments.CommentService;
import org.parley.moderation.DashboardSession;
import org.parley.moderation.ModerationResourceTest;
import org.parley.security.AccountService;
import org.parley.support.Comments;
import org.parley.support.FormSession;
import org.parley.support.Staff;
import org.parley.support.TestArticles;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** The articles page as a browser without JavaScript uses it: the list with counts and modes, and setting a mode. */
@QuarkusTest
class ArticlesPageResourceTest {

    @Inject
    AccountService accounts;

    @Inject
    ArticleService articles;

    @Inject
    CommentService comments;

    @Inject
    CaptchaService captcha;

    @Inject
    AuditService audit;

    @BeforeEach
    void staffExists() {
        Staff.exist(accounts);
    }

    @Test
    void anonymousVisitorsAreSentToLogInAndCannotSetAMode() {
        given().redirects().follow(false).get("/moderation/articles").then().statusCode(302)
                .header("Location", containsString("/login"));
        ArticleView article = TestArticles.fresh(articles);
        FormSession form = FormSession.open(article.slug());
        form.post().formParam("mode", "CLOSED").post(modeOf(article)).then().statusCode(anyOf(is(302), is(401)));
        assertEquals(CommentMode.OPEN, modeNow(article));
    }

    @Test
    void anAccountWithoutTheModeratorRoleIsForbidden() {
        Staff.withoutRole().accept("text/html").get("/moderation/articles").then().statusCode(403);
        ArticleView article = TestArticles.fresh(articles);
        FormSession form = FormSession.open(article.slug());
        Staff.withoutRole().contentType("application/x-www-form-urlencoded").cookie("csrf-token", form.cookie)
                .formParam("csrf-token", form.csrfToken).formParam("mode", "CLOSED").post(modeOf(article))
                .then().statusCode(403);
        assertEquals(CommentMode.OPEN, modeNow(article));
    }

    @Test
    @TestSecurity(user = "articles-mod", roles = "moderator")
    void eachArticleShowsItsCommentsByStateAndItsMode() {
        ArticleView article = TestArticles.fresh(articles);
        Comments.post(comments, captcha, article, "Waiting reader", ModerationResourceTest.HELD);
        Comments.post(comments, captcha, article, "Happy reader", "A fair budget for the schools in my town.");
        String html = given().accept("text/html").get("/moderation/articles?q=" + idOf(article)).then()
                .statusCode(200)
                .body(containsString("href=\"/moderation/articles\" aria-current=\"page\">Articles</a>"),
                        containsString("<a href=\"" + article.path() + "\">" + article.title() + "</a>"),
                        containsString("1 March 2021"),
                        containsString("<a class=\"mod-pending\" href=\"/moderation?article=" + article.slug()
                                + "\">1 pending</a>"),
                        containsString("1 published"),
                        containsString("<span class=\"mod-mode mod-mode-open\">Open</span>"),
                        containsString("<option value=\"OPEN\" selected>Open</option>"),
                        containsString("1 article,"))
                .extract().asString();
        assertTrue(html.contains("action=\"" + modeOf(article) + "\""));
    }

    @Test
    @TestSecurity(user = "articles-mod", roles = "moderator")
    void closingAnArticleHereRemovesTheCommentFormFromItsPageAndIsAudited() {
        ArticleView article = TestArticles.fresh(articles);
        given().get(article.path()).then().body(containsString("id=\"comment-form\""));
        String q = idOf(article);
        DashboardSession session = DashboardSession.open("/moderation/articles?q=" + q);
        session.post().formParam("mode", "CLOSED").formParam("q", q).formParam("page", "1").post(modeOf(article))
                .then().statusCode(303).header("Location",
                        containsString("/moderation/articles?q=" + q + "&done=mode&article=" + article.slug()));

        given().accept("text/html").get("/moderation/articles?q=" + q + "&done=mode&article=" + article.slug())
                .then().statusCode(200)
                .body(containsString("Comments on \u201c" + article.title() + "\u201d are now closed."),
                        containsString("<span class=\"mod-mode mod-mode-closed\">Closed</span>"),
                        containsString("<option value=\"CLOSED\" selected>"));
        given().get(article.path()).then().statusCode(200)
                .body(containsString("Comments are closed."), not(containsString("id=\"comment-form\"")));
        List<AuditView> entries = audit.search("articles-mod", AuditAction.ARTICLE_MODE, null, 0).stream()
                .filter(e -> e.articleId() != null && e.articleId() == article.id()).toList();
        assertEquals(1, entries.size());
        assertEquals("OPEN", entries.get(0).before());
        assertEquals("CLOSED", entries.get(0).after());
    }

    @Test
    @TestSecurity(user = "articles-admin", roles = "admin")
    void anAdminSetsAModeToo() {
        ArticleView article = TestArticles.fresh(articles);
        DashboardSession session = DashboardSession.open("/moderation/articles");
        session.post().formParam("mode", "PREMODERATED").post(modeOf(article)).then().statusCode(303)
                .header("Location", containsString("/moderation/articles?done=mode&article=" + article.slug()));
        assertEquals(CommentMode.PREMODERATED, modeNow(article));
        given().get(article.path()).then()
                .body(containsString("Comments on this article are checked by a moderator before they appear."));
    }

    @Test
    @TestSecurity(user = "articles-mod", roles = "moderator")
    void aFormPostWithoutTheCsrfTokenChangesNothing() {
        ArticleView article = TestArticles.fresh(articles);
        DashboardSession session = DashboardSession.open("/moderation/articles");
        session.withoutToken().formParam("mode", "CLOSED").post(modeOf(article)).then().statusCode(403);
        assertEquals(CommentMode.OPEN, modeNow(article));
        given().get(article.path()).then().body(containsString("id=\"comment-form\""));
    }

    @Test
    @TestSecurity(user = "articles-mod", roles = "moderator")
    void anUnknownModeOrArticleIsShownOnThePageAndChangesNothing() {
        ArticleView article = TestArticles.fresh(articles);
        DashboardSession session = DashboardSession.open("/moderation/articles");
        session.post().formParam("mode", "HALF-OPEN").formParam("q", idOf(article)).post(modeOf(article))
                .then().statusCode(400).body(containsString("mode must be OPEN, PREMODERATED or CLOSED."),
                        containsString("role=\"alert\""), containsString(article.title()));
        session.post().formParam("mode", "CLOSED").post("/moderation/articles/no-such-article/mode")
                .then().statusCode(404).body(containsString("There is no article no-such-article."));
        assertEquals(CommentMode.OPEN, modeNow(article));
    }

    private CommentMode modeNow(ArticleView article) {
        return articles.find(article.slug()).orElseThrow().commentMode();
    }

    /** The random part of a test article's slug: unique, so a search finds that article alone. */
    private static String idOf(ArticleView article) {
        return article.slug().substring(article.slug().lastIndexOf('-') + 1);
    }

    private static String modeOf(ArticleView article) {
        return "/moderation/articles/" + article.slug() + "/mode";
    }
}
