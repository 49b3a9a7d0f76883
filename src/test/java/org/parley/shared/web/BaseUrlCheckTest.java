package org.parley.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class BaseUrlCheckTest {

    @Test
    void aLocalBaseUrlOnAnotherPortThanParleysIsNamedWithTheFix() {
        String problem = BaseUrlCheck.problem("http://localhost:8080", 8099).orElseThrow();
        assertTrue(problem.contains("port 8099"), problem);
        assertTrue(problem.contains("PARLEY_BASE_URL"), problem);
        assertTrue(problem.contains("http://localhost:8099"), problem);
    }

    @Test
    void aLocalBaseUrlOnParleysOwnPortIsRight() {
        assertEquals(Optional.empty(), BaseUrlCheck.problem("http://localhost:8080", 8080));
        assertEquals(Optional.empty(), BaseUrlCheck.problem("http://127.0.0.1:9000/", 9000));
    }

    @Test
    void aPublicAddressBehindAProxyIsNotSecondGuessed() {
        assertEquals(Optional.empty(), BaseUrlCheck.problem("https://comments.example.org", 8080));
    }

    @Test
    void aLocalAddressWithoutAPortMeansTheSchemesPort() {
        assertTrue(BaseUrlCheck.problem("http://localhost", 8080).isPresent());
        assertEquals(Optional.empty(), BaseUrlCheck.problem("http://localhost", 80));
    }

    @Test
    void somethingThatIsNoAddressIsSaidToBeNone() {
        assertTrue(BaseUrlCheck.problem("not an address with spaces", 8080).orElseThrow().contains("not an address"));
    }
}
