package org.parley.security;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What the login page and the account pages say. In Chinese in {@link SecurityMessagesChinese}; templates read
 * them as {@code security:}.
 */
@MessageBundle("security")
public interface SecurityMessages {

    @Message("Moderator login")
    String loginTitle();

    @Message("Wrong user name or password. After several failed attempts, further attempts have to wait"
            + " a while.")
    String loginFailed();

    @Message("Your session has ended. Please log in again.")
    String sessionEnded();

    @Message("Too many failed logins for this account or from your address. Please try again in"
            + " {seconds} second{#if seconds != 1}s{/if}.")
    String tooManyLogins(long seconds);

    @Message("You are logged out.")
    String loggedOut();

    @Message("You are logged in as")
    String loggedInAs();

    @Message("Go to the moderation queue")
    String goToQueue();

    @Message("Log out")
    String logOut();

    @Message("Password")
    String password();

    @Message("Log in")
    String logIn();

    @Message("Readers do not need an account to comment. This page is for the site's moderators and"
            + " admins.")
    String readersNeedNoAccount();

    @Message("Your password")
    String yourPassword();

    @Message("Skip to the form")
    String skipToForm();

    @Message("Change your password")
    String changeYourPassword();

    @Message("Current password")
    String currentPassword();

    @Message("New password")
    String newPassword();

    @Message("New password again")
    String newPasswordAgain();

    @Message("Change password")
    String changePassword();

    @Message("At least 12 characters, not your user name. Sessions you have open elsewhere stay logged"
            + " in.")
    String passwordHint();

    @Message("Your password is changed. Use the new one from your next login.")
    String passwordChanged();

    @Message("Accounts")
    String accounts();

    @Message("Skip to the accounts")
    String skipToAccounts();

    @Message("Moderator and admin accounts")
    String accountsCaption();

    @Message("Name")
    String name();

    @Message("Role")
    String role();

    @Message("State")
    String state();

    @Message("Created")
    String created();

    @Message("Delete")
    String delete();

    @Message("(you)")
    String you();

    @Message("their actions")
    String theirActions();

    @Message("Role of {name}")
    String roleOf(String name);

    @Message("{#when role}{#is 'admin'}admin{#is 'moderator'}moderator{#else}none{/when}")
    String roleName(String role);

    @Message("Change")
    String change();

    @Message("Disable")
    String disable();

    @Message("Enable")
    String enable();

    @Message("New password for {name}")
    String newPasswordFor(String name);

    @Message("new password")
    String newPasswordPlaceholder();

    @Message("Set")
    String set();

    @Message("Delete…")
    String deleteMenu();

    @Message("Delete {name} for good")
    String deleteForGood(String name);

    @Message("Disabling keeps the name and can be undone.")
    String disablingKeeps();

    @Message("New account")
    String newAccount();

    @Message("Create account")
    String createAccount();

    @Message("User names: 3 to 80 letters a-z, digits and . - _ @, not used by another account in any"
            + " case. Passwords: 12 to 200 characters, not the user name. Give the new person their"
            + " password in person or by a safe channel; they can change it at")
    String accountsHint();

    @Message("Deleted the account. Its entries in the audit log stay.")
    String deletedAccount();

    @Message("Created the account {name} ({role}).")
    String createdAccount(String name, String role);

    @Message("{name} is now {#if admin}an admin{#else}a {role}{/if}.")
    String roleChanged(String name, boolean admin, String role);

    @Message("Enabled {name}: they can log in again.")
    String enabledAccount(String name);

    @Message("Disabled {name}: they cannot log in, and their open sessions have ended.")
    String disabledAccount(String name);

    @Message("Set a new password for {name}; the old one no longer works.")
    String passwordSet(String name);
}
