package org.parley.filter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.parley.filter.ruleset.FilterConfig;
import org.parley.filter.ruleset.RulePack;
import org.parley.filter.text.NormalisedText;
import org.parley.filter.text.Normaliser;
import org.parley.filter.text.Relevance;
import org.parley.filter.text.RelevanceModel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The shipped default rule pack, compiled as the service does it, for tests that judge texts with it. */
final class DefaultPack {

    static final Normaliser NORMALISER = Normaliser.defaults();
    /** With the shipped thresholds and policy settings. */
    static final CompiledRuleSet RULES = new CompiledRuleSet(RulePack.defaults(new ObjectMapper()).stream()
            .map(new RuleCompiler(NORMALISER)::compileRule).toList(), Thresholds.uniform(5, 10), 1, NORMALISER);
    /**
     * The same rules with every policy at PUBLISH, so that only the score decides: what the filter itself makes of
     * a text, apart from what a site chose to do with profanity and reclaimed slurs.
     */
    static final CompiledRuleSet SCORE_ONLY = new CompiledRuleSet(RULES.rules(), new Thresholds(
            RULES.thresholds().holdAt(), RULES.thresholds().rejectAt(), Map.of(Policy.PROFANITY, Decision.PUBLISH,
                    Policy.RECLAIMABLE_SLUR, Decision.PUBLISH)), 1, RULES.terms(), NORMALISER);
    /**
     * The same rules with the policy settings a fresh install has, read from the {@code @WithDefault} of
     * {@link FilterConfig} so that the figures follow the documented defaults wherever they are changed.
     */
    static final CompiledRuleSet AS_INSTALLED = new CompiledRuleSet(RULES.rules(), new Thresholds(
            RULES.thresholds().holdAt(), RULES.thresholds().rejectAt(), Map.of(
                    Policy.PROFANITY, installedSetting("profanityPolicy"),
                    Policy.RECLAIMABLE_SLUR, installedSetting("reclaimableSlurPolicy"))), 1, RULES.terms(), NORMALISER);
    static final FilterEngine ENGINE = new FilterEngine(10_000);

    private static Decision installedSetting(String method) {
        try {
            return Decision.valueOf(FilterConfig.class.getMethod(method)
                    .getAnnotation(io.smallrye.config.WithDefault.class).value());
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("FilterConfig has no " + method, e);
        }
    }

    /** A reader's comment of the demo content, with the article it is posted under. */
    record DemoComment(Submission.Context article, String text) {
    }

    private static final JsonNode DEMO = readDemo();
    /** The demo site's articles, as a fresh install has them: relevance weighs words against all of them. */
    static final List<Submission.Context> DEMO_ARTICLES = demoArticles();
    /** The readers' comments a fresh install loads with them. */
    static final List<DemoComment> DEMO_COMMENTS = demoComments();
    private static final RelevanceModel MODEL = RelevanceModel.of(DEMO_ARTICLES, NORMALISER);
    private static final Map<String, RelevanceModel.DocumentVector> VECTORS = new ConcurrentHashMap<>();

    private DefaultPack() {
    }

    static Verdict judge(String text) {
        return ENGINE.evaluate(RULES, Submission.of(text));
    }

    /** The verdict with the policy settings of a fresh install. */
    static Verdict judgeAsInstalled(String text) {
        return ENGINE.evaluate(AS_INSTALLED, Submission.of(text));
    }

    /** The verdict of the score alone, every policy at PUBLISH. */
    static Verdict judgeByScore(String text) {
        return ENGINE.evaluate(SCORE_ONLY, Submission.of(text));
    }

    /** As a comment under {@code article}, with its relevance measured as the service measures it. */
    static Verdict judge(String text, Submission.Context article) {
        return judge(RULES, text, article);
    }

    /** As a comment under {@code article}, by the score alone, every policy at PUBLISH. */
    static Verdict judgeByScore(String text, Submission.Context article) {
        return judge(SCORE_ONLY, text, article);
    }

    private static Verdict judge(CompiledRuleSet rules, String text, Submission.Context article) {
        return ENGINE.evaluate(rules, new Submission(text, null, article), new Signals() {
            @Override
            public int copiesWithin(Duration window) {
                return 1;
            }

            @Override
            public Relevance relevance(NormalisedText normalised) {
                RelevanceModel.DocumentVector doc = VECTORS.computeIfAbsent(article.key(),
                        k -> MODEL.vectorOf(article, NORMALISER));
                return MODEL.relevance(normalised, doc);
            }
        });
    }

    /** A demo article by its slug. */
    static Submission.Context demoArticle(String slug) {
        return DEMO_ARTICLES.stream().filter(a -> a.key().equals(slug)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo article " + slug));
    }

    private static JsonNode readDemo() {
        try (InputStream in = Objects.requireNonNull(DefaultPack.class.getResourceAsStream("/demo/articles.json"),
                "demo/articles.json is not on the class path")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Submission.Context> demoArticles() {
        List<Submission.Context> articles = new ArrayList<>();
        for (JsonNode a : DEMO) {
            List<String> paragraphs = new ArrayList<>();
            a.path("body").forEach(p -> paragraphs.add(p.asText()));
            // The body as ArticleView.bodyText() gives it to the filter: paragraphs joined by blank lines.
            articles.add(new Submission.Context(a.path("slug").asText(), a.path("title").asText(),
                    String.join("\n\n", paragraphs)));
        }
        return List.copyOf(articles);
    }

    private static List<DemoComment> demoComments() {
        List<DemoComment> comments = new ArrayList<>();
        for (JsonNode a : DEMO) {
            Submission.Context article = demoArticle(a.path("slug").asText());
            a.path("comments").forEach(c -> comments.add(new DemoComment(article, c.path("text").asText())));
        }
        return List.copyOf(comments);
    }
}
