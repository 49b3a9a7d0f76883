package org.parley.comments;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.captcha.CaptchaService;
import org.parley.filter.CategoryScores;
import org.parley.filter.Decision;
import org.parley.filter.Verdict;
import org.parley.support.FormSession;
import org.parley.support.TestArticles;
import org.parley.support.TestComments;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * Texts made to keep the filter busy get an answer through every way in (the JSON API, the reader's form, the
 * staff's check), and a comment the filter could not judge in time tells the moderator why it waits for them.
 */
@QuarkusTest
class HostileCommentsTest {

    /** Far more than any of these texts takes; a thread held by one of them would never answer. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);

    @Inject
    ArticleService articles;

    @Inject
    CaptchaService captcha;

    @Inject
    ObjectMapper json;

    static List<String> hostileTexts() {
        return List.of(
                "see httр://t.co/abc",
                "httрs://bit.ly/x",
                "аеорсух".repeat(420),
                ". - _ * | \u200B".repeat(500).substring(0, 3000),
                "http://a.com httр://b.co/ ".repeat(115),
                "@a.b ".repeat(600),
                "f\u0301\u0308\u0336".repeat(750));
    }

    @ParameterizedTest
    @MethodSource("hostileTexts")
    void hostileTextPostedThroughTheApiIsAnswered(String text) {
        ArticleView article = TestArticles.fresh(articles);
        assertTimeoutPreemptively(ANSWER_WITHIN, () -> TestComments.post(captcha, article, "Tester", text)
                .then().statusCode(201)
                .body("status", oneOf("PUBLISHED", "PENDING", "REJECTED")));
    }

    @ParameterizedTest
    @MethodSource("hostileTexts")
    void hostileTextPostedThroughTheFormIsAnswered(String text) {
        ArticleView article = TestArticles.fresh(articles);
        FormSession form = FormSession.open(article.slug());
        assertTimeoutPreemptively(ANSWER_WITHIN, () -> form.post(captcha, "Tester", text)
                .post("/articles/" + article.slug() + "/comments")
                .then().statusCode(oneOf(303, 400)));
    }

    @Test
    @TestSecurity(user = "mod", roles = "moderator")
    void hostileTextsCheckedByStaffAreAnsweredTogether() {
        assertTimeoutPreemptively(ANSWER_WITHIN, () -> given().contentType("application/json")
                .body(Map.of("texts", hostileTexts())).post("/api/filter/check")
                .then().statusCode(200).body("$", hasSize(hostileTexts().size())));
    }

    @Test
    @TestSecurity(user = "mod", roles = "moderator")
    void commentTheFilterCouldNotJudgeInTimeSaysSoOnItsCard() throws Exception {
        ArticleView article = TestArticles.fresh(articles);
        Verdict tooLong = new Verdict(Decision.HOLD, 0, CategoryScores.ZERO, null, List.of(), 1,
                "the filter took too long (rule links)");
        String text = "see httр://t.co/abc";
        String verdict = json.writeValueAsString(tooLong);
        long id = QuarkusTransaction.requiringNew().call(() -> {
            Comment c = new Comment();
            c.articleId = article.id();
            c.userName = "Tester";
            c.text = text;
            c.status = CommentStatus.PENDING;
            c.decision = Decision.HOLD;
            c.verdict = verdict;
            c.textKey = TextKey.of(text);
            c.createdAt = Instant.now();
            c.updatedAt = c.createdAt;
            c.persist();
            return c.id;
        });
        given().accept("text/html").get("/moderation/comments/" + id).then().statusCode(200)
                .body(containsString("Held for you to judge:</strong> the filter took too long (rule links)"));
    }
}
