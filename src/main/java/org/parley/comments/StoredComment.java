package org.parley.comments;

import java.time.Instant;

import org.parley.filter.Decision;

/** A stored comment as a back-test replays it: what was written, what the filter said, where it stands now. */
public record StoredComment(long id, long articleId, String userName, String text, Decision decision,
        CommentStatus status, Instant createdAt) {
}
