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
