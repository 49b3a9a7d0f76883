package org.parley.comments;

import org.parley.filter.Category;

/**
 * Which comments a moderator wants to see: a tab, optionally one article and one category, a search in text and
 * user name, an order and a page (from 1).
 */
public record QueueQuery(QueueTab tab, Long articleId, Category category, String search, QueueSort sort, int page,
        int pageSize) {

    public static final int MAX_PAGE_SIZE = 200;

    public QueueQuery {
        tab = tab == null ? QueueTab.PENDING : tab;
        sort = sort == null ? QueueSort.OLDEST : sort;
        search = search == null || search.isBlank() ? null : search.strip();
        page = Math.max(1, page);
        pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, pageSize));
    }
}
