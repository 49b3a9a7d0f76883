package org.parley.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.filter.Decision;
import org.parley.support.TestArticles;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The group commit that stores every comment: many writers at once share commits, each hears "stored" only once
 * its own comment is committed, and a comment the database refuses fails alone.
 */
@QuarkusTest
class CommentWriterTest {

    private static final int WRITERS = 48;

    @Inject
    CommentWriter writer;

    @Inject
    ArticleService articles;

    @Test
    void manyWritersAtOnceAreEachAcknowledgedOnlyAfterTheirCommentIsCommitted() throws Exception {
        ArticleView article = TestArticles.fresh(articles);
        List<Comment> stored = writeAtOnce(article.id(), WRITERS, -1);
        Set<Long> ids = new HashSet<>();
        for (Comment c : stored) {
            assertNotNull(c.id, "an acknowledged comment has its id");
            ids.add(c.id);
        }
        assertEquals(WRITERS, ids.size(), "every writer got a comment of its own");
        // Read in a transaction of its own: what was acknowledged is in the database for everyone.
        long found = QuarkusTransaction.requiringNew().call(() -> ids.stream()
                .filter(id -> Comment.findById(id) != null).count());
        assertEquals(WRITERS, found);
    }

    @Test
    void aCommentTheDatabaseRefusesFailsAloneAndItsNeighboursAreStored() throws Exception {
        ArticleView article = TestArticles.fresh(articles);
        List<Comment> stored = writeAtOnce(article.id(), WRITERS, WRITERS / 2);
        assertEquals(WRITERS - 1, stored.size(), "all but the refused one are acknowledged");
        long found = QuarkusTransaction.requiringNew().call(() -> stored.stream()
                .filter(c -> Comment.findById(c.id) != null).count());
        assertEquals(WRITERS - 1, found);
    }

    @Test
    void aCommentOfAnArticleThatDoesNotExistIsNotStoredAndSaysSo() {
        CommentWriter.NotStored refused = assertThrows(CommentWriter.NotStored.class,
                () -> writer.write(comment(Long.MAX_VALUE, "nowhere")));
        assertTrue(refused.getMessage().contains("did not store"), refused.getMessage());
    }

    /**
     * Writes {@code count} comments from as many threads released together; the one at {@code refused} (or none)
     * names an article that does not exist, which the database refuses. Answers the acknowledged comments.
     */
    private List<Comment> writeAtOnce(long articleId, int count, int refused) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Comment>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Comment c = comment(i == refused ? Long.MAX_VALUE : articleId, "writer " + i);
                answers.add(threads.submit(() -> {
                    go.await();
                    return writer.write(c);
                }));
            }
            go.countDown();
            List<Comment> stored = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                try {
                    stored.add(answers.get(i).get(60, TimeUnit.SECONDS));
                } catch (java.util.concurrent.ExecutionException e) {
                    assertEquals(refused, i, "only the refused comment fails: " + e.getCause());
                    assertTrue(e.getCause() instanceof CommentWriter.NotStored, String.valueOf(e.getCause()));
                }
            }
            return stored;
        } finally {
            threads.shutdownNow();
        }
    }

    private static Comment comment(long articleId, String name) {
        Comment c = new Comment();
        Instant now = Instant.now();
        c.articleId = articleId;
        c.userName = name;
        c.text = "A word from " + name + " on the budget.";
        c.status = CommentStatus.PENDING;
        c.decision = Decision.HOLD;
        c.score = 0;
        c.verdict = "{}";
        c.createdAt = now;
        c.updatedAt = now;
        return c;
    }
}
