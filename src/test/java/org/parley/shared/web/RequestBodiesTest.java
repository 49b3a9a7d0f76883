package org.parley.shared.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.security.Account;
import org.parley.security.AccountService;
import org.parley.support.Routes;
import org.parley.support.Routes.Route;
import org.parley.support.Staff;
import org.parley.support.TestArticles;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Broken and odd request bodies are the client's fault: every form and every JSON route answers them with a 4xx
 * that says what is wrong (the error page, or {@code {"error", "field"}}), and none of them writes an ERROR.
 */
@QuarkusTest
class RequestBodiesTest {

    /** An overlong encoding of "/": Jackson used to read it as a slash. */
    private static final byte[] OVERLONG_SLASH = {'a', (byte) 0xC0, (byte) 0xAF, 'b'};

    @Inject
    AccountService accounts;

    @Inject
    ArticleService articles;

    ArticleView article;
    final List<LogRecord> errors = new ArrayList<>();
    final Handler errorCatcher = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                synchronized (errors) {
                    errors.add(record);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void setUp() {
        Staff.exist(accounts);
        article = TestArticles.fresh(articles);
        java.util.logging.Logger.getLogger("").addHandler(errorCatcher);
    }

    @AfterEach
    void noErrorWasLogged() {
        java.util.logging.Logger.getLogger("").removeHandler(errorCatcher);
        synchronized (errors) {
            assertEquals(List.of(), errors.stream().map(r -> r.getLoggerName() + ": " + r.getMessage()).toList(),
                    "a client's broken request is not an error of ours");
        }
    }

    @Test
    void everyFormAnswersABrokenPercentEscapeWithAPageThatSaysSo() {
        Staff.Session admin = Staff.login(Staff.ADMIN, Staff.ADMIN_PASSWORD).withCsrf();
        List<String> wrong = new ArrayList<>();
        for (Route route : forms()) {
            Response answer = admin.request().accept("text/html").contentType("application/x-www-form-urlencoded")
                    .body("csrf-token=" + admin.csrfToken() + "&text=a%ZZb&userName=x%G").post(route.path(this::value));
            if (answer.statusCode() != 400 || !answer.asString().contains("broken character escape")) {
                wrong.add(route + " -> " + answer.statusCode());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyFormRefusesBytesThatAreNotUtf8() {
        Staff.Session admin = Staff.login(Staff.ADMIN, Staff.ADMIN_PASSWORD).withCsrf();
        List<String> wrong = new ArrayList<>();
        for (Route route : forms()) {
            // (A form that declares another charset, as ISO-8859-1, is read in that one.)
            Response answer = admin.request().accept("text/html")
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .body("csrf-token=" + admin.csrfToken() + "&text=a%C0%AFb&userName=Overlong")
                    .post(route.path(this::value));
            if (answer.statusCode() != 400 || !answer.asString().contains("not valid UTF-8")) {
                wrong.add(route + " -> " + answer.statusCode());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyFormPostWithoutAContentTypeIsA415() {
        Staff.Session admin = Staff.login(Staff.ADMIN, Staff.ADMIN_PASSWORD).withCsrf();
        List<String> wrong = new ArrayList<>();
        for (Route route : forms()) {
            Response answer = admin.request().accept("text/html").noContentType()
                    .header("X-CSRF-TOKEN", admin.csrfToken()).post(route.path(this::value));
            if (answer.statusCode() != 415 || !answer.asString().contains("Content-Type")) {
                wrong.add(route + " -> " + answer.statusCode());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyJsonRouteRefusesInvalidUtf8() {
        byte[] body = concat("{\"text\": \"".getBytes(StandardCharsets.US_ASCII), OVERLONG_SLASH,
                "\", \"userName\": \"x\"}".getBytes(StandardCharsets.US_ASCII));
        List<String> wrong = new ArrayList<>();
        for (Route route : jsonRoutes()) {
            Response answer = Staff.admin().body(body).request(route.method(), route.path(this::value));
            if (answer.statusCode() != 400 || !"What you sent is not valid UTF-8 text.".equals(error(answer))) {
                wrong.add(route + " -> " + answer.statusCode() + " " + answer.asString());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aCommentWithAnOverlongSlashIsNotStored() {
        byte[] body = concat("{\"userName\": \"Overlong\", \"text\": \"".getBytes(StandardCharsets.US_ASCII),
                OVERLONG_SLASH, " is not a slash\"}".getBytes(StandardCharsets.US_ASCII));
        Staff.anonymous().body(body).post("/api/articles/" + article.slug() + "/comments").then().statusCode(400)
                .body("error", containsString("UTF-8"));
        given().get("/api/articles/" + article.slug() + "/comments").then().body(containsString("[]"));
    }

    @Test
    void aJsonBodyWithoutContentTypeIsA415AndNothingIsStored() throws Exception {
        // java.net.http sends no Content-Type unless told; rest-assured always names one.
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(io.restassured.RestAssured.baseURI + ":"
                        + io.restassured.RestAssured.port + "/api/articles/" + article.slug() + "/comments"))
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                "{\"userName\": \"Untyped\", \"text\": \"A comment without a content type.\"}"))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(415, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("Content-Type"), answer.body());
        given().get("/api/articles/" + article.slug() + "/comments").then().body(containsString("[]"));
    }

    @Test
    void everyJsonRouteRefusesABodyOfAnotherType() {
        List<String> wrong = new ArrayList<>();
        for (Route route : jsonRoutes()) {
            Response answer = given().auth().preemptive().basic(Staff.ADMIN, Staff.ADMIN_PASSWORD)
                    .contentType("application/octet-stream").body("{}".getBytes(StandardCharsets.US_ASCII))
                    .request(route.method(), route.path(this::value));
            if (answer.statusCode() != 415 || error(answer) == null) {
                wrong.add(route + " -> " + answer.statusCode() + " " + answer.asString());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aJsonBodyOfTheWrongShapeIsA400ThatSaysWhat() {
        List<String> wrong = new ArrayList<>();
        for (Route route : jsonRoutes()) {
            Response answer = Staff.admin().body("\"hi\"").request(route.method(), route.path(this::value));
            if (answer.statusCode() != 400 || error(answer) == null) {
                wrong.add(route + " -> " + answer.statusCode() + " " + answer.asString());
            }
        }
        assertEquals(List.of(), wrong);
        String comments = "/api/articles/" + article.slug() + "/comments";
        Staff.anonymous().body("[1]").post(comments).then().statusCode(400).body("error", containsString("JSON object"));
        Staff.anonymous().body(Map.of("userName", Map.of("a", 1), "text", "A name that is an object."))
                .post(comments).then().statusCode(400).body("field", org.hamcrest.Matchers.equalTo("userName"));
        Staff.anonymous().body(Map.of("userName", 5, "text", "A name that is a number."))
                .post(comments).then().statusCode(400).body("field", org.hamcrest.Matchers.equalTo("userName"));
        Staff.anonymous().body(Map.of("userName", "Reader", "text", true))
                .post(comments).then().statusCode(400).body("field", org.hamcrest.Matchers.equalTo("text"));
        Staff.moderator().body(Map.of("action", "approve", "ids", List.of("seven"))).post("/api/moderation/bulk")
                .then().statusCode(400).body("field", org.hamcrest.Matchers.equalTo("ids[0]"));
    }

    @Test
    void aDisabledAccountCallingTheApiGets401NotARedirect() {
        String name = Staff.newModerator(accounts);
        Staff.Session session = Staff.login(name, Staff.PASSWORD);
        session.request().get("/api/moderation/counts").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> Account.findByUsername(name).orElseThrow().enabled = false);

        session.request().get("/api/moderation/counts").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic")).body("error", containsString("log in"));
        given().auth().preemptive().basic(name, Staff.PASSWORD).redirects().follow(false)
                .get("/api/moderation/counts").then().statusCode(401).body("error", containsString("log in"));
        session.request().get("/moderation").then().statusCode(302).header("Location", containsString("/login"));
    }

    /** The HTML forms: every POST outside the API that takes a url-encoded form. */
    private static List<Route> forms() {
        List<Route> forms = Routes.all().stream().filter(r -> r.changes() && !r.api()
                && r.consumes().contains("application/x-www-form-urlencoded")).toList();
        assertTrue(forms.size() >= 11, "the walk finds the forms: " + forms);
        return forms;
    }

    private static List<Route> jsonRoutes() {
        List<Route> json = Routes.all().stream().filter(r -> r.changes() && r.consumesJson()).toList();
        assertTrue(json.size() >= 15, "the walk finds the JSON routes: " + json);
        return json;
    }

    private String value(String param) {
        return switch (param) {
            case "slug" -> article.slug();
            case "name" -> "reportThreshold";
            case "userName" -> "Nobody";
            default -> "1";
        };
    }

    private static String error(Response answer) {
        try {
            return answer.jsonPath().getString("error");
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
