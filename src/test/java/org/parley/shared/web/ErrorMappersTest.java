package org.parley.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;

import org.junit.jupiter.api.Test;
import org.parley.shared.language.Language;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ErrorMappersTest {

    @Inject
    Language language;

    /** The mappers as Quarkus REST makes them, with the language of the error page. */
    private ErrorMappers mappers() {
        ErrorMappers mappers = new ErrorMappers();
        mappers.language = language;
        return mappers;
    }

    @Test
    void aChangeLostToSomeoneElsesAtTheSameMomentIsAConflictNotAServerError() {
        var answer = mappers().mapUnexpected(
                new IllegalStateException("commit failed", new OptimisticLockException("row changed")), null);
        assertEquals(409, answer.getStatus());
    }

    @Test
    void anythingElseUnexpectedIsAServerErrorWithoutDetails() {
        var answer = mappers().mapUnexpected(new IllegalStateException("secret internals"), null);
        assertEquals(500, answer.getStatus());
        assertEquals(false, String.valueOf(answer.getEntity()).contains("secret internals"));
    }
}
