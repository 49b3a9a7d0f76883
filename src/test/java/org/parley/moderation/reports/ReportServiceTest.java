package org.parley.moderation.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.audit.AuditAction;
import org.parley.audit.AuditService;
import org.parley.audit.AuditView;
import org.parley.captcha.CaptchaService;
import org.parley.comments.CommentQueueService;
import org.parley.comments.CommentService;
import org.parley.comments.CommentStatus;
import org.parley.comments.QueueQuery;
import org.parley.comments.QueueTab;
import org.parley.comments.ReviewComment;
import org.parley.moderation.ModerationService;
import org.parley.support.TestArticles;
import org.parley.support.TestComments;

import io.quarkus.test.junit.QuarkusTest;

/** The report threshold with the default settings: three readers, comment stays up. */
@QuarkusTest
class ReportServiceTest {

    @Inject
    ReportService reports;

    @Inject
    CommentQueueService queue;

    @Inject
    CommentService comments;

    @Inject
    ArticleService articles;

    @Inject
    CaptchaService captcha;

    @Inject
    AuditService audit;

    @Inject
    ModerationService moderation;

    @Test
    void theThirdReaderPutsTheCommentOnTheReportedTabWhileItStaysOnThePage() {
        ArticleView article = TestArticles.fresh(articles);
        long id = TestComments.published(captcha, article, "Much reported", "Threshold test on the school budget.");

        reports.report(id, article.id(), "abusive", null, "client-a");
        reports.report(id, article.id(), "abusive", null, "client-b");
        assertNull(queue.find(id).reportedAt(), "two reports are under the threshold");
        assertInstanceOf(ReportService.Accepted.class, reports.report(id, null, "spam", "link farm", "client-c"));

        ReviewComment c = queue.find(id);
        assertEquals(3, c.reportCount());
        assertNotNull(c.reportedAt());
        assertEquals(CommentStatus.PUBLISHED, c.status());
        assertEquals(1, comments.published(article.id()).size());
        assertTrue(queue.queue(new QueueQuery(QueueTab.REPORTED, article.id(), null, null, null, 1, 50)).items()
                .stream().anyMatch(r -> r.id() == id));

        List<AuditView> entries = audit.historyOf(id);
        assertEquals(1, entries.size());
        AuditView reported = entries.get(0);
        assertEquals(ReportService.READERS, reported.actor());
        assertEquals(AuditAction.REPORTED, reported.action());
        assertEquals("PUBLISHED", reported.before());
        assertEquals("PUBLISHED", reported.after());
        assertTrue(reported.details().contains("abusive 2") && reported.details().contains("spam 1"),
                reported.details());
    }

    @Test
    void afterAModeratorKeepsTheCommentItTakesAsManyNewReportsToComeBack() {
        ArticleView article = TestArticles.fresh(articles);
        long id = TestComments.published(captcha, article, "Reviewed once", "Second round on the hospital budget.");
        for (String client : List.of("r1", "r2", "r3")) {
            reports.report(id, null, "other", null, client);
        }
        moderation.apply("test-moderator", ModerationService.Action.APPROVE, List.of(id), null, null, null);
        assertNull(queue.find(id).reportedAt());
        reports.report(id, null, "other", null, "r4");
        reports.report(id, null, "other", null, "r5");
        assertNull(queue.find(id).reportedAt());
        reports.report(id, null, "other", null, "r6");
        assertNotNull(queue.find(id).reportedAt());
    }

    @Test
    void aCommentOfAnotherArticleCannotBeReportedUnderThisOne() {
        ArticleView article = TestArticles.fresh(articles);
        ArticleView other = TestArticles.fresh(articles);
        long id = TestComments.published(captcha, article, "Elsewhere", "Wrong address for the budget report.");
        org.junit.jupiter.api.Assertions.assertThrows(org.parley.shared.Refusal.class,
                () -> reports.report(id, other.id(), "spam", null, "client-x"));
        assertEquals(0, queue.find(id).reportCount());
    }
}
