package org.parley.site;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.captcha.CaptchaService;
import org.parley.security.AccountService;
import org.parley.support.FormSession;
import org.parley.support.Staff;
import org.parley.support.TestArticles;

import io.quarkus.test.junit.QuarkusTest;

/** The reader's pages in the language the browser asks for, or the one the reader chose with the switch. */
@QuarkusTest
class ChinesePagesTest {

    @Inject
    ArticleService articles;

    @Inject
    CaptchaService captcha;

    @Inject
    AccountService accounts;

    @BeforeEach
    void staffExist() {
        Staff.exist(accounts);
    }

    @Test
    void aBrowserThatAsksForChineseGetsTheArticlePageInChinese() {
        ArticleView article = TestArticles.fresh(articles);
        given().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8").get(article.path()).then().statusCode(200)
                .body(containsString("<html lang=\"zh-CN\">"), containsString("发表您的评论"),
                        containsString("用户名"), containsString("种族歧视、辱骂和离题的评论可能会被版主删除。"),
                        containsString("0 条评论"), containsString("暂无评论。"), containsString("进入论坛 &gt;&gt;"),
                        not(containsString("Add your comments...")), not(containsString("User Name")));
    }

    @Test
    void englishOrNoPreferenceGetsEnglishAndEachLanguageHasItsOwnCachedPage() {
        ArticleView article = TestArticles.fresh(articles);
        given().header("Accept-Language", "zh-CN").get(article.path()).then().body(containsString("发表您的评论"));
        given().header("Accept-Language", "en-US").get(article.path()).then()
                .body(containsString("<html lang=\"en\">"), containsString("Add your comments..."),
                        not(containsString("发表您的评论")));
        given().get(article.path()).then().body(containsString("Add your comments..."));
        given().header("Accept-Language", "zh-CN").get(article.path()).then().body(containsString("发表您的评论"))
                .header("Vary", containsString("Accept-Language"));
        given().get("/rss.xml").then().header("Vary", containsString("Cookie"));
    }

    @Test
    void theSwitchRemembersTheChoiceAndGoesBackToThePage() {
        ArticleView article = TestArticles.fresh(articles);
        given().redirects().follow(false).header("Referer", "http://localhost:8081" + article.path() + "?page=1")
                .get("/language/zh-CN").then().statusCode(303)
                .header("Location", allOf(containsString(article.path() + "?page=1"), not(containsString("8081/"
                        + "language"))))
                .cookie("parley-lang", "zh-CN");
        given().cookie("parley-lang", "zh-CN").header("Accept-Language", "en").get(article.path()).then()
                .body(containsString("发表您的评论"));
        given().cookie("parley-lang", "en").header("Accept-Language", "zh-CN").get(article.path()).then()
                .body(containsString("Add your comments..."));
        given().redirects().follow(false).get("/language/fr").then().statusCode(404);
    }

    @Test
    void theSiteDefaultIsForReadersWhoseBrowserAsksForNoLanguageParleySpeaks() {
        ArticleView article = TestArticles.fresh(articles);
        Staff.admin().body(Map.of("defaultLanguage", "zh-CN")).put("/api/admin/settings").then().statusCode(200);
        try {
            given().get(article.path()).then().body(containsString("<html lang=\"zh-CN\">"));
            given().header("Accept-Language", "fr-FR,de;q=0.5").get(article.path()).then()
                    .body(containsString("发表您的评论"));
            given().header("Accept-Language", "en").get(article.path()).then()
                    .body(containsString("Add your comments"));
        } finally {
            Staff.admin().body("{\"defaultLanguage\": null}").put("/api/admin/settings").then().statusCode(200);
        }
        given().get(article.path()).then().body(containsString("<html lang=\"en\">"));
        Staff.admin().body(Map.of("defaultLanguage", "fr")).put("/api/admin/settings").then().statusCode(400);
    }

    @Test
    void theFormsMessagesAreInChineseToo() {
        ArticleView article = TestArticles.fresh(articles);
        FormSession form = FormSession.open(article.slug());
        form.post(captcha, "", "").header("Accept-Language", "zh-CN").post(article.path() + "/comments").then()
                .statusCode(400)
                .body(containsString("您的评论还没有发送。请检查："), containsString("请输入您的用户名。"),
                        containsString("请写下您的评论。"), not(containsString("Please enter your user name.")));
    }

    @Test
    void errorPagesAReaderMeetsAreInChineseToo() {
        given().header("Accept-Language", "zh-CN").get("/articles/no-such-article").then().statusCode(404)
                .body(containsString("<html lang=\"zh-CN\">"), containsString("找不到网页"),
                        containsString("这个地址没有文章。"));
        given().header("Accept-Language", "zh-CN").get("/no/such/page").then().statusCode(404)
                .body(containsString("这个地址什么也没有。"));
        ArticleView article = TestArticles.fresh(articles);
        given().header("Accept-Language", "zh-CN").redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("userName", "读者")
                .formParam("text", "没有令牌的表单").post(article.path() + "/comments").then().statusCode(403)
                .body(containsString("这个表单未能被接受"));
        given().header("Accept-Language", "en").get("/articles/no-such-article").then().statusCode(404)
                .body(containsString("There is no article at this address."));
    }

    @Test
    void theApiAnswersInTheLanguageAskedFor() {
        ArticleView article = TestArticles.fresh(articles);
        given().header("Accept-Language", "zh-CN").contentType("application/json")
                .body("{\"userName\":\"\",\"text\":\"hello\"}").post("/api" + article.path() + "/comments")
                .then().statusCode(400).body("error", equalTo("请输入您的用户名。"));
    }
}
