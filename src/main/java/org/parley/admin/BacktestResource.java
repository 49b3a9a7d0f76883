package org.parley.admin;

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
import org.parley.filter.FilterService;
import org.parley.filter.InvalidRuleException;
import org.parley.filter.RulePack;
import org.parley.filter.RuleSpec;
import org.parley.security.Roles;
import org.parley.shared.ParleyConfig;
import org.parley.shared.web.PublicException;
import org.parley.shared.web.SiteInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Back-tests of draft rules over stored comments: start one (a whole draft rule set, or one rule added to the live
 * set or replacing the live rule of that name), watch its progress, read what it would change.
 */
@Path("/")
@RolesAllowed(Roles.ADMIN)
public class BacktestResource {

    static final int DEFAULT_DAYS = 30;
    static final int DEFAULT_LIMIT = 100_000;

    /** What to replay: {@code rules} (a whole set) or {@code rule} (one, over the live set), and how far back. */
    public record BacktestRequest(List<JsonNode> rules, JsonNode rule, Integer days, Integer limit) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(SiteInfo site, String actor, String draft, int days, int limit,
                String error);

        static native TemplateInstance job(SiteInfo site, String actor, BacktestService.Job job);
    }

    @Inject
    BacktestService backtests;

    @Inject
    FilterService filter;

    @Inject
    ObjectMapper json;

    @Inject
    SecurityIdentity identity;

    @Inject
    ParleyConfig config;

    @POST
    @Path("api/rules/backtests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response start(BacktestRequest request) {
        if (request == null || (request.rules() == null && request.rule() == null)) {
            throw new PublicException(400, "Send {\"rule\": {...}} or {\"rules\": [...]} to back-test.", "rule");
        }
        List<RuleSpec> draft = request.rules() != null ? whole(request.rules()) : withOne(request.rule());
        BacktestService.Job job = start(draft, request.days(), request.limit());
        return Response.status(202).location(URI.create("/api/rules/backtests/" + job.id())).entity(job).build();
    }

    /** The job; a finished one counts as viewed, which lets its draft be applied. */
    @GET
    @Path("api/rules/backtests/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public BacktestService.Job status(@RestPath String id) {
        BacktestService.Job job = find(id);
        backtests.markViewed(job);
        return job;
    }

    @GET
    @Path("admin/backtest")
    @Produces("text/html;charset=UTF-8")
    public TemplateInstance page() {
        return Templates.start(site(), actor(), "", DEFAULT_DAYS, DEFAULT_LIMIT, null);
    }

    @POST
    @Path("admin/backtest")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces("text/html;charset=UTF-8")
    public Response startFromPage(@RestForm String draft, @RestForm Integer days, @RestForm Integer limit) {
        String typed = draft == null ? "" : draft;
        int d = days == null ? DEFAULT_DAYS : days;
        int l = limit == null ? DEFAULT_LIMIT : limit;
        try {
            JsonNode node = json.readTree(typed.isBlank() ? "null" : typed);
            List<RuleSpec> specs;
            if (node != null && node.isObject() && node.has("rules")) {
                specs = whole(toList(node.get("rules")));
            } else if (node != null && node.isArray()) {
                specs = whole(toList(node));
            } else if (node != null && node.isObject()) {
                specs = withOne(node);
            } else {
                throw new PublicException(400, "Paste one rule as a JSON object, or a whole rule set.", "draft");
            }
            BacktestService.Job job = start(specs, d, l);
            return Response.seeOther(URI.create("/admin/backtest/" + job.id())).build();
        } catch (JsonProcessingException e) {
            return Response.status(400).entity(Templates.start(site(), actor(), typed, d, l,
                    "That is not valid JSON: " + e.getOriginalMessage())).build();
        } catch (PublicException e) {
            return Response.status(400).entity(Templates.start(site(), actor(), typed, d, l, e.getMessage()))
                    .build();
        }
    }

    @GET
    @Path("admin/backtest/{id}")
    @Produces("text/html;charset=UTF-8")
    public TemplateInstance jobPage(@RestPath String id) {
        BacktestService.Job job = find(id);
        backtests.markViewed(job);
        return Templates.job(site(), actor(), job);
    }

    private BacktestService.Job start(List<RuleSpec> draft, Integer days, Integer limit) {
        int d = days == null ? DEFAULT_DAYS : days;
        int l = limit == null ? DEFAULT_LIMIT : limit;
        if (d < 1 || d > 3650) {
            throw new PublicException(400, "Back-test between 1 and 3650 days.", "days");
        }
        if (l < 1 || l > BacktestService.MAX_COMMENTS) {
            throw new PublicException(400, "Back-test between 1 and " + BacktestService.MAX_COMMENTS + " comments.",
                    "limit");
        }
        try {
            return backtests.start(actor(), draft, d, l);
        } catch (InvalidRuleException e) {
            throw new PublicException(400, e.getMessage(), "rule");
        }
    }

    private List<RuleSpec> whole(List<JsonNode> rules) {
        ObjectNode pack = json.createObjectNode();
        pack.putArray("rules").addAll(rules);
        try {
            return RulePack.read(pack);
        } catch (InvalidRuleException e) {
            throw new PublicException(400, e.getMessage(), "rules");
        }
    }

    /** The live set with {@code rule} replacing the live rule of the same name, or added at the end. */
    private List<RuleSpec> withOne(JsonNode rule) {
        RuleSpec draft = whole(List.of(rule)).get(0);
        List<RuleSpec> specs = new ArrayList<>();
        boolean replaced = false;
        for (RuleSpec live : filter.liveSpecs()) {
            if (live.name().equals(draft.name())) {
                specs.add(draft);
                replaced = true;
            } else {
                specs.add(live);
            }
        }
        if (!replaced) {
            specs.add(draft);
        }
        return specs;
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    private BacktestService.Job find(String id) {
        return backtests.find(id).orElseThrow(() -> PublicException.notFound(
                "There is no back-test " + id + " (results are kept for an hour)."));
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    private SiteInfo site() {
        return new SiteInfo(config.siteName(), config.baseUrl());
    }
}
