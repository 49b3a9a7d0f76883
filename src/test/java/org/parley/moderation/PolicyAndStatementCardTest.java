package org.parley.moderation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.captcha.CaptchaService;
import org.parley.comments.CommentService;
import org.parley.comments.CommentStatus;
import org.parley.comments.SubmissionOutcome;
import org.parley.security.AccountService;
import org.parley.support.Comments;
import org.parley.support.Staff;
import org.parley.support.TestArticles;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * What a moderator is told about a comment that the site's profanity policy held, and about a statement the filter
 * found, with the same words in the card, the queue API, the filter check and the test bench.
 */
@QuarkusTest
class PolicyAndStatementCardTest {

    static final String HELD_BY_POLICY = "Held by the site's policy on profanity: \u201CFuck\u201D (rule profanity).";

    @Inject
    ArticleService articles;

    @Inject
    CommentService comments;

    @Inject
    CaptchaService captcha;

    @Inject
    AccountService accounts;

    /** Letters only, so that no number in a name or text changes what the filter reads. */
    private static String unique() {
        StringBuilder letters = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            letters.append(Character.isDigit(c) ? (char) ('g' + c - '0') : c);
        }
        return letters.toString();
    }

    @Test
    @TestSecurity(user = "mod", roles = "moderator")
    void aCommentHeldByTheProfanityPolicySaysSoOnItsCard() {
        ArticleView article = TestArticles.fresh(articles);
        SubmissionOutcome.Accepted held = Comments.post(comments, captcha, article, "Swearer " + unique(),
                "Fuck yeah, what a day " + unique());
        assertEquals(CommentStatus.PENDING, held.status(), "the shipped setting holds untargeted profanity");
        given().accept("text/html").get("/moderation?article=" + article.slug()).then().statusCode(200)
                .body(containsString("<p class=\"mod-policy\" role=\"note\">" + HELD_BY_POLICY.replace("'", "&#39;")
                        + "</p>"),
                        containsString("abusive, the site&#39;s policy on profanity: its score does not count"),
                        containsString("title=\"profanity (abusive, the site&#39;s policy on profanity)\">Fuck</mark>"),
                        not(containsString("mod-chip-abusive")));
    }

    @Test
    @TestSecurity(user = "mod", roles = "moderator")
    void theQueueApiCarriesThePolicyAndTheVerdictsWords() {
        ArticleView article = TestArticles.fresh(articles);
        long id = Comments.post(comments, captcha, article, "Swearer " + unique(),
                // On the article's subject, so that only the policy speaks: an off-topic score would reject it.
                "Fuck yeah, a budget for schools and hospitals " + unique()).commentId();
        given().get("/api/moderation/comments/" + id).then().statusCode(200)
                .body("decision", equalTo("HOLD"))
                .body("score", equalTo(0))
                .body("policies", hasSize(1))
                .body("policies[0].policy", equalTo("profanity"))
                .body("policies[0].setting", equalTo("HOLD"))
                .body("policies[0].decided", equalTo(true))
                .body("policies[0].message", equalTo(HELD_BY_POLICY))
                .body("hits[0].policy", equalTo("profanity"));
    }

    @Test
    @TestSecurity(user = "mod", roles = "moderator")
    void aStatementIsMarkedAsItsGroupAndWhatItSaysOfIt() {
        ArticleView article = TestArticles.fresh(articles);
        String text = "Honestly, Kurds are all vermin. Signed " + unique() + ".";
        SubmissionOutcome.Accepted held = Comments.post(comments, captcha, article, "Writer " + unique(), text);
        assertEquals(CommentStatus.PENDING, held.status());
        given().accept("text/html").get("/moderation?article=" + article.slug()).then().statusCode(200)
                .body(containsString("Honestly, <mark class=\"hit hit-racist hit-part-group\" "
                        + "title=\"statements-about-groups: the group (racist)\">Kurds<span class=\"mod-sr\"> (the "
                        + "group)</span></mark> are all <mark class=\"hit hit-racist abusive hit-part-predicate\" "
                        + "title=\"statements-about-groups: what is said of it (racist); insults (abusive)\">vermin"
                        + "<span class=\"mod-sr\">"
                        + " (what is said of it)</span></mark>. Signed"),
                        containsString("matched &ldquo;<bdi>Kurds</bdi>&rdquo; <span class=\"mod-part-role\">(the "
                                + "group)</span>, &ldquo;<bdi>vermin</bdi>&rdquo; <span class=\"mod-part-role\">(what "
                                + "is said of it)</span>"));
        given().get("/api/moderation/comments/" + held.commentId()).then().statusCode(200)
                .body("hits.findAll { it.rule == 'statements-about-groups' }", hasSize(1))
                .body("hits.find { it.rule == 'statements-about-groups' }.start", equalTo(10))
                .body("hits.find { it.rule == 'statements-about-groups' }.end", equalTo(30))
                .body("hits.find { it.rule == 'statements-about-groups' }.parts.role",
                        equalTo(List.of("group", "predicate")))
                .body("hits.find { it.rule == 'statements-about-groups' }.parts.match",
                        equalTo(List.of("Kurds", "vermin")))
                .body("hits.find { it.rule == 'statements-about-groups' }.parts[1].start", equalTo(24))
                .body("hits.find { it.rule == 'statements-about-groups' }.parts[1].utf16End", equalTo(30));
    }

    @Test
    void theFilterCheckAnswersWithThePolicyAndThePartsInTheSameWords() {
        Staff.exist(accounts);
        Staff.moderator().body(Map.of("texts", List.of("Fuck yeah, what a day", "Honestly, Kurds are all vermin.",
                "A thoughtful remark.")))
                .post("/api/filter/check").then().statusCode(200)
                .body("[0].decision", equalTo("HOLD"))
                .body("[0].category", equalTo("abusive"))
                .body("[0].policies[0].message", equalTo(HELD_BY_POLICY))
                .body("[1].hits.find { it.rule == 'statements-about-groups' }.parts.role",
                        equalTo(List.of("group", "predicate")))
                .body("[1].hits.find { it.rule == 'statements-about-groups' }.match", equalTo("Kurds are all vermin"))
                .body("[2].policies", hasSize(0))
                .body("[2].hits", hasSize(0));
    }

    @Test
    void theTestBenchShowsThePolicyAndMarksTheStatementsParts() {
        Staff.exist(accounts);
        Staff.Session session = Staff.login(Staff.newModerator(accounts), Staff.PASSWORD);
        io.restassured.response.Response page = session.request().get("/admin/test-bench");
        java.util.Map<String, String> cookies = new java.util.HashMap<>(session.cookies());
        cookies.putAll(page.getCookies());
        Staff.Session withToken = new Staff.Session(session.status(), session.location(), cookies);
        withToken.request().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", withToken.csrfToken())
                .formParam("text", "Fuck yeah, Kurds are all vermin.").formParam("userName", "")
                .formParam("article", "")
                .post("/admin/test-bench").then().statusCode(200)
                // The statement holds it on points already: the policy says it agrees rather than that it decided.
                .body(containsString("<p class=\"mod-policy\" role=\"note\">The site&#39;s policy on profanity "
                        + "holds it, as the score does: \u201CFuck\u201D (rule profanity).</p>"),
                        containsString("(not counted: the site&#39;s policy on profanity decides)"),
                        containsString("hit-part-group"), containsString("hit-part-predicate"),
                        containsString("<li><q>Kurds</q> <span class=\"mod-part-role\">(the group, 11–16)</span></li>"),
                        containsString("<li><q>vermin</q> <span class=\"mod-part-role\">(what is said of it, 25–31)"));
    }
}
