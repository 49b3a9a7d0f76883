package org.parley.moderation;

import java.util.List;

import org.parley.articles.ArticleView;
import org.parley.audit.AuditView;
import org.parley.audit.AuditAction;
import org.parley.comments.CommentStatus;
import org.parley.comments.NameHistory;
import org.parley.comments.ReviewComment;
import org.parley.filter.Highlight;
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
    public record Chip(String key, String label, int score) {
    }

    /**
     * A rule that fired, with what it is for and what it matched; {@code policy} names the site policy it falls
     * under ("profanity"), whose setting rather than its score decides, or is null.
     */
    public record FiredRule(String name, String description, String category, int score, boolean observeOnly,
            List<Found> found, String policy) {

        /** The matched texts alone. */
        public List<String> matches() {
            return found.stream().map(Found::text).toList();
        }
    }

    /** One stretch a rule matched; {@code role} names the part of a statement it is ("group"), or is null. */
    public record Found(String text, String role) {

        public String roleWords() {
            return role == null ? "" : Highlight.roleWords(role);
        }
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
     * Who took a removed comment down, when and why ("Removed by mod-ann, 7 Dec 2026 12:53: Off-topic; note:
     * ..."), from the audit log; null for other cards or a comment removed before the log knew it.
     */
    public String removedBy() {
        if (removal == null || comment.status() != CommentStatus.REMOVED) {
            return null;
        }
        String why = removal.reason() == null ? "" : ": " + reasonWords(removal.reason());
        String said = removal.details() == null || removal.details().isBlank() ? "" : "; " + removal.details();
        return (removal.action() == AuditAction.UNDO ? "Put back by " : "Removed by ") + removal.actor() + why + said;
    }

    private static String reasonWords(String reason) {
        try {
            return RemoveReason.parse(reason).label();
        } catch (IllegalArgumentException e) {
            return reason; // a reason of an older version, shown as stored
        }
    }

    /** Why a comment the filter would have published waits here; null when the filter's decision put it here. */
    public String heldBecause() {
        return comment.heldBecause() == null || comment.status() != CommentStatus.PENDING ? null
                : comment.heldBecause().explanation();
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

    /** Approving a published comment only closes its reports: the button says so. */
    public String approveLabel() {
        return comment.status() == CommentStatus.PUBLISHED ? "Keep" : "Approve";
    }

    public boolean canRemove() {
        return comment.status() != CommentStatus.REMOVED;
    }

    public boolean canRestore() {
        CommentStatus s = comment.status();
        return s == CommentStatus.REMOVED || s == CommentStatus.REJECTED;
    }

    public String statusLabel() {
        return switch (comment.status()) {
            case PUBLISHED -> "Published";
            case PENDING -> "Pending";
            case REJECTED -> "Rejected by the filter";
            case REMOVED -> "Removed";
        };
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

    /** What the "banned" chip says when hovered or read out. */
    public String bannedTitle() {
        if (bannedName && bannedAddress) {
            return "This user name and this commenter's address are banned";
        }
        return bannedName ? "This user name is banned" : "This commenter's address is banned";
    }

    public boolean hasHistory() {
        NameHistory h = history;
        return h.published() + h.pending() + h.rejected() + h.removed() > 1;
    }
}
