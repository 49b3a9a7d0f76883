package org.parley.moderation;

import org.parley.audit.AuditAction;
import org.parley.comments.CommentStatus;
import org.parley.comments.HoldReason;
import org.parley.comments.QueueTab;
import org.parley.filter.Category;
import org.parley.filter.Decision;
import org.parley.filter.Policy;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What the moderators' pages say: the frame, the queue and its cards, a comment's history, the audit log, and the
 * notices after an action. In Chinese in {@link ModerationMessagesChinese}; templates read them as {@code mod:}.
 */
@MessageBundle("mod")
public interface ModerationMessages {

    @Message("{site} moderation")
    String titleSuffix(String site);

    @Message("Skip to the queue")
    String skipToQueue();

    @Message("Moderation")
    String moderation();

    @Message("Queue")
    String queue();

    @Message("Bans")
    String bans();

    @Message("Articles")
    String articles();

    @Message("Audit log")
    String auditLog();

    @Message("Test bench")
    String testBench();

    @Message("Statistics")
    String statistics();

    @Message("Rules")
    String rules();

    @Message("Back-test")
    String backtest();

    @Message("Mass-check")
    String massCheck();

    @Message("Accounts")
    String accounts();

    @Message("Settings")
    String settings();

    @Message("Site")
    String site();

    @Message("Signed in as")
    String signedInAs();

    @Message("Password")
    String password();

    @Message("Keys")
    String keys();

    @Message("Log out")
    String logOut();

    @Message("Keyboard shortcuts")
    String keyboardShortcuts();

    @Message("Next / previous comment")
    String keyNext();

    @Message("Approve (or keep) the current comment")
    String keyApprove();

    @Message("Remove with the reason chosen on the card (preselected from its category)")
    String keyRemove();

    @Message("Restore a removed or rejected comment")
    String keyRestore();

    @Message("Select or unselect the current comment")
    String keySelect();

    @Message("Undo your last action, while its Undo button shows")
    String keyUndo();

    @Message("Show or hide this list")
    String keyHelp();

    @Message("Close this list")
    String keyClose();

    @Message("Keys do nothing while you type in a field.")
    String keysInFields();

    @Message("Close")
    String close();

    /** A queue tab's name. */
    @Message("{#when tab}{#is PENDING}Pending{#is REPORTED}Reported{#is REJECTED}Rejected by the"
            + " filter{#is PUBLISHED}Published{#is REMOVED}Removed{/when}")
    String tab(QueueTab tab);

    @Message("Moderation queue: {#when tab}{#is PENDING}Pending{#is REPORTED}Reported{#is"
            + " REJECTED}Rejected by the filter{#is PUBLISHED}Published{#is REMOVED}Removed{/when}")
    String queueHeading(QueueTab tab);

    @Message("Queues")
    String queues();

    @Message("Filter the queue")
    String filterQueue();

    @Message("Article")
    String article();

    @Message("All articles")
    String allArticles();

    @Message("Any category")
    String anyCategory();

    /** A category, by its key, as a filter's choice. */
    @Message("{#when key}{#is 'racist'}Racist{#is 'abusive'}Abusive{#is"
            + " 'offtopic'}Off-topic{#else}{key}{/when}")
    String categoryName(String key);

    /** A category inside a sentence. */
    @Message("{#when category}{#is RACIST}racist{#is ABUSIVE}abusive{#is OFFTOPIC}off-topic{/when}")
    String categoryWords(Category category);

    @Message("{#when policy}{#is PROFANITY}profanity{#is RECLAIMABLE_SLUR}reclaimed slurs{/when}")
    String policyWords(Policy policy);

    @Message("Search")
    String search();

    @Message("Words in the text or a user name")
    String searchPlaceholder();

    @Message("Order")
    String order();

    @Message("Oldest first")
    String oldestFirst();

    @Message("Newest first")
    String newestFirst();

    @Message("Highest score")
    String highestScore();

    @Message("Clear filters")
    String clearFilters();

    @Message("Undo")
    String undo();

    @Message("Selected comments:")
    String selectedComments();

    @Message("Approve selected")
    String approveSelected();

    @Message("Restore selected")
    String restoreSelected();

    @Message("Reason")
    String reason();

    @Message("Remove selected")
    String removeSelected();

    @Message("Nothing here matches these filters.")
    String nothingMatches();

    @Message("Nothing in {#when tab}{#is PENDING}Pending{#is REPORTED}Reported{#is REJECTED}Rejected by"
            + " the filter{#is PUBLISHED}Published{#is REMOVED}Removed{/when} right now.")
    String nothingIn(QueueTab tab);

    @Message("{total} comment{#if total != 1}s{/if} · page {page} of {pages}")
    String summary(long total, int page, int pages);

    @Message("Queue pages")
    String queuePages();

    @Message("« Previous")
    String previous();

    @Message("Next »")
    String next();

    @Message("Select these {n} similar comments")
    String selectWave(long n);

    @Message("Select this comment")
    String selectOne();

    @Message("on")
    String on();

    @Message("banned")
    String bannedChip();

    @Message("{#if name && address}This user name and this commenter's address are banned{#else if"
            + " name}This user name is banned{#else}This commenter's address is banned{/if}")
    String bannedTitle(boolean name, boolean address);

    @Message("{#when status}{#is PUBLISHED}Published{#is PENDING}Pending{#is REJECTED}Rejected by the"
            + " filter{#is REMOVED}Removed{/when}")
    String status(CommentStatus status);

    @Message("{n} similar comments")
    String waveCount(long n);

    @Message(" in this tab (same words, spacing and punctuation aside). Actions on this card apply to"
            + " all of them.")
    String waveRest();

    /** What the filter decided, on a card. */
    @Message("Filter: {#when decision}{#is PUBLISH}publish{#is HOLD}hold{#is REJECT}reject{#else}no"
            + " verdict{/when}")
    String filterDecision(Decision decision);

    @Message("Score of the category that decided")
    String scoreTitle();

    @Message("Score {score}")
    String score(int score);

    @Message("{n} reader report{#if n != 1}s{/if}")
    String readerReports(int n);

    @Message("Everything posted under this user name")
    String historyTitle();

    @Message("Name history: {published} published · {pending} pending · {rejected} rejected · {removed}"
            + " removed")
    String nameHistory(long published, long pending, long rejected, long removed);

    @Message("{#if putBack}Put back by{#else}Removed by{/if} {actor}")
    String removedBy(boolean putBack, String actor);

    @Message("Why it is here:")
    String whyHere();

    @Message("{#when reason}{#is READER_ASKED}The reader could not read the captcha image and asked for"
            + " a moderator to review the comment instead.{#is PREMODERATED}Every comment on this"
            + " article waits for a moderator (the article's comment mode).{#is SCREENED}A ban on this"
            + " name or address holds its comments for a moderator.{/when}")
    String heldBecause(HoldReason reason);

    @Message("Held for you to judge:")
    String heldToJudge();

    @Message("{problem}, so the filter's score is incomplete.")
    String incomplete(String problem);

    @Message("What readers said")
    String readersSaid();

    @Message("Rules that fired")
    String rulesFired();

    @Message("the site's policy on {#when policy}{#is PROFANITY}profanity{#is"
            + " RECLAIMABLE_SLUR}reclaimed slurs{/when}: its score does not count")
    String policyDoesNotCount(Policy policy);

    @Message(", observe only: did not count")
    String observeOnly();

    @Message("matched")
    String matched();

    @Message("{#when role}{#is 'group'}the group{#is 'predicate'}what is said of it{#else}{role}{/when}")
    String role(String role);

    /** Approving a published comment only closes its reports: the button says so. */
    @Message("{#when status}{#is PUBLISHED}Keep{#else}Approve{/when}")
    String approve(CommentStatus status);

    @Message(" all {n}")
    String all(long n);

    @Message("Restore")
    String restore();

    @Message("Remove")
    String remove();

    @Message("optional")
    String optional();

    @Message("More")
    String more();

    @Message("History of this comment")
    String historyOfComment();

    @Message("Remove everything by")
    String removeAllBefore();

    @Message("")
    String removeAllAfter();

    @Message("Ban")
    String ban();

    @Message(" or this commenter's address")
    String orAddress();

    @Message("How long")
    String howLong();

    @Message("{#if days}{days} day{#if days != 1}s{/if}{#else}For good{/if}")
    String banLength(Integer days);

    @Message("Ban this name")
    String banName();

    @Message("Ban this commenter's address")
    String banAddress();

    @Message("{#when reason}{#is RACIST}Racist{#is ABUSIVE}Abusive or a threat{#is"
            + " OFFTOPIC}Off-topic{#is SPAM}Spam or advertising{#is PRIVACY}Personal information{#is"
            + " OTHER}Other{/when}")
    String removeReason(RemoveReason reason);

    @Message("Comment {id}")
    String commentNumber(long id);

    @Message("« Back to the queue")
    String backToQueue();

    @Message("History")
    String history();

    @Message("No moderator has acted on this comment yet.")
    String noActionsYet();

    @Message("Action")
    String action();

    @Message("Comment")
    String comment();

    @Message("State")
    String state();

    @Message("Details")
    String details();

    @Message("{#when action}{#is APPROVE}approve{#is REMOVE}remove{#is RESTORE}restore{#is"
            + " UNDO}undo{#is REPORTED}reported{#is BAN}ban{#is LIFT_BAN}lift ban{#is"
            + " ARTICLE_MODE}article mode{#is ACCOUNT}account{#is RULES}rules{#is"
            + " SETTINGS}settings{/when}")
    String auditAction(AuditAction action);

    @Message("Filter the audit log")
    String filterAudit();

    @Message("Account name")
    String accountName();

    @Message("Any action")
    String anyAction();

    @Message("No entries{#if page > 1} on this page{/if}.")
    String noEntries(int page);

    @Message("Moderation actions, newest first")
    String auditCaption();

    @Message("Audit pages")
    String auditPages();

    @Message("Page {page}")
    String page(int page);

    @Message("Bans ({active} active)")
    String bansTitle(int active);

    @Message("New comments from a banned user name or address are {#if refuse}refused: the commenter is"
            + " told only that the comment could not be accepted{#else}held for a moderator, whatever"
            + " the filter says{/if}. Comments already posted stay as they are.")
    String bansLede(boolean refuse);

    @Message("Ban a user name")
    String banUserName();

    @Message("Names are matched whatever their case, width or spacing. To ban a commenter's address,"
            + " use More on one of their comments in the queue.")
    String bansHint();

    @Message("Active ({n})")
    String activeBans(int n);

    @Message("Nobody is banned right now.")
    String nobodyBanned();

    @Message("Kind")
    String kind();

    @Message("By")
    String by();

    @Message("Since")
    String since();

    @Message("Until")
    String until();

    @Message("Lift")
    String lift();

    @Message("Address")
    String address();

    @Message("an address")
    String anAddress();

    @Message("for good")
    String forGood();

    @Message("the ban on")
    String liftTheBanOn();

    @Message("Ended ({n})")
    String endedBans(int n);

    @Message("No ban has ended yet.")
    String noBanEnded();

    @Message("Ended")
    String ended();

    @Message("lifted by {who}")
    String liftedBy(String who);

    @Message("expired")
    String expired();

    @Message("Find an article")
    String findArticle();

    @Message("Title")
    String title();

    @Message("Words in the title")
    String titlePlaceholder();

    @Message("Clear")
    String clear();

    @Message("No article title matches “{q}”.")
    String noTitleMatches(String q);

    @Message("No articles yet.")
    String noArticles();

    @Message("{total} article{#if total != 1}s{/if}, newest first · page {page} of {pages}")
    String articlesSummary(long total, int page, int pages);

    @Message("Published")
    String published();

    @Message("Comments")
    String comments();

    @Message("Comments are")
    String commentsAre();

    @Message("Set to")
    String setTo();

    @Message("{n} pending")
    String pendingCount(long n);

    @Message("· {published} published · {rejected} rejected · {removed} removed")
    String otherCounts(long published, long rejected, long removed);

    /** An article's comment mode, by its name. */
    @Message("{#when mode}{#is 'OPEN'}Open{#is 'PREMODERATED'}Pre-moderated{#else}Closed{/when}")
    String commentMode(String mode);

    @Message("Closed automatically")
    String closedAutomatically();

    @Message("(set to {#when mode}{#is 'OPEN'}open{#is 'PREMODERATED'}pre-moderated{#else}closed"
            + "{/when}; too old for comments)")
    String tooOld(String mode);

    @Message("Comment mode for {title}")
    String commentModeFor(String title);

    @Message("Set")
    String set();

    @Message(" the mode of {title}")
    String theModeOf(String title);

    @Message("Comments on “{title}” are now {#when mode}{#is 'OPEN'}open{#is"
            + " 'PREMODERATED'}pre-moderated{#else}closed{/when}.")
    String modeChanged(String title, String mode);

    @Message("Banned that user name {#if days > 0}for {days} day{#if days != 1}s{/if}{#else}for"
            + " good{/if}.")
    String nameBanned(int days);

    @Message("Lifted the ban.")
    String banLifted();

    @Message("Article pages")
    String articlePages();

    /** After an action on comments; {@code what} is approve, remove, restore or remove-user. */
    @Message("{#when what}{#is 'approve'}Approved{#is 'restore'}Restored{#else}Removed{/when} {n}"
            + " comment{#if n != 1}s{/if}{#if what == 'remove-user'} by that user name{/if}.{#if skipped"
            + " > 0} {skipped} comment{#if skipped == 1} was{#else}s were{/if} skipped: already handled"
            + " or not in a state for that.{/if}")
    String acted(String what, int n, int skipped);

    /** After a ban from a card; {@code days} 0 is for good. */
    @Message("Banned {#if address}that commenter's address{#else}that user name{/if} {#if days > 0}for"
            + " {days} day{#if days != 1}s{/if}{#else}for good{/if}. Bans are listed, and lifted, under"
            + " Bans.")
    String banned(boolean address, int days);

    @Message("Undone: {n} comment{#if n != 1}s{/if} back where {#if n == 1}it was{#else}they"
            + " were{/if}.{#if stayed > 0} {stayed} comment{#if stayed != 1}s{/if} had been moved on by"
            + " someone since and {#if stayed == 1}was{#else}were{/if} left alone.{/if}")
    String undone(int n, int stayed);

    /** The queue's script says these; {@code %n%}-style holes are filled in there. */
    @Message("Your session has ended or lacks the moderator role: reload the page to log in again.")
    String jsSessionEnded();

    @Message("That did not work (%status%). Reload the page and try again.")
    String jsFailed();

    @Message("%total% comment · page %page% of %pages%")
    String jsSummaryOne();

    @Message("%total% comments · page %page% of %pages%")
    String jsSummaryMany();

    @Message("Undo did not work. Reload the page to see where things stand.")
    String jsUndoFailed();

    @Message("Select comments with x or their boxes")
    String jsSelectHint();

    @Message("%n% selected")
    String jsSelected();

    @Message("%n% new comment in this tab.")
    String jsNewOne();

    @Message("%n% new comments in this tab.")
    String jsNewMany();

    @Message("The new comments are on other pages of this tab.")
    String jsNewElsewhere();

    @Message("Added %n% new comment.")
    String jsAddedOne();

    @Message("Added %n% new comments.")
    String jsAddedMany();
}
