package org.parley.site;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What the reader's pages say (the front page, the article with its form, the forum, the feeds); in Chinese in
 * {@link SiteMessagesChinese}. Templates read them as {@code site:}.
 */
@MessageBundle("site")
public interface SiteMessages {

    @Message("Latest news")
    String latestNews();

    @Message("No articles yet.")
    String noArticles();

    @Message("Source: ")
    String source();

    @Message("Article tools")
    String articleTools();

    @Message("Print")
    String print();

    @Message("E-mail")
    String email();

    @Message("Adjust font size:")
    String adjustFont();

    @Message("Smaller text")
    String smaller();

    @Message("Larger text")
    String larger();

    @Message("Bookmark and Share:")
    String bookmarkShare();

    @Message("Bookmark")
    String bookmark();

    @Message("Weibo")
    String weibo();

    @Message("{count} Comment(s)")
    String commentCount(long count);

    @Message("Tags: ")
    String tags();

    @Message("No comments.")
    String noComments();

    @Message("Report")
    String report();

    @Message("Comment pages")
    String commentPages();

    @Message("« Earlier comments")
    String earlier();

    @Message("Later comments »")
    String later();

    @Message("Go to Forum >>")
    String goToForum();

    @Message("Comments on {title}")
    String commentsFeed(String title);

    @Message("Add your comments...")
    String addComments();

    @Message("Your comment was not sent yet. Please check:")
    String notSentYet();

    @Message("User Name")
    String userName();

    @Message("(Required)")
    String required();

    @Message("Your Comment")
    String yourComment();

    @Message("Enter the words you see:")
    String enterWords();

    @Message("Security check: an image of two words to type into the box below. If you cannot see it,"
            + " tick the box under it to send your comment for review instead.")
    String captchaAlt();

    @Message("New image")
    String newImage();

    @Message("I can't see or read the image: send my comment to a moderator for review instead.")
    String cannotSee();

    @Message("Racist, abusive and off-topic comments may be removed by the moderator.")
    String mayBeRemoved();

    @Message("Submit")
    String submit();

    @Message("Forum: the latest comments")
    String forumHeading();

    @Message("On")
    String forumOn();

    @Message("Forum pages")
    String forumPages();

    @Message("The latest articles from {site}")
    String latestArticlesFrom(String site);

    @Message("Readers' comments on \"{title}\" at {site}")
    String commentsFeedAbout(String title, String site);

    @Message("{name} on {title}")
    String commentBy(String name, String title);
}
