package org.parley.comments;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A published comment as readers see it; immutable, so lists of them can be cached. */
public record CommentView(long id, @JsonIgnore long articleId, String userName, String text, Instant createdAt) {

    /** The anchor of this comment on its article page. */
    @JsonIgnore
    public String anchor() {
        return "comment-" + id;
    }
}
