package org.parley.moderation.modes;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parley.articles.ArticleView;
import org.parley.articles.CommentMode;
import org.parley.comments.CommentStatus;

/**
 * One article on the moderators' articles page: its comments by state, the mode a moderator set and whether
 * it takes comments now ({@code effective}: closed by age although set open or pre-moderated).
 */
public record ArticleRow(ArticleView article, CommentMode effective, Map<CommentStatus, Long> counts) {

    /** The modes the page's control offers, by name. */
    static final List<String> CHOICES = Arrays.stream(CommentMode.values()).map(CommentMode::name).toList();

    public long count(CommentStatus status) {
        return counts.getOrDefault(status, 0L);
    }

    public long pending() {
        return count(CommentStatus.PENDING);
    }

    public long published() {
        return count(CommentStatus.PUBLISHED);
    }

    public long rejected() {
        return count(CommentStatus.REJECTED);
    }

    public long removed() {
        return count(CommentStatus.REMOVED);
    }

    public String modeKey() {
        return article.commentMode().name();
    }

    public boolean autoClosed() {
        return effective == CommentMode.CLOSED && article.commentMode() != CommentMode.CLOSED;
    }

    public String stateKey() {
        return effective.name().toLowerCase(Locale.ROOT);
    }
}
