package org.parley.comments;

/**
 * Fired after a commit that changed what readers see of an article's comments, on this node or, heard through
 * {@link CommentNotices}, on another ({@code elsewhere}). {@link #everywhere()} stands for every article: this node
 * may have missed changes and must forget all it keeps.
 */
public record CommentsChanged(long articleId, boolean elsewhere) {

    private static final long ALL = -1;

    public CommentsChanged(long articleId) {
        this(articleId, false);
    }

    static CommentsChanged everywhere() {
        return new CommentsChanged(ALL, true);
    }

    /** Whether every article's comments may have changed. */
    public boolean all() {
        return articleId == ALL;
    }

    /** Whether the change concerns the comments of {@code id}. */
    public boolean concerns(long id) {
        return all() || articleId == id;
    }
}
