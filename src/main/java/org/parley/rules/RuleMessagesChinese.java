package org.parley.rules;

import org.parley.filter.Decision;
import org.parley.filter.Policy;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** {@link RuleMessages} in Simplified Chinese. */
@Localized("zh-CN")
public interface RuleMessagesChinese extends RuleMessages {

    @Override
    @Message("规则")
    String rules();

    @Override
    @Message("跳到规则")
    String skipToRules();

    @Override
    @Message("新建词表")
    String newTermList();

    @Override
    @Message("新建模式")
    String newPattern();

    @Override
    @Message("新建其他类型的规则")
    String newOtherType();

    @Override
    @Message("版本")
    String versions();

    @Override
    @Message("变形字符与形近字")
    String tables();

    @Override
    @Message("搜索")
    String search();

    @Override
    @Message("名称或说明")
    String searchPlaceholder();

    @Override
    @Message("类型")
    String type();

    @Override
    @Message("类别")
    String category();

    @Override
    @Message("模式")
    String mode();

    @Override
    @Message("启用")
    String enabledColumn();

    @Override
    @Message("任何")
    String any();

    @Override
    @Message("{#when key}{#is 'racist'}种族歧视{#is 'abusive'}辱骂{#is"
            + " 'offtopic'}离题{#else}{key}{/when}")
    String categoryWords(String key);

    @Override
    @Message("{#when mode}{#is 'ENFORCE'}执行{#is 'OBSERVE'}观察{#else}{mode}{/when}")
    String modeWords(String mode);

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
    @Message("规则按这个顺序运行，组合规则只能看到它上面的规则：“上移”和“下移”会以新版本的形式改变顺序。")
    String reorderHint();

    @Override
    @Message("规则按运行顺序显示，但只显示了一部分：只有显示全部规则时才能改变顺序。")
    String someInOrder();

    @Override
    @Message("按规则顺序显示全部规则")
    String showAllInOrder();

    @Override
    @Message("按其他列排序：只有按规则顺序时才能改变顺序。")
    String sortedOther();

    @Override
    @Message("按规则顺序显示")
    String showInOrder();

    @Override
    @Message("过滤规则，{#if inOrder}按运行顺序{#else}按所选顺序{/if}；最近 30 天和 7 天的命中")
    String tableCaption(boolean inOrder);

    @Override
    @Message("（在规则运行顺序中的位置）")
    String placeInOrder();

    @Override
    @Message("{#when key}{#is 'name'}名称{#is 'type'}类型{#is 'category'}类别{#is 'score'}分数{#is"
            + " 'mode'}模式{#is 'enabled'}启用{#is 'hits'}30 天命中{#is 'recent'}7 天命中{#is"
            + " 'lastHit'}最近命中{#is 'overturn'}被推翻{#else}{key}{/when}")
    String column(String key);

    @Override
    @Message("修改")
    String change();

    @Override
    @Message("开")
    String on();

    @Override
    @Message("关")
    String off();

    @Override
    @Message("上移")
    String moveUp();

    @Override
    @Message("下移")
    String moveDown();

    @Override
    @Message("停用")
    String disable();

    @Override
    @Message("启用")
    String enable();

    @Override
    @Message("删除……")
    String deleteMenu();

    @Override
    @Message("删除 {name}")
    String deleteRule(String name);

    @Override
    @Message("没有相符的规则。")
    String noRuleMatches();

    @Override
    @Message("命中、最近命中和推翻数来自统计（最近 30 天的评论，每分钟刷新）。被推翻：在一条规则的命中中，版主作出与过滤器相反决定的评论所占的比例。")
    String statsHint();

    @Override
    @Message("规则集版本")
    String rulesetVersions();

    @Override
    @Message("跳到版本列表")
    String skipToVersions();

    @Override
    @Message("全部规则")
    String allRules();

    @Override
    @Message("版本 {from} 与生效版本 {to} 的对比")
    String diffTitle(long from, long to);

    @Override
    @Message("恢复版本 {from} 会撤销的内容：生效版本与它有以下不同。")
    String diffHint(long from);

    @Override
    @Message("没有不同：规则是一样的。")
    String noDifferences();

    @Override
    @Message("只在生效版本中的规则")
    String onlyLive();

    @Override
    @Message("只在版本 {from} 中的规则")
    String onlyIn(long from);

    @Override
    @Message("修改过的规则")
    String changedRules();

    @Override
    @Message("规则")
    String rule();

    @Override
    @Message("字段")
    String field();

    @Override
    @Message("版本 {from} 中")
    String inVersion(long from);

    @Override
    @Message("生效中")
    String live();

    @Override
    @Message("移动过的规则")
    String movedRules();

    @Override
    @Message("生效版本在顺序中的另一个位置运行这些规则。")
    String movedHint();

    @Override
    @Message("阈值")
    String thresholds();

    @Override
    @Message("本站政策")
    String policies();

    @Override
    @Message("条目")
    String entry();

    @Override
    @Message("无")
    String none();

    @Override
    @Message("备注")
    String note();

    @Override
    @Message("（选填）")
    String optional();

    @Override
    @Message("让版本 {from} 的规则、阈值、政策和表重新生效")
    String restoreConfirm(long from);

    @Override
    @Message("恢复版本 {from}")
    String restoreVersion(long from);

    @Override
    @Message("规则集版本，最新的在前")
    String versionsCaption();

    @Override
    @Message("版本")
    String version();

    @Override
    @Message("时间")
    String when();

    @Override
    @Message("操作者")
    String who();

    @Override
    @Message("生效中")
    String liveState();

    @Override
    @Message("对比并恢复")
    String compareRestore();

    @Override
    @Message("测试台")
    String testBench();

    @Override
    @Message("用生效的规则检查任意文字；如果选了文章，就当作那篇文章的评论来检查（相关性判断需要文章）。不会保存、计数，也不会给读者看到。")
    String benchHint();

    @Override
    @Message("正在用规则编辑器中的")
    String benchDraftBefore();

    @Override
    @Message("草稿")
    String draftWord();

    @Override
    @Message("（一条规则，或变形字符与形近字表）检查，而不是用生效的规则。")
    String benchDraftAfter();

    @Override
    @Message("文字")
    String text();

    @Override
    @Message("用户名")
    String userName();

    @Override
    @Message("（选填：用于用户名规则）")
    String userNameHint();

    @Override
    @Message("作为以下文章的评论")
    String asCommentOn();

    @Override
    @Message("不指定文章")
    String noArticle();

    @Override
    @Message("每行一条评论：逐行给出结论（最多 200 行）")
    String perLine();

    @Override
    @Message("检查")
    String check();

    @Override
    @Message("{n} 行：")
    String lines(int n);

    @Override
    @Message("{#when decision}{#is PUBLISH}发表{#is HOLD}暂扣{#else}拒绝{/when}")
    String decisionWord(Decision decision);

    @Override
    @Message("第 {n} 行：")
    String lineN(int n);

    @Override
    @Message("结论：")
    String decision();

    @Override
    @Message("分数 {score}，规则集版本 {version}")
    String scoreVersion(int score, long version);

    @Override
    @Message("种族歧视 {racist} · 辱骂 {abusive} · 离题 {offtopic}")
    String categoryScores(int racist, int abusive, int offtopic);

    @Override
    @Message("有一条规则出错（{error}）；这样的评论会留待审核。")
    String ruleFailed(String error);

    @Override
    @Message("用户名：")
    String userNameIs();

    @Override
    @Message("没有规则匹配。")
    String noRuleMatched();

    @Override
    @Message("分数")
    String score();

    @Override
    @Message("匹配内容")
    String matched();

    @Override
    @Message("位置")
    String where();

    @Override
    @Message("（仅观察：不计分）")
    String observeOnly();

    @Override
    @Message("（不计分：由本站关于{#when policy}{#is PROFANITY}粗话{#else}被群体自身重新使用的蔑称{/when}的政策决定）")
    String notCounted(Policy policy);

    @Override
    @Message("{#when role}{#is 'group'}群体{#is 'predicate'}对它的说法{#else}{role}{/when}")
    String role(String role);

    @Override
    @Message("{#if author}用户名{#else}正文{/if}")
    String inField(boolean author);

    @Override
    @Message("回测")
    String backtest();

    @Override
    @Message("回测草稿")
    String backtestDraft();

    @Override
    @Message("让已存的评论重新经过草稿，在它生效之前看看它会改变什么。可以粘贴一条规则的 JSON"
            + " 对象（它会替换同名的生效规则，或加入生效的规则集），也可以粘贴整个规则集（\\{\"rules\": [...]}，即默认规则包和导出文件的格式）。")
    String backtestHint();

    @Override
    @Message("从一条生效规则开始")
    String startFromLive();

    @Override
    @Message("放进文本框")
    String putInBox();

    @Override
    @Message("生效规则")
    String liveInBoxBefore();

    @Override
    @Message("已放进文本框：修改它（词语、分数或模式），再运行，看看这一改动会带来什么。")
    String liveInBoxAfter();

    @Override
    @Message("草稿（JSON）")
    String draftJson();

    @Override
    @Message("最近多少天的评论")
    String lastDays();

    @Override
    @Message("最多（条评论，最新的在前）")
    String atMost();

    @Override
    @Message("运行回测")
    String runBacktest();

    @Override
    @Message("由 {actor} 发起，最近 {days} 天")
    String backtestBy(String actor, int days);

    @Override
    @Message("正在重放评论：{done} / {total}。")
    String replaying(long done, long total);

    @Override
    @Message("回测完成之前，这个页面会自动刷新。")
    String refreshes();

    @Override
    @Message("完成：重放了 {n} 条评论。")
    String done(long n);

    @Override
    @Message("新被暂扣")
    String newlyHeld();

    @Override
    @Message("新被拒绝")
    String newlyRejected();

    @Override
    @Message("新被放行（发表）")
    String newlyReleased();

    @Override
    @Message("未变")
    String unchangedRow();

    @Override
    @Message("与版主的决定对照")
    String againstModerators();

    @Override
    @Message("“标记”指被暂扣或拒绝；“坏”指版主删除了它，“好”指它仍然发表着。")
    String flaggedHint();

    @Override
    @Message("标记且坏")
    String flaggedBad();

    @Override
    @Message("标记但好")
    String flaggedGood();

    @Override
    @Message("漏掉的坏评论")
    String missedBad();

    @Override
    @Message("精确率")
    String precision();

    @Override
    @Message("召回率")
    String recall();

    @Override
    @Message("草稿")
    String draft();

    @Override
    @Message("过滤器当时的决定")
    String asDecided();

    @Override
    @Message("新被暂扣的，例如")
    String heldExamples();

    @Override
    @Message("新被拒绝的，例如")
    String rejectedExamples();

    @Override
    @Message("新被放行的，例如")
    String releasedExamples();

    @Override
    @Message("返回草稿")
    String backToDraft();

    @Override
    @Message("回测另一份草稿")
    String anotherDraft();

    @Override
    @Message("批量检查")
    String massCheck();

    @Override
    @Message("批量检查带标签的文字")
    String massCheckTitle();

    @Override
    @Message("上传每行为 label<TAB>text 的文件（标签为 racist、abusive、offtopic、clean；以 label"
            + " 开头的第一行会被跳过），或粘贴几行。由生效的规则判断每一条；不会保存任何内容。")
    String massCheckHint();

    @Override
    @Message("TSV 文件")
    String tsvFile();

    @Override
    @Message("或粘贴几行")
    String orPaste();

    @Override
    @Message("来自 {source} 的 {n} 条文字")
    String textsFrom(int n, String source);

    @Override
    @Message("辱骂或种族歧视 对 干净")
    String abuseVsClean();

    @Override
    @Message("离题 对 干净")
    String offtopicVsClean();

    @Override
    @Message("被标记的干净文字：")
    String cleanFlagged();

    @Override
    @Message("按规则")
    String perRule();

    @Override
    @Message("种族歧视")
    String racist();

    @Override
    @Message("辱骂")
    String abusive();

    @Override
    @Message("离题")
    String offtopic();

    @Override
    @Message("干净")
    String clean();

    @Override
    @Message("在坏文字中的比例")
    String shareOnBad();

    @Override
    @Message("干净文字误报率")
    String cleanFpRate();

    @Override
    @Message("漏掉的（前 {n} 条）")
    String missed(int n);

    @Override
    @Message("干净但被标记的（前 {n} 条）")
    String wronglyFlagged(int n);
}
