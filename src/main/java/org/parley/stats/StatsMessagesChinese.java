package org.parley.stats;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** {@link StatsMessages} in Simplified Chinese. */
@Localized("zh-CN")
public interface StatsMessagesChinese extends StatsMessages {

    @Override
    @Message("统计")
    String statistics();

    @Override
    @Message("（最近 30 天）")
    String lastDays();

    @Override
    @Message("数据截至")
    String figuresAsOf();

    @Override
    @Message("，每分钟刷新。")
    String refreshed();

    @Override
    @Message("当前队列")
    String queueNow();

    @Override
    @Message("现在有 {n} 条待审")
    String heldNow(long n);

    @Override
    @Message("等待最久的一条始于")
    String oldestSince();

    @Override
    @Message("没有等待中的评论")
    String nobodyWaiting();

    @Override
    @Message("按过滤器决定统计的每日评论数")
    String dailyTitle();

    @Override
    @Message("被暂扣的评论等待版主的时长")
    String waitTitle();

    @Override
    @Message("由过滤器发表")
    String publishedByFilter();

    @Override
    @Message("暂扣待审")
    String heldForReview();

    @Override
    @Message("被过滤器拒绝")
    String rejectedByFilter();

    @Override
    @Message("分钟（中位数）")
    String medianMinutes();

    @Override
    @Message("M月d日")
    String dayPattern();

    @Override
    @Message("触发最多的规则")
    String rulesMost();

    @Override
    @Message("这段时间内没有规则被触发。")
    String noRuleFired();

    @Override
    @Message("规则")
    String rule();

    @Override
    @Message("命中")
    String hits();

    @Override
    @Message("最近 7 天")
    String last7();

    @Override
    @Message("最近一次命中")
    String lastHit();

    @Override
    @Message("被推翻")
    String overturned();

    @Override
    @Message("（已删除）")
    String removed();

    @Override
    @Message("最常被版主推翻的规则")
    String rulesOverturned();

    @Override
    @Message("在一条规则的命中中，版主作出与过滤器相反决定的比例（只列出命中至少 {min} 次的规则）。")
    String overturnHint(int min);

    @Override
    @Message("决定还不够多。")
    String notEnough();

    @Override
    @Message("推翻率")
    String overturnRate();
}
