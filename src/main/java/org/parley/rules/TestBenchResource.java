package org.parley.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.filter.CompiledRuleSet;
import org.parley.filter.Field;
import org.parley.filter.Highlight;
import org.parley.filter.Hit;
import org.parley.filter.RuleSpec;
import org.parley.filter.Submission;
import org.parley.filter.Verdict;
import org.parley.filter.ruleset.FilterService;
import org.parley.filter.text.NormaliserTables;
import org.parley.security.Roles;
import org.parley.shared.web.Pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The test bench: paste a text, optionally as a comment on an article, and see what the live rules (or, for an
 * admin, a draft kept by the rule editor) decide and why, every hit marked in the text with its rule's name and
 * description. Nothing is stored or counted.
 */
@Path("/admin/test-bench")
@RolesAllowed({Roles.MODERATOR, Roles.ADMIN})
public class TestBenchResource {

    static final int MAX_TEXT = 20_000;

    /** One hit as the bench lists it, with the rule's description. */
    public record HitRow(Hit hit, String description) {

        /** How a part's role is said, as on the moderator's card. */
        public String roleWords(String role) {
            return Highlight.roleWords(role);
        }
    }

    /** What the bench shows for a checked text; {@code line} is its line number when each line was judged alone. */
    public record Result(int line, Verdict verdict, List<Highlight.Segment> text, List<Highlight.Segment> userName,
            List<HitRow> hits) {
    }

    /** At most this many lines are judged one by one; a longer list belongs in a back-test or the mass-check. */
    static final int MAX_LINES = 200;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance bench(List<ArticleView> articles, String text,
                String userName, String article, String draft, boolean perLine, List<Result> results, String error);
    }

    @Inject
    FilterService filter;

    @Inject
    ArticleService articles;

    @Inject
    RuleEditorService editor;

    @Inject
    TableEditorService tables;

    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(Pages.HTML)
    public TemplateInstance page(@RestQuery String draft) {
        return Templates.bench(articles.listNewestFirst(), "", "", "", draftKey(draft), false, List.of(),
                null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(Pages.HTML)
    public Response check(@RestForm String text, @RestForm String userName, @RestForm String article,
            @RestForm String draft, @RestForm String perLine) {
        boolean eachLine = "true".equals(perLine);
        String key = draftKey(draft);
        String t = text == null ? "" : text;
        String name = userName == null ? "" : userName;
        String slug = article == null ? "" : article;
        List<ArticleView> all = articles.listNewestFirst();
        List<String> lines = eachLine ? t.lines().filter(l -> !l.isBlank()).toList() : List.of(t);
        String error = t.isBlank() ? "Paste a text to check."
                : t.length() > MAX_TEXT ? "A text can be at most " + MAX_TEXT + " characters."
                : lines.size() > MAX_LINES ? "At most " + MAX_LINES + " lines are judged one by one; " + lines.size()
                        + " were sent. A back-test judges stored comments by the thousand." : null;
        if (error != null) {
            return Response.status(400)
                    .entity(Templates.bench(all, t, name, slug, key, eachLine, List.of(), error)).build();
        }
        Submission.Context context = slug.isBlank() ? null
                : articles.find(slug).map(ArticleView::filterContext).orElse(null);
        Optional<List<RuleSpec>> draftSet = key == null ? Optional.empty()
                : editor.draftSetOf(key);
        Optional<NormaliserTables> draftTables = key == null || draftSet.isPresent()
                ? Optional.empty() : tables.draftTables(key);
        boolean drafted = draftSet.isPresent() || draftTables.isPresent();
        // Compiled once, whatever the number of lines.
        Function<Submission, Verdict> judge;
        Map<String, String> descriptions;
        if (draftSet.isPresent()) {
            CompiledRuleSet set = filter.compile(draftSet.get(), -1);
            judge = s -> filter.checkWith(set, s);
            descriptions = new HashMap<>();
            for (RuleSpec spec : draftSet.get()) {
                descriptions.put(spec.name(), spec.description() == null ? "" : spec.description());
            }
        } else if (draftTables.isPresent()) {
            CompiledRuleSet set = filter.compile(filter.liveSpecs(), draftTables.get(), -1);
            judge = s -> filter.checkWith(set, s);
            descriptions = filter.ruleDescriptions();
        } else {
            judge = filter::check;
            descriptions = filter.ruleDescriptions();
        }
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String one = lines.get(i);
            Verdict verdict = judge.apply(new Submission(one, name.isBlank() ? null : name, context));
            List<HitRow> rows = verdict.hits().stream()
                    .map(h -> new HitRow(h, descriptions.getOrDefault(h.rule(), ""))).toList();
            results.add(new Result(eachLine ? i + 1 : 0, verdict, Highlight.of(one, verdict.hits(), Field.TEXT),
                    Highlight.of(name, verdict.hits(), Field.AUTHOR), rows));
        }
        return Response.ok(Templates.bench(all, t, name, slug, drafted ? key : null, eachLine,
                results, !drafted && key != null ? "That draft is no longer kept; the live rules were used."
                        : null)).build();
    }

    /** Drafts belong to admins' rule editor: anyone else checks against the live rules. */
    private String draftKey(String draft) {
        return draft == null || draft.isBlank() || !identity.hasRole(Roles.ADMIN) ? null : draft.strip();
    }
}
