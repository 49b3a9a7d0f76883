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
import org.parley.filter.Normaliser;
import org.parley.filter.RuleCompiler;
import org.parley.filter.RuleMode;
import org.parley.filter.RulePack;
import org.parley.filter.RuleSpec;
import org.parley.filter.RuleType;
import org.parley.filter.Submission;
import org.parley.filter.Thresholds;
import org.parley.filter.Verdict;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The whole filter pipeline on one thread: normalising, every rule of the default pack, scoring. Comments are
 * cycled from a fixed set of realistic ones (clean, abusive, obfuscated, spam), so each call judges one comment.
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

    static final String[] COMMENTS = {
        "Finally. About time.",
        "+1, exactly right",
        "The drawdown from 5,200 to 3,000 troops is overdue, but the strategic dialogue matters more than numbers.",
        "I doubt al-Kadhimi can balance Washington and Tehran for long; the militias will test him within weeks.",
        "The drone strike that killed Soleimani changed everything. Parliament voted, and now the troops leave.",
        "Racism against Iraqis must end, and so must the war. Bring them home and rebuild the schools.",
        "You are a fucking idiot and everyone here knows it.",
        "Shut up, you stupid b1tch, nobody asked for your opinion.",
        "f u c k this article and whoever wrote it",
        "Send them all back, these animals do not belong here.",
        "Check out my channel for more videos!! Subscribe and I will subscribe back http://bit.ly/3xYz",
        "Make money from home, $500 a day, contact me on WhatsApp +44 7700 900123 or mail rich@example.com",
        "What a great article. Very informative, thank you for writing it and for the clear explanation of the talks.",
        "I disagree with the premise: the US never intended to leave, and the numbers prove it year after year.",
        "ＦＵＣＫ ＹＯＵ",
        "Interesting that nobody mentions the Kurdish region here. Erbil hosts most of the remaining coalition forces.",
        "kys loser",
        "THIS IS THE BEST NEWS I HAVE READ ALL WEEK, FINALLY SOME SENSE IN WASHINGTON!!!",
        "The Iraqi economy depends on oil exports, and security is the precondition for investment. A long road.",
        "Visit www.cheap-watches.example for the best replica watches, 80% off today only!!!",
    };

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
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf("%ncompiled rule set: %d rules, about %.1f MiB of heap%n", compiled.size(),
                (after - before) / 1048576.0);
        ruleSet = new CompiledRuleSet(compiled, Thresholds.uniform(5, 10), 1);
        engine = new FilterEngine(normaliser, 1_000);
        submissions = new ArrayList<>();
        for (String text : COMMENTS) {
            submissions.add(new Submission(text, "Reader", null));
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
