package org.parley.settings;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** {@link SettingsMessages} in Simplified Chinese. */
@Localized("zh-CN")
public interface SettingsMessagesChinese extends SettingsMessages {

    @Override
    @Message("设置")
    String settings();

    @Override
    @Message("跳到设置")
    String skipToSettings();

    @Override
    @Message("警告：")
    String warning();

    @Override
    @Message("验证码已关闭：任何人（包括机器人）都能发表评论。只应在负载测试时这样做。")
    String captchaOff();

    @Override
    @Message("过滤器阈值")
    String thresholds();

    @Override
    @Message("评论在某个类别的分数达到暂扣阈值时，会等待版主审核；达到拒绝阈值时会被拒绝。拒绝阈值必须高于暂扣阈值。保存会生成新的规则集版本。")
    String thresholdsHint();

    @Override
    @Message("每个类别的暂扣和拒绝阈值")
    String thresholdsCaption();

    @Override
    @Message("暂扣阈值")
    String holdAt();

    @Override
    @Message("拒绝阈值")
    String rejectAt();

    @Override
    @Message("{#when key}{#is 'racist'}种族歧视{#is 'abusive'}辱骂{#is 'offtopic'}离题{#else}{key}{/when}")
    String categoryWords(String key);

    @Override
    @Message("暂扣{#when key}{#is 'racist'}种族歧视{#is 'abusive'}辱骂{#is 'offtopic'}离题{#else}{key}{/when}评论的分数")
    String holdCategoryAt(String key);

    @Override
    @Message("拒绝{#when key}{#is 'racist'}种族歧视{#is 'abusive'}辱骂{#is 'offtopic'}离题{#else}{key}{/when}评论的分数")
    String rejectCategoryAt(String key);

    @Override
    @Message("规则集版本的备注（选填）")
    String versionNote();

    @Override
    @Message("保存阈值")
    String saveThresholds();

    @Override
    @Message("本站政策")
    String policies();

    @Override
    @Message("有些词是否伤人取决于语境，而不在词本身，所以本站对含有这些词的评论统一规定处理方式，而不是给它加分。规则在规则编辑器里注明自己属于哪项政策。当某项政策暂扣或拒绝了评论时，版主的卡片"
            + "和测试台会说明。保存会生成新的规则集版本。")
    String policiesHint();

    @Override
    @Message("每项本站政策如何处理评论")
    String policiesCaption();

    @Override
    @Message("政策")
    String policy();

    @Override
    @Message("含有这类词语的评论")
    String commentsWithSuchWords();

    @Override
    @Message("{#when key}{#is 'profanity'}不针对任何人的粗话{#is 'reclaimable-slur'}被群体自身重新使用的蔑称{#else}{key}"
            + "{/when}")
    String policyLabel(String key);

    @Override
    @Message("{#when key}{#is 'profanity'}不针对任何人的脏话（“Fuck yeah, what a"
            + " day”）：属于粗话政策的规则的命中。暂扣让版主结合语境判断；发表会放行并标出这些词；拒绝则不予接受。{#is"
            + " 'reclaimable-slur'}群体成员也用来称呼自己的蔑称（“We queers are"
            + " proud”）：属于重新使用的蔑称政策的规则的命中。是否带有仇恨取决于谁在说、怎么说。{/when}这类命中不会增加分数；因分数而被暂扣或拒绝的评论仍然如此。")
    String policyHelp(String key);

    @Override
    @Message("{#when value}{#is 'PUBLISH'}发表（标出这些词，其他不变）{#is 'HOLD'}留给版主审核{#else}拒绝{/when}")
    String policyChoice(String value);

    @Override
    @Message("审核默认值")
    String defaults();

    @Override
    @Message("每个值都来自配置（旁边写着属性名），直到管理员在这里修改它；修改后的值保存在数据库中，几秒钟内在每个节点上生效。")
    String defaultsHint();

    @Override
    @Message("设置项")
    String setting();

    @Override
    @Message("值")
    String value();

    @Override
    @Message("来源")
    String from();

    @Override
    @Message("{#when name}{#is 'defaultCommentMode'}新文章的评论模式{#is 'autoCloseDays'}多少天后关闭评论{#is"
            + " 'reportThreshold'}举报阈值{#is 'hideReported'}隐藏被举报的评论{#is 'banAction'}被封禁读者的评论{#is"
            + " 'captchaEnabled'}验证码{#is 'reportsPerHour'}每位读者每小时可举报次数{#is"
            + " 'defaultLanguage'}默认语言{#else}{name}{/when}")
    String settingLabel(String name);

    @Override
    @Message("{#when name}{#is 'defaultCommentMode'}OPEN：由过滤器决定发表哪些评论。PREMODERATED：每条评论都要等版主审核。已有的文章保持原来"
            + "的模式。{#is 'autoCloseDays'}文章发表后接受评论的天数；0 表示一直接受。{#is"
            + " 'reportThreshold'}读者举报（每位读者一次）达到这个数目时，评论会进入“被举报”标签页。{#is"
            + " 'hideReported'}评论达到举报阈值时先从页面上撤下，直到版主审核过为止。{#is"
            + " 'banAction'}HOLD：保存并留给版主审核。REFUSE：不保存；只告诉发帖者评论未能被接受。{#is"
            + " 'captchaEnabled'}每条评论都须通过验证码，无论是表单还是 API。{#is 'reportsPerHour'}一位读者一小时内最多可以发送多少次举报。{#is"
            + " 'defaultLanguage'}en（英语）或 zh-CN（简体中文）：浏览器两种语言都不要求的读者看到的页面语言。读者在页面上自己的选择优先，其次是浏览器的语言。"
            + "{#else}{/when}")
    String settingHelp(String name);

    @Override
    @Message("{#if captcha}开{#else}是{/if}")
    String yes(boolean captcha);

    @Override
    @Message("{#if captcha}关{#else}否{/if}")
    String no(boolean captcha);

    @Override
    @Message("{#when value}{#is 'OPEN'}开放（OPEN）{#is 'PREMODERATED'}先审后发（PREMODERATED）{#is"
            + " 'HOLD'}留给版主（HOLD）{#is 'REFUSE'}拒收（REFUSE）{#is 'en'}英语{#is"
            + " 'zh-CN'}简体中文{#else}{value}{/when}")
    String choice(String value);

    @Override
    @Message("由 {who} 设置")
    String setBy(String who);

    @Override
    @Message("配置值：{value}")
    String configured(String value);

    @Override
    @Message("恢复为 {value}")
    String resetTo(String value);

    @Override
    @Message("配置")
    String configuration();

    @Override
    @Message("已保存。新设置从下一条评论和举报起生效。")
    String saved();

    @Override
    @Message("没有需要保存的：这些值就是正在生效的值。")
    String unchanged();

    @Override
    @Message("已把阈值保存为新的规则集版本；过滤器从现在起使用它们。")
    String thresholdsSaved();

    @Override
    @Message("已把本站政策保存为新的规则集版本；过滤器从现在起使用它们。")
    String policiesSaved();

    @Override
    @Message("{#when name}{#is 'defaultCommentMode'}新文章的评论模式{#is 'autoCloseDays'}多少天后关闭评论{#is"
            + " 'reportThreshold'}举报阈值{#is 'hideReported'}隐藏被举报的评论{#is 'banAction'}被封禁读者的评论{#is"
            + " 'captchaEnabled'}验证码{#is 'reportsPerHour'}每位读者每小时可举报次数{#is"
            + " 'defaultLanguage'}默认语言{#else}{name}{/when}已恢复为配置值 {value}。")
    String resetDone(String name, String value);

    @Override
    @Message("保存设置")
    String saveSettings();

    @Override
    @Message("保存政策")
    String savePolicies();
}
