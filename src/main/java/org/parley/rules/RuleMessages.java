package org.parley.rules;

import org.parley.filter.Decision;
import org.parley.filter.Policy;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What the admins' rule pages say: the rules list, versions, the test bench, back-tests and mass-checks. In
 * Chinese in {@link RuleMessagesChinese}; templates read them as {@code rules:}.
 */
@MessageBundle("rules")
public interface RuleMessages {

    @Message("Rules")
    String rules();

    @Message("Skip to the rules")
    String skipToRules();

    @Message("New term list")
    String newTermList();

    @Message("New pattern")
    String newPattern();

    @Message("New rule of another type")
    String newOtherType();

    @Message("Versions")
    String versions();

    @Message("Leetspeak and look-alikes")
    String tables();

    @Message("Search")
    String search();

    @Message("name or description")
    String searchPlaceholder();

    @Message("Type")
    String type();

    @Message("Mode")
    String mode();

    @Message("Enabled")
    String enabledColumn();

    @Message("any")
    String any();

    @Message("{#when key}{#is 'racist'}racist{#is 'abusive'}abusive{#is"
            + " 'offtopic'}off-topic{#else}{key}{/when}")
    String categoryWords(String key);

    @Message("{#when mode}{#is 'ENFORCE'}enforce{#is 'OBSERVE'}observe{#else}{mode}{/when}")
    String modeWords(String mode);

    @Message("Rules run in this order, and a combination only sees the rules above it: Move up and Move"
            + " down change the order as a new version.")
    String reorderHint();

    @Message("Rules are shown in the order they run in, but only some of them: the order can only be"
            + " changed with every rule shown.")
    String someInOrder();

    @Message("Show all rules in rule order")
    String showAllInOrder();

    @Message("Sorted by another column: the order can only be changed in rule order.")
    String sortedOther();

    @Message("Show the rules in rule order")
    String showInOrder();

    @Message("Filter rules in {#if inOrder}the order they run in{#else}a chosen order{/if}; hits over"
            + " the last 30 and 7 days")
    String tableCaption(boolean inOrder);

    @Message(" (place in the order the rules run in)")
    String placeInOrder();

    /** A column of the rules table, by its sort key. */
    @Message("{#when key}{#is 'name'}Name{#is 'type'}Type{#is 'category'}Category{#is 'score'}Score{#is"
            + " 'mode'}Mode{#is 'enabled'}On{#is 'hits'}Hits 30 d{#is 'recent'}Hits 7 d{#is"
            + " 'lastHit'}Last hit{#is 'overturn'}Overturned{#else}{key}{/when}")
    String column(String key);

    @Message("Change")
    String change();

    @Message("on")
    String on();

    @Message("off")
    String off();

    @Message("Move up")
    String moveUp();

    @Message("Move down")
    String moveDown();

    @Message("Disable")
    String disable();

    @Message("Enable")
    String enable();

    @Message("Delete…")
    String deleteMenu();

    @Message("Delete {name}")
    String deleteRule(String name);

    @Message("No rule matches.")
    String noRuleMatches();

    @Message("Hits, last hit and overturns come from the statistics (comments of the last 30 days,"
            + " refreshed every minute). Overturned: the share of a rule's hits whose comment a"
            + " moderator decided against the filter.")
    String statsHint();

    @Message("Rule-set versions")
    String rulesetVersions();

    @Message("Skip to the versions")
    String skipToVersions();

    @Message("All rules")
    String allRules();

    @Message("Version {from} against the live version {to}")
    String diffTitle(long from, long to);

    @Message("What restoring version {from} would undo: the live version has these differences from it.")
    String diffHint(long from);

    @Message("No differences: the rules are the same.")
    String noDifferences();

    @Message("Rules only in the live version")
    String onlyLive();

    @Message("Rules only in version {from}")
    String onlyIn(long from);

    @Message("Changed rules")
    String changedRules();

    @Message("Rule")
    String rule();

    @Message("Field")
    String field();

    @Message("In version {from}")
    String inVersion(long from);

    @Message("Live")
    String live();

    @Message("Moved rules")
    String movedRules();

    @Message("The live version runs these rules at another place in the order.")
    String movedHint();

    @Message("Thresholds")
    String thresholds();

    @Message("Site policies")
    String policies();

    @Message("Entry")
    String entry();

    @Message("none")
    String none();

    @Message("(optional)")
    String optional();

    @Message("Put the rules, thresholds, policies and tables of version {from} back in force")
    String restoreConfirm(long from);

    @Message("Restore version {from}")
    String restoreVersion(long from);

    @Message("Rule-set versions, newest first")
    String versionsCaption();

    @Message("Version")
    String version();

    @Message("live")
    String liveState();

    @Message("Compare and restore")
    String compareRestore();

    @Message("Test bench")
    String testBench();

    @Message("Check any text against the live rules, as a comment on an article if you pick one"
            + " (relevance needs the article). Nothing is stored, counted or shown to readers.")
    String benchHint();

    @Message("Checking with the ")
    String benchDraftBefore();

    @Message("draft")
    String draftWord();

    @Message(" from the rule editor (a rule or the leetspeak and look-alike tables), not the live rules.")
    String benchDraftAfter();

    @Message("Text")
    String text();

    @Message("(optional: user-name rules)")
    String userNameHint();

    @Message("As a comment on")
    String asCommentOn();

    @Message("no article")
    String noArticle();

    @Message("One comment per line: a verdict for each line (up to 200)")
    String perLine();

    @Message("Check")
    String check();

    @Message("{n} lines:")
    String lines(int n);

    @Message("{#when decision}{#is PUBLISH}publish{#is HOLD}hold{#else}reject{/when}")
    String decisionWord(Decision decision);

    @Message("Line {n}: ")
    String lineN(int n);

    @Message("Decision:")
    String decision();

    @Message("score {score}, rule set version {version}")
    String scoreVersion(int score, long version);

    @Message("Racist {racist} · Abusive {abusive} · Off-topic {offtopic}")
    String categoryScores(int racist, int abusive, int offtopic);

    @Message("A rule failed ({error}); such a comment is held for review.")
    String ruleFailed(String error);

    @Message("User name:")
    String userNameIs();

    @Message("No rule matched.")
    String noRuleMatched();

    @Message("Score")
    String score();

    @Message("Matched")
    String matched();

    @Message("Where")
    String where();

    @Message("(observe only: does not count)")
    String observeOnly();

    @Message("(not counted: the site's policy on {#when policy}{#is PROFANITY}profanity{#else}reclaimed"
            + " slurs{/when} decides)")
    String notCounted(Policy policy);

    @Message("{#when role}{#is 'group'}the group{#is 'predicate'}what is said of it{#else}{role}{/when}")
    String role(String role);

    @Message("{#if author}user name{#else}text{/if}")
    String inField(boolean author);

    @Message("Back-test")
    String backtest();

    @Message("Back-test a draft")
    String backtestDraft();

    @Message("Replay stored comments through a draft and see what it would change before it goes live."
            + " Paste one rule as a JSON object (it replaces the live rule of the same name, or is added"
            + " to the live set), or a whole rule set (\\{\"rules\": [...]}, the format of the default pack"
            + " and of the export).")
    String backtestHint();

    @Message("Start from a live rule")
    String startFromLive();

    @Message("Put it in the box")
    String putInBox();

    @Message("The live rule")
    String liveInBoxBefore();

    @Message(" is in the box: change it (a term, its score, its mode) and run it to see what the change"
            + " would do.")
    String liveInBoxAfter();

    @Message("Draft (JSON)")
    String draftJson();

    @Message("Comments of the last (days)")
    String lastDays();

    @Message("At most (comments, newest first)")
    String atMost();

    @Message("Run the back-test")
    String runBacktest();

    @Message("by {actor}, last {days} days")
    String backtestBy(String actor, int days);

    @Message("Replaying comments: {done} of {total}.")
    String replaying(long done, long total);

    @Message("This page refreshes itself until the back-test is done.")
    String refreshes();

    @Message("Done: {n} comments replayed.")
    String done(long n);

    @Message("Newly held")
    String newlyHeld();

    @Message("Newly rejected")
    String newlyRejected();

    @Message("Newly released (published)")
    String newlyReleased();

    @Message("Unchanged")
    String unchangedRow();

    @Message("Against the moderators' decisions")
    String againstModerators();

    @Message("\"Flagged\" means held or rejected; \"bad\" means a moderator removed it, \"good\" that it"
            + " stands published.")
    String flaggedHint();

    @Message("Flagged and bad")
    String flaggedBad();

    @Message("Flagged but good")
    String flaggedGood();

    @Message("Missed bad")
    String missedBad();

    @Message("Precision")
    String precision();

    @Message("Recall")
    String recall();

    @Message("Draft")
    String draft();

    @Message("As the filter decided")
    String asDecided();

    @Message("Newly held, for example")
    String heldExamples();

    @Message("Newly rejected, for example")
    String rejectedExamples();

    @Message("Newly released, for example")
    String releasedExamples();

    @Message("Back to the draft")
    String backToDraft();

    @Message("Back-test another draft")
    String anotherDraft();

    @Message("Restored: version {id} is now in force with the rules of the version you chose.")
    String restored(long id);

    @Message("Not deleted: a combination rule refers to {#if name}{name}{#else}that rule{/if}; change"
            + " the combination first.")
    String notDeletedInUse(String name);

    @Message("That change was refused: it would break the rule set.")
    String refused();

    @Message("Deleted the rule. Restore an older version to get it back.")
    String ruleDeleted();

    @Message("Saved the rule {name}; it is in force now.")
    String ruleSaved(String name);

    @Message("Enabled the rule {name}.")
    String ruleEnabled(String name);

    @Message("Disabled the rule {name}.")
    String ruleDisabled(String name);

    @Message("Moved the rule {name} {#if up}up{#else}down{/if}; it is now number {number} of the list.")
    String ruleMoved(String name, boolean up, int number);

    @Message("Saved the tables as version {version}; every rule reads comments with them now.")
    String tablesSaved(long version);

    @Message("New rule")
    String newRule();

    @Message("Rule {name}")
    String ruleNamed(String name);

    @Message("New {type} rule")
    String newTypeRule(String type);

    @Message("Skip to the rule")
    String skipToRule();

    @Message("Another type:")
    String anotherType();

    @Message("Press Back-test this draft below, open its result when it is done, then save again. Any"
            + " change to the draft needs a new back-test.")
    String pressBacktest();

    @Message("Not saved: see the field marked below.")
    String notSavedSeeField();

    @Message("This rule would hit {n} published comment{#if n != 1}s{/if}")
    String wouldHit(long n);

    @Message("Of the {checked} comments published in the last 90 days, {n} would now be hit by this"
            + " rule that are not hit as it stands. For example:")
    String wouldHitHint(long checked, long n);

    @Message("marks")
    String marks();

    @Message("To save it all the same, press Save anyway.")
    String saveAnywayHint();

    @Message("A back-test of this draft is running:")
    String backtestRunning();

    @Message("watch it")
    String watchIt();

    @Message("The back-test failed: {error}")
    String backtestFailed(String error);

    @Message("The back-test of this draft is done:")
    String backtestDone();

    @Message("see its result")
    String seeResult();

    @Message(" (seen)")
    String seen();

    @Message("Try a text with this draft on the test bench")
    String tryOnBench();

    @Message("The rule")
    String theRule();

    @Message("Name")
    String name();

    @Message("Description")
    String description();

    @Message("(−100 to 100; 5 holds, 10 rejects)")
    String scoreHint();

    @Message("enforce (its score counts)")
    String enforceMode();

    @Message("observe (hits are recorded, nothing changes)")
    String observeMode();

    @Message("Site policy")
    String sitePolicy();

    @Message("none (its score counts)")
    String noPolicy();

    @Message("Under a policy the rule's hits add no score: the site's setting for the policy (on the")
    String policyHintBefore();

    @Message("settings page")
    String settingsPage();

    @Message(") decides, and never lowers what the score decided.")
    String policyHintAfter();

    @Message("Enabled")
    String enabledBox();

    @Message("What it matches")
    String whatItMatches();

    @Message("Terms, one a line")
    String termsOneALine();

    @Message("Each line is a word or phrase, optionally followed by options after |:")
    String termsHint();

    @Message(": as the list matches (below)")
    String termsAsList();

    @Message(": at the start of a word (idiots, idiotic);")
    String termsPrefix();

    @Message(": whole words only;")
    String termsWord();

    @Message(": anywhere, also inside words")
    String termsSubstring();

    @Message(": longer words or phrases that contain the term and are innocent")
    String termsExcept();

    @Message(": words that, within eight words, show the term means something else (it still counts"
            + " when said to someone: \"you dyke\")")
    String termsUnlessNear();

    @Message("The list matches")
    String listMatches();

    @Message("whole words (default)")
    String wholeWordsDefault();

    @Message("whole words")
    String wholeWords();

    @Message("word starts")
    String wordStarts();

    @Message("anywhere")
    String anywhere();

    @Message("Exceptions for the whole list, one a line")
    String exceptions();

    @Message("Pattern")
    String pattern();

    @Message("(RE2/J syntax, run on the normalised text unless set otherwise)")
    String patternHint();

    @Message("Requires words")
    String requiresWords();

    @Message("(optional, comma-separated: every match contains one at a word start)")
    String requiresHint();

    @Message("Also requires")
    String alsoRequires();

    @Message("(optional, comma-separated)")
    String alsoRequiresHint();

    @Message("Runs on")
    String runsOn();

    @Message("the normalised text (default)")
    String normalisedDefault();

    @Message("the normalised text")
    String normalised();

    @Message("the original text")
    String original();

    @Message("Parameters (JSON)")
    String paramsJson();

    @Message("A {type} rule's parameters look like")
    String paramsShape(String type);

    @Message("Reads")
    String reads();

    @Message("the comment (default)")
    String commentDefault();

    @Message("the comment")
    String theComment();

    @Message("the user name")
    String theUserName();

    @Message("Examples")
    String examples();

    @Message("Saving runs them: the rule must hit every text of the first list and none of the second,"
            + " alone and among the other rules.")
    String examplesHint();

    @Message("Must match, one text a line")
    String mustMatchLines();

    @Message("Must not match, one text a line")
    String mustNotMatchLines();

    @Message("Must match")
    String mustMatch();

    @Message("Must not match")
    String mustNotMatch();

    @Message("Note for the version")
    String versionNote();

    @Message("(optional: why)")
    String whyHint();

    @Message("Back-test this draft")
    String backtestThisDraft();

    @Message("Save anyway")
    String saveAnyway();

    @Message("Save")
    String save();

    @Message("A rule is saved only after a back-test of exactly this draft has been run and its result"
            + " looked at. Saving makes a new version of the rule set; any version can be restored under")
    String savedOnlyAfter();

    @Message("Skip to the tables")
    String skipToTables();

    @Message("Before any rule reads a comment, Parley undoes the disguises authors use against word"
            + " lists: \"sh1t\" is read as \"shit\", \"idіot\" with a Cyrillic і as \"idiot\". These two tables"
            + " say how. They are part of the rule set: saving them makes a new version, and restoring"
            + " an older version brings its tables back.")
    String tablesHint();

    @Message("The tables in force are Parley's own.")
    String tablesShipped();

    @Message("The tables in force were changed by an admin;")
    String tablesChanged();

    @Message("fill in Parley's own")
    String fillShipped();

    @Message(" to go back to them.")
    String toGoBack();

    @Message("The form holds Parley's own tables; nothing is saved until you back-test and save them.")
    String formHoldsShipped();

    @Message("Press Back-test these tables below, open its result when it is done, then save again. Any"
            + " change needs a new back-test.")
    String pressBacktestTables();

    @Message("Not saved: see the table marked below.")
    String notSavedSeeTable();

    @Message("{n} entr{#if n == 1}y differs{#else}ies differ{/if} from the tables in force")
    String entriesDiffer(int n);

    @Message("In force")
    String inForce();

    @Message("This draft")
    String thisDraft();

    @Message("These tables would make rules hit {n} published comment{#if n != 1}s{/if}")
    String tablesWouldHit(long n);

    @Message("Of the {checked} comments published in the last 90 days, {n} would be hit by a rule that"
            + " does not hit them now. For example:")
    String tablesWouldHitHint(long checked, long n);

    @Message("To save them all the same, press Save anyway.")
    String saveThemHint();

    @Message("A back-test of these tables is running:")
    String tablesBacktestRunning();

    @Message("The back-test of these tables is done:")
    String tablesBacktestDone();

    @Message("Try a text with these tables on the test bench")
    String tryTablesOnBench();

    @Message("Leetspeak: symbols and digits read as letters")
    String leetLegend();

    @Message("One entry a line: the symbol, a space, the letter it stands for (4 a, $ s). Read only"
            + " inside words that have a real letter, so \"sh1t\" is read but \"2020\" is not. !, ¡ and +"
            + " count only between two letters. A symbol that is hard to type may be written as its code"
            + " point: U+20AC e. Lines starting with # are notes.")
    String leetHint();

    @Message("Leetspeak table")
    String leetTable();

    @Message("({n} entries)")
    String entries(int n);

    @Message("Look-alikes: letters of other scripts read as Latin letters")
    String lookalikeLegend();

    @Message("One entry a line: the letter, a space, the Latin letter(s) a reader sees (U+0430 a for"
            + " the Cyrillic а), then, if you like, a note. Letters only: digits and symbols belong in"
            + " the leetspeak table. Characters that NFKC or accent removal already fold (fullwidth"
            + " letters, é) are refused, as the entry would never apply.")
    String lookalikeHint();

    @Message("Look-alike table")
    String lookalikeTable();

    @Message("Back-test these tables")
    String backtestTables();

    @Message("Every rule's examples are run with the tables before anything else; the tables are saved"
            + " only after a back-test of exactly this draft has been run and its result looked at.")
    String tablesSavedOnlyAfter();

    @Message("Mass-check")
    String massCheck();

    @Message("Mass-check labelled texts")
    String massCheckTitle();

    @Message("Upload a file of label<TAB>text lines (labels racist, abusive, offtopic, clean; a first"
            + " line starting with label is skipped), or paste a few. The live rules judge each text;"
            + " nothing is stored.")
    String massCheckHint();

    @Message("TSV file")
    String tsvFile();

    @Message("or paste lines")
    String orPaste();

    @Message("{n} texts from {source}")
    String textsFrom(int n, String source);

    @Message("Abusive or racist vs clean")
    String abuseVsClean();

    @Message("Off-topic vs clean")
    String offtopicVsClean();

    @Message("Clean texts flagged:")
    String cleanFlagged();

    @Message("Per rule")
    String perRule();

    @Message("Racist")
    String racist();

    @Message("Abusive")
    String abusive();

    @Message("Off-topic")
    String offtopic();

    @Message("Clean")
    String clean();

    @Message("Share on bad")
    String shareOnBad();

    @Message("Clean FP rate")
    String cleanFpRate();

    @Message("Missed (first {n})")
    String missed(int n);

    @Message("Clean but flagged (first {n})")
    String wronglyFlagged(int n);
}
