package org.parley.site;

import java.util.List;

import org.parley.articles.ArticleView;
import org.parley.comments.CommentView;

/** What the article page shows apart from the comment form: the article and one page of its comments. */
public record ArticlePage(ArticleView article, List<CommentView> comments, long commentCount, int page,
        int pageCount, String formSlot) {

    /** The number of the first comment on this page, so the list counts on across pages. */
    public int firstNumber() {
        return comments.isEmpty() ? 1 : (page - 1) * org.parley.comments.CommentService.PAGE_SIZE + 1;
    }
}
