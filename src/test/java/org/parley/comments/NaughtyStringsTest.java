package org.parley.comments;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.captcha.CaptchaService;
import org.parley.captcha.Challenge;
import org.parley.support.Captchas;
import org.parley.support.TestArticles;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every line of the Big List of Naughty Strings, as name and as text: never a server error, and what is
 * accepted is stored as sent (after NFC) and shown escaped.
 */
@QuarkusTest
class NaughtyStringsTest {

    private static final Path BLNS = Path.of("../shared/data/blns/blns.txt");

    @Inject
    ArticleService articles;

    @Inject
    CaptchaService captcha;

    @Test
    void noNaughtyStringBreaksPostingOrThePage() throws IOException {
        Assumptions.assumeTrue(Files.exists(BLNS), "skipped: " + BLNS.toAbsolutePath() + " is not present");
        List<String> lines = Files.readAllLines(BLNS, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        ArticleView article = TestArticles.fresh(articles);
        List<String> published = new ArrayList<>();
        for (String line : lines) {
            Challenge c = captcha.issue();
            Response r = given().contentType("application/json")
                    .body(Map.of("userName", "Naughty tester", "text", line,
                            "captchaToken", c.token(), "captchaAnswer", Captchas.answer(captcha, c.token())))
                    .post("/api/articles/" + article.slug() + "/comments");
            assertTrue(r.statusCode() == 201 || r.statusCode() == 400, line + " -> " + r.statusCode());
            if (r.statusCode() == 201 && "PUBLISHED".equals(r.path("status"))) {
                published.add(line);
            }

            Challenge n = captcha.issue();
            int asName = given().contentType("application/json")
                    .body(Map.of("userName", line, "text", "A plain comment about the budget.",
                            "captchaToken", n.token(), "captchaAnswer", Captchas.answer(captcha, n.token())))
                    .post("/api/articles/" + article.slug() + "/comments").statusCode();
            assertTrue(asName == 201 || asName == 400, "name " + line + " -> " + asName);
        }
        assertFalse(published.isEmpty());

        List<String> stored = given().get("/api/articles/" + article.slug() + "/comments").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.userName == 'Naughty tester' }.text", String.class);
        for (int i = 0; i < published.size(); i++) {
            String expected = Normalizer.normalize(published.get(i), Normalizer.Form.NFC).strip();
            if (expected.chars().noneMatch(ch -> Character.getType(ch) == Character.CONTROL && ch != '\t')
                    && expected.codePoints().noneMatch(cp -> cp >= 0x202A && cp <= 0x202E
                            || cp >= 0x2066 && cp <= 0x2069 || cp == 0x200E || cp == 0x200F || cp == 0x061C)) {
                assertTrue(stored.contains(expected), "stored as sent: " + expected);
            }
        }

        for (int page = 1; page <= (published.size() + 49) / 50; page++) {
            String html = given().get(article.path() + "?page=" + page).then().statusCode(200).extract().asString();
            assertFalse(html.contains("<script>alert"), "no raw script on page " + page);
            assertFalse(html.contains("<img src=x"), "no raw img on page " + page);
            assertEquals(1, count(html, "<textarea"), "the form is still whole on page " + page);
        }
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }
}
