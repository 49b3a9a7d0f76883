package org.parley.shared.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Behind a TLS-terminating proxy that Quarkus is told to trust, answers carry HSTS. */
@QuarkusTest
@TestProfile(ForwardedTlsTest.BehindATrustedProxy.class)
class ForwardedTlsTest {

    public static class BehindATrustedProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1,::1");
        }
    }

    @Test
    void aRequestThatCameOverTlsGetsHsts() {
        given().header("X-Forwarded-Proto", "https").get("/").then().statusCode(200)
                .header("Strict-Transport-Security", ResponseHeaders.HSTS);
        given().header("X-Forwarded-Proto", "https").get("/no-such-page").then().statusCode(404)
                .header("Strict-Transport-Security", ResponseHeaders.HSTS);
    }

    @Test
    void onePlainHttpGetsNone() {
        given().get("/").then().statusCode(200).header("Strict-Transport-Security", nullValue());
    }
}
