package org.parley.moderation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.articles.ArticleClocks;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.articles.NewArticle;
import org.parley.audit.AuditAction;
import org.parley.audit.AuditService;
import org.parley.audit.AuditView;
import org.parley.captcha.CaptchaService;
import org.parley.comments.CommentQueueService;
import org.parley.comments.CommentService;
import org.parley.comments.CommentStatus;
import org.parley.comments.ReviewComment;
import org.parley.moderation.reports.ReportApiResourceTest;
import org.parley.moderation.reports.ReportService;
import org.parley.security.AccountService;
import org.parley.support.Comments;
import org.parley.support.FormSession;
import org.parley.support.ManualClock;
import org.parley.support.Staff;
import org.parley.support.StrictModeration;
import org.parley.support.TestArticles;
import org.parley.support.TestComments;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

/** The moderation settings away from their defaults (see {@link StrictModeration}). */
@QuarkusTest
@TestProfile(StrictModeration.class)
class StrictModerationTest {

    @Inject
    AccountService accounts;

    @Inject
    ArticleService articles;

    @Inject
    CaptchaService captcha;

    @Inject
    CommentService comments;

    @Inject
    CommentQueueService queue;

    @Inject
    ReportService reports;

    @Inject
    AuditService audit;

    @BeforeEach
    void staffExists() {
        Staff.exist(accounts);
    }

    @Test
    void aCommentReachingTheThresholdLeavesThePageUntilAModeratorReviewsIt() {
        ArticleView article = TestArticles.publishedNow(articles);
        long id = TestComments.published(captcha, article, "Hidden soon", "Reported twice about the school budget.");
        given().get(article.path()).then().body(containsString("Reported twice about the school budget."));

        reports.report(id, null, "abusive", null, "strict-a");
        reports.report(id, null, "racist", null, "strict-b");

        ReviewComment c = queue.find(id);
        assertEquals(CommentStatus.PENDING, c.status());
        assertNotNull(c.reportedAt());
        assertEquals(0, comments.published(article.id()).size());
        given().get(article.path()).then().body(not(containsString("Reported twice about the school budget.")));
        AuditView entry = audit.historyOf(id).get(0);
        assertEquals(AuditAction.REPORTED, entry.action());
        assertEquals("PUBLISHED", entry.before());
        assertEquals("PENDING", entry.after());
    }

    @Test
    void aBannedPosterIsRefusedWithANeutralMessageAndNothingIsStored() {
        String name = "Refused " + UUID.randomUUID().toString().substring(0, 8);
        ArticleView article = TestArticles.publishedNow(articles);
        Staff.moderator().body(Map.of("kind", "USER_NAME", "value", name, "reason", "Threats"))
                .post("/api/moderation/bans").then().statusCode(201);

        TestComments.post(captcha, article, name, "Refused through the API, about the budget.")
                .then().statusCode(403).body("error", equalTo("Your comment could not be accepted."));
        FormSession form = FormSession.open(article.slug());
        form.post(captcha, name, "Refused through the form, about the budget.")
                .post(article.path() + "/comments")
                .then().statusCode(403)
                .body(containsString("Your comment could not be accepted."),
                        containsString(">Refused through the form, about the budget.</textarea>"),
                        not(containsString("banned")));
        assertEquals(0L, queue.counts(article.id()).values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void articlesCloseThirtyDaysAfterPublication() {
        ArticleView old = TestArticles.fresh(articles);
        given().get(old.path()).then().statusCode(200)
                .body(containsString("Comments are closed."), not(containsString("id=\"comment-form\"")));
        TestComments.post(captcha, old, "Too late", "A late word on the budget.")
                .then().statusCode(403).body("error", equalTo("Comments are closed."));
        ArticleView fresh = TestArticles.publishedNow(articles);
        given().get(fresh.path()).then().statusCode(200).body(containsString("id=\"comment-form\""));
    }

    @Test
    void aPageCachedWhileOpenIsNotServedOnceTheArticleHasClosed() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        ManualClock clock = ManualClock.now();
        ArticleClocks.useClock(articles, clock);
        try {
            ArticleView article = articles.create(new NewArticle("Closing soon " + id, "The budget vote is today.",
                    null, null, clock.instant().minus(Duration.ofDays(30)).plusSeconds(3), List.of(), "closing-" + id));
            given().get(article.path()).then().body(containsString("id=\"comment-form\""));
            given().get(article.path()).then().body(containsString("id=\"comment-form\""));
            clock.advance(Duration.ofSeconds(4));
            given().get(article.path()).then().statusCode(200)
                    .body(containsString("Comments are closed."), not(containsString("id=\"comment-form\"")));
        } finally {
            ArticleClocks.useClock(articles, java.time.Clock.systemUTC());
        }
    }

    @Test
    void aReaderMaySendOnlySoManyReportsAnHour() {
        long id = TestComments.published(captcha, TestArticles.publishedNow(articles), "Limit",
                "Many reports from one reader on the budget.");
        for (int i = 0; i < StrictModeration.REPORTS_PER_HOUR; i++) {
            ReportApiResourceTest.report(id, Map.of("reason", "spam")).then().statusCode(201);
        }
        ReportApiResourceTest.report(id, Map.of("reason", "spam")).then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body("error", containsString("many reports"));
    }

    @Test
    @TestSecurity(user = "strict-mod", roles = "moderator")
    void aNameBannedFromItsCardIsRefusedItsNextComment() {
        ArticleView article = TestArticles.publishedNow(articles);
        String name = "Card refused " + UUID.randomUUID().toString().substring(0, 8);
        long id = Comments.post(comments, captcha, article, name, ModerationResourceTest.HELD).commentId();
        DashboardSession session = DashboardSession.open("/moderation?article=" + article.slug());
        session.post().formParam("commentId", id).formParam("kind", "name").formParam("reason", "Threats")
                .formParam("days", "7").post("/moderation/ban").then().statusCode(303);
        TestComments.post(captcha, article, name, "Refused after a ban from the card, about the budget.")
                .then().statusCode(403).body("error", equalTo("Your comment could not be accepted."));
        given().accept("text/html").get("/moderation/bans").then().statusCode(200)
                .body(containsString("refused: the commenter is told only"));
    }

    @Test
    @TestSecurity(user = "strict-mod", roles = "moderator")
    void theArticlesPageSaysWhenAnArticleClosedByAge() {
        ArticleView old = TestArticles.fresh(articles);
        String q = old.slug().substring(old.slug().lastIndexOf('-') + 1);
        given().accept("text/html").get("/moderation/articles?q=" + q).then().statusCode(200)
                .body(containsString("<span class=\"mod-mode mod-mode-closed\">Closed automatically</span>"),
                        containsString("(set to open; too old for comments)"),
                        containsString("<option value=\"OPEN\" selected>"));
    }
}
