package org.parley.settings;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What the admin's settings page says: thresholds, site policies and the moderation defaults. In Chinese in {@link
 * SettingsMessagesChinese}; templates read them as {@code settings:}.
 */
@MessageBundle("settings")
public interface SettingsMessages {

    @Message("Settings")
    String settings();

    @Message("Skip to the settings")
    String skipToSettings();

    @Message("Warning:")
    String warning();

    @Message("The captcha is turned off: anyone, bots included, can post comments. Use this only for"
            + " load tests.")
    String captchaOff();

    @Message("Filter thresholds")
    String thresholds();

    @Message("A comment whose score in a category reaches the hold threshold waits for a moderator; one"
            + " that reaches the reject threshold is rejected. Reject must be above hold. Saving makes a"
            + " new rule-set version.")
    String thresholdsHint();

    @Message("Hold and reject thresholds per category")
    String thresholdsCaption();

    @Message("Hold at")
    String holdAt();

    @Message("Reject at")
    String rejectAt();

    @Message("{#when key}{#is 'racist'}racist{#is 'abusive'}abusive{#is"
            + " 'offtopic'}off-topic{#else}{key}{/when}")
    String categoryWords(String key);

    @Message("Hold {#when key}{#is 'racist'}racist{#is 'abusive'}abusive{#is"
            + " 'offtopic'}off-topic{#else}{key}{/when} comments at")
    String holdCategoryAt(String key);

    @Message("Reject {#when key}{#is 'racist'}racist{#is 'abusive'}abusive{#is"
            + " 'offtopic'}off-topic{#else}{key}{/when} comments at")
    String rejectCategoryAt(String key);

    @Message("Note for the rule-set version (optional)")
    String versionNote();

    @Message("Save thresholds")
    String saveThresholds();

    @Message("Site policies")
    String policies();

    @Message("Some words are harmless or hurtful by context, not by themselves, so the site decides"
            + " once what happens to comments with them instead of adding a score. Rules say in the rule"
            + " editor which policy they fall under. The moderator's card and the test bench say when a"
            + " policy held or rejected a comment. Saving makes a new rule-set version.")
    String policiesHint();

    @Message("What each site policy does to a comment")
    String policiesCaption();

    @Message("Policy")
    String policy();

    @Message("Comments with such words")
    String commentsWithSuchWords();

    @Message("{#when key}{#is 'profanity'}Profanity aimed at no one{#is 'reclaimable-slur'}Reclaimed"
            + " slurs{#else}{key}{/when}")
    String policyLabel(String key);

    @Message("{#when key}{#is 'profanity'}Swearing that targets nobody (“Fuck yeah, what a day”): hits"
            + " of rules under the profanity policy. Hold lets a moderator judge it in context; publish"
            + " lets it through with the words marked; reject refuses it.{#is 'reclaimable-slur'}Slurs"
            + " that members of a group also use of themselves (“We queers are proud”): hits of rules"
            + " under the reclaimable-slur policy. Whether one is hateful depends on who says it and"
            + " how.{/when} Such hits add nothing to the score, and a comment the score holds or rejects"
            + " stays so.")
    String policyHelp(String key);

    @Message("{#when value}{#is 'PUBLISH'}publish (the words are marked, nothing else changes){#is"
            + " 'HOLD'}hold for a moderator{#else}reject{/when}")
    String policyChoice(String value);

    @Message("Moderation defaults")
    String defaults();

    @Message("Each value comes from the configuration (the property named beside it) until an admin"
            + " changes it here; a changed value is kept in the database and applies on every node"
            + " within a few seconds.")
    String defaultsHint();

    @Message("Setting")
    String setting();

    @Message("Value")
    String value();

    @Message("From")
    String from();

    /** A setting's name on the page, by its API name. */
    @Message("{#when name}{#is 'defaultCommentMode'}Comment mode of new articles{#is"
            + " 'autoCloseDays'}Close comments after (days){#is 'reportThreshold'}Report threshold{#is"
            + " 'hideReported'}Hide reported comments{#is 'banAction'}Comments from banned readers{#is"
            + " 'captchaEnabled'}Captcha{#is 'reportsPerHour'}Reports per reader an hour{#is"
            + " 'defaultLanguage'}Default language{#else}{name}{/when}")
    String settingLabel(String name);

    @Message("{#when name}{#is 'defaultCommentMode'}OPEN: the filter decides what is published."
            + " PREMODERATED: every comment waits for a moderator. Articles that exist keep their"
            + " mode.{#is 'autoCloseDays'}Articles take comments for this many days after publication;"
            + " 0: never.{#is 'reportThreshold'}Readers' reports (one per reader) that put a comment on"
            + " the Reported tab.{#is 'hideReported'}Take a comment off the page when it reaches the"
            + " report threshold, until a moderator has reviewed it.{#is 'banAction'}HOLD: stored and"
            + " held for a moderator. REFUSE: not stored; the poster is told it could not be"
            + " accepted.{#is 'captchaEnabled'}Require a solved captcha with every comment, on the form"
            + " and through the API.{#is 'reportsPerHour'}How many reports one reader may send in an"
            + " hour.{#is 'defaultLanguage'}en (English) or zh-CN (Simplified Chinese): the language of"
            + " pages for a reader whose browser asks for neither. A reader's own choice on the page,"
            + " then their browser's, come first.{#else}{/when}")
    String settingHelp(String name);

    @Message("{#if captcha}on{#else}yes{/if}")
    String yes(boolean captcha);

    @Message("{#if captcha}off{#else}no{/if}")
    String no(boolean captcha);

    @Message("{#when value}{#is 'OPEN'}OPEN{#is 'PREMODERATED'}PREMODERATED{#is 'HOLD'}HOLD{#is"
            + " 'REFUSE'}REFUSE{#is 'en'}English{#is 'zh-CN'}Simplified Chinese{#else}{value}{/when}")
    String choice(String value);

    @Message("set by {who}")
    String setBy(String who);

    @Message("configured: {value}")
    String configured(String value);

    @Message("Reset to {value}")
    String resetTo(String value);

    @Message("configuration")
    String configuration();

    @Message("Saved. The new settings apply to the next comment and report.")
    String saved();

    @Message("Nothing to save: the values were those in force.")
    String unchanged();

    @Message("Saved the thresholds as a new rule-set version; the filter uses them from now on.")
    String thresholdsSaved();

    @Message("Saved the site's policies as a new rule-set version; the filter uses them from now on.")
    String policiesSaved();

    @Message("{#when name}{#is 'defaultCommentMode'}Comment mode of new articles{#is"
            + " 'autoCloseDays'}Close comments after (days){#is 'reportThreshold'}Report threshold{#is"
            + " 'hideReported'}Hide reported comments{#is 'banAction'}Comments from banned readers{#is"
            + " 'captchaEnabled'}Captcha{#is 'reportsPerHour'}Reports per reader an hour{#is"
            + " 'defaultLanguage'}Default language{#else}{name}{/when} is back to the configured value,"
            + " {value}.")
    String resetDone(String name, String value);

    @Message("Save settings")
    String saveSettings();

    @Message("Save policies")
    String savePolicies();
}
