package org.parley.articles;

import java.time.Duration;

/**
 * How long after publication an article takes comments. The setting belongs to moderation, which implements
 * this, so that articles need not know about moderation.
 */
public interface CommentWindow {

    /** Zero or negative: articles never close on their own. */
    Duration closeAfter();
}
