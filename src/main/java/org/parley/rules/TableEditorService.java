package org.parley.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.parley.filter.InvalidRuleException;
import org.parley.filter.RuleSpec;
import org.parley.filter.ruleset.FilterService;
import org.parley.filter.text.NormaliserTables;
import org.parley.filter.text.NormaliserTables.Table;
import org.parley.shared.Refusal;
import org.parley.shared.web.ErrorMappers;

/**
 * The admins' editor of the leetspeak and look-alike tables. A change to them changes how every rule reads every
 * comment, so it goes through the same steps as a rule: read (errors by line), every rule's examples run with the
 * draft tables, the warning about published comments newly hit, a viewed back-test of exactly this draft, then a
 * new rule-set version through {@link RuleAdminService}.
 */
@ApplicationScoped
public class TableEditorService {

    /** The two tables as typed, an entry a line, and the note for the version. */
    public record Form(String leet, String lookalikes, String note) {

        public static Form of(NormaliserTables tables) {
            return new Form(tables.text(Table.LEET), tables.text(Table.LOOKALIKES), "");
        }

        public int leetLines() {
            return lines(leet);
        }

        public int lookalikeLines() {
            return lines(lookalikes);
        }

        private static int lines(String text) {
            return (int) text.lines().filter(l -> !l.isBlank() && !l.strip().startsWith("#")).count();
        }
    }

    /** What the page shows besides the form. */
    public record State(String error, String errorField, List<String> failures, RuleChecks.Preview preview,
            boolean needsBacktest, String draftKey, BacktestService.Job job, List<RuleSetDiff.Change> changes) {

        public static State clean() {
            return new State(null, "", List.of(), null, false, "", null, List.of());
        }

        public boolean warning() {
            return preview != null && preview.approvedHits() > 0;
        }
    }

    /** Where a press of a button ended. */
    public sealed interface Outcome {
        record Saved(long version) implements Outcome {
        }

        record Shown(int status, State state) implements Outcome {
        }

        record BacktestStarted(String draftKey) implements Outcome {
        }
    }

    private record Draft(Form form, NormaliserTables tables, String jobId) {
    }

    private final Drafts<Draft> drafts = new Drafts<>(200);

    @Inject
    RuleAdminService rules;

    @Inject
    RuleChecks checks;

    @Inject
    BacktestService backtests;

    @Inject
    FilterService filter;

    /** The tables in force, as the form shows them. */
    public Form live() {
        return Form.of(filter.live().tables());
    }

    /** Whether the tables in force are Parley's own. */
    public boolean liveIsShipped() {
        return filter.live().tables().isShipped();
    }

    /** Parley's own tables, as the form shows them. */
    public Form shipped() {
        return Form.of(NormaliserTables.shipped());
    }

    /** A draft kept when its back-test was started, and the state it is shown in. */
    public Optional<Drafted> draft(String key) {
        Draft d = drafts.find(key);
        if (d == null) {
            return Optional.empty();
        }
        BacktestService.Job job = backtests.find(d.jobId()).orElse(null);
        List<RuleSpec> live = filter.liveSpecs();
        State state = new State(null, "", failures(d.tables(), live), checks.approvedHits(d.tables()),
                !backtests.wasViewed(live, d.tables()), key, job, changes(d.tables()));
        return Optional.of(new Drafted(d.form(), state));
    }

    /** A kept draft with its state. */
    public record Drafted(Form form, State state) {
    }

    /** The draft tables kept under {@code key}, for the test bench. */
    public Optional<NormaliserTables> draftTables(String key) {
        Draft d = drafts.find(key);
        return d == null ? Optional.empty() : Optional.of(d.tables());
    }

    /**
     * {@code backtest} starts a back-test of the live rules read with the draft tables; {@code save} saves them
     * unless they would make rules hit published comments (then {@code confirm} is needed); either save needs a
     * viewed back-test of exactly this draft.
     */
    public Outcome submit(String actor, Form form, String action) {
        NormaliserTables tables;
        try {
            tables = filter.live().tables().withText(Table.LEET, form.leet()).withText(Table.LOOKALIKES,
                    form.lookalikes());
        } catch (InvalidRuleException e) {
            String field = e.field() == null ? "" : e.field().replace("tables.", "");
            return new Outcome.Shown(400, new State(e.getMessage(), field, List.of(), null, false, "", null,
                    List.of()));
        }
        List<RuleSpec> live = filter.liveSpecs();
        List<String> failures = failures(tables, live);
        List<RuleSetDiff.Change> changes = changes(tables);
        if (!failures.isEmpty()) {
            return new Outcome.Shown(400, new State("With these tables, rules would fail their own examples; change "
                    + "the tables or those rules' examples.", "", failures, null, false, "", null, changes));
        }
        if (changes.isEmpty()) {
            return new Outcome.Shown(200, new State("Nothing to save: these are the tables in force.", "", List.of(),
                    null, false, "", null, changes));
        }
        if ("backtest".equals(action)) {
            BacktestService.Job job = backtests.start(actor, live, tables, BacktestService.DEFAULT_DAYS,
                    BacktestService.DEFAULT_LIMIT);
            String key = drafts.keep(new Draft(form, tables, job.id()));
            return new Outcome.BacktestStarted(key);
        }
        RuleChecks.Preview preview = checks.approvedHits(tables);
        boolean viewed = backtests.wasViewed(live, tables);
        if (!viewed || preview.approvedHits() > 0 && !"confirm".equals(action)) {
            String error = viewed ? null
                    : "Not saved: run a back-test of exactly these tables and look at its result first.";
            return new Outcome.Shown(viewed ? 200 : 409, new State(error, viewed ? "" : "backtest", List.of(),
                    preview, !viewed, "", null, changes));
        }
        try {
            return new Outcome.Saved(rules.setTables(actor, tables, form.note().isBlank() ? null : form.note()));
        } catch (Refusal e) {
            return new Outcome.Shown(ErrorMappers.statusOf(e), new State(e.getMessage(), "", List.of(), preview,
                    false, "", null, changes));
        }
    }

    private List<String> failures(NormaliserTables tables, List<RuleSpec> live) {
        List<String> failures = new ArrayList<>();
        checks.failuresOfAll(live, tables)
                .forEach((rule, failed) -> failed.forEach(f -> failures.add(rule + ": " + f.describe())));
        return failures;
    }

    /** Entries of {@code tables} that differ from the tables in force. */
    private List<RuleSetDiff.Change> changes(NormaliserTables tables) {
        return RuleSetDiff.tableChanges(filter.live().tables(), tables);
    }
}
