package org.parley.comments;

import org.parley.captcha.CaptchaCheck;
import org.parley.filter.Category;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** {@link CommentMessages} in Simplified Chinese. */
@Localized("zh-CN")
public interface CommentMessagesChinese extends CommentMessages {

    @Override
    @Message("评论已关闭。")
    String closed();

    @Override
    @Message("本文的评论须经版主审核后才会显示。")
    String premoderated();

    @Override
    @Message("您的评论未能被接受。")
    String notAccepted();

    @Override
    @Message("我们暂时无法保存您的评论，因此没有发表任何内容。您的文字还在这里：请一分钟后再发送。")
    String unavailable();

    @Override
    @Message("谢谢。版主会查看这条评论。")
    String reported();

    @Override
    @Message("您的文字还在下面的框中：您可以修改后再次发送。")
    String tryAgain();

    @Override
    @Message("它看起来{#when category}{#is RACIST}带有种族歧视{#is ABUSIVE}带有辱骂{#is"
            + " OFFTOPIC}偏离主题{#else}不恰当{/when}。")
    String reason(Category category);

    @Override
    @Message("{#when status}{#is PUBLISHED}谢谢：您的评论已发表。{#is PENDING}谢谢：您的评论经版主审核后就会显示。"
            + "{#else}您的评论没有发表，因为它看起来{#when category}{#is RACIST}带有种族歧视{#is ABUSIVE}带有辱骂{#is"
            + " OFFTOPIC}偏离主题{#else}不恰当{/when}。本站不接受种族歧视、辱骂和离题的评论。{/when}")
    String outcome(CommentStatus status, Category category);

    @Override
    @Message("您发表得太快了。请等待{#if seconds < 90}{seconds}秒{#else}{minutes}分钟{/if}后再试。")
    String tooQuickly(long seconds, long minutes);

    @Override
    @Message("请输入您的用户名。")
    String nameMissing();

    @Override
    @Message("您的用户名含有不允许的空字符（NUL）。")
    String nameNul();

    @Override
    @Message("您的用户名含有不可见字符或控制字符（{code}）；请只用看得见的文字。")
    String nameInvisible(String code);

    @Override
    @Message("您的用户名有 {length} 个字符，上限是 {max} 个。")
    String nameTooLong(int length, int max);

    @Override
    @Message("请写下您的评论。")
    String textMissing();

    @Override
    @Message("您的评论含有不允许的空字符（NUL）。")
    String textNul();

    @Override
    @Message("您的评论有 {length} 个字符，上限是 {max} 个。")
    String textTooLong(int length, int max);

    @Override
    @Message("{#when check}{#is MISSING}请输入您在图片中看到的文字。{#is WRONG}您输入的文字与图片不符。请试试新的图片。{#is"
            + " EXPIRED}图片已过期。请输入新图片中的文字。{#is ALREADY_USED}这张图片已经用过了。请输入新图片中的文字。"
            + "{#else}无法核对这张图片。请输入新图片中的文字。{/when}")
    String captcha(CaptchaCheck check);
}
