package org.parley.shared.language;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What every page says around its content: the reader's frame, the error page, the language switch, and the words
 * all features' pages share. In Chinese in {@link CommonMessagesChinese}; templates read them as {@code common:}.
 */
@MessageBundle("common")
public interface CommonMessages {

    /** The page's {@code lang}. */
    @Message("en")
    String lang();

    @Message("Site")
    String siteNav();

    @Message("News")
    String news();

    @Message("Forum")
    String forum();

    @Message("{site}: latest articles")
    String latestArticlesFeed(String site);

    @Message("{site} · comments moderated with Parley")
    String footer(String site);

    @Message("Language")
    String languageNav();

    @Message("{#when status}{#is 404}Page not found{#is 403}Not allowed{#is 401}Please log in{#is"
            + " 429}Too many requests{#else}{#if status >= 500}Something went wrong{#else}Bad"
            + " request{/if}{/when}")
    String errorTitle(int status);

    @Message("Error {status}")
    String errorCode(int status);

    @Message("Back to the news")
    String backToNews();

    /** What an error page says when nothing more particular is known. */
    @Message("{#when status}{#is 400}The request could not be understood. Please check what you"
            + " sent.{#is 401}Please log in.{#is 403}You do not have permission to do that.{#is"
            + " 404}There is nothing at this address.{#is 405}That method is not allowed here.{#is"
            + " 406}That content type is not supported here.{#is 415}That content type is not supported"
            + " here.{#is 409}That conflicts with the current state. Please reload and try again.{#is"
            + " 413}What you sent is too large.{#is 429}Too many requests. Please wait a moment and try"
            + " again.{#else}{#if status >= 500}Something went wrong on our side. Please try"
            + " again.{#else}The request failed.{/if}{/when}")
    String errorMessage(int status);

    @Message("There is no article at this address.")
    String noArticleHere();

    @Message("This form could not be accepted: it did not carry this site's security token, or the"
            + " token has expired. Go back, reload the page and send it again.")
    String formExpired();

    @Message("This request was sent from another site's page, so it was not carried out.")
    String foreignPage();

    @Message("The form could not be read: it contains a broken character escape. Go back, reload the"
            + " page and send it again.")
    String brokenForm();

    @Message("Someone else changed this at the same moment. Please reload and try again.")
    String changedMeanwhile();

    @Message("The site cannot save anything just now. Please try again in a minute.")
    String cannotSave();

    /** Words every feature's pages share: pagers, tables' headings, forms' labels. */
    @Message("« Newer")
    String newer();

    @Message("Older »")
    String older();

    @Message("Page {page} of {pages}")
    String pageOf(int page, int pages);

    @Message("When")
    String when();

    @Message("Who")
    String who();

    @Message("enabled")
    String enabled();

    @Message("disabled")
    String disabled();

    @Message("Show")
    String show();

    @Message("Category")
    String category();

    @Message("Note")
    String note();

    @Message("User name")
    String userName();
}
