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
    @Message("模式")
    String mode();

    @Override
    @Message("启用")
    String enabledColumn();

    @Override
    @Message("任何")
    String any();

    @Override
    @Message("{#when key}{#is 'racist'}种族歧视{#is 'abusive'}辱骂{#is 'offtopic'}离题{#else}{key}{/when}")
    String categoryWords(String key);

    @Override
    @Message("{#when mode}{#is 'ENFORCE'}执行{#is 'OBSERVE'}观察{#else}{mode}{/when}")
    String modeWords(String mode);

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
            + " 'mode'}模式{#is 'enabled'}启用{#is 'hits'}30 天命中{#is 'recent'}7 天命中{#is 'lastHit'}最近命中{#is"
            + " 'overturn'}被推翻{#else}{key}{/when}")
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
    @Message("让已存的评论重新经过草稿，在它生效之前看看它会改变什么。可以粘贴一条规则的 JSON 对象（它会替换同名的生效规则，或加入生效的规则集），也可以粘贴整个规则集（\\"
            + "{\"rules\": [...]}，即默认规则包和导出文件的格式）。")
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
    @Message("已恢复：版本 {id} 现已生效，使用的是您所选版本的规则。")
    String restored(long id);

    @Override
    @Message("未删除：有一条组合规则引用了{#if name}{name}{#else}这条规则{/if}；请先修改那条组合规则。")
    String notDeletedInUse(String name);

    @Override
    @Message("这一修改被拒绝：它会破坏规则集。")
    String refused();

    @Override
    @Message("规则已删除。恢复较早的版本可以把它找回来。")
    String ruleDeleted();

    @Override
    @Message("已保存规则 {name}；它现在已经生效。")
    String ruleSaved(String name);

    @Override
    @Message("已启用规则 {name}。")
    String ruleEnabled(String name);

    @Override
    @Message("已停用规则 {name}。")
    String ruleDisabled(String name);

    @Override
    @Message("已把规则 {name} {#if up}上移{#else}下移{/if}；它现在是列表中的第 {number} 条。")
    String ruleMoved(String name, boolean up, int number);

    @Override
    @Message("已把这些表保存为版本 {version}；现在每条规则都用它们读取评论。")
    String tablesSaved(long version);

    @Override
    @Message("新规则")
    String newRule();

    @Override
    @Message("规则 {name}")
    String ruleNamed(String name);

    @Override
    @Message("新的 {type} 规则")
    String newTypeRule(String type);

    @Override
    @Message("跳到规则")
    String skipToRule();

    @Override
    @Message("其他类型：")
    String anotherType();

    @Override
    @Message("请按下面的“回测这份草稿”，完成后打开结果，再保存一次。草稿的任何改动都需要重新回测。")
    String pressBacktest();

    @Override
    @Message("未保存：请看下面标出的字段。")
    String notSavedSeeField();

    @Override
    @Message("这条规则会命中 {n} 条已发表的评论")
    String wouldHit(long n);

    @Override
    @Message("在最近 90 天发表的 {checked} 条评论中，有 {n} 条现在会被这条规则命中，而按现状它们不会被命中。例如：")
    String wouldHitHint(long checked, long n);

    @Override
    @Message("标出")
    String marks();

    @Override
    @Message("如果仍要保存，请按“仍然保存”。")
    String saveAnywayHint();

    @Override
    @Message("这份草稿的回测正在运行：")
    String backtestRunning();

    @Override
    @Message("查看进度")
    String watchIt();

    @Override
    @Message("回测失败：{error}")
    String backtestFailed(String error);

    @Override
    @Message("这份草稿的回测已完成：")
    String backtestDone();

    @Override
    @Message("查看结果")
    String seeResult();

    @Override
    @Message("（已查看）")
    String seen();

    @Override
    @Message("在测试台上用这份草稿试一段文字")
    String tryOnBench();

    @Override
    @Message("规则")
    String theRule();

    @Override
    @Message("名称")
    String name();

    @Override
    @Message("说明")
    String description();

    @Override
    @Message("（−100 到 100；5 分暂扣，10 分拒绝）")
    String scoreHint();

    @Override
    @Message("执行（分数计入）")
    String enforceMode();

    @Override
    @Message("观察（只记录命中，不改变任何结果）")
    String observeMode();

    @Override
    @Message("本站政策")
    String sitePolicy();

    @Override
    @Message("无（分数计入）")
    String noPolicy();

    @Override
    @Message("属于某项政策时，规则的命中不加分：由本站对该政策的设置（在")
    String policyHintBefore();

    @Override
    @Message("设置页")
    String settingsPage();

    @Override
    @Message("上）决定，而且绝不会降低分数已作出的决定。")
    String policyHintAfter();

    @Override
    @Message("启用")
    String enabledBox();

    @Override
    @Message("匹配什么")
    String whatItMatches();

    @Override
    @Message("词语，每行一个")
    String termsOneALine();

    @Override
    @Message("每行一个词或短语，后面可以跟 | 和选项：")
    String termsHint();

    @Override
    @Message("：按整个列表的匹配方式（见下）")
    String termsAsList();

    @Override
    @Message("：在词首（idiots、idiotic）；")
    String termsPrefix();

    @Override
    @Message("：只匹配整词；")
    String termsWord();

    @Override
    @Message("：任何位置，包括词的内部")
    String termsSubstring();

    @Override
    @Message("：含有这个词但无害的较长词语或短语")
    String termsExcept();

    @Override
    @Message("：在八个词以内出现时表明这个词另有含义的词语（但直接对人说时仍然计入：“you dyke”）")
    String termsUnlessNear();

    @Override
    @Message("列表的匹配方式")
    String listMatches();

    @Override
    @Message("整词（默认）")
    String wholeWordsDefault();

    @Override
    @Message("整词")
    String wholeWords();

    @Override
    @Message("词首")
    String wordStarts();

    @Override
    @Message("任何位置")
    String anywhere();

    @Override
    @Message("整个列表的例外，每行一个")
    String exceptions();

    @Override
    @Message("模式")
    String pattern();

    @Override
    @Message("（RE2/J 语法，除非另有设置，否则在规范化后的文字上运行）")
    String patternHint();

    @Override
    @Message("需要的词")
    String requiresWords();

    @Override
    @Message("（选填，用逗号分隔：每个匹配都须在词首含有其中一个）")
    String requiresHint();

    @Override
    @Message("还需要")
    String alsoRequires();

    @Override
    @Message("（选填，用逗号分隔）")
    String alsoRequiresHint();

    @Override
    @Message("运行于")
    String runsOn();

    @Override
    @Message("规范化后的文字（默认）")
    String normalisedDefault();

    @Override
    @Message("规范化后的文字")
    String normalised();

    @Override
    @Message("原始文字")
    String original();

    @Override
    @Message("参数（JSON）")
    String paramsJson();

    @Override
    @Message("{type} 规则的参数形如")
    String paramsShape(String type);

    @Override
    @Message("读取")
    String reads();

    @Override
    @Message("评论（默认）")
    String commentDefault();

    @Override
    @Message("评论")
    String theComment();

    @Override
    @Message("用户名")
    String theUserName();

    @Override
    @Message("示例")
    String examples();

    @Override
    @Message("保存时会运行它们：无论单独运行还是与其他规则一起运行，这条规则都必须命中第一个列表中的每段文字，并且不命中第二个列表中的任何一段。")
    String examplesHint();

    @Override
    @Message("必须匹配，每行一段文字")
    String mustMatchLines();

    @Override
    @Message("不得匹配，每行一段文字")
    String mustNotMatchLines();

    @Override
    @Message("必须匹配")
    String mustMatch();

    @Override
    @Message("不得匹配")
    String mustNotMatch();

    @Override
    @Message("版本备注")
    String versionNote();

    @Override
    @Message("（选填：原因）")
    String whyHint();

    @Override
    @Message("回测这份草稿")
    String backtestThisDraft();

    @Override
    @Message("仍然保存")
    String saveAnyway();

    @Override
    @Message("保存")
    String save();

    @Override
    @Message("只有对这份草稿本身运行过回测并查看了结果，规则才会被保存。保存会生成规则集的新版本；任何版本都可以在这里恢复：")
    String savedOnlyAfter();

    @Override
    @Message("跳到表格")
    String skipToTables();

    @Override
    @Message("在任何规则读取评论之前，Parley 会先还原作者用来躲避词表的伪装：“sh1t”读作“shit”，带西里尔字母 і"
            + " 的“idіot”读作“idiot”。这两张表规定了怎样还原。它们是规则集的一部分：保存会生成新版本，恢复较早的版本也会恢复它的表。")
    String tablesHint();

    @Override
    @Message("正在生效的是 Parley 自带的表。")
    String tablesShipped();

    @Override
    @Message("正在生效的表已被管理员修改过；")
    String tablesChanged();

    @Override
    @Message("填入 Parley 自带的表")
    String fillShipped();

    @Override
    @Message("即可回到它们。")
    String toGoBack();

    @Override
    @Message("表单里现在是 Parley 自带的表；在您回测并保存之前，不会保存任何内容。")
    String formHoldsShipped();

    @Override
    @Message("请按下面的“回测这些表”，完成后打开结果，再保存一次。任何改动都需要重新回测。")
    String pressBacktestTables();

    @Override
    @Message("未保存：请看下面标出的表。")
    String notSavedSeeTable();

    @Override
    @Message("有 {n} 个条目与正在生效的表不同")
    String entriesDiffer(int n);

    @Override
    @Message("生效中")
    String inForce();

    @Override
    @Message("这份草稿")
    String thisDraft();

    @Override
    @Message("这些表会让规则命中 {n} 条已发表的评论")
    String tablesWouldHit(long n);

    @Override
    @Message("在最近 90 天发表的 {checked} 条评论中，有 {n} 条会被某条现在不命中它们的规则命中。例如：")
    String tablesWouldHitHint(long checked, long n);

    @Override
    @Message("如果仍要保存，请按“仍然保存”。")
    String saveThemHint();

    @Override
    @Message("这些表的回测正在运行：")
    String tablesBacktestRunning();

    @Override
    @Message("这些表的回测已完成：")
    String tablesBacktestDone();

    @Override
    @Message("在测试台上用这些表试一段文字")
    String tryTablesOnBench();

    @Override
    @Message("变形字符：读作字母的符号和数字")
    String leetLegend();

    @Override
    @Message("每行一个条目：符号、一个空格、它代表的字母（4 a、$ s）。只在含有真正字母的词里才这样读，所以“sh1t”会被还原，而“2020”不会。!、¡ 和 +"
            + " 只有在两个字母之间才算。难以输入的符号可以写成码位：U+20AC e。以 # 开头的行是备注。")
    String leetHint();

    @Override
    @Message("变形字符表")
    String leetTable();

    @Override
    @Message("（{n} 个条目）")
    String entries(int n);

    @Override
    @Message("形近字：读作拉丁字母的其他文字的字母")
    String lookalikeLegend();

    @Override
    @Message("每行一个条目：字母、一个空格、读者看到的拉丁字母（西里尔字母 а 写作 U+0430 a），后面可以加备注。只限字母：数字和符号应放在变形字符表里。NFKC"
            + " 或去除重音已经能折叠的字符（全角字母、é）会被拒绝，因为这样的条目永远不会起作用。")
    String lookalikeHint();

    @Override
    @Message("形近字表")
    String lookalikeTable();

    @Override
    @Message("回测这些表")
    String backtestTables();

    @Override
    @Message("保存前先用这些表运行每条规则的示例；只有对这份草稿本身运行过回测并查看了结果，这些表才会被保存。")
    String tablesSavedOnlyAfter();

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
