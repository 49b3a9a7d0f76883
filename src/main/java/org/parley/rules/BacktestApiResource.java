package org.parley.rules;

import java.net.URI;
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

import org.jboss.resteasy.reactive.RestPath;
import org.parley.filter.RuleSpec;
import org.parley.security.Roles;
import org.parley.security.Viewer;
import org.parley.shared.Refusal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Back-tests of draft rules as JSON, for scripts: start one ({@code rules}: a whole draft set, or {@code rule}:
 * one rule over the live set), then poll it until it is done. Reading a finished one lets its draft be applied.
 */
@Path("/api/rules/backtests")
@RolesAllowed(Roles.ADMIN)
public class BacktestApiResource {

    /** What to replay: {@code rules} (a whole set) or {@code rule} (one, over the live set), and how far back. */
    public record BacktestRequest(List<JsonNode> rules, JsonNode rule, Integer days, Integer limit) {
    }

    @Inject
    BacktestService backtests;

    @Inject
    Viewer viewer;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response start(BacktestRequest request) {
        if (request == null || (request.rules() == null && request.rule() == null)) {
            throw Refusal.invalid("Send {\"rule\": {...}} or {\"rules\": [...]} to back-test.", "rule");
        }
        List<RuleSpec> draft = request.rules() != null ? backtests.draftOf(request.rules())
                : backtests.draftWith(request.rule());
        BacktestService.Job job = backtests.start(viewer.name(), draft,
                request.days() == null ? BacktestService.DEFAULT_DAYS : request.days(),
                request.limit() == null ? BacktestService.DEFAULT_LIMIT : request.limit());
        return Response.status(202).location(URI.create("/api/rules/backtests/" + job.id())).entity(job).build();
    }

    /** The job; a finished one counts as viewed, which lets its draft be applied. */
    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public BacktestService.Job status(@RestPath String id) {
        return backtests.show(id);
    }
}
