package org.parley.moderation.reports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.captcha.CaptchaService;
import org.parley.comments.CommentQueueService;
import org.parley.support.TestArticles;
import org.parley.support.TestComments;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The report page, reached from the Report link under a comment and posted as a browser would. */
@QuarkusTest
class ReportResourceTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Inject
    ArticleService articles;

    @Inject
    CaptchaService captcha;

    @Inject
    CommentQueueService queue;

    @Test
    void everyPublishedCommentHasAReportLinkToAFormAboutIt() {
        ArticleView article = TestArticles.fresh(articles);
        long id = TestComments.published(captcha, article, "Linked reader", "A report link under the budget comment.");
        String reportPath = article.path() + "/comments/" + id + "/report";
        given().get(article.path()).then().statusCode(200)
                .body(containsString("href=\"" + reportPath + "\">Report</a>"));
        given().get(reportPath).then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("A report link under the budget comment."),
                        containsString("Linked reader"),
                        containsString("name=\"csrf-token\""),
                        containsString("value=\"racist\""), containsString("value=\"abusive\""),
                        containsString("value=\"offtopic\""), containsString("value=\"spam\""),
                        containsString("value=\"other\""));
    }

    @Test
    void aReportIsCountedAndTheReaderIsThankedOnTheArticle() {
        ArticleView article = TestArticles.fresh(articles);
        long id = TestComments.published(captcha, article, "Thanked", "Reported from the page, about the budget.");
        ReportPage page = ReportPage.open(article, id);
        Response posted = page.post().formParam("reason", "offtopic").formParam("note", "Advert for shoes")
                .post(page.path);
        posted.then().statusCode(303);
        String location = posted.getHeader("Location");
        assertTrue(location.contains(article.path() + "?page=1&posted=reported"), location);
        given().get(location.replaceFirst("#.*", "")).then().statusCode(200)
                .body(containsString("Thank you. A moderator will look at this comment."));
        assertEquals(1, queue.find(id).reportCount());
    }

    @Test
    void withoutAReasonTheFormComesBackWithTheNoteKept() {
        ArticleView article = TestArticles.fresh(articles);
        long id = TestComments.published(captcha, article, "Unreasoned", "Missing reason on the budget debate.");
        ReportPage page = ReportPage.open(article, id);
        page.post().formParam("note", "Something is off here").post(page.path)
                .then().statusCode(400)
                .body(containsString("id=\"reason-error\">Please choose why you are reporting this comment."),
                        containsString(">Something is off here</textarea>"));
        assertEquals(0, queue.find(id).reportCount());
    }

    @Test
    void aPostWithoutTheCsrfTokenChangesNothing() {
        ArticleView article = TestArticles.fresh(articles);
        long id = TestComments.published(captcha, article, "Forged", "Cross-site report attempt on the budget.");
        ReportPage page = ReportPage.open(article, id);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .cookie("csrf-token", page.cookie).formParam("reason", "spam")
                .post(page.path).then().statusCode(403);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", page.token).formParam("reason", "spam")
                .post(page.path).then().statusCode(403);
        assertEquals(0, queue.find(id).reportCount());
    }

    @Test
    void onlyPublishedCommentsOfThisArticleHaveAReportPage() {
        ArticleView article = TestArticles.fresh(articles);
        ArticleView other = TestArticles.fresh(articles);
        long id = TestComments.published(captcha, article, "Elsewhere", "Only on its own article, the budget.");
        given().get(other.path() + "/comments/" + id + "/report").then().statusCode(404);
        given().get(article.path() + "/comments/987654321/report").then().statusCode(404)
                .body(not(containsString("report-form")));
        given().get("/articles/no-such-article/comments/" + id + "/report").then().statusCode(404);
    }

    /** The report form as a browser holds it: the CSRF cookie and the form's token. */
    record ReportPage(String path, String cookie, String token) {
        static ReportPage open(ArticleView article, long commentId) {
            String path = article.path() + "/comments/" + commentId + "/report";
            Response page = given().get(path);
            page.then().statusCode(200);
            Matcher m = CSRF.matcher(page.asString());
            assertTrue(m.find(), "the form carries the CSRF token");
            return new ReportPage(path, page.getCookie("csrf-token"), m.group(1));
        }

        RequestSpecification post() {
            return given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .cookie("csrf-token", cookie).formParam("csrf-token", token);
        }
    }
}
