package org.parley.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.parley.filter.InvalidRuleException;
import org.parley.filter.RuleExamples;
import org.parley.filter.RuleSpec;
import org.parley.filter.ruleset.FilterService;
import org.parley.filter.ruleset.RulePack;
import org.parley.shared.Refusal;
import org.parley.shared.web.ErrorMappers;
import org.parley.stats.StatsService;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The admins' rule editor: the list with each rule's record, and the steps a rule goes through from the form to
 * the live set (read, compiled within the draft set, its examples run, the warning about published comments,
 * the back-test of exactly that draft, saved as a new version through {@link RuleAdminService}).
 */
@ApplicationScoped
public class RuleEditorService {

    /** A rule as the list shows it, with its hits and overturns from the statistics. */
    public record Row(long id, String name, String description, String type, String category, int score,
            String mode, boolean enabled, long hits, long recentHits, Instant lastHit, double overturnRate,
            String overturnPercent, int position) {

        /** The address of one of this rule's actions: {@code enabled}, {@code delete}, {@code move}. */
        public String pathTo(String action) {
            return "/admin/rules/" + id + "/" + action;
        }

        /** The rule's place in the list as the page shows it, counted from 1. */
        public int number() {
            return position + 1;
        }
    }

    /** The list's filters and sort order, as the query string gives them. */
    public record ListQuery(String q, String type, String category, String mode, String enabled, String sort,
            String dir) {

        public boolean descending() {
            return "desc".equalsIgnoreCase(dir);
        }

        /** The list's sortable columns, in order, by sort key; their headers are {@link RuleMessages#column}. */
        public List<String> columns() {
            return List.of("name", "type", "category", "score", "mode", "enabled", "hits", "recent", "lastHit",
                    "overturn");
        }

        /** The address of this list sorted by {@code key}, filters kept. */
        public String sortLink(String key) {
            java.util.function.Function<String, String> e = v -> java.net.URLEncoder.encode(v == null ? "" : v,
                    java.nio.charset.StandardCharsets.UTF_8);
            return "/admin/rules?q=" + e.apply(q) + "&type=" + e.apply(type) + "&category=" + e.apply(category)
                    + "&mode=" + e.apply(mode) + "&enabled=" + e.apply(enabled) + "&sort=" + key + "&dir="
                    + nextDir(key);
        }

        /** The direction a click on column {@code key}'s header asks for. */
        public String nextDir(String key) {
            return key.equals(sort) && !descending() ? "desc" : "asc";
        }

        /** Whether the rules are shown in their order (no sort chosen), the order they run in. */
        public boolean inRuleOrder() {
            return !SORTS.containsKey(sort == null ? "" : sort);
        }

        /** Whether a search or filter hides some rules. */
        public boolean filtered() {
            return Stream.of(q, type, category, mode, enabled).anyMatch(v -> v != null && !v.isBlank());
        }

        /** Whether the list can change the order: every rule shown, in rule order, so that up and down are plain. */
        public boolean reorderable() {
            return inRuleOrder() && !filtered();
        }

        /** The address of this list in rule order, filters kept. */
        public String ruleOrderLink() {
            String link = sortLink("");
            return link.substring(0, link.indexOf("&sort="));
        }
    }

    /** What the editor shows besides the form: a refusal, failed examples, the warning, the back-test. */
    public record EditorState(String error, String errorField, List<RuleChecks.Failure> failures,
            RuleChecks.Preview preview, boolean needsBacktest, String draftKey, BacktestService.Job job) {

        public static EditorState clean() {
            return new EditorState(null, "", List.of(), null, false, "", null);
        }

        public boolean warning() {
            return preview != null && preview.approvedHits() > 0;
        }
    }

    /** Where a save attempt ended. */
    public sealed interface Outcome {
        /** Saved as version {@code version}; the rule now has id {@code id}. */
        record Saved(long id, long version) implements Outcome {
        }

        /** Shown again with the form as typed, with status {@code status}. */
        record Shown(int status, EditorState state) implements Outcome {
        }

        /** A back-test of the draft started; the draft is kept under {@code draftKey}. */
        record BacktestStarted(String draftKey, String jobId) implements Outcome {
        }
    }

    private record Draft(RuleForm form, String jobId) {
    }

    static final Map<String, Function<Row, Comparable<?>>> SORTS = Map.of(
            "name", r -> r.name().toLowerCase(Locale.ROOT), "type", Row::type, "category", Row::category,
            "score", Row::score, "mode", Row::mode, "enabled", Row::enabled, "hits", Row::hits,
            "recent", Row::recentHits, "lastHit", r -> r.lastHit() == null ? Instant.EPOCH : r.lastHit(),
            "overturn", Row::overturnRate);

    private final Drafts<Draft> drafts = new Drafts<>(1000);

    @Inject
    RuleAdminService rules;

    @Inject
    RuleChecks checks;

    @Inject
    BacktestService backtests;

    @Inject
    StatsService stats;

    @Inject
    FilterService filter;

    @Inject
    ObjectMapper json;

    public List<Row> list(ListQuery query) {
        Map<String, StatsService.RuleRow> byName = stats.overview().rules().stream()
                .collect(Collectors.toMap(StatsService.RuleRow::rule, r -> r, (a, b) -> a));
        List<Row> rows = new ArrayList<>();
        int position = 0;
        for (RuleSpec s : rules.specs()) {
            StatsService.RuleRow st = byName.get(s.name());
            rows.add(new Row(s.id(), s.name(), s.description() == null ? "" : s.description(), s.type().name(),
                    s.category().key(), s.score(), s.mode().name(), s.enabled(), st == null ? 0 : st.hits(),
                    st == null ? 0 : st.recentHits(), st == null ? null : st.lastHit(),
                    st == null ? 0 : st.overturnRate(), st == null ? "–" : st.overturnPercent(), position++));
        }
        String q = blankToNull(query.q());
        List<Row> shown = rows.stream()
                .filter(r -> q == null || r.name().toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT))
                        || r.description().toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT)))
                .filter(r -> blankToNull(query.type()) == null || r.type().equalsIgnoreCase(query.type()))
                .filter(r -> blankToNull(query.category()) == null || r.category().equalsIgnoreCase(query.category()))
                .filter(r -> blankToNull(query.mode()) == null || r.mode().equalsIgnoreCase(query.mode()))
                .filter(r -> blankToNull(query.enabled()) == null
                        || Boolean.toString(r.enabled()).equals(query.enabled()))
                .collect(Collectors.toCollection(ArrayList::new));
        Function<Row, Comparable<?>> key = SORTS.get(query.sort() == null ? "" : query.sort());
        if (key != null) {
            @SuppressWarnings({"unchecked", "rawtypes"})
            Comparator<Row> by = Comparator.comparing(r -> (Comparable) key.apply(r));
            by = by.thenComparingInt(Row::position);
            shown.sort(query.descending() ? by.reversed() : by);
        }
        return shown;
    }

    /** The form of stored rule {@code id}. */
    public RuleForm formOf(long id) {
        RuleSpec spec = rules.specs().stream().filter(s -> s.id() == id).findFirst()
                .orElseThrow(() -> Refusal.notFound("There is no rule " + id + "."));
        return RuleForm.of(spec, json);
    }

    /** A draft kept for the editor after a back-test was started from it, with that back-test. */
    public Optional<Map.Entry<RuleForm, Optional<BacktestService.Job>>> draft(String key) {
        Draft d = drafts.find(key);
        if (d == null) {
            return Optional.empty();
        }
        return Optional.of(Map.entry(d.form(), backtests.find(d.jobId())));
    }

    /** The whole draft rule set of a kept draft, for the test bench; empty once the draft is no longer kept. */
    public Optional<List<RuleSpec>> draftSetOf(String key) {
        Draft d = drafts.find(key);
        if (d == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(check(d.form()).draft());
        } catch (Refused r) {
            return Optional.empty();
        }
    }

    /**
     * The state a kept draft is shown in: whether it fails examples or would hit published comments, so that the
     * admin coming back from the back-test sees the warning before saving.
     */
    public EditorState stateOf(RuleForm form, String key, BacktestService.Job job) {
        try {
            Checked c = check(form);
            RuleChecks.Preview preview = checks.approvedHits(c.rule(), before(form));
            return new EditorState(null, "", c.failures(), preview, !backtests.wasViewed(c.draft()), key, job);
        } catch (Refused r) {
            return new EditorState(r.getMessage(), r.field, List.of(), null, false, key, job);
        }
    }

    /**
     * One press of a button of the editor: {@code backtest} starts a back-test of the draft set; {@code save}
     * saves unless the rule would hit published comments (then the warning needs {@code confirm}); either save
     * needs a viewed back-test of exactly this draft.
     */
    public Outcome submit(String actor, RuleForm form, String action) {
        Checked c;
        try {
            c = check(form);
        } catch (Refused r) {
            return new Outcome.Shown(400, new EditorState(r.getMessage(), r.field, List.of(), null, false, "", null));
        }
        if (!c.failures().isEmpty()) {
            return new Outcome.Shown(400, new EditorState("The rule fails its own examples; fix the rule or the "
                    + "examples.", RuleExamples.KEY, c.failures(), null, false, "", null));
        }
        if ("backtest".equals(action)) {
            BacktestService.Job job = backtests.start(actor, c.draft(), BacktestService.DEFAULT_DAYS,
                    BacktestService.DEFAULT_LIMIT);
            String key = drafts.keep(new Draft(form, job.id()));
            return new Outcome.BacktestStarted(key, job.id());
        }
        RuleChecks.Preview preview = checks.approvedHits(c.rule(), before(form));
        boolean viewed = backtests.wasViewed(c.draft());
        boolean warn = preview.approvedHits() > 0 && !"confirm".equals(action);
        if (warn || !viewed) {
            String error = !viewed ? "Not saved: run a back-test of exactly this draft and look at its result first."
                    : null;
            return new Outcome.Shown(viewed ? 200 : 409,
                    new EditorState(error, viewed ? "" : "backtest", List.of(), preview, !viewed, "", null));
        }
        try {
            ObjectNode body = c.body();
            String note = form.note().isBlank() ? null : form.note();
            if (form.isNew()) {
                RuleAdminService.Changed changed = rules.create(actor, body, note);
                return new Outcome.Saved(changed.rule().get("id").asLong(), changed.ruleSetVersion());
            }
            long id = Long.parseLong(form.id());
            return new Outcome.Saved(id, rules.update(actor, id, RulePatch.of(body), note).ruleSetVersion());
        } catch (Refusal e) {
            return new Outcome.Shown(ErrorMappers.statusOf(e), new EditorState(e.getMessage(),
                    e.field() == null ? "" : formField(e.field(), form.type()), List.of(), preview, false, "",
                    null));
        }
    }

    /** The form read and compiled within the draft set, with its examples run. */
    private record Checked(ObjectNode body, RuleSpec rule, List<RuleSpec> draft,
            List<RuleChecks.Failure> failures) {
    }

    private static final class Refused extends RuntimeException {
        final String field;

        Refused(String message, String field) {
            super(message);
            this.field = field;
        }
    }

    private Checked check(RuleForm form) {
        ObjectNode body;
        RuleSpec rule;
        try {
            body = form.toRule(json);
            RuleSpec read = RulePack.readRule(body, null);
            rule = read.withParams(RuleExamples.tidy(read.params()));
        } catch (RuleForm.Invalid e) {
            throw new Refused(e.getMessage(), e.field());
        } catch (InvalidRuleException e) {
            throw new Refused(e.getMessage(), formField(e.field(), form.type()));
        }
        List<RuleSpec> draft = draftSet(rule, form.original());
        try {
            filter.compile(draft, -1);
        } catch (InvalidRuleException e) {
            String field = e.field() == null ? "" : e.field().replaceFirst("^rules\\[\\d+\\]\\.?", "");
            throw new Refused(e.getMessage(), formField(field, form.type()));
        }
        return new Checked(body, rule, draft, checks.failures(rule, draft));
    }

    /**
     * The live set with the edited rule in place of the live rule it was loaded from (by name, as the live set
     * carries no row ids), or added at the end. Built the same way for the back-test and the save, so that the
     * back-test viewed is of exactly the draft saved.
     */
    private List<RuleSpec> draftSet(RuleSpec rule, String original) {
        List<RuleSpec> draft = new ArrayList<>();
        boolean replaced = false;
        for (RuleSpec live : filter.liveSpecs()) {
            if (!original.isBlank() && live.name().equals(original)) {
                draft.add(rule);
                replaced = true;
            } else {
                draft.add(live);
            }
        }
        if (!replaced) {
            draft.add(rule);
        }
        return draft;
    }

    private RuleSpec before(RuleForm form) {
        if (form.original().isBlank()) {
            return null;
        }
        return filter.liveSpecs().stream().filter(s -> s.name().equals(form.original())).findFirst().orElse(null);
    }

    /** The form field an API field names: parameters without a field of their own are the JSON parameters. */
    static String formField(String field, String type) {
        if (field == null || field.isBlank()) {
            return "";
        }
        String f = field.startsWith("params.") ? field.substring("params.".length()) : field;
        return switch (f) {
            case "name", "description", "type", "category", "score", "mode", "policy", "enabled", "examples", "note"
                    -> f;
            case "terms", "match", "exceptions" -> "TERMS".equals(type) ? "terms" : "params";
            case "pattern", "on", "requires", "requiresAlso" -> "REGEX".equals(type) ? f : "params";
            case "field" -> "TERMS".equals(type) || "REGEX".equals(type) ? "field" : "params";
            default -> "params";
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
