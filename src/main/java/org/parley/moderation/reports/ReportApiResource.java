package org.parley.moderation.reports;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;
import org.parley.shared.Refusal;
import org.parley.shared.language.Language;
import org.parley.shared.web.ApiError;
import org.parley.shared.web.ClientAddress;

import io.vertx.core.http.HttpServerRequest;

/** Readers report a published comment through the JSON API. */
@Path("/api/comments/{id}/reports")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class ReportApiResource {

    /** A report: {@code reason} is racist, abusive, offtopic, spam or other; the note is optional. */
    public record NewReport(String reason, String note) {
    }

    @Inject
    ReportService reports;

    @Inject
    ClientAddress clients;

    @Inject
    Language language;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response report(@RestPath long id, NewReport input, HttpServerRequest request) {
        if (input == null) {
            throw Refusal.invalid("Send a JSON object with reason and, if you like, a note.", "reason");
        }
        ReportService.Outcome outcome = reports.report(id, null, input.reason(), input.note(), clients.keyOf(request));
        if (outcome instanceof ReportService.Accepted accepted) {
            return Response.status(201).entity(accepted).build();
        }
        if (outcome instanceof ReportService.Limited limited) {
            return Response.status(429).header("Retry-After", Math.max(1, limited.retryAfter().toSeconds()))
                    .entity(ApiError.of(limited.message(language.messages(ReportMessages.class)))).build();
        }
        Map.Entry<String, String> first = ((ReportService.Invalid) outcome).errors().entrySet().iterator().next();
        return Response.status(400).entity(new ApiError(first.getValue(), first.getKey())).build();
    }
}
