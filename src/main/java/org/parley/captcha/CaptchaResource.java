package org.parley.captcha;

import java.time.Duration;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;
import org.parley.shared.RateLimitConfig;
import org.parley.shared.RateLimiter;
import org.parley.shared.Refusal;
import org.parley.shared.web.ClientAddress;

import io.vertx.core.http.HttpServerRequest;

/** Captcha challenges for the API, and the images for every challenge. */
@Path("/")
@PermitAll
public class CaptchaResource {

    @Inject
    CaptchaService captchas;

    @Inject
    RateLimiter limiter;

    @Inject
    RateLimitConfig limits;

    @Inject
    ClientAddress clients;

    @POST
    @Path("api/captcha")
    @Produces(MediaType.APPLICATION_JSON)
    public Response issue(HttpServerRequest request) {
        var wait = limiter.acquire("captcha", clients.keyOf(request), limits.captchasPerMinute(), Duration.ofMinutes(1));
        if (wait.isPresent()) {
            return Response.status(429).header("Retry-After", wait.get().toSeconds())
                    .entity(org.parley.shared.web.ApiError.of("Too many captcha requests. Please wait a moment."))
                    .build();
        }
        return Response.status(201).header("Cache-Control", "no-store").entity(captchas.issue()).build();
    }

    @GET
    @Path("captcha/{token}.png")
    @Produces("image/png")
    public Response image(@RestPath String token) {
        byte[] png = captchas.image(token)
                .orElseThrow(() -> Refusal.notFound("This captcha image has expired. Please get a new one."));
        return Response.ok(png).header("Cache-Control", "no-store").build();
    }
}
