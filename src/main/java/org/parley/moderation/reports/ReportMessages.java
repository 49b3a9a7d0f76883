package org.parley.moderation.reports;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What the reader's report form says, and the reasons readers give. In Chinese in {@link ReportMessagesChinese};
 * templates read them as {@code report:}.
 */
@MessageBundle("report")
public interface ReportMessages {

    @Message("Report a comment")
    String title();

    @Message("On")
    String on();

    @Message(", ")
    String comma();

    @Message("wrote:")
    String wrote();

    @Message("Why should a moderator look at it?")
    String why();

    /** A reader's reason, on the form and on the moderators' cards. */
    @Message("{#when reason}{#is RACIST}Racist{#is ABUSIVE}Abusive or a threat{#is"
            + " OFFTOPIC}Off-topic{#is SPAM}Spam or advertising{#is OTHER}Something else{/when}")
    String reason(ReportReason reason);

    @Message("Anything the moderator should know?")
    String anythingElse();

    @Message("(Optional)")
    String optional();

    @Message("Send report")
    String send();

    @Message("Cancel")
    String cancel();

    @Message("Please choose why you are reporting this comment.")
    String chooseReason();

    @Message("Your note contains a NUL character, which is not allowed.")
    String noteNul();

    @Message("Your note is {length} characters long; the limit is {max}.")
    String noteTooLong(int length, int max);

    @Message("You have sent many reports. Please try again in {minutes} minutes.")
    String tooMany(long minutes);
}
