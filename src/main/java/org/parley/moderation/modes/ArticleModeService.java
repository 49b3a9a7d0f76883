package org.parley.moderation.modes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.articles.CommentMode;
import org.parley.audit.AuditAction;
import org.parley.audit.AuditService;
import org.parley.shared.Refusal;

/** Opens, pre-moderates or closes an article's comments, with an audit entry in the same transaction. */
@ApplicationScoped
public class ArticleModeService {

    @Inject
    ArticleService articles;

    @Inject
    AuditService audit;

    @Transactional
    public ArticleView change(String actor, String slug, String requested) {
        CommentMode mode = CommentMode.parse(requested);
        if (mode == null) {
            throw Refusal.invalid("mode must be OPEN, PREMODERATED or CLOSED.", "mode");
        }
        ArticleService.ModeChange change = articles.changeCommentMode(slug, mode);
        CommentMode before = change.before();
        ArticleView article = change.article();
        if (before != mode) {
            audit.recordAlone(new AuditService.Entry(actor, AuditAction.ARTICLE_MODE, null, article.id(),
                    before.name(), mode.name(), null, "comments on \"" + article.title() + "\": "
                            + before.name().toLowerCase(java.util.Locale.ROOT) + " to "
                            + mode.name().toLowerCase(java.util.Locale.ROOT)));
        }
        return article;
    }
}
