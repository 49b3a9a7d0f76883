package org.parley.comments;

import java.time.Duration;
import java.util.Map;

import org.parley.filter.Verdict;

/**
 * What became of a submission: stored with a status, refused for bad input, for coming too fast, not stored
 * because the database cannot write just now, or refused outright (the article is closed, or the poster may
 * not post).
 */
public sealed interface SubmissionOutcome {

    /** Stored, with the status the filter's verdict gave it. */
    record Accepted(long commentId, CommentStatus status, Verdict verdict) implements SubmissionOutcome {
    }

    /** Not stored: messages per field ({@code userName}, {@code text}, {@code captchaAnswer}), in form order. */
    record Invalid(Map<String, String> errors) implements SubmissionOutcome {
    }

    /** Not stored: this client posted too often. */
    record Limited(Duration retryAfter) implements SubmissionOutcome {
        public String message(CommentMessages say) {
            long seconds = Math.max(1, retryAfter.toSeconds());
            return say.tooQuickly(seconds, (seconds + 59) / 60);
        }
    }

    /**
     * Not stored, for now: the database cannot write (a full disk, say). Nothing was published or kept; the
     * reader sends the same text again after {@code retryAfter}.
     */
    record Unavailable(Duration retryAfter) implements SubmissionOutcome {
        public String message(CommentMessages say) {
            return say.unavailable();
        }
    }

    /** Not stored, and trying again will not help. */
    record Refused(Why why) implements SubmissionOutcome {

        public enum Why {
            /** The article takes no more comments. */
            CLOSED,
            /** The poster is banned; readers are told no more than that it was not accepted. */
            NOT_ACCEPTED
        }

        public String message(CommentMessages say) {
            return why == Why.CLOSED ? say.closed() : say.notAccepted();
        }
    }
}
