package org.parley.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.http.conn.params.ConnRoutePNames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.shared.ServerSecret;
import org.parley.support.ManualClock;
import org.parley.support.Staff;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Password guessing at /j_security_check itself, in parallel as an attacker would, and what it is allowed. The
 * throttle's time is a clock the test moves; nothing here sleeps. The attacker is this machine's 127.0.0.1, the
 * moderator at their desk 127.0.0.2 (the server sees the connection's source address).
 */
@QuarkusTest
class LoginThrottleTest {

    @Inject
    AccountService accounts;

    @Inject
    LoginThrottle throttle;

    @Inject
    ServerSecret secret;

    private final ManualClock clock = ManualClock.now();

    @BeforeEach
    void stopTheClock() {
        Throttles.useClock(throttle, clock);
    }

    @AfterEach
    void restoreTheClock() {
        Throttles.useClock(throttle, Clock.systemUTC());
        Throttles.forget(throttle);
    }

    @Test
    void thirtyTwoParallelWrongPasswordsForOneAccountGetOnlyTheFreeChecksAndTheRestAre429AtOnce() throws Exception {
        String name = Staff.newModerator(accounts);

        List<Response> answers = inParallel(32, i -> attempt(name, "guess number " + i));

        assertEquals(LoginRules.FREE_FAILURES, checked(answers), "checked, and found wrong");
        assertEquals(32 - LoginRules.FREE_FAILURES, refused(answers), "refused without a check");
    }

    @Test
    void afterEachWaitOneMoreParallelGuessIsCheckedAndTheWaitDoubles() throws Exception {
        String name = Staff.newModerator(accounts);
        inParallel(8, i -> attempt(name, "first round " + i));

        for (Duration wait : List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4))) {
            clock.advance(wait.minusMillis(1));
            assertEquals(0, checked(inParallel(8, i -> attempt(name, "too early " + i))), "before " + wait);
            clock.advance(Duration.ofMillis(1));
            assertEquals(1, checked(inParallel(8, i -> attempt(name, "after " + wait + " " + i))), "after " + wait);
        }
    }

    @Test
    void aRefusedLoginIsA429PageThatSaysHowLongToWait() throws Exception {
        String name = Staff.newModerator(accounts);
        inParallel(8, i -> attempt(name, "guess " + i));

        Response refused = attempt(name, "one more");

        assertEquals(429, refused.statusCode());
        assertEquals("1", refused.getHeader("Retry-After"));
        assertTrue(refused.asString().contains("Please try again in 1 second."), refused.asString());
        assertTrue(refused.asString().contains("name=\"j_username\""), "the login form, to try again");
    }

    @Test
    void theModeratorAtTheirDeskLogsInWhileTheirAccountIsUnderAttack() throws Exception {
        String name = Staff.newModerator(accounts);
        inParallel(32, i -> attempt(name, "guess " + i));

        Response atTheDesk = from("127.0.0.2").formParam("j_username", name).formParam("j_password", Staff.PASSWORD)
                .post("/j_security_check");

        assertEquals(302, atTheDesk.statusCode());
        assertTrue(atTheDesk.getHeader("Location").endsWith("/moderation"), atTheDesk.getHeader("Location"));
    }

    @Test
    void fromTheAttackersAddressEvenTheRightPasswordWaitsAndThenWorks() throws Exception {
        String name = Staff.newModerator(accounts);
        inParallel(8, i -> attempt(name, "guess " + i));

        assertEquals(429, attempt(name, Staff.PASSWORD).statusCode(), "not even checked");
        clock.advance(Duration.ofSeconds(1));
        Response after = attempt(name, Staff.PASSWORD);
        assertEquals(302, after.statusCode());
        assertTrue(after.getHeader("Location").endsWith("/moderation"), after.getHeader("Location"));
    }

    @Test
    void httpBasicIsThrottledTooAndRefusedWithJson() throws Exception {
        String name = Staff.newModerator(accounts);
        List<Response> guesses = inParallel(8, i -> given().auth().preemptive().basic(name, "guess " + i)
                .get("/api/moderation/counts"));
        assertEquals(LoginRules.FREE_FAILURES, guesses.stream().filter(r -> r.statusCode() == 401).count());

        given().auth().preemptive().basic(name, Staff.PASSWORD).get("/api/moderation/counts").then().statusCode(429)
                .header("Retry-After", "1").body("error", containsString("try again in 1 second"));
        clock.advance(Duration.ofSeconds(1));
        given().auth().preemptive().basic(name, Staff.PASSWORD).get("/api/moderation/counts").then().statusCode(200);
    }

    @Test
    void oneAddressTryingManyNamesIsSlowedDownToo() {
        for (int i = 0; i < LoginRules.FREE_FAILURES; i++) {
            assertEquals(302, attempt("nobody-" + i + "-" + Instant.now().toEpochMilli(), "x").statusCode());
        }
        assertEquals(429, attempt("yet-another-name", "x").statusCode());
        assertEquals(302, from("127.0.0.2").formParam("j_username", "yet-another-name").formParam("j_password", "x")
                .post("/j_security_check").statusCode(), "another address is not held up by this one");
    }

    /**
     * Two hours of guessing one account from three addresses through two nodes, a burst of six at once every ten
     * seconds, against the throttle and the database directly (no bcrypt, so it runs in seconds): in no hour are
     * more than 100 guesses let through to a check (ASVS 2.2.1). What is simulated: a node is a LoginThrottle with
     * the same secret and database; both run in this JVM, on the test's clock.
     */
    @Test
    void twoNodesLetAtMostOneHundredGuessesAnHourThroughForOneAccount() throws Exception {
        LoginThrottle nodeA = new LoginThrottle(secret, clock);
        LoginThrottle nodeB = new LoginThrottle(secret, clock);
        String name = "target-" + Instant.now().toEpochMilli();
        List<Instant> checked = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            Instant end = clock.instant().plus(Duration.ofHours(2));
            while (clock.instant().isBefore(end)) {
                List<Future<?>> burst = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    LoginThrottle node = i % 2 == 0 ? nodeA : nodeB;
                    String address = "attacker-" + (i % 3);
                    burst.add(pool.submit(() -> {
                        if (node.admit(name, address).isZero()) {
                            checked.add(clock.instant());
                        }
                    }));
                }
                for (Future<?> f : burst) {
                    f.get(1, TimeUnit.MINUTES);
                }
                clock.advance(Duration.ofSeconds(10));
            }
        } finally {
            pool.shutdownNow();
        }
        int worstHour = 0;
        for (Instant from : checked) {
            Instant to = from.plus(Duration.ofHours(1));
            worstHour = Math.max(worstHour, (int) checked.stream().filter(t -> !t.isBefore(from) && t.isBefore(to))
                    .count());
        }
        assertTrue(worstHour <= 100, worstHour + " guesses checked in one hour");
        assertTrue(worstHour > 50, "the budget is used, not refused outright: " + worstHour);
        assertTrue(nodeB.admit(name, "the moderator's desk").isZero(), "a fresh address is still checked");
    }

    @Test
    void theWaitDoublesFromOneSecondToAMinute() {
        assertEquals(Duration.ZERO, LoginRules.waitAfter(LoginRules.FREE_FAILURES - 1));
        assertEquals(Duration.ofSeconds(1), LoginRules.waitAfter(LoginRules.FREE_FAILURES));
        assertEquals(Duration.ofSeconds(2), LoginRules.waitAfter(LoginRules.FREE_FAILURES + 1));
        assertEquals(Duration.ofSeconds(32), LoginRules.waitAfter(LoginRules.FREE_FAILURES + 5));
        assertEquals(Duration.ofSeconds(60), LoginRules.waitAfter(LoginRules.FREE_FAILURES + 6));
        assertEquals(Duration.ofSeconds(60), LoginRules.waitAfter(1000));
    }

    @Test
    void countsAreForgottenAQuarterOfAnHourAfterTheLastFailure() {
        String name = Staff.newModerator(accounts);
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofMinutes(1));
            throttle.admit(name, "a guesser");
        }
        assertTrue(throttle.waitFor(name, "a guesser").compareTo(Duration.ZERO) > 0);
        clock.advance(LoginRules.FORGET_AFTER);
        assertEquals(Duration.ZERO, throttle.waitFor(name, "a guesser"));
    }

    private static Response attempt(String name, String password) {
        return given().redirects().follow(false).formParam("j_username", name).formParam("j_password", password)
                .post("/j_security_check");
    }

    /** A request sent from another address of this machine, as another computer would. */
    private static RequestSpecification from(String localAddress) {
        try {
            return given().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                    .setParam(ConnRoutePNames.LOCAL_ADDRESS, InetAddress.getByName(localAddress))))
                    .baseUri("http://127.0.0.1").redirects().follow(false);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long checked(List<Response> answers) {
        long checked = answers.stream().filter(r -> r.statusCode() == 302).count();
        assertEquals(answers.size(), checked + refused(answers), "each attempt is either checked or refused");
        answers.stream().filter(r -> r.statusCode() == 302)
                .forEach(r -> org.hamcrest.MatcherAssert.assertThat(r.getHeader("Location"), endsWith("error=true")));
        return checked;
    }

    private static long refused(List<Response> answers) {
        return answers.stream().filter(r -> r.statusCode() == 429).count();
    }

    private interface Attempt {
        Response send(int i);
    }

    /** Sends the attempts all at once, each from its own thread, and answers what each got. */
    private static List<Response> inParallel(int count, Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                sent.add(pool.submit(() -> {
                    start.await();
                    return attempt.send(n);
                }));
            }
            start.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> f : sent) {
                answers.add(f.get(2, TimeUnit.MINUTES));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
