package org.parley.moderation;

import java.time.Instant;
import java.util.List;

import org.parley.articles.ArticleView;
import org.parley.audit.AuditView;
import org.parley.audit.AuditAction;
import org.parley.comments.CommentStatus;
import org.parley.comments.HoldReason;
import org.parley.comments.NameHistory;
import org.parley.comments.ReviewComment;
import org.parley.filter.Category;
import org.parley.filter.Highlight;
import org.parley.filter.Policy;
import org.parley.filter.PolicyOutcome;
import org.parley.moderation.reports.ReportService;

/**
 * One card of the moderators' queue: the comment with its marked text, what the filter said and why, who wrote
 * it and how they fared before, and which actions make sense for it. {@code waveSize} above one means the card
 * stands for that many near-identical comments in its tab. {@code bannedName} and {@code bannedAddress} say whether
 * its user name or its client is under an active ban now.
 */
public record QueueCard(ReviewComment comment, ArticleView article, List<Highlight.Segment> text,
        List<Highlight.Segment> userName, List<Chip> chips, List<FiredRule> rules, NameHistory history,
        long waveSize, RemoveReason suggestedReason, boolean bannedName, boolean bannedAddress,
        ReportService.Reports reports, AuditView removal) {

    /** A category the filter scored, with its score. */
    public record Chip(String key, Category category, int score) {
    }

    /**
     * A rule that fired, with what it is for and what it matched; {@code policy} names the site policy it falls
     * under ("profanity"), whose setting rather than its score decides, or is null.
     */
    public record FiredRule(String name, String description, Category category, int score, boolean observeOnly,
            List<Found> found, Policy policy) {

        /** The matched texts alone. */
        public List<String> matches() {
            return found.stream().map(Found::text).toList();
        }
    }

    /** One stretch a rule matched; {@code role} names the part of a statement it is ("group"), or is null. */
    public record Found(String text, String role) {
    }

    /**
     * Who last took a removed comment down or put it back, and why: a {@code reason} of this version, or the
     * {@code storedReason} of an older one shown as stored; {@code details} is the moderator's note.
     */
    public record Removal(boolean putBack, String actor, RemoveReason reason, String storedReason, String details,
            Instant at) {
    }

    public long id() {
        return comment.id();
    }

    public boolean wave() {
        return waveSize > 1;
    }

    /**
     * Why the filter could not judge the comment itself (a rule failed, or judging it took longer than the
     * filter's budget), which alone held it for a person; null when the filter judged it.
     */
    public String filterProblem() {
        return comment.verdict() == null ? null : comment.verdict().error();
    }

    /**
     * Who took a removed comment down, when and why, from the audit log; null for other cards or a comment
     * removed before the log knew it.
     */
    public Removal removedBy() {
        if (removal == null || comment.status() != CommentStatus.REMOVED) {
            return null;
        }
        RemoveReason reason = null;
        String stored = null;
        if (removal.reason() != null) {
            try {
                reason = RemoveReason.parse(removal.reason());
            } catch (IllegalArgumentException e) {
                stored = removal.reason(); // a reason of an older version, shown as stored
            }
        }
        String details = removal.details() == null || removal.details().isBlank() ? null : removal.details();
        return new Removal(removal.action() == AuditAction.UNDO, removal.actor(), reason, stored, details,
                removal.at());
    }

    /** Why a comment the filter would have published waits here; null when the filter's decision put it here. */
    public HoldReason heldBecause() {
        return comment.status() != CommentStatus.PENDING ? null : comment.heldBecause();
    }

    /**
     * What the site's policies did, in the words the API and the test bench use ("Held by the site's policy on
     * profanity: ..."), those that decided first.
     */
    public List<String> policyNotes() {
        if (comment.verdict() == null) {
            return List.of();
        }
        return comment.verdict().policies().stream()
                .sorted(java.util.Comparator.comparing(p -> !p.decided()))
                .map(PolicyOutcome::message).toList();
    }

    public String articleTitle() {
        return article == null ? "Article " + comment.articleId() : article.title();
    }

    public String articlePath() {
        return article == null ? null : article.path();
    }

    public boolean canApprove() {
        CommentStatus s = comment.status();
        return s == CommentStatus.PENDING || (s == CommentStatus.PUBLISHED && comment.reportedAt() != null);
    }


    public boolean canRemove() {
        return comment.status() != CommentStatus.REMOVED;
    }

    public boolean canRestore() {
        CommentStatus s = comment.status();
        return s == CommentStatus.REMOVED || s == CommentStatus.REJECTED;
    }


    public String statusKey() {
        return comment.status().name().toLowerCase(java.util.Locale.ROOT);
    }

    public String decisionKey() {
        return comment.decision() == null ? "none" : comment.decision().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the comment came with a client, so that its address can be banned. */
    public boolean hasAddress() {
        return comment.client() != null;
    }

    public boolean banned() {
        return bannedName || bannedAddress;
    }


    public boolean hasHistory() {
        NameHistory h = history;
        return h.published() + h.pending() + h.rejected() + h.removed() > 1;
    }
}
