package org.parley.captcha;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CaptchaResourceTest {

    @Test
    void anyoneGetsAChallengeWithAnImage() throws IOException {
        String imageUrl = given().contentType("application/json").post("/api/captcha").then().statusCode(201)
                .header("Cache-Control", "no-store")
                .body("token", notNullValue())
                .body("imageUrl", startsWith("/captcha/"))
                .body("expiresAt", notNullValue())
                .extract().path("imageUrl");
        byte[] png = given().get(imageUrl).then().statusCode(200)
                .contentType("image/png")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .extract().asByteArray();
        assertEquals(CaptchaImageRenderer.WIDTH, ImageIO.read(new ByteArrayInputStream(png)).getWidth());
    }

    @Test
    void aForgedTokenHasNoImage() {
        given().get("/captcha/forged.token.png").then().statusCode(404);
    }

    @Test
    void challengesCannotBeFetchedWithGet() {
        given().get("/api/captcha").then().statusCode(equalTo(405));
    }
}
