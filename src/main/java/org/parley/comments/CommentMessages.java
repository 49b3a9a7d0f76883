package org.parley.comments;

import org.parley.captcha.CaptchaCheck;
import org.parley.filter.Category;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What readers are told about their comment, in plain words, the same on the page and in the API; in Chinese
 * in {@link CommentMessagesChinese}. Templates read them as {@code comments:}.
 */
@MessageBundle("comments")
public interface CommentMessages {

    @Message("Comments are closed.")
    String closed();

    @Message("Comments on this article are checked by a moderator before they appear.")
    String premoderated();

    /** Deliberately the same for every reason, so a banned poster learns nothing about the ban. */
    @Message("Your comment could not be accepted.")
    String notAccepted();

    @Message("We could not save your comment just now, so nothing was published. Your text is still"
            + " here: please send it again in a minute.")
    String unavailable();

    @Message("Thank you. A moderator will look at this comment.")
    String reported();

    /** After a comment that was not published: its text stays in the form. */
    @Message("Your text is still in the box below: you can change it and send it again.")
    String tryAgain();

    /** One reason a comment was held or refused, as readers are told it: the category, in plain words. */
    @Message("It looks {#when category}{#is RACIST}racist{#is ABUSIVE}abusive{#is"
            + " OFFTOPIC}off-topic{#else}inappropriate{/when}.")
    String reason(Category category);

    /** What became of a stored comment; {@code category} is the filter's, for one it did not publish. */
    @Message("{#when status}{#is PUBLISHED}Thank you: your comment is published.{#is PENDING}Thank you:"
            + " your comment will appear once a moderator has reviewed it.{#else}Your comment was not"
            + " published because it looks {#when category}{#is RACIST}racist{#is ABUSIVE}abusive{#is"
            + " OFFTOPIC}off-topic{#else}inappropriate{/when}. Racist, abusive and off-topic comments"
            + " are not accepted.{/when}")
    String outcome(CommentStatus status, Category category);

    /** {@code minutes} is used from 90 seconds on. */
    @Message("You are posting too quickly. Please wait {#if seconds < 90}{seconds}"
            + " seconds{#else}{minutes} minutes{/if} and try again.")
    String tooQuickly(long seconds, long minutes);

    @Message("Please enter your user name.")
    String nameMissing();

    @Message("Your user name contains a NUL character, which is not allowed.")
    String nameNul();

    @Message("Your user name contains an invisible or control character ({code}); please use visible"
            + " letters only.")
    String nameInvisible(String code);

    @Message("Your user name is {length} characters long; the limit is {max}.")
    String nameTooLong(int length, int max);

    @Message("Please write your comment.")
    String textMissing();

    @Message("Your comment contains a NUL character, which is not allowed.")
    String textNul();

    @Message("Your comment is {length} characters long; the limit is {max}.")
    String textTooLong(int length, int max);

    @Message("{#when check}{#is MISSING}Please type the words you see in the image.{#is WRONG}The words"
            + " you typed do not match the image. Please try the new image.{#is EXPIRED}The image has"
            + " expired. Please type the words in the new image.{#is ALREADY_USED}That image was already"
            + " used. Please type the words in the new image.{#else}The image could not be checked."
            + " Please type the words in the new image.{/when}")
    String captcha(CaptchaCheck check);
}
