package org.parley.moderation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.captcha.CaptchaService;
import org.parley.comments.CommentQueueService;
import org.parley.comments.CommentService;
import org.parley.comments.CommentStatus;
import org.parley.comments.SubmissionOutcome;
import org.parley.support.Comments;
import org.parley.support.TestArticles;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** The moderators' dashboard as a browser without JavaScript uses it: pages, forms and redirects. */
@QuarkusTest
class ModerationResourceTest {

    /** Held by the filter for "retard" (disability slurs, abusive). */
    static final String HELD = "The budget minister is a retard.";

    @Inject
    ArticleService articles;

    @Inject
    CommentService comments;

    @Inject
    CommentQueueService queue;

    @Inject
    CaptchaService captcha;

    @Test
    void anonymousVisitorsAreSentToLogIn() {
        for (String path : List.of("/moderation", "/moderation/audit", "/moderation/comments/1",
                "/moderation/events")) {
            given().redirects().follow(false).get(path).then()
                    .statusCode(anyOf(is(401), is(302)));
        }
    }

    @Test
    @TestSecurity(user = "reader", roles = "reader")
    void anAccountWithoutTheModeratorRoleIsForbidden() {
        for (String path : List.of("/moderation", "/moderation/audit", "/moderation/comments/1",
                "/moderation/events")) {
            given().get(path).then().statusCode(403);
        }
    }

    @Test
    @TestSecurity(user = "mod", roles = "moderator")
    void aHeldCommentShowsInPendingWithItsHitMarkedAndItsTextEscaped() {
        ArticleView article = TestArticles.fresh(articles);
        String name = "Reader " + unique();
        SubmissionOutcome.Accepted held = Comments.post(comments, captcha, article, name,
                "<script>alert(1)</script> " + HELD);
        assertEquals(CommentStatus.PENDING, held.status());

        given().accept("text/html").get("/moderation?article=" + article.slug()).then().statusCode(200)
                .body(containsString("id=\"c" + held.commentId() + "\""),
                        containsString("&lt;script&gt;alert(1)&lt;/script&gt; The budget minister is a "
                                + "<mark class=\"hit hit-abusive\" title=\"disability-slurs (abusive)\">retard</mark>."),
                        not(containsString("<script>alert(1)")),
                        containsString(article.title()),
                        containsString("href=\"" + article.path() + "\""),
                        containsString("disability-slurs"),
                        containsString("Slurs against disabled people"),
                        containsString("Name history: 0 published &middot; 1 pending"),
                        containsString("<option value=\"ABUSIVE\" selected>"));
    }

    @Test
    @TestSecurity(user = "mod", roles = "moderator")
    void anUnknownTabIsABadRequestThatSaysSo() {
        given().accept("text/html").get("/moderation?tab=everything").then().statusCode(400)
                .body(containsString("status must be one of"));
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
