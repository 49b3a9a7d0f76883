package org.parley.shared.language;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** {@link CommonMessages} in Simplified Chinese. */
@Localized("zh-CN")
public interface CommonMessagesChinese extends CommonMessages {

    @Override
    @Message("zh-CN")
    String lang();

    @Override
    @Message("网站")
    String siteNav();

    @Override
    @Message("新闻")
    String news();

    @Override
    @Message("论坛")
    String forum();

    @Override
    @Message("{site}：最新文章")
    String latestArticlesFeed(String site);

    @Override
    @Message("{site} · 评论由 Parley 审核")
    String footer(String site);

    @Override
    @Message("语言")
    String languageNav();

    @Override
    @Message("{#when status}{#is 404}找不到网页{#is 403}不允许{#is 401}请登录{#is 429}请求太多{#else}{#if status >="
            + " 500}出了问题{#else}请求有误{/if}{/when}")
    String errorTitle(int status);

    @Override
    @Message("错误 {status}")
    String errorCode(int status);

    @Override
    @Message("返回新闻")
    String backToNews();

    @Override
    @Message("« 较新")
    String newer();

    @Override
    @Message("较旧 »")
    String older();

    @Override
    @Message("第 {page} 页，共 {pages} 页")
    String pageOf(int page, int pages);

    @Override
    @Message("时间")
    String when();

    @Override
    @Message("操作者")
    String who();

    @Override
    @Message("已启用")
    String enabled();

    @Override
    @Message("已停用")
    String disabled();

    @Override
    @Message("显示")
    String show();

    @Override
    @Message("类别")
    String category();

    @Override
    @Message("备注")
    String note();

    @Override
    @Message("用户名")
    String userName();
}
