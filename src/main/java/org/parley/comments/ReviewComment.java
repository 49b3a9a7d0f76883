package org.parley.comments;

import java.time.Instant;

import org.parley.filter.Category;
import org.parley.filter.Decision;
import org.parley.filter.Verdict;

/**
 * A comment as moderators see it: text, state, the filter's whole verdict, readers' reports, and the keys that
 * group a spam wave ({@code textKey}) and identify the client for a ban ({@code client}, a keyed hash).
 */
public record ReviewComment(long id, long articleId, String userName, String text, CommentStatus status,
        Decision decision, int score, Category category, Verdict verdict, int reportCount, Instant reportedAt,
        String textKey, String client, Instant createdAt, Instant updatedAt, HoldReason heldBecause) {
}
