package org.parley.moderation.bans;

/**
 * A ban form as the moderator filled it in, so that a page shown again after a mistake keeps what was typed.
 * {@code commentId} says which card's form it was (null on the bans page, which has one form).
 */
public record BanDraft(Long commentId, String name, String reason, String days) {

    public static final BanDraft NONE = new BanDraft(null, null, null, null);

    /** Whether this draft belongs to the ban form of the card for comment {@code id}. */
    public boolean isFor(long id) {
        return commentId != null && commentId == id;
    }

    public String reasonFor(long id) {
        return isFor(id) && reason != null ? reason : "";
    }

    /** The length to preselect on a card's form. */
    public String daysFor(long id) {
        return isFor(id) && days != null ? days : BanLength.DEFAULT;
    }

    public String shownName() {
        return name == null ? "" : name;
    }

    public String shownReason() {
        return reason == null ? "" : reason;
    }

    public String shownDays() {
        return days == null ? BanLength.DEFAULT : days;
    }
}
