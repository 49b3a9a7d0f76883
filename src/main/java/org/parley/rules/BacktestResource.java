package org.parley.rules;

import java.net.URI;
import java.util.ArrayList;
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
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.parley.filter.RuleSpec;
import org.parley.filter.ruleset.FilterService;
import org.parley.filter.ruleset.RulePack;
import org.parley.security.Roles;
import org.parley.security.Viewer;
import org.parley.shared.Refusal;
import org.parley.shared.web.Pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The back-test pages: start one from a pasted draft (a whole rule set, or one rule added to the live set or
 * replacing the live rule of that name), watch its progress, read what it would change. The JSON twin is
 * {@link BacktestApiResource}.
 */
@Path("/admin/backtest")
@RolesAllowed(Roles.ADMIN)
public class BacktestResource {

    static final int DEFAULT_DAYS = BacktestService.DEFAULT_DAYS;
    static final int DEFAULT_LIMIT = BacktestService.DEFAULT_LIMIT;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(String draft, int days, int limit, List<String> liveRules, String from,
                String error);

        static native TemplateInstance job(BacktestService.Job job, String back);
    }

    @Inject
    BacktestService backtests;

    @Inject
    FilterService filter;

    @Inject
    ObjectMapper json;

    @Inject
    Viewer viewer;

    @GET
    @Produces(Pages.HTML)
    public TemplateInstance page(@RestQuery String from) {
        // Starting from a live rule: its JSON in the box, to change and replay, rather than an empty box.
        String draft = filter.liveSpecs().stream().filter(r -> r.name().equals(from)).findFirst()
                .map(r -> RulePack.writeRule(r).toPrettyString()).orElse("");
        return Templates.start(draft, DEFAULT_DAYS, DEFAULT_LIMIT, liveRuleNames(), draft.isEmpty() ? null : from,
                null);
    }

    private List<String> liveRuleNames() {
        return filter.liveSpecs().stream().map(RuleSpec::name).sorted().toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(Pages.HTML)
    public Response startFromPage(@RestForm String draft, @RestForm Integer days, @RestForm Integer limit) {
        String typed = draft == null ? "" : draft;
        int d = days == null ? DEFAULT_DAYS : days;
        int l = limit == null ? DEFAULT_LIMIT : limit;
        try {
            JsonNode node = json.readTree(typed.isBlank() ? "null" : typed);
            List<RuleSpec> specs;
            if (node != null && node.isObject() && node.has("rules")) {
                specs = backtests.draftOf(toList(node.get("rules")));
            } else if (node != null && node.isArray()) {
                specs = backtests.draftOf(toList(node));
            } else if (node != null && node.isObject()) {
                specs = backtests.draftWith(node);
            } else {
                throw Refusal.invalid("Paste one rule as a JSON object, or a whole rule set.", "draft");
            }
            BacktestService.Job job = backtests.start(viewer.name(), specs, d, l);
            return Response.seeOther(URI.create("/admin/backtest/" + job.id())).build();
        } catch (JsonProcessingException e) {
            return Response.status(400).entity(Templates.start(typed, d, l, liveRuleNames(), null,
                    "That is not valid JSON: " + e.getOriginalMessage())).build();
        } catch (Refusal e) {
            return Response.status(400).entity(Templates.start(typed, d, l, liveRuleNames(), null, e.getMessage()))
                    .build();
        }
    }

    @GET
    @Path("{id}")
    @Produces(Pages.HTML)
    public TemplateInstance jobPage(@RestPath String id, @RestQuery String draft, @RestQuery String tables) {
        BacktestService.Job job = backtests.show(id);
        // Only a draft key ever becomes the link back, never an address from the query.
        String back = draft != null && draft.matches(DRAFT_KEY) ? "/admin/rules/drafts/" + draft
                : tables != null && tables.matches(DRAFT_KEY) ? "/admin/rules/tables/drafts/" + tables : null;
        return Templates.job(job, back);
    }

    private static final String DRAFT_KEY = "[0-9a-f-]{36}";

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }
}
