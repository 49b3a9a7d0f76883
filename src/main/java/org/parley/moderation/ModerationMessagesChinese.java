package org.parley.moderation;

import org.parley.audit.AuditAction;
import org.parley.comments.CommentStatus;
import org.parley.comments.HoldReason;
import org.parley.comments.QueueTab;
import org.parley.filter.Category;
import org.parley.filter.Decision;
import org.parley.filter.Policy;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** {@link ModerationMessages} in Simplified Chinese. */
@Localized("zh-CN")
public interface ModerationMessagesChinese extends ModerationMessages {

    @Override
    @Message("{site} 审核后台")
    String titleSuffix(String site);

    @Override
    @Message("跳到审核队列")
    String skipToQueue();

    @Override
    @Message("审核")
    String moderation();

    @Override
    @Message("队列")
    String queue();

    @Override
    @Message("封禁")
    String bans();

    @Override
    @Message("文章")
    String articles();

    @Override
    @Message("审计日志")
    String auditLog();

    @Override
    @Message("测试台")
    String testBench();

    @Override
    @Message("统计")
    String statistics();

    @Override
    @Message("规则")
    String rules();

    @Override
    @Message("回测")
    String backtest();

    @Override
    @Message("批量检查")
    String massCheck();

    @Override
    @Message("账户")
    String accounts();

    @Override
    @Message("设置")
    String settings();

    @Override
    @Message("网站")
    String site();

    @Override
    @Message("当前用户")
    String signedInAs();

    @Override
    @Message("密码")
    String password();

    @Override
    @Message("快捷键")
    String keys();

    @Override
    @Message("退出")
    String logOut();

    @Override
    @Message("键盘快捷键")
    String keyboardShortcuts();

    @Override
    @Message("下一条 / 上一条评论")
    String keyNext();

    @Override
    @Message("批准（或保留）当前评论")
    String keyApprove();

    @Override
    @Message("按卡片上选定的理由删除（已按类别预先选好）")
    String keyRemove();

    @Override
    @Message("恢复已删除或被拒绝的评论")
    String keyRestore();

    @Override
    @Message("选中或取消选中当前评论")
    String keySelect();

    @Override
    @Message("撤销您的上一个操作（“撤销”按钮显示期间）")
    String keyUndo();

    @Override
    @Message("显示或隐藏此列表")
    String keyHelp();

    @Override
    @Message("关闭此列表")
    String keyClose();

    @Override
    @Message("在输入框中打字时，快捷键不起作用。")
    String keysInFields();

    @Override
    @Message("关闭")
    String close();

    @Override
    @Message("{#when tab}{#is PENDING}待审{#is REPORTED}被举报{#is REJECTED}被过滤器拒绝{#is PUBLISHED}已发表{#is"
            + " REMOVED}已删除{/when}")
    String tab(QueueTab tab);

    @Override
    @Message("审核队列：{#when tab}{#is PENDING}待审{#is REPORTED}被举报{#is REJECTED}被过滤器拒绝{#is"
            + " PUBLISHED}已发表{#is REMOVED}已删除{/when}")
    String queueHeading(QueueTab tab);

    @Override
    @Message("队列")
    String queues();

    @Override
    @Message("筛选队列")
    String filterQueue();

    @Override
    @Message("文章")
    String article();

    @Override
    @Message("所有文章")
    String allArticles();

    @Override
    @Message("任何类别")
    String anyCategory();

    @Override
    @Message("{#when key}{#is 'racist'}种族歧视{#is 'abusive'}辱骂{#is 'offtopic'}离题{#else}{key}{/when}")
    String categoryName(String key);

    @Override
    @Message("{#when category}{#is RACIST}种族歧视{#is ABUSIVE}辱骂{#is OFFTOPIC}离题{/when}")
    String categoryWords(Category category);

    @Override
    @Message("{#when policy}{#is PROFANITY}粗话{#is RECLAIMABLE_SLUR}被群体自身重新使用的蔑称{/when}")
    String policyWords(Policy policy);

    @Override
    @Message("搜索")
    String search();

    @Override
    @Message("评论中的词语或用户名")
    String searchPlaceholder();

    @Override
    @Message("排序")
    String order();

    @Override
    @Message("最早的在前")
    String oldestFirst();

    @Override
    @Message("最新的在前")
    String newestFirst();

    @Override
    @Message("分数最高的在前")
    String highestScore();

    @Override
    @Message("清除筛选")
    String clearFilters();

    @Override
    @Message("撤销")
    String undo();

    @Override
    @Message("选中的评论：")
    String selectedComments();

    @Override
    @Message("批准选中的")
    String approveSelected();

    @Override
    @Message("恢复选中的")
    String restoreSelected();

    @Override
    @Message("理由")
    String reason();

    @Override
    @Message("删除选中的")
    String removeSelected();

    @Override
    @Message("没有符合这些筛选条件的评论。")
    String nothingMatches();

    @Override
    @Message("“{#when tab}{#is PENDING}待审{#is REPORTED}被举报{#is REJECTED}被过滤器拒绝{#is PUBLISHED}已发表{#is"
            + " REMOVED}已删除{/when}”里现在没有评论。")
    String nothingIn(QueueTab tab);

    @Override
    @Message("{total} 条评论 · 第 {page} 页，共 {pages} 页")
    String summary(long total, int page, int pages);

    @Override
    @Message("队列分页")
    String queuePages();

    @Override
    @Message("« 上一页")
    String previous();

    @Override
    @Message("下一页 »")
    String next();

    @Override
    @Message("选中这 {n} 条相似评论")
    String selectWave(long n);

    @Override
    @Message("选中这条评论")
    String selectOne();

    @Override
    @Message("评论于")
    String on();

    @Override
    @Message("已封禁")
    String bannedChip();

    @Override
    @Message("{#if name && address}这个用户名和此评论者的地址都已被封禁{#else if name}这个用户名已被封禁{#else}此评论者的地址已被封禁{/if}")
    String bannedTitle(boolean name, boolean address);

    @Override
    @Message("{#when status}{#is PUBLISHED}已发表{#is PENDING}待审{#is REJECTED}被过滤器拒绝{#is REMOVED}已删除{/when}")
    String status(CommentStatus status);

    @Override
    @Message("{n} 条相似评论")
    String waveCount(long n);

    @Override
    @Message("在这个标签页中（除空格和标点外文字相同）。对这张卡片的操作适用于它们全部。")
    String waveRest();

    @Override
    @Message("过滤器：{#when decision}{#is PUBLISH}发表{#is HOLD}暂扣{#is REJECT}拒绝{#else}无结论{/when}")
    String filterDecision(Decision decision);

    @Override
    @Message("起决定作用的类别的分数")
    String scoreTitle();

    @Override
    @Message("分数 {score}")
    String score(int score);

    @Override
    @Message("{n} 份读者举报")
    String readerReports(int n);

    @Override
    @Message("以这个用户名发表的全部内容")
    String historyTitle();

    @Override
    @Message("这个用户名的记录：已发表 {published} · 待审 {pending} · 被拒绝 {rejected} · 已删除 {removed}")
    String nameHistory(long published, long pending, long rejected, long removed);

    @Override
    @Message("{#if putBack}放回者：{#else}删除者：{/if}{actor}")
    String removedBy(boolean putBack, String actor);

    @Override
    @Message("为什么在这里：")
    String whyHere();

    @Override
    @Message("{#when reason}{#is READER_ASKED}读者读不出验证图片，请版主审核这条评论。{#is"
            + " PREMODERATED}这篇文章的每条评论都要等版主审核（文章的评论模式）。{#is SCREENED}对这个名字或地址的封禁使它的评论留给版主审核。{/when}")
    String heldBecause(HoldReason reason);

    @Override
    @Message("留给您判断：")
    String heldToJudge();

    @Override
    @Message("{problem}，因此过滤器的分数不完整。")
    String incomplete(String problem);

    @Override
    @Message("读者的说法")
    String readersSaid();

    @Override
    @Message("触发的规则")
    String rulesFired();

    @Override
    @Message("属于本站关于{#when policy}{#is PROFANITY}粗话{#is RECLAIMABLE_SLUR}被群体自身重新使用的蔑称{/when}的政策：其分数不计")
    String policyDoesNotCount(Policy policy);

    @Override
    @Message("，仅观察：不计分")
    String observeOnly();

    @Override
    @Message("匹配")
    String matched();

    @Override
    @Message("{#when role}{#is 'group'}群体{#is 'predicate'}对它的说法{#else}{role}{/when}")
    String role(String role);

    @Override
    @Message("{#when status}{#is PUBLISHED}保留{#else}批准{/when}")
    String approve(CommentStatus status);

    @Override
    @Message(" 全部 {n} 条")
    String all(long n);

    @Override
    @Message("恢复")
    String restore();

    @Override
    @Message("删除")
    String remove();

    @Override
    @Message("可选")
    String optional();

    @Override
    @Message("更多")
    String more();

    @Override
    @Message("这条评论的历史")
    String historyOfComment();

    @Override
    @Message("删除")
    String removeAllBefore();

    @Override
    @Message("的全部内容")
    String removeAllAfter();

    @Override
    @Message("封禁")
    String ban();

    @Override
    @Message("或此评论者的地址")
    String orAddress();

    @Override
    @Message("多久")
    String howLong();

    @Override
    @Message("{#if days}{days} 天{#else}永久{/if}")
    String banLength(Integer days);

    @Override
    @Message("封禁这个名字")
    String banName();

    @Override
    @Message("封禁此评论者的地址")
    String banAddress();

    @Override
    @Message("{#when reason}{#is RACIST}种族歧视{#is ABUSIVE}辱骂或威胁{#is OFFTOPIC}离题{#is SPAM}垃圾信息或广告{#is"
            + " PRIVACY}个人信息{#is OTHER}其他{/when}")
    String removeReason(RemoveReason reason);

    @Override
    @Message("评论 {id}")
    String commentNumber(long id);

    @Override
    @Message("« 返回队列")
    String backToQueue();

    @Override
    @Message("历史")
    String history();

    @Override
    @Message("还没有版主处理过这条评论。")
    String noActionsYet();

    @Override
    @Message("操作")
    String action();

    @Override
    @Message("评论")
    String comment();

    @Override
    @Message("状态")
    String state();

    @Override
    @Message("详情")
    String details();

    @Override
    @Message("{#when action}{#is APPROVE}批准{#is REMOVE}删除{#is RESTORE}恢复{#is UNDO}撤销{#is"
            + " REPORTED}被举报{#is BAN}封禁{#is LIFT_BAN}解除封禁{#is ARTICLE_MODE}文章模式{#is ACCOUNT}账户{#is"
            + " RULES}规则{#is SETTINGS}设置{/when}")
    String auditAction(AuditAction action);

    @Override
    @Message("筛选审计日志")
    String filterAudit();

    @Override
    @Message("账户名")
    String accountName();

    @Override
    @Message("任何操作")
    String anyAction();

    @Override
    @Message("{#if page > 1}这一页{/if}没有记录。")
    String noEntries(int page);

    @Override
    @Message("审核操作，最新的在前")
    String auditCaption();

    @Override
    @Message("审计日志分页")
    String auditPages();

    @Override
    @Message("第 {page} 页")
    String page(int page);

    @Override
    @Message("封禁（{active} 项生效中）")
    String bansTitle(int active);

    @Override
    @Message("来自被封禁的用户名或地址的新评论会{#if refuse}被拒收：评论者只会被告知评论未能被接受{#else}留给版主审核，不论过滤器怎么判断{/if}。已经发表的评论保持不变。")
    String bansLede(boolean refuse);

    @Override
    @Message("封禁一个用户名")
    String banUserName();

    @Override
    @Message("名字的匹配不区分大小写、全角半角和空格。要封禁评论者的地址，请在队列里他们的某条评论上使用“更多”。")
    String bansHint();

    @Override
    @Message("生效中（{n}）")
    String activeBans(int n);

    @Override
    @Message("现在没有人被封禁。")
    String nobodyBanned();

    @Override
    @Message("类型")
    String kind();

    @Override
    @Message("操作者")
    String by();

    @Override
    @Message("开始")
    String since();

    @Override
    @Message("截止")
    String until();

    @Override
    @Message("解除")
    String lift();

    @Override
    @Message("地址")
    String address();

    @Override
    @Message("一个地址")
    String anAddress();

    @Override
    @Message("永久")
    String forGood();

    @Override
    @Message("对以下对象的封禁：")
    String liftTheBanOn();

    @Override
    @Message("已结束（{n}）")
    String endedBans(int n);

    @Override
    @Message("还没有结束的封禁。")
    String noBanEnded();

    @Override
    @Message("结束")
    String ended();

    @Override
    @Message("由 {who} 解除")
    String liftedBy(String who);

    @Override
    @Message("到期")
    String expired();

    @Override
    @Message("查找文章")
    String findArticle();

    @Override
    @Message("标题")
    String title();

    @Override
    @Message("标题中的词语")
    String titlePlaceholder();

    @Override
    @Message("清除")
    String clear();

    @Override
    @Message("没有标题与“{q}”相符的文章。")
    String noTitleMatches(String q);

    @Override
    @Message("还没有文章。")
    String noArticles();

    @Override
    @Message("{total} 篇文章，最新的在前 · 第 {page} 页，共 {pages} 页")
    String articlesSummary(long total, int page, int pages);

    @Override
    @Message("发表于")
    String published();

    @Override
    @Message("评论")
    String comments();

    @Override
    @Message("评论状态")
    String commentsAre();

    @Override
    @Message("设为")
    String setTo();

    @Override
    @Message("待审 {n}")
    String pendingCount(long n);

    @Override
    @Message("· 已发表 {published} · 被拒绝 {rejected} · 已删除 {removed}")
    String otherCounts(long published, long rejected, long removed);

    @Override
    @Message("{#when mode}{#is 'OPEN'}开放{#is 'PREMODERATED'}先审后发{#else}已关闭{/when}")
    String commentMode(String mode);

    @Override
    @Message("已自动关闭")
    String closedAutomatically();

    @Override
    @Message("（设为{#when mode}{#is 'OPEN'}开放{#is 'PREMODERATED'}先审后发{#else}已关闭{/when}；文章太旧，不再接受评论）")
    String tooOld(String mode);

    @Override
    @Message("“{title}”的评论模式")
    String commentModeFor(String title);

    @Override
    @Message("设置")
    String set();

    @Override
    @Message("“{title}”的模式")
    String theModeOf(String title);

    @Override
    @Message("“{title}”的评论现在{#when mode}{#is 'OPEN'}开放{#is 'PREMODERATED'}先审后发{#else}已关闭{/when}。")
    String modeChanged(String title, String mode);

    @Override
    @Message("已{#if days > 0}封禁该用户名 {days} 天{#else}永久封禁该用户名{/if}。")
    String nameBanned(int days);

    @Override
    @Message("已解除封禁。")
    String banLifted();

    @Override
    @Message("文章分页")
    String articlePages();

    @Override
    @Message("{#when what}{#is 'approve'}已批准 {n} 条评论{#is 'restore'}已恢复 {n} 条评论{#is"
            + " 'remove-user'}已删除该用户名的 {n} 条评论{#else}已删除 {n} 条评论{/when}。{#if skipped > 0}跳过了 {skipped}"
            + " 条评论：已被处理，或不处于可以这样操作的状态。{/if}")
    String acted(String what, int n, int skipped);

    @Override
    @Message("已{#if days > 0}封禁{#else}永久封禁{/if}{#if address}此评论者的地址{#else}该用户名{/if}{#if days > 0}"
            + " {days} 天{/if}。封禁都列在“封禁”页，也在那里解除。")
    String banned(boolean address, int days);

    @Override
    @Message("已撤销：{n} 条评论回到了原处。{#if stayed > 0}另有 {stayed} 条评论此后已被他人处理，未作改动。{/if}")
    String undone(int n, int stayed);

    @Override
    @Message("您的会话已结束，或没有版主权限：请重新加载页面再登录。")
    String jsSessionEnded();

    @Override
    @Message("操作没有成功（%status%）。请重新加载页面再试。")
    String jsFailed();

    @Override
    @Message("%total% 条评论 · 第 %page% 页，共 %pages% 页")
    String jsSummaryOne();

    @Override
    @Message("%total% 条评论 · 第 %page% 页，共 %pages% 页")
    String jsSummaryMany();

    @Override
    @Message("撤销没有成功。请重新加载页面查看现在的情况。")
    String jsUndoFailed();

    @Override
    @Message("用 x 键或复选框选中评论")
    String jsSelectHint();

    @Override
    @Message("已选中 %n% 条")
    String jsSelected();

    @Override
    @Message("这个标签页有 %n% 条新评论。")
    String jsNewOne();

    @Override
    @Message("这个标签页有 %n% 条新评论。")
    String jsNewMany();

    @Override
    @Message("新评论在这个标签页的其他页上。")
    String jsNewElsewhere();

    @Override
    @Message("新增了 %n% 条评论。")
    String jsAddedOne();

    @Override
    @Message("新增了 %n% 条评论。")
    String jsAddedMany();
}
