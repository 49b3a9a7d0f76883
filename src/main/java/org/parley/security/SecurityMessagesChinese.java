package org.parley.security;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** {@link SecurityMessages} in Simplified Chinese. */
@Localized("zh-CN")
public interface SecurityMessagesChinese extends SecurityMessages {

    @Override
    @Message("版主登录")
    String loginTitle();

    @Override
    @Message("用户名或密码错误。连续失败几次之后，需要等一会儿才能再试。")
    String loginFailed();

    @Override
    @Message("您的会话已结束。请重新登录。")
    String sessionEnded();

    @Override
    @Message("这个账户或您的地址登录失败的次数太多。请 {seconds} 秒后再试。")
    String tooManyLogins(long seconds);

    @Override
    @Message("您已退出。")
    String loggedOut();

    @Override
    @Message("您已登录为")
    String loggedInAs();

    @Override
    @Message("前往审核队列")
    String goToQueue();

    @Override
    @Message("退出")
    String logOut();

    @Override
    @Message("密码")
    String password();

    @Override
    @Message("登录")
    String logIn();

    @Override
    @Message("读者发表评论不需要账户。这个页面是给本站的版主和管理员用的。")
    String readersNeedNoAccount();

    @Override
    @Message("您的密码")
    String yourPassword();

    @Override
    @Message("跳到表单")
    String skipToForm();

    @Override
    @Message("修改您的密码")
    String changeYourPassword();

    @Override
    @Message("当前密码")
    String currentPassword();

    @Override
    @Message("新密码")
    String newPassword();

    @Override
    @Message("再输一次新密码")
    String newPasswordAgain();

    @Override
    @Message("修改密码")
    String changePassword();

    @Override
    @Message("至少 12 个字符，不能是您的用户名。您在别处打开的会话仍保持登录。")
    String passwordHint();

    @Override
    @Message("您的密码已修改。下次登录时请使用新密码。")
    String passwordChanged();

    @Override
    @Message("账户")
    String accounts();

    @Override
    @Message("跳到账户列表")
    String skipToAccounts();

    @Override
    @Message("版主和管理员账户")
    String accountsCaption();

    @Override
    @Message("名字")
    String name();

    @Override
    @Message("角色")
    String role();

    @Override
    @Message("状态")
    String state();

    @Override
    @Message("创建于")
    String created();

    @Override
    @Message("删除")
    String delete();

    @Override
    @Message("（您）")
    String you();

    @Override
    @Message("其操作记录")
    String theirActions();

    @Override
    @Message("{name} 的角色")
    String roleOf(String name);

    @Override
    @Message("{#when role}{#is 'admin'}管理员{#is 'moderator'}版主{#else}无{/when}")
    String roleName(String role);

    @Override
    @Message("修改")
    String change();

    @Override
    @Message("停用")
    String disable();

    @Override
    @Message("启用")
    String enable();

    @Override
    @Message("{name} 的新密码")
    String newPasswordFor(String name);

    @Override
    @Message("新密码")
    String newPasswordPlaceholder();

    @Override
    @Message("设置")
    String set();

    @Override
    @Message("删除……")
    String deleteMenu();

    @Override
    @Message("永久删除 {name}")
    String deleteForGood(String name);

    @Override
    @Message("停用会保留这个名字，而且可以撤销。")
    String disablingKeeps();

    @Override
    @Message("新账户")
    String newAccount();

    @Override
    @Message("创建账户")
    String createAccount();

    @Override
    @Message("用户名：3 到 80 个字符，可用字母 a-z、数字和 . - _ @，不区分大小写地不能与其他账户重复。密码：12 到 200"
            + " 个字符，不能是用户名。请当面或通过安全的渠道把密码交给新成员；他们可以在这里修改密码：")
    String accountsHint();

    @Override
    @Message("账户已删除。它在审计日志中的记录仍然保留。")
    String deletedAccount();

    @Override
    @Message("已创建账户 {name}（{#when role}{#is 'admin'}管理员{#is 'moderator'}版主{#else}{role}{/when}）。")
    String createdAccount(String name, String role);

    @Override
    @Message("{name} 现在是{#if admin}管理员{#else}{#when role}{#is 'moderator'}版主{#else}{role}{/when}{/if}。")
    String roleChanged(String name, boolean admin, String role);

    @Override
    @Message("已启用 {name}：可以重新登录了。")
    String enabledAccount(String name);

    @Override
    @Message("已停用 {name}：无法登录，打开的会话也已结束。")
    String disabledAccount(String name);

    @Override
    @Message("已为 {name} 设置新密码；旧密码不再有效。")
    String passwordSet(String name);
}
