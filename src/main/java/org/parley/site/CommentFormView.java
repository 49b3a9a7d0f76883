package org.parley.site;

import java.util.Map;

import org.parley.captcha.Challenge;

/**
 * The comment form as one reader sees it: what they typed, what was wrong with it, the outcome of their last
 * post, and a captcha challenge of their own; {@code premoderated} says every comment waits for a moderator.
 */
public record CommentFormView(String action, String csrfToken, Challenge captcha, String userName, String text,
        Map<String, String> errors, Notice notice, boolean review, int nameMax, int textMax, boolean premoderated) {

    /** A message above the form; {@code kind} is success, info, warning or error. */
    public record Notice(String kind, String message) {
    }
}
