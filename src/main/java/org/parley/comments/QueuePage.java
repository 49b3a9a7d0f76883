package org.parley.comments;

import java.util.List;

/** One page of a queue and how many comments the whole queue holds. */
public record QueuePage(List<ReviewComment> items, long total, int page, int pageSize) {

    public int pageCount() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
