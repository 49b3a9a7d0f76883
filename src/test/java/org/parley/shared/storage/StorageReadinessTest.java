package org.parley.shared.storage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Readiness is a write to the database it names, on H2 and on PostgreSQL alike. */
@QuarkusTest
class StorageReadinessTest {

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @Test
    void readyMeansTheDatabaseTookAWriteAndSaysWhichKindItIs() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Database writes' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Database writes' }.data.database", equalTo(dbKind));
    }
}
