package org.parley.comments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.parley.shared.storage.ClusterNotices;

/**
 * Comments changed on one node are changed for all: each change is told to the other nodes in the transaction
 * that makes it, and a change heard from another node is fired here as if made here, so every cache of
 * published comments and rendered pages forgets the article, on whichever node it lives.
 */
@ApplicationScoped
class CommentNotices {

    static final String TOPIC = "comments";

    @Inject
    ClusterNotices cluster;

    @Inject
    Event<CommentsChanged> changed;

    // Called where the change is fired, inside its transaction: the notice goes out with the commit.
    void tell(@Observes CommentsChanged event) {
        if (!event.elsewhere()) {
            cluster.publish(TOPIC, Long.toString(event.articleId()));
        }
    }

    void heard(@Observes ClusterNotices.Notice notice) {
        if (TOPIC.equals(notice.topic())) {
            changed.fire(new CommentsChanged(Long.parseLong(notice.value()), true));
        }
    }

    void missedSome(@Observes ClusterNotices.Resync resync) {
        changed.fire(CommentsChanged.everywhere());
    }
}
