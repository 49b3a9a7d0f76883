package org.parley.comments;

/** Fired after a commit that changed what readers see of an article's comments. */
public record CommentsChanged(long articleId) {
}
