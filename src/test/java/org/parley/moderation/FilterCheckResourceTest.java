package org.parley.moderation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.security.Account;
import org.parley.security.AccountService;
import org.parley.security.Roles;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class FilterCheckResourceTest {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "test-admin-password";
    static final String MODERATOR = "check-moderator";
    static final String MODERATOR_PASSWORD = "check-moderator-password";

    @Inject
    AccountService accounts;

    @BeforeEach
    void aModeratorExists() {
        boolean exists = QuarkusTransaction.requiringNew().call(() -> Account.count("username", MODERATOR) > 0);
        if (!exists) {
            accounts.create(MODERATOR, MODERATOR_PASSWORD, Roles.MODERATOR);
        }
    }

    @Test
    void aModeratorChecksTextsAndSeesDecisionsScoresAndHits() {
        as(MODERATOR, MODERATOR_PASSWORD)
                .body(Map.of("texts", List.of("A thoughtful remark about the budget.", "You fucking idiot.")))
                .post("/api/filter/check")
                .then().statusCode(200)
                .body("$", hasSize(2))
                .body("[0].decision", equalTo("PUBLISH"))
                .body("[0].score", equalTo(0))
                .body("[0].categories.racist", equalTo(0))
                .body("[0].hits", hasSize(0))
                .body("[1].decision", notNullValue())
                .body("[1].categories.abusive", greaterThan(0))
                .body("[1].hits[0].rule", notNullValue())
                .body("[1].hits[0].category", equalTo("abusive"))
                .body("[1].hits[0].start", notNullValue())
                .body("[1].hits[0].end", notNullValue())
                .body("[1].hits[0].match", notNullValue());
    }

    @Test
    void hitsPointAtTheOriginalCharactersAfterNormalising() {
        String text = "well \uFF46\uFF55\uFF43\uFF4B you";
        as(ADMIN, ADMIN_PASSWORD)
                .body(Map.of("texts", List.of(text)))
                .post("/api/filter/check")
                .then().statusCode(200)
                .body("[0].hits.find { it.match == '\uFF46\uFF55\uFF43\uFF4B' }.start", equalTo(5))
                .body("[0].hits.find { it.match == '\uFF46\uFF55\uFF43\uFF4B' }.end", equalTo(9));
    }

    @Test
    void textsCanBeCheckedAsCommentsOnAnArticle() {
        as(ADMIN, ADMIN_PASSWORD)
                .body(Map.of("article", "us-to-withdraw-troops-from-iraq",
                        "texts", List.of("The drawdown of troops from Iraq is overdue.")))
                .post("/api/filter/check")
                .then().statusCode(200)
                .body("[0].decision", equalTo("PUBLISH"));
    }

    @Test
    void anUnknownArticleIsNamed() {
        as(ADMIN, ADMIN_PASSWORD)
                .body(Map.of("article", "no-such-article", "texts", List.of("x")))
                .post("/api/filter/check")
                .then().statusCode(404)
                .body("field", equalTo("article"));
    }

    @Test
    void atMostAThousandTextsAtOnce() {
        as(ADMIN, ADMIN_PASSWORD)
                .body(Map.of("texts", Collections.nCopies(1001, "hello")))
                .post("/api/filter/check")
                .then().statusCode(400)
                .body("error", containsString("1000"));
        as(ADMIN, ADMIN_PASSWORD)
                .body(Map.of("texts", Collections.nCopies(1000, "hello")))
                .post("/api/filter/check")
                .then().statusCode(200)
                .body("$", hasSize(1000));
    }

    @Test
    void readersCannotUseIt() {
        given().contentType("application/json").body(Map.of("texts", List.of("x")))
                .post("/api/filter/check")
                .then().statusCode(401);
        as(ADMIN, "wrong").body(Map.of("texts", List.of("x")))
                .post("/api/filter/check")
                .then().statusCode(401);
    }

    @Test
    void aMissingListIsABadRequest() {
        as(ADMIN, ADMIN_PASSWORD).body(Map.of("article", "x"))
                .post("/api/filter/check")
                .then().statusCode(400)
                .body("field", equalTo("texts"));
    }

    private static RequestSpecification as(String user, String password) {
        return given().auth().preemptive().basic(user, password).contentType("application/json");
    }
}
