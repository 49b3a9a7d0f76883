package org.parley.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.OptimisticLockException;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ErrorMappersTest {

    @Test
    void aChangeLostToSomeoneElsesAtTheSameMomentIsAConflictNotAServerError() {
        var answer = new ErrorMappers().mapUnexpected(
                new IllegalStateException("commit failed", new OptimisticLockException("row changed")), null);
        assertEquals(409, answer.getStatus());
    }

    @Test
    void anythingElseUnexpectedIsAServerErrorWithoutDetails() {
        var answer = new ErrorMappers().mapUnexpected(new IllegalStateException("secret internals"), null);
        assertEquals(500, answer.getStatus());
        assertEquals(false, String.valueOf(answer.getEntity()).contains("secret internals"));
    }
}
