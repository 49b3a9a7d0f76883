package org.parley.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

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
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.parley.filter.Submission;
import org.parley.filter.ruleset.FilterService;
import org.parley.filter.ruleset.MassCheck;
import org.parley.security.Roles;
import org.parley.shared.Refusal;
import org.parley.shared.web.Pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Mass-check, the SpamAssassin way: an admin uploads labelled texts ({@code label<TAB>text}, the format of the
 * evaluation sets) and sees how the live rules sort them, and for each rule its hits per label, its share on bad
 * texts and its false-positive rate on clean ones. The texts are judged, never stored.
 */
@Path("/")
@RolesAllowed(Roles.ADMIN)
public class MassCheckResource {

    static final int MAX_ROWS = 200_000;
    static final int SAMPLES = 20;

    /** A rule's line of the report. */
    public record RuleLine(String rule, int racist, int abusive, int offtopic, int clean, String onBad,
            String cleanRate) {
    }

    /** The report as the page shows it: the numbers, per-rule lines and a few examples of each kind of error. */
    public record View(MassCheck.Report report, List<RuleLine> rules, List<MassCheck.Row> missed,
            List<MassCheck.Row> wronglyFlagged, String source) {

        public String percent(double share) {
            return String.format(java.util.Locale.ROOT, "%.2f %%", share * 100);
        }

        public String ratio(double value) {
            return String.format(java.util.Locale.ROOT, "%.3f", value);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance massCheck(View view, String pasted, String error);
    }

    @Inject
    FilterService filter;

    @GET
    @Path("admin/mass-check")
    @Produces(Pages.HTML)
    public TemplateInstance page() {
        return Templates.massCheck(null, "", null);
    }

    @POST
    @Path("admin/mass-check")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(Pages.HTML)
    public Response upload(@RestForm("file") FileUpload file, @RestForm String pasted) {
        String typed = pasted == null ? "" : pasted;
        try {
            List<String> lines;
            String source;
            if (file != null && file.size() > 0) {
                lines = Files.readAllLines(file.uploadedFile(), StandardCharsets.UTF_8);
                source = file.fileName();
            } else if (!typed.isBlank()) {
                lines = typed.lines().toList();
                source = "the pasted lines";
            } else {
                throw Refusal.invalid("Choose a TSV file or paste label<TAB>text lines.", "file");
            }
            return Response.ok(Templates.massCheck(view(run(lines), source), typed, null))
                    .build();
        } catch (Refusal e) {
            return Response.status(400)
                    .entity(Templates.massCheck(null, typed, e.getMessage()))
                    .build();
        } catch (IOException | UncheckedIOException e) {
            return Response.status(400).entity(Templates.massCheck(null, typed,
                    "The file could not be read as UTF-8 text.")).build();
        }
    }

    /** The same report as JSON, for scripts: the body is the TSV itself. */
    @POST
    @Path("api/admin/mass-check")
    @Consumes("text/tab-separated-values")
    @Produces(MediaType.APPLICATION_JSON)
    public View json(String body) {
        return view(run(body == null ? List.of() : body.lines().toList()), "request body");
    }

    private MassCheck.Report run(List<String> lines) {
        List<MassCheck.Row> rows;
        try {
            rows = MassCheck.parseTsv(lines);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("Each line must be label<TAB>text: " + e.getMessage() + ".", "file");
        }
        if (rows.isEmpty()) {
            throw Refusal.invalid("There are no labelled lines to check.", "file");
        }
        if (rows.size() > MAX_ROWS) {
            throw Refusal.invalid("At most " + MAX_ROWS + " lines at once.", "file");
        }
        return MassCheck.run(rows, text -> filter.check(new Submission(text, null, null)));
    }

    private static View view(MassCheck.Report report, String source) {
        int clean = Math.max(1, report.rowsByLabel().getOrDefault(MassCheck.CLEAN, 0));
        List<RuleLine> lines = report.rules().stream()
                .sorted(java.util.Comparator.comparingInt(MassCheck.RuleStats::total).reversed())
                .map(r -> new RuleLine(r.rule(), r.hitsByLabel().getOrDefault("racist", 0),
                        r.hitsByLabel().getOrDefault("abusive", 0), r.hitsByLabel().getOrDefault("offtopic", 0),
                        r.onClean(),
                        String.format(java.util.Locale.ROOT, "%.1f %%",
                                r.total() == 0 ? 0 : 100.0 * (r.total() - r.onClean()) / r.total()),
                        String.format(java.util.Locale.ROOT, "%.2f %%", 100.0 * r.onClean() / clean)))
                .toList();
        return new View(report, lines, report.missed().stream().limit(SAMPLES).toList(),
                report.wronglyFlagged().stream().limit(SAMPLES).toList(), source);
    }
}
