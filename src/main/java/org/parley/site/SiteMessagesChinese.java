package org.parley.site;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** {@link SiteMessages} in Simplified Chinese. */
@Localized("zh-CN")
public interface SiteMessagesChinese extends SiteMessages {

    @Override
    @Message("最新新闻")
    String latestNews();

    @Override
    @Message("还没有文章。")
    String noArticles();

    @Override
    @Message("来源：")
    String source();

    @Override
    @Message("文章工具")
    String articleTools();

    @Override
    @Message("打印")
    String print();

    @Override
    @Message("电子邮件")
    String email();

    @Override
    @Message("调整字号：")
    String adjustFont();

    @Override
    @Message("缩小字号")
    String smaller();

    @Override
    @Message("放大字号")
    String larger();

    @Override
    @Message("收藏与分享：")
    String bookmarkShare();

    @Override
    @Message("收藏")
    String bookmark();

    @Override
    @Message("微博")
    String weibo();

    @Override
    @Message("{count} 条评论")
    String commentCount(long count);

    @Override
    @Message("标签：")
    String tags();

    @Override
    @Message("暂无评论。")
    String noComments();

    @Override
    @Message("举报")
    String report();

    @Override
    @Message("评论分页")
    String commentPages();

    @Override
    @Message("« 较早的评论")
    String earlier();

    @Override
    @Message("较新的评论 »")
    String later();

    @Override
    @Message("进入论坛 >>")
    String goToForum();

    @Override
    @Message("“{title}”的评论")
    String commentsFeed(String title);

    @Override
    @Message("发表您的评论……")
    String addComments();

    @Override
    @Message("您的评论还没有发送。请检查：")
    String notSentYet();

    @Override
    @Message("用户名")
    String userName();

    @Override
    @Message("（必填）")
    String required();

    @Override
    @Message("您的评论")
    String yourComment();

    @Override
    @Message("请输入您看到的文字：")
    String enterWords();

    @Override
    @Message("安全验证：一张写有两个词的图片，请把它们输入下面的框中。如果看不见图片，请勾选下面的选项，把评论交给版主审核。")
    String captchaAlt();

    @Override
    @Message("换一张图片")
    String newImage();

    @Override
    @Message("我看不见或读不出图片：请把我的评论交给版主审核。")
    String cannotSee();

    @Override
    @Message("种族歧视、辱骂和离题的评论可能会被版主删除。")
    String mayBeRemoved();

    @Override
    @Message("提交")
    String submit();

    @Override
    @Message("论坛：最新评论")
    String forumHeading();

    @Override
    @Message("评论文章：")
    String forumOn();

    @Override
    @Message("论坛分页")
    String forumPages();

    @Override
    @Message("{site}的最新文章")
    String latestArticlesFrom(String site);

    @Override
    @Message("读者在{site}对“{title}”的评论")
    String commentsFeedAbout(String title, String site);

    @Override
    @Message("{name} 评“{title}”")
    String commentBy(String name, String title);
}
