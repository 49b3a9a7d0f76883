package org.parley.site;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ArticleApiResourceTest {

    static final String ADMIN = "admin";
    static final String PASSWORD = "test-admin-password";

    @Test
    void anyoneCanListArticlesWithCommentCounts() {
        given().get("/api/articles").then().statusCode(200)
                .body("slug", hasItem("us-to-withdraw-troops-from-iraq"))
                .body("find { it.slug == 'us-to-withdraw-troops-from-iraq' }.commentCount", notNullValue())
                .body("find { it.slug == 'us-to-withdraw-troops-from-iraq' }.publishedAt", notNullValue());
    }

    @Test
    void adminCreatesAnArticleThatAppearsOnTheSite() {
        String slug = given().auth().preemptive().basic(ADMIN, PASSWORD)
                .contentType("application/json")
                .body("{\"title\": \"Harbour ferry returns after repairs\", \"body\": \"The ferry is back.\\n\\nTickets are on sale.\", \"tags\": [\"Transport\"]}")
                .post("/api/articles")
                .then().statusCode(201)
                .body("slug", equalTo("harbour-ferry-returns-after-repairs"))
                .body("title", equalTo("Harbour ferry returns after repairs"))
                .extract().path("slug");
        given().get("/articles/" + slug).then().statusCode(200)
                .body(containsString("Tickets are on sale."), containsString("No comments."));
        given().get("/api/articles").then().body("slug", hasItem(slug));
    }

    @Test
    void theSameTitleTwiceGetsADistinctSlug() {
        String body = "{\"title\": \"Council meets again\", \"body\": \"Another session.\"}";
        given().auth().preemptive().basic(ADMIN, PASSWORD).contentType("application/json").body(body)
                .post("/api/articles").then().statusCode(201);
        given().auth().preemptive().basic(ADMIN, PASSWORD).contentType("application/json").body(body)
                .post("/api/articles").then().statusCode(201).body("slug", equalTo("council-meets-again-2"));
    }

    @Test
    void creatingAnArticleNeedsAnAdmin() {
        given().contentType("application/json").body("{\"title\": \"x\", \"body\": \"y\"}")
                .post("/api/articles").then().statusCode(401);
        given().auth().preemptive().basic(ADMIN, "wrong password").contentType("application/json")
                .body("{\"title\": \"x\", \"body\": \"y\"}")
                .post("/api/articles").then().statusCode(401);
    }

    @Test
    void anArticleWithoutTitleIsRefusedWithTheField() {
        given().auth().preemptive().basic(ADMIN, PASSWORD).contentType("application/json")
                .body("{\"body\": \"Text without a title.\"}")
                .post("/api/articles").then().statusCode(400)
                .body("field", equalTo("title"))
                .body("error", containsString("title"));
    }

    @Test
    void malformedJsonIsAJsonError() {
        given().auth().preemptive().basic(ADMIN, PASSWORD).contentType("application/json")
                .body("{\"title\": ")
                .post("/api/articles").then().statusCode(400)
                .contentType(containsString("application/json"))
                .body("error", notNullValue());
    }
}
