package org.parley.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.parley.filter.Category;
import org.parley.filter.CompiledRule;
import org.parley.filter.CompiledRuleSet;
import org.parley.filter.FilterEngine;
import org.parley.filter.RuleCompiler;
import org.parley.filter.RuleMode;
import org.parley.filter.RuleSpec;
import org.parley.filter.RuleType;
import org.parley.filter.Submission;
import org.parley.filter.Thresholds;
import org.parley.filter.Verdict;
import org.parley.filter.ruleset.RulePack;
import org.parley.filter.text.Normaliser;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The whole filter pipeline on one thread: normalising, every rule of the default pack, scoring. Comments are
 * cycled from a fixed set of realistic ones, so each call judges one comment.
 * {@code extraTerms} adds a term list of that many words, to show the cost does not grow with list length.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
@Threads(1)
public class FilterBenchmark {

    /** What readers of a news site mostly write. */
    static final String[] CLEAN = {
        "Finally. About time.",
        "+1, exactly right",
        "The drawdown from 5,200 to 3,000 troops is overdue, but the strategic dialogue matters more than numbers.",
        "I doubt al-Kadhimi can balance Washington and Tehran for long; the militias will test him within weeks.",
        "The drone strike that killed Soleimani changed everything. Parliament voted, and now the troops leave.",
        "Racism against Iraqis must end, and so must the war. Bring them home and rebuild the schools.",
        "What a great article. Very informative, thank you for writing it and for the clear explanation of the talks.",
        "I disagree with the premise: the US never intended to leave, and the numbers prove it year after year.",
        "Interesting that nobody mentions the Kurdish region here. Erbil hosts most of the remaining coalition forces.",
        "THIS IS THE BEST NEWS I HAVE READ ALL WEEK, FINALLY SOME SENSE IN WASHINGTON!!!",
        "The Iraqi economy depends on oil exports, and security is the precondition for investment. A long road.",
        "Check the CBO figures before you call this a saving; the base in Kuwait costs more than people think.",
        "My brother served two tours there. Glad to see the numbers come down, but the job is not finished.",
        "Who will train the Iraqi army now? That question matters more than the headline figure.",
        "Sad that it took a strike on the airport to start this debate. Diplomacy should have come first.",
        "Good reporting. One correction: the strategic dialogue began in June, not in July.",
    };

    /** What a moderator is there for: abuse, obfuscated abuse, hate and spam. */
    static final String[] HOSTILE = {
        "You are a fucking idiot and everyone here knows it.",
        "Shut up, you stupid b1tch, nobody asked for your opinion.",
        "f u c k this article and whoever wrote it",
        "Send them all back, these animals do not belong here.",
        "Check out my channel for more videos!! Subscribe and I will subscribe back http://bit.ly/3xYz",
        "Make money from home, $500 a day, contact me on WhatsApp +44 7700 900123 or mail rich@example.com",
        "\uFF26\uFF35\uFF23\uFF2B \uFF39\uFF2F\uFF35",
        "kys loser",
        "Visit www.cheap-watches.example for the best replica watches, 80% off today only!!!",
    };

    /**
     * {@code typical}: four in five comments clean, as on a moderated news site; {@code hostile}: only the
     * comments a moderator is there for, the worst case for the rules that look closer.
     */
    @Param({"typical", "hostile"})
    String mix;


    @Param({"0", "50000"})
    int extraTerms;

    CompiledRuleSet ruleSet;
    FilterEngine engine;
    List<Submission> submissions;
    int next;

    @Setup
    public void compile() {
        ObjectMapper json = new ObjectMapper();
        Normaliser normaliser = Normaliser.defaults();
        RuleCompiler compiler = new RuleCompiler(normaliser);
        List<RuleSpec> specs = new ArrayList<>(RulePack.defaults(json));
        if (extraTerms > 0) {
            specs.add(extraTermList(json, extraTerms));
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        List<CompiledRule> compiled = specs.stream().map(compiler::compileRule).toList();
        // The set, not only its rules: the shared term scanner it builds is most of what a long list costs.
        ruleSet = new CompiledRuleSet(compiled, Thresholds.uniform(5, 10), 1, normaliser);
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf("%ncompiled rule set: %d rules, about %.1f MiB of heap%n", compiled.size(),
                (after - before) / 1048576.0);
        engine = new FilterEngine(1_000);
        submissions = new ArrayList<>();
        if (mix.equals("typical")) {
            for (int i = 0; i < CLEAN.length; i++) {
                submissions.add(new Submission(CLEAN[i], "Reader", null));
                if (i % 4 == 3) {
                    submissions.add(new Submission(HOSTILE[i / 4], "Reader", null));
                }
            }
        } else {
            for (String text : HOSTILE) {
                submissions.add(new Submission(text, "Reader", null));
            }
        }
    }

    @Benchmark
    public Verdict wholePipeline() {
        Submission s = submissions.get(next);
        next = next + 1 == submissions.size() ? 0 : next + 1;
        return engine.evaluate(ruleSet, s);
    }

    private static RuleSpec extraTermList(ObjectMapper json, int count) {
        SplittableRandom random = new SplittableRandom(42);
        ObjectNode params = json.createObjectNode();
        ArrayNode terms = params.putArray("terms");
        for (int i = 0; i < count; i++) {
            StringBuilder word = new StringBuilder();
            int length = 5 + random.nextInt(6);
            for (int k = 0; k < length; k++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            terms.add(word.toString());
        }
        return new RuleSpec(null, "extra-terms", "benchmark list", RuleType.TERMS, Category.ABUSIVE, 3, true,
                RuleMode.ENFORCE, params);
    }
}
