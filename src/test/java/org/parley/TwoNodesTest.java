package org.parley;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.parley.captcha.SecretHolder;
import org.parley.support.Eventually;
import org.parley.support.Node;
import org.parley.support.PackagedApp;
import org.parley.support.PostgresTestDatabase;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Two nodes of one site on one PostgreSQL behave as one: each is the packaged PostgreSQL build in a process of
 * its own, sharing nothing with the other but the database and the settings every node of a site shares (the
 * secret and the session key). What one node does, the other shows, refuses or counts.
 */
@EnabledIfSystemProperty(named = "quarkus.datasource.db-kind", matches = "postgresql",
        disabledReason = "PostgreSQL only: several nodes need a database they can share")
class TwoNodesTest {

    static final Duration PAGES_WITHIN = Duration.ofSeconds(2);
    static final Duration RULES_WITHIN = Duration.ofSeconds(5);
    static final String ADMIN_PASSWORD = "two-nodes-admin-password";
    static final String MODERATOR_PASSWORD = "two-nodes-moderator-password";
    static final String SECRET = "two-nodes-secret-" + UUID.randomUUID();
    static final int COMMENTS_PER_HOUR = 5;

    static final AtomicInteger CLIENTS = new AtomicInteger();

    static Node a;
    static Node b;
    static SecretHolder reader = new SecretHolder(SECRET);

    @BeforeAll
    static void startTwoNodesAtOnceOnAnEmptyDatabase() throws Exception {
        Path jar = PackagedApp.postgresJar();
        String database = emptyDatabase("two_nodes_" + ProcessHandle.current().pid());
        Map<String, String> site = new HashMap<>();
        site.put("QUARKUS_DATASOURCE_JDBC_URL", database);
        site.put("QUARKUS_DATASOURCE_USERNAME", "parley");
        site.put("QUARKUS_DATASOURCE_PASSWORD", "parley");
        site.put("PARLEY_SECRET", SECRET);
        site.put("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", "two-nodes-session-key-" + UUID.randomUUID());
        site.put("PARLEY_ADMIN_PASSWORD", ADMIN_PASSWORD);
        // The hourly limit is the one under test: a minute's window could end in the middle of the test.
        site.put("PARLEY_RATE_LIMIT_COMMENTS_PER_MINUTE", "1000");
        site.put("PARLEY_RATE_LIMIT_COMMENTS_PER_HOUR", Integer.toString(COMMENTS_PER_HOUR));
        Path folders = jar.getParent().getParent();
        a = Node.start("A", jar, folders.resolve("node-a"), site);
        b = Node.start("B", jar, folders.resolve("node-b"), site);
        a.awaitReady();
        b.awaitReady();
    }

    @AfterAll
    static void stopTheNodes() {
        for (Node node : new Node[] {a, b}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    void bothNodesStartingAtOnceOnAnEmptyDatabaseMakeOneSiteNotTwo() {
        List<String> onA = a.given().get("/api/articles").then().statusCode(200).extract().path("slug");
        List<String> onB = b.given().get("/api/articles").then().statusCode(200).extract().path("slug");
        assertEquals(onA, onB);
        assertEquals(onA.size(), onA.stream().distinct().count(), "each demo article once: " + onA);
        List<Object> versions = admin(a).get("/api/rules/versions").then().statusCode(200).extract().path("id");
        assertEquals(1, versions.size(), "one first rule-set version, not one per node");
    }

    @Test
    void aCommentPostedOnOneNodeIsOnTheOtherNodesPageForumAndFeedWithinTwoSeconds() {
        String slug = newArticle();
        List<String> pages = List.of("/articles/" + slug, "/forum", "/articles/" + slug + "/comments.rss");
        pages.forEach(page -> b.given().get(page).then().statusCode(200));
        String text = "The tram line vote was close, " + UUID.randomUUID() + ", and the depot plan needs work.";

        post(a, "192.0.2.1", slug, text).then().statusCode(201).body("status", equalTo("PUBLISHED"));

        for (String page : pages) {
            Eventually.within(PAGES_WITHIN, "node A's comment on node B's " + page,
                    () -> b.given().get(page).asString().contains(text));
        }
    }

    @Test
    void aCommentHeldOnOneNodeApprovedOnTheOtherIsOnTheFirstNodesPageAndRemovedThereAgainWithinTwoSeconds() {
        String slug = newArticle();
        String page = "/articles/" + slug;
        String text = "The tram depot should stay where it is, " + UUID.randomUUID() + ".";
        a.given().get(page).then().statusCode(200);
        int id = postForReview(a, "192.0.2.2", slug, text).then().statusCode(201)
                .body("status", equalTo("PENDING")).extract().path("id");

        admin(b).post("/api/moderation/comments/" + id + "/approve").then().statusCode(200);
        Eventually.within(PAGES_WITHIN, "approved on node B, on node A's page",
                () -> a.given().get(page).asString().contains(text));

        admin(b).body(Map.of("reason", "OFF_TOPIC")).post("/api/moderation/comments/" + id + "/remove")
                .then().statusCode(200);
        Eventually.within(PAGES_WITHIN, "removed on node B, gone from node A's page",
                () -> !a.given().get(page).asString().contains(text));
    }

    @Test
    void aModeratorsSessionFromOneNodeWorksOnTheOtherUntilLoggedOutOnTheFirst() {
        Map<String, String> cookies = logIn(a, "admin", ADMIN_PASSWORD);
        b.given().cookies(cookies).get("/moderation").then().statusCode(200);

        a.given().cookies(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", cookies.get("csrf-token")).post("/logout").then().statusCode(303);

        Response afterwards = b.given().cookies(cookies).get("/moderation");
        assertNotEquals(200, afterwards.statusCode(), "logged out on node A, refused on node B");
        b.given().cookies(cookies).get("/api/moderation/queue").then().statusCode(401);
    }

    @Test
    void aModeratorsSessionsOnTheOtherNodeEndWhenTheAccountIsDisabledOrGivenANewPasswordOnTheFirst() {
        for (Map<String, Object> change : List.<Map<String, Object>>of(Map.of("enabled", false),
                Map.of("password", "a new password for this moderator"))) {
            String name = "mod-" + UUID.randomUUID().toString().substring(0, 8);
            int id = admin(a).body(Map.of("username", name, "password", MODERATOR_PASSWORD, "role", "moderator"))
                    .post("/api/admin/accounts").then().statusCode(201).extract().path("id");
            Map<String, String> cookies = logIn(a, name, MODERATOR_PASSWORD);
            b.given().cookies(cookies).get("/api/moderation/queue").then().statusCode(200);

            if (change.containsKey("enabled")) {
                admin(a).body(change).put("/api/admin/accounts/" + id).then().statusCode(200);
            } else {
                admin(a).body(change).post("/api/admin/accounts/" + id + "/password").then().statusCode(200);
            }

            b.given().cookies(cookies).get("/api/moderation/queue").then().statusCode(401);
        }
    }

    @Test
    void aCaptchaTriedOnOneNodeIsUsedUpOnTheOther() {
        String slug = newArticle();
        String client = "192.0.2.4";
        String token = captcha(a, client);
        comment(a, client, slug, "The tram line is a good plan.", token, "not the words")
                .then().statusCode(400).body("error",
                        equalTo("The words you typed do not match the image. Please try the new image."));

        comment(b, client, slug, "The tram line is a good plan.", token, reader.answer(token))
                .then().statusCode(400).body("error",
                        equalTo("That image was already used. Please type the words in the new image."));
    }

    @Test
    void aRuleAddedOnOneNodeJudgesOnTheOtherWithinFiveSecondsAndItsVerdictsNameTheNewVersion() {
        String term = "zorblatt" + Long.toString(System.nanoTime() % 100_000, 26).replaceAll("[0-9]", "q");
        String name = "two-nodes-" + term;
        int id = admin(a).body(Map.of("name", name, "type", "TERMS", "category", "abusive", "score", 10,
                "mode", "ENFORCE", "terms", List.of(term)))
                .post("/api/rules").then().statusCode(201).extract().path("id");
        try {
            int version = admin(a).get("/api/rules/versions").then().statusCode(200).extract().path("[0].id");
            Map<String, Object> check = Map.of("texts", List.of("Such a " + term + " of a council."));

            Eventually.within(RULES_WITHIN, "node A's new rule in force on node B", () -> admin(b).body(check)
                    .post("/api/filter/check").then().statusCode(200).extract().<List<String>>path("[0].hits.rule")
                    .contains(name));
            admin(b).body(check).post("/api/filter/check").then().body("[0].rulesetVersion", equalTo(version));
        } finally {
            admin(a).delete("/api/rules/" + id).then().statusCode(200);
        }
    }

    @Test
    void aSettingChangedOnOneNodeIsInForceOnTheOtherWithinFiveSeconds() {
        String slug = newArticle();
        try {
            admin(a).body(Map.of("captchaEnabled", false)).put("/api/admin/settings").then().statusCode(200);
            Eventually.within(RULES_WITHIN, "the captcha turned off on node A, off on node B",
                    () -> postWithoutCaptcha(b, slug) == 201);
        } finally {
            Map<String, Object> back = new HashMap<>();
            back.put("captchaEnabled", null);
            admin(a).body(back).put("/api/admin/settings").then().statusCode(200);
        }
        Eventually.within(RULES_WITHIN, "the captcha back on on node B", () -> postWithoutCaptcha(b, slug) == 400);
    }

    @Test
    void tenPostsFromOneClientSplitOverBothNodesAreHeldToThePerClientLimit() {
        String slug = newArticle();
        for (int attempt = 1; ; attempt++) {
            String client = "198.51.100." + attempt;
            Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
            List<Integer> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                Node node = i % 2 == 0 ? a : b;
                answers.add(post(node, client, slug, "The tram line, comment " + i + " " + UUID.randomUUID() + ".")
                        .statusCode());
            }
            // The limit's window is the clock hour: ten posts across its end rightly have two budgets.
            if (!hour.equals(Instant.now().truncatedTo(ChronoUnit.HOURS)) && attempt < 3) {
                continue;
            }
            assertEquals(COMMENTS_PER_HOUR, answers.stream().filter(s -> s == 201).count(), "accepted: " + answers);
            assertEquals(10 - COMMENTS_PER_HOUR, answers.stream().filter(s -> s == 429).count(), "refused: " + answers);
            return;
        }
    }

    @Test
    void theLiveQueueCountsOnOneNodeFollowACommentHeldOnTheOther() throws Exception {
        String slug = newArticle();
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpRequest stream = HttpRequest.newBuilder(URI.create(b.url + "/moderation/events"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "text/event-stream").build();
        CompletableFuture<Void> listening = HttpClient.newHttpClient()
                .sendAsync(stream, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(r -> r.body().filter(l -> l.startsWith("data:")).forEach(events::add));
        try {
            String first = events.poll(10, TimeUnit.SECONDS);
            assertTrue(first != null, "node B sends the counts at once");

            postForReview(a, "192.0.2.7", slug, "The tram depot, " + UUID.randomUUID() + ".").then().statusCode(201);

            String next = events.poll(PAGES_WITHIN.toMillis() + 3_000, TimeUnit.MILLISECONDS);
            assertTrue(next != null && !next.equals(first), "node B's counts change: " + first + " then " + next);
        } finally {
            listening.cancel(true);
        }
    }

    private static String newArticle() {
        String slug = "two-nodes-" + UUID.randomUUID().toString().substring(0, 8);
        admin(a).body(Map.of("title", "Council backs the new tram line", "slug", slug,
                "body", "The city council voted for the new tram line and its depot.\n\nThe tram line opens in 2028."))
                .post("/api/articles").then().statusCode(201);
        return slug;
    }

    private static RequestSpecification admin(Node node) {
        return node.given().auth().preemptive().basic("admin", ADMIN_PASSWORD).contentType("application/json");
    }

    private static String captcha(Node node, String client) {
        return node.from(client).contentType("application/json").post("/api/captcha")
                .then().statusCode(201).extract().path("token");
    }

    /** A reader's post with the captcha solved, as any reader who can read the image sends it. */
    private static Response post(Node node, String client, String slug, String text) {
        String token = captcha(node, client);
        return comment(node, client, slug, text, token, reader.answer(token));
    }

    private static Response comment(Node node, String client, String slug, String text, String token,
            String answer) {
        return node.from(client).contentType("application/json")
                .body(Map.of("userName", "Tram rider", "text", text, "captchaToken", token, "captchaAnswer", answer))
                .post("/api/articles/" + slug + "/comments");
    }

    /** A post without any captcha, each from a client of its own so that no limit is reached: its status. */
    private static int postWithoutCaptcha(Node node, String slug) {
        int client = CLIENTS.incrementAndGet();
        return node.from("10.77." + client / 256 + "." + client % 256).contentType("application/json")
                .body(Map.of("userName", "Tram rider", "text", "The tram line is welcome."))
                .post("/api/articles/" + slug + "/comments").statusCode();
    }

    /** A reader's post who could not read the image: held for a moderator. */
    private static Response postForReview(Node node, String client, String slug, String text) {
        return node.from(client).contentType("application/json")
                .body(Map.of("userName", "Tram rider", "text", text, "captchaToken", captcha(node, client),
                        "captchaReview", true))
                .post("/api/articles/" + slug + "/comments");
    }

    private static Map<String, String> logIn(Node node, String name, String password) {
        Response page = node.given().get("/login");
        Response login = node.given().contentType("application/x-www-form-urlencoded")
                .formParam("j_username", name).formParam("j_password", password).post("/j_security_check");
        assertEquals(302, login.statusCode(), "logged in on " + node);
        Map<String, String> cookies = new HashMap<>(page.getCookies());
        cookies.putAll(login.getCookies());
        return cookies;
    }

    private static String emptyDatabase(String name) throws Exception {
        String cluster = PostgresTestDatabase.clusterUrl();
        try (Connection c = DriverManager.getConnection(cluster, "parley", "parley");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
        }
        return cluster.substring(0, cluster.lastIndexOf('/') + 1) + name;
    }
}
