package org.parley.moderation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.audit.AuditView;
import org.parley.audit.AuditService;
import org.parley.comments.CommentQueueService;
import org.parley.comments.CommentStatus;
import org.parley.comments.NameHistory;
import org.parley.comments.QueuePage;
import org.parley.comments.QueueQuery;
import org.parley.comments.QueueTab;
import org.parley.comments.ReviewComment;
import org.parley.filter.Category;
import org.parley.filter.Field;
import org.parley.filter.Highlight;
import org.parley.filter.Hit;
import org.parley.filter.RuleMode;
import org.parley.filter.Verdict;
import org.parley.filter.ruleset.FilterService;
import org.parley.moderation.bans.BanService;
import org.parley.moderation.reports.ReportService;
import org.parley.shared.Refusal;

/**
 * Builds what the moderators' dashboard shows: a page of queue cards with everything a decision needs, fetched in
 * a fixed number of queries per page (one for the page, one each for names' history, wave sizes, rule
 * descriptions and bans) however long the queue is.
 */
@ApplicationScoped
public class ModerationDashboard {

    /** One page of the queue, with the tab counts and the articles to filter by. */
    public record Page(QueueView view, List<QueueCard> cards, long total, int pageCount,
            Map<QueueTab, Long> counts, List<ArticleView> articles) {

        /** Comments a page shows, for the script that keeps "n comments · page p of q" right after actions. */
        public int pageSize() {
            return QueueView.PAGE_SIZE;
        }

        public long count(QueueTab tab) {
            return counts.getOrDefault(tab, 0L);
        }
    }

    @Inject
    CommentQueueService queue;

    @Inject
    ArticleService articles;

    @Inject
    FilterService filter;

    @Inject
    BanService bans;

    @Inject
    ReportService reports;

    @Inject
    AuditService audit;

    public Page page(QueueView view) {
        Long articleId = articleId(view.article());
        QueuePage page = queue.queue(new QueueQuery(view.tab(), articleId, view.category(), view.q(), view.sort(),
                view.page(), QueueView.PAGE_SIZE));
        List<QueueCard> cards = cards(page.items(), waveStatus(view.tab()));
        return new Page(view, cards, page.total(), page.pageCount(), queue.counts(articleId),
                articles.listNewestFirst());
    }

    /** One comment's card, wherever it stands. */
    public QueueCard card(long id) {
        ReviewComment c = queue.find(id);
        return cards(List.of(c), c.status()).get(0);
    }

    public Map<QueueTab, Long> counts(Long articleId) {
        return queue.counts(articleId);
    }

    /**
     * The comments an action is asked for: the ids as they are, and for each wave id every comment in the same
     * state that shares its text.
     */
    public List<Long> expand(List<Long> ids, List<Long> waves) {
        Set<Long> all = new LinkedHashSet<>(ids == null ? List.of() : ids);
        for (long id : waves == null ? List.<Long>of() : waves) {
            all.addAll(queue.waveOf(id, queue.find(id).status()));
        }
        return List.copyOf(all);
    }

    Long articleId(String slug) {
        if (slug == null) {
            return null;
        }
        return articles.listNewestFirst().stream().filter(a -> a.slug().equals(slug)).map(ArticleView::id)
                .findFirst().orElseThrow(() -> Refusal.invalid("There is no article \"" + slug + "\".",
                        "article"));
    }

    /** Waves are grouped where a tab holds one state; the Reported tab mixes two, so it shows every comment. */
    private static CommentStatus waveStatus(QueueTab tab) {
        return tab == QueueTab.REPORTED ? null : CommentStatus.valueOf(tab.name());
    }

    private List<QueueCard> cards(List<ReviewComment> items, CommentStatus waveStatus) {
        if (items.isEmpty()) {
            return List.of();
        }
        Map<Long, ArticleView> byId = articles.listNewestFirst().stream()
                .collect(Collectors.toMap(ArticleView::id, Function.identity()));
        Map<String, NameHistory> history = queue.historyOf(items.stream().map(ReviewComment::userName).toList());
        Map<String, Long> waves = waveStatus == null ? Map.of()
                : queue.waveSizes(items.stream().map(ReviewComment::textKey).filter(k -> k != null).toList(),
                        waveStatus);
        Map<String, String> descriptions = filter.ruleDescriptions();
        BanService.Banned banned = bans.bannedAmong(items.stream().map(ReviewComment::userName).toList(),
                items.stream().map(ReviewComment::client).filter(k -> k != null).toList());
        Map<Long, ReportService.Reports> reports = this.reports.reportsOn(items.stream()
                .filter(c -> c.reportCount() > 0).map(ReviewComment::id).toList());
        Map<Long, AuditView> removals = audit.lastMoves(items.stream()
                .filter(c -> c.status() == CommentStatus.REMOVED).map(ReviewComment::id).toList());
        List<QueueCard> cards = new ArrayList<>();
        Set<String> shownWaves = new HashSet<>();
        for (ReviewComment c : items) {
            long waveSize = c.textKey() == null ? 1 : waves.getOrDefault(c.textKey(), 1L);
            // The first comment of a wave on this page stands for all of it.
            if (waveSize > 1 && !shownWaves.add(c.textKey())) {
                continue;
            }
            cards.add(card(c, byId.get(c.articleId()), history.getOrDefault(c.userName(), NameHistory.NONE),
                    waveSize, descriptions, banned, reports.getOrDefault(c.id(), ReportService.Reports.NONE),
                    removals.get(c.id())));
        }
        return cards;
    }

    private static QueueCard card(ReviewComment c, ArticleView article, NameHistory history, long waveSize,
            Map<String, String> descriptions, BanService.Banned banned, ReportService.Reports reports,
            AuditView removal) {
        Verdict v = c.verdict();
        List<Hit> hits = v == null || v.hits() == null ? List.of() : v.hits();
        List<QueueCard.Chip> chips = new ArrayList<>();
        if (v != null && v.categories() != null) {
            for (Category category : Category.values()) {
                int score = v.categories().get(category);
                if (score > 0) {
                    chips.add(new QueueCard.Chip(category.key(), category, score));
                }
            }
        }
        return new QueueCard(c, article, Highlight.of(c.text(), hits, Field.TEXT),
                Highlight.of(c.userName(), hits, Field.AUTHOR), chips, fired(hits, descriptions), history, waveSize,
                suggestedReason(c), banned.name(c.userName()), banned.client(c.client()), reports, removal);
    }

    /** Each rule once, in the order it first fired, with every stretch it matched. */
    private static List<QueueCard.FiredRule> fired(List<Hit> hits, Map<String, String> descriptions) {
        Map<String, List<Hit>> byRule = new LinkedHashMap<>();
        for (Hit h : hits) {
            byRule.computeIfAbsent(h.rule(), k -> new ArrayList<>()).add(h);
        }
        List<QueueCard.FiredRule> fired = new ArrayList<>();
        for (Map.Entry<String, List<Hit>> e : byRule.entrySet()) {
            Hit first = e.getValue().get(0);
            List<QueueCard.Found> found = e.getValue().stream()
                    .flatMap(h -> h.hasParts()
                            ? h.parts().stream().map(p -> new QueueCard.Found(p.match(), p.role()))
                            : java.util.stream.Stream.of(new QueueCard.Found(h.match(), null)))
                    .filter(f -> f.text() != null && !f.text().isBlank())
                    .distinct().limit(5).toList();
            fired.add(new QueueCard.FiredRule(e.getKey(), descriptions.getOrDefault(e.getKey(), ""),
                    first.category(), first.score(), first.mode() == RuleMode.OBSERVE, found, first.policy()));
        }
        return fired;
    }

    /** The removal reason a moderator most likely wants, from the category that held the comment. */
    static RemoveReason suggestedReason(ReviewComment c) {
        if (c.category() == null) {
            return RemoveReason.OTHER;
        }
        return switch (c.category()) {
            case RACIST -> RemoveReason.RACIST;
            case ABUSIVE -> RemoveReason.ABUSIVE;
            case OFFTOPIC -> RemoveReason.OFFTOPIC;
        };
    }

    static Map<String, Long> countsByKey(Map<QueueTab, Long> counts) {
        Map<String, Long> byKey = new HashMap<>();
        counts.forEach((tab, n) -> byKey.put(tab.name().toLowerCase(java.util.Locale.ROOT), n));
        return byKey;
    }
}
