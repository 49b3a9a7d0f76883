package org.parley.site;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.comments.CommentService;
import org.parley.support.TestArticles;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ArticleResourceTest {

    static final String IRAQ = "us-to-withdraw-troops-from-iraq";

    @Inject
    ArticleService articles;

    @Inject
    CommentService comments;

    @Test
    void frontPageListsTheDemoArticlesNewestFirstWithCommentCounts() {
        String html = given().get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("/articles/" + IRAQ), containsString("Comment(s)"))
                .extract().asString();
        int iraq = html.indexOf("/articles/" + IRAQ);
        int pollution = html.indexOf("/articles/study-links-traffic-pollution-to-childrens-asthma");
        assertTrue(pollution > 0 && pollution < iraq, "the 2026 article comes before the 2020 one");
    }

    @Test
    void articlePageShowsEverySeedElement() {
        given().get("/articles/" + IRAQ).then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(allOf(
                        containsString("al-Kadhimi"),
                        containsString("Source: <span class=\"source\">Xinhua</span>"),
                        containsString(">Print<"),
                        containsString(">E-mail<"),
                        containsString("href=\"mailto:?subject="),
                        containsString("Adjust font size"),
                        containsString("Bookmark and Share"),
                        containsString("Comment(s)"),
                        containsString("Add your comments..."),
                        containsString("User Name"),
                        containsString("(Required)"),
                        containsString("Your Comment"),
                        containsString("Enter the words you see:"),
                        containsString("class=\"captcha-image\""),
                        containsString("New image"),
                        containsString("send my comment to a moderator for review instead"),
                        containsString("Racist, abusive and off-topic comments may be removed by the moderator."),
                        containsString("Go to Forum &gt;&gt;"),
                        containsString("/articles/" + IRAQ + "/comments.rss"),
                        containsString("name=\"csrf-token\"")));
    }

    @Test
    void articleWithoutCommentsSaysNoComments() {
        ArticleView article = TestArticles.fresh(articles);
        given().get(article.path()).then().statusCode(200)
                .body(containsString("No comments."), containsString("0 Comment(s)"));
    }

    @Test
    void commentsArePagedFiftyToAPageOldestFirst() {
        ArticleView article = TestArticles.fresh(articles);
        Instant start = Instant.parse("2021-03-01T11:00:00Z");
        for (int i = 1; i <= 51; i++) {
            comments.importComment(article, "Reader " + i, "Comment number " + i + " on the budget.",
                    start.plusSeconds(i * 60L));
        }
        String first = given().get(article.path()).then().statusCode(200)
                .body(containsString("51 Comment(s)"), containsString("Page 1 of 2"),
                        containsString("Comment number 1 on"), containsString("Comment number 50 on"),
                        not(containsString("Comment number 51 on")))
                .extract().asString();
        assertTrue(first.indexOf("Comment number 1 on") < first.indexOf("Comment number 2 on"));
        given().get(article.path() + "?page=2").then().statusCode(200)
                .body(containsString("Comment number 51 on"), not(containsString("Comment number 50 on")));
        // out-of-range pages show the nearest page instead of an error
        given().get(article.path() + "?page=99").then().statusCode(200).body(containsString("Page 2 of 2"));
    }

    @Test
    void unknownArticleIsAFriendlyNotFoundPage() {
        given().get("/articles/no-such-article").then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("Page not found"), not(containsString("Exception")));
    }

    @Test
    void forumListsLatestPublishedCommentsAcrossArticlesEachWithItsArticleAndReportLink() {
        ArticleView article = TestArticles.fresh(articles);
        comments.importComment(article, "Forum reader", "A fresh forum comment on schools.", Instant.now());
        long id = comments.published(article.id()).get(0).id();
        given().get("/forum").then().statusCode(200)
                .body(containsString("A fresh forum comment on schools."), containsString(article.title()),
                        containsString("href=\"" + article.path() + "/comments/" + id + "/report\""));
    }

    @Test
    void articlesFeedIsRss2WithTheLatestArticle() {
        // The feed lists the newest articles, and other tests publish many: the one just published is among them.
        ArticleView latest = TestArticles.publishedNow(articles);
        given().get("/rss.xml").then().statusCode(200)
                .contentType(containsString("application/rss+xml"))
                .body(containsString("<rss version=\"2.0\">"), containsString(latest.path() + "</link>"));
    }

    @Test
    void commentFeedCarriesPublishedCommentsEscaped() {
        ArticleView article = TestArticles.fresh(articles);
        comments.importComment(article, "Feed <b>reader</b>", "Schools need <i>more</i> money.", Instant.now());
        String xml = given().get(article.path() + "/comments.rss").then().statusCode(200)
                .contentType(containsString("application/rss+xml"))
                .extract().asString();
        // Escaped for HTML, then for XML: a feed reader decodes once and shows the tags as text (FeedEscapingTest).
        assertTrue(xml.contains("Schools need &amp;lt;i&amp;gt;more&amp;lt;/i&amp;gt; money."), xml);
        assertEquals(-1, xml.indexOf("<i>more"));
    }

    @Test
    void pagesSendSecurityHeaders() {
        given().get("/articles/" + IRAQ).then()
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("X-Content-Type-Options", "nosniff");
    }
}
