package org.parley.comments;

/** What a user name has posted so far, by outcome: a moderator's quick sense of who this is. */
public record NameHistory(long published, long pending, long rejected, long removed) {

    public static final NameHistory NONE = new NameHistory(0, 0, 0, 0);

    NameHistory plus(CommentStatus status, long n) {
        return switch (status) {
            case PUBLISHED -> new NameHistory(published + n, pending, rejected, removed);
            case PENDING -> new NameHistory(published, pending + n, rejected, removed);
            case REJECTED -> new NameHistory(published, pending, rejected + n, removed);
            case REMOVED -> new NameHistory(published, pending, rejected, removed + n);
        };
    }
}
