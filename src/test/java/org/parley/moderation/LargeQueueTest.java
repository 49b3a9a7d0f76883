package org.parley.moderation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.security.AccountService;
import org.parley.support.Databases;
import org.parley.support.Staff;
import org.parley.support.TestArticles;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** A newsroom after a spam attack: ten thousand held comments on one article, and the queue still works. */
@QuarkusTest
class LargeQueueTest {

    static final int HELD = 10_000;

    @Inject
    ArticleService articles;

    @Inject
    AccountService accounts;

    @Inject
    EntityManager db;

    @Test
    void tenThousandPendingCommentsArePagedSearchableAndCountedExactly() {
        Staff.exist(accounts);
        ArticleView article = TestArticles.fresh(articles);
        seed(article.id());
        String slug = article.slug();

        Staff.moderator().get("/api/moderation/counts?article=" + slug).then().statusCode(200)
                .body("PENDING", equalTo(HELD)).body("PUBLISHED", equalTo(0));
        Staff.moderator().get("/api/moderation/queue?status=PENDING&article=" + slug + "&page=200&size=50")
                .then().statusCode(200)
                .header("X-Total-Count", String.valueOf(HELD)).header("X-Page-Count", "200")
                .body("$", hasSize(50))
                .body("[49].userName", equalTo("Flood " + HELD));
        Staff.moderator().get("/api/moderation/queue?status=PENDING&article=" + slug + "&q=needle in the haystack")
                .then().statusCode(200).header("X-Total-Count", "1")
                .body("userName", equalTo(List.of("Flood 7777")));
        Staff.moderator().get("/api/moderation/queue?status=PENDING&article=" + slug + "&sort=score&size=1")
                .then().body("[0].score", equalTo(HELD - 1));

        Staff.moderator().redirects().follow(false).get("/moderation?article=" + slug).then().statusCode(200)
                .body(containsString("Flood 1"));

        long id = Staff.moderator().get("/api/moderation/queue?status=PENDING&article=" + slug + "&size=1")
                .then().extract().<Number>path("[0].id").longValue();
        Staff.moderator().post("/api/moderation/comments/" + id + "/approve").then().statusCode(200);
        Staff.moderator().get("/api/moderation/counts?article=" + slug).then()
                .body("PENDING", equalTo(HELD - 1)).body("PUBLISHED", equalTo(1));
    }

    /**
     * Inserts the held comments in one statement: ten thousand posts through the API would only slow the test.
     * The row source and the sequence call are the one part that H2 and PostgreSQL spell differently.
     */
    private void seed(long articleId) {
        boolean postgres = Databases.postgres();
        String nextId = postgres ? "nextval('comment_seq')" : "NEXT VALUE FOR comment_seq";
        String rows = postgres ? "generate_series(1, :held) AS s(x)" : "SYSTEM_RANGE(1, :held)";
        QuarkusTransaction.requiringNew().run(() -> db.createNativeQuery("""
                INSERT INTO comment (id, article_id, user_name, text, status, decision, score, verdict, client_hash,
                    text_key, created_at, updated_at, version, report_count)
                SELECT %s, :article, 'Flood ' || x,
                    CASE WHEN x = 7777 THEN 'the needle in the haystack' ELSE 'Held comment number ' || x END,
                    'PENDING', 'HOLD', MOD(x, :held), '{"decision":"HOLD","score":5,"hits":[]}', 'client-' || x,
                    'key-' || x, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00' + x * INTERVAL '1' SECOND,
                    CURRENT_TIMESTAMP, 0, 0
                FROM %s
                """.formatted(nextId, rows)).setParameter("article", articleId).setParameter("held", HELD)
                .executeUpdate());
    }
}
