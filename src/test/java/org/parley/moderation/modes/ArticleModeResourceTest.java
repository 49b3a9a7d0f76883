package org.parley.moderation.modes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.audit.AuditAction;
import org.parley.audit.AuditService;
import org.parley.audit.AuditView;
import org.parley.captcha.CaptchaService;
import org.parley.comments.CommentService;
import org.parley.security.AccountService;
import org.parley.support.FormSession;
import org.parley.support.Staff;
import org.parley.support.TestArticles;
import org.parley.support.TestComments;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ArticleModeResourceTest {

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
    void aModeratorClosesAnArticleAndThePageAndBothWaysOfPostingSaySo() {
        ArticleView article = TestArticles.fresh(articles);
        FormSession openForm = FormSession.open(article.slug());
        assertTrue(openForm.html.contains("id=\"comment-form\""));

        setMode(article, "CLOSED").then().statusCode(200)
                .body("slug", equalTo(article.slug()))
                .body("commentMode", equalTo("CLOSED"));

        given().get(article.path()).then().statusCode(200)
                .body(containsString("Comments are closed."), not(containsString("id=\"comment-form\"")));
        openForm.post(captcha, "Late reader", "The school budget vote was close.")
                .post(article.path() + "/comments")
                .then().statusCode(403).body(containsString("Comments are closed."));
        TestComments.post(captcha, article, "Late api reader", "The school budget vote was close.")
                .then().statusCode(403).body("error", equalTo("Comments are closed."));
        assertEquals(0, comments.published(article.id()).size());
    }

    @Test
    void reopeningBringsTheFormBack() {
        ArticleView article = TestArticles.fresh(articles);
        setMode(article, "closed").then().statusCode(200);
        given().get(article.path()).then().body(containsString("Comments are closed."));
        setMode(article, "OPEN").then().statusCode(200).body("commentMode", equalTo("OPEN"));
        given().get(article.path()).then().body(containsString("id=\"comment-form\""),
                not(containsString("Comments are closed.")));
        TestComments.published(captcha, article, "Back again", "Glad the school budget debate is open again.");
    }

    @Test
    void onAPremoderatedArticleEvenACleanCommentWaitsForAModerator() {
        ArticleView article = TestArticles.fresh(articles);
        setMode(article, "PREMODERATED").then().statusCode(200);
        given().get(article.path()).then().statusCode(200)
                .body(containsString("Comments on this article are checked by a moderator before they appear."),
                        containsString("id=\"comment-form\""));
        TestComments.post(captcha, article, "Patient reader", "A fair budget for schools and hospitals.")
                .then().statusCode(201).body("status", equalTo("PENDING"))
                .body("message", containsString("once a moderator has reviewed it"));
        assertEquals(0, comments.published(article.id()).size());
    }

    @Test
    void everyChangeIsAuditedWithBeforeAndAfter() {
        ArticleView article = TestArticles.fresh(articles);
        setMode(article, "PREMODERATED").then().statusCode(200);
        List<AuditView> entries = audit.search(Staff.MODERATOR, AuditAction.ARTICLE_MODE, null, 0).stream()
                .filter(e -> e.articleId() != null && e.articleId() == article.id()).toList();
        assertEquals(1, entries.size());
        assertEquals("OPEN", entries.get(0).before());
        assertEquals("PREMODERATED", entries.get(0).after());
    }

    @Test
    void anAdminMayChangeTheModeToo() {
        ArticleView article = TestArticles.fresh(articles);
        Staff.admin().body(Map.of("mode", "CLOSED")).put(modeOf(article)).then().statusCode(200);
    }

    @Test
    void anUnknownModeIsRefusedNamingTheField() {
        ArticleView article = TestArticles.fresh(articles);
        setMode(article, "HALF-OPEN").then().statusCode(400).body("field", equalTo("mode"));
        Staff.moderator().body(Map.of("mode", "OPEN")).put("/api/moderation/articles/no-such-article/mode")
                .then().statusCode(404).body("error", containsString("no-such-article"));
    }

    @Test
    void anonymousCallersMustLogInAndReadersWithoutTheRoleAreRefused() {
        ArticleView article = TestArticles.fresh(articles);
        Staff.anonymous().body(Map.of("mode", "CLOSED")).put(modeOf(article)).then().statusCode(401);
        Staff.withoutRole().body(Map.of("mode", "CLOSED")).put(modeOf(article)).then().statusCode(403);
        given().get(article.path()).then().body(containsString("id=\"comment-form\""));
    }

    private static io.restassured.response.Response setMode(ArticleView article, String mode) {
        return Staff.moderator().body(Map.of("mode", mode)).put(modeOf(article));
    }

    private static String modeOf(ArticleView article) {
        return "/api/moderation/articles/" + article.slug() + "/mode";
    }
}
