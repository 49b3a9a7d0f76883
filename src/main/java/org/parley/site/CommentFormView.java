package org.parley.site;

import java.util.List;
import java.util.Map;

import org.parley.captcha.Challenge;

/**
 * The comment form as one reader sees it: what they typed, what was wrong with it, the outcome of their last
 * post, and a captcha challenge of their own; {@code premoderated} says every comment waits for a moderator.
 * {@code answersPost} marks the form rendered as the answer to a post (an error, or a comment not published),
 * which the page puts back under the article's own address and brings into view.
 */
public record CommentFormView(String action, String csrfToken, Challenge captcha, String userName, String text,
        Map<String, String> errors, Notice notice, boolean review, int nameMax, int textMax, boolean premoderated,
        boolean answersPost) {

    /** The form's fields in the order a reader meets them, for the error summary and the first error's focus. */
    private static final List<String> FIELDS = List.of("userName", "text", "captchaAnswer");

    /** One line of the error summary: the field it is about and what is wrong. */
    public record FieldError(String field, String message) {
    }

    /** What is wrong, field by field, in the form's order. */
    public List<FieldError> fieldErrors() {
        return FIELDS.stream().filter(errors::containsKey).map(f -> new FieldError(f, errors.get(f))).toList();
    }

    /** The field to put the cursor in: the first with an error, else the comment itself when it was not posted. */
    public String focus() {
        List<FieldError> wrong = fieldErrors();
        return !wrong.isEmpty() ? wrong.get(0).field() : answersPost ? "text" : null;
    }

    /** The article's address at the form, where a post's answer belongs (a reload then reads, not posts). */
    public String articleAddress() {
        return action.substring(0, action.length() - "/comments".length()) + "#add-comment";
    }

    /** A message above the form; {@code kind} is success, info, warning or error. */
    public record Notice(String kind, String message) {
    }
}
