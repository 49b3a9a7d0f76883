package org.parley.site;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.support.TestArticles;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Another node's change, as it reaches this one: a comment committed by another node together with its
 * notice (as {@code ClusterNotices.publish} sends it) is on this node's cached article page within 2 seconds.
 * The other node is played by a connection of the test's own, which is all another node is to this one.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "quarkus.datasource.db-kind", matches = "postgresql",
        disabledReason = "PostgreSQL only: an embedded H2 database has one node, and nobody to hear from")
class OtherNodesChangesTest {

    static final Duration WITHIN = Duration.ofSeconds(2);

    @Inject
    ArticleService articles;

    @Inject
    DataSource db;

    @Test
    void aCommentPublishedOnAnotherNodeIsOnThisNodesCachedPageWithinTwoSeconds() throws Exception {
        ArticleView article = TestArticles.fresh(articles);
        String path = "/articles/" + article.slug();
        given().get(path).then().statusCode(200);
        String text = "Written on node B " + UUID.randomUUID();

        try (Connection other = db.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement insert = other.prepareStatement("""
                    INSERT INTO comment (id, article_id, user_name, text, status, decision, score, verdict,
                        created_at, updated_at, version, report_count)
                    VALUES (nextval('comment_seq'), ?, 'Node B reader', ?, 'PUBLISHED', 'PUBLISH', 0,
                        '{"decision":"PUBLISH","score":0,"hits":[]}', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0, 0)
                    """); PreparedStatement notice = other.prepareStatement("SELECT pg_notify(?, ?)")) {
                insert.setLong(1, article.id());
                insert.setString(2, text);
                insert.executeUpdate();
                notice.setString(1, "parley_changes");
                notice.setString(2, "node-b|comments|" + article.id());
                notice.execute();
            }
            other.commit();
        }

        long deadline = System.nanoTime() + WITHIN.toNanos();
        boolean shown = false;
        while (!shown && System.nanoTime() < deadline) {
            shown = given().get(path).then().statusCode(200).extract().asString().contains(text);
        }
        assertTrue(shown, "the other node's comment is on this node's page within " + WITHIN);
    }
}
