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
    @Message("{#when status}{#is 400}无法理解这个请求。请检查您发送的内容。{#is 401}请登录。{#is 403}您没有权限这样做。{#is"
            + " 404}这个地址什么也没有。{#is 405}这里不允许这种方法。{#is 406}这里不支持这种内容类型。{#is 415}这里不支持这种内容类型。{#is"
            + " 409}这与当前状态冲突。请重新加载后再试。{#is 413}您发送的内容太大了。{#is 429}请求太多。请稍等片刻再试。{#else}{#if status >="
            + " 500}我们这边出了问题。请再试一次。{#else}请求失败。{/if}{/when}")
    String errorMessage(int status);

    @Override
    @Message("这个地址没有文章。")
    String noArticleHere();

    @Override
    @Message("这个表单未能被接受：它没有带上本站的安全令牌，或者令牌已过期。请返回，重新加载页面后再发送。")
    String formExpired();

    @Override
    @Message("这个请求是从其他网站的页面发出的，因此没有执行。")
    String foreignPage();

    @Override
    @Message("无法读取这个表单：其中有损坏的字符转义。请返回，重新加载页面后再发送。")
    String brokenForm();

    @Override
    @Message("有人在同一时刻修改了这里。请重新加载后再试。")
    String changedMeanwhile();

    @Override
    @Message("网站现在无法保存任何内容。请一分钟后再试。")
    String cannotSave();

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
