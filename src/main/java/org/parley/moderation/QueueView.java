package org.parley.moderation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parley.comments.QueueSort;
import org.parley.comments.QueueTab;
import org.parley.filter.Category;
import org.parley.shared.Refusal;

/**
 * Where a moderator is in the queue: tab, filters, order and page, as they appear in the dashboard's address.
 * Every form carries it back ({@code back}), so an action returns the moderator to the same place; it is always
 * rebuilt from its parts, so a posted value can never redirect anywhere but the dashboard.
 */
public record QueueView(QueueTab tab, String article, Category category, String q, QueueSort sort, int page) {

    public static final int PAGE_SIZE = 50;
    static final int SEARCH_MAX = 200;

    public QueueView {
        tab = tab == null ? QueueTab.PENDING : tab;
        article = article == null || article.isBlank() ? null : article.strip();
        q = q == null || q.isBlank() ? null : q.strip();
        if (q != null && q.length() > SEARCH_MAX) {
            q = q.substring(0, SEARCH_MAX);
        }
        sort = sort == null ? QueueSort.OLDEST : sort;
        page = Math.max(1, page);
    }

    public static QueueView defaults() {
        return new QueueView(null, null, null, null, null, 1);
    }

    /** From the address's parameters; a wrong value is a 400 that says which. */
    public static QueueView parse(String tab, String article, String category, String q, String sort, Integer page) {
        try {
            return new QueueView(QueueTab.parse(tab), article,
                    category == null || category.isBlank() ? null : Category.parse(category), q,
                    QueueSort.parse(sort), page == null ? 1 : page);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(e.getMessage());
        }
    }

    /** From a {@code back} field: a query string as {@link #query()} writes it. Anything unreadable means the start. */
    public static QueueView fromQuery(String query) {
        if (query == null || query.isBlank()) {
            return defaults();
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
            }
        }
        try {
            String page = params.get("page");
            return parse(params.get("tab"), params.get("article"), params.get("category"), params.get("q"),
                    params.get("sort"), page == null ? 1 : Integer.parseInt(page));
        } catch (RuntimeException e) {
            return defaults();
        }
    }

    /** The query string of this view, without the defaults: {@code tab=removed&sort=newest&page=2}. */
    public String query() {
        List<String> parts = new ArrayList<>();
        if (tab != QueueTab.PENDING) {
            parts.add("tab=" + tab.name().toLowerCase(Locale.ROOT));
        }
        if (article != null) {
            parts.add("article=" + encode(article));
        }
        if (category != null) {
            parts.add("category=" + category.key());
        }
        if (q != null) {
            parts.add("q=" + encode(q));
        }
        if (sort != QueueSort.OLDEST) {
            parts.add("sort=" + sort.name().toLowerCase(Locale.ROOT));
        }
        if (page > 1) {
            parts.add("page=" + page);
        }
        return String.join("&", parts);
    }

    /** The dashboard address of this view. */
    public String path() {
        String query = query();
        return "/moderation" + (query.isEmpty() ? "" : "?" + query);
    }

    public QueueView withTab(QueueTab other) {
        return new QueueView(other, article, category, q, sort, 1);
    }

    public QueueView withPage(int other) {
        return new QueueView(tab, article, category, q, sort, other);
    }

    /** The same tab and order without article, category and search. */
    public QueueView unfiltered() {
        return new QueueView(tab, null, null, null, sort, 1);
    }

    /** Whether this tab's comments can be approved and removed (everything but Removed). */
    public boolean actionable() {
        return tab != QueueTab.REMOVED;
    }

    /** Whether this tab's comments can be restored (Removed, and Rejected by the filter). */
    public boolean restorable() {
        return tab == QueueTab.REMOVED || tab == QueueTab.REJECTED;
    }

    public String tabKey() {
        return tab.name().toLowerCase(Locale.ROOT);
    }

    public String sortKey() {
        return sort.name().toLowerCase(Locale.ROOT);
    }

    public String categoryKey() {
        return category == null ? "" : category.key();
    }

    public boolean filtered() {
        return article != null || category != null || q != null;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
