package org.parley.moderation.reports;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** {@link ReportMessages} in Simplified Chinese. */
@Localized("zh-CN")
public interface ReportMessagesChinese extends ReportMessages {

    @Override
    @Message("举报评论")
    String title();

    @Override
    @Message("文章：")
    String on();

    @Override
    @Message("，")
    String comma();

    @Override
    @Message("写道：")
    String wrote();

    @Override
    @Message("为什么要请版主看看这条评论？")
    String why();

    @Override
    @Message("{#when reason}{#is RACIST}种族歧视{#is ABUSIVE}辱骂或威胁{#is OFFTOPIC}离题{#is SPAM}垃圾信息或广告{#is"
            + " OTHER}其他原因{/when}")
    String reason(ReportReason reason);

    @Override
    @Message("还有什么要告诉版主的吗？")
    String anythingElse();

    @Override
    @Message("（选填）")
    String optional();

    @Override
    @Message("发送举报")
    String send();

    @Override
    @Message("取消")
    String cancel();

    @Override
    @Message("请选择您举报这条评论的原因。")
    String chooseReason();

    @Override
    @Message("您的说明含有不允许的空字符（NUL）。")
    String noteNul();

    @Override
    @Message("您的说明有 {length} 个字符，上限是 {max} 个。")
    String noteTooLong(int length, int max);

    @Override
    @Message("您已经发送了很多举报。请 {minutes} 分钟后再试。")
    String tooMany(long minutes);
}
