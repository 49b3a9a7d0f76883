package org.parley.filter.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.support.ManualClock;

class RecentTextsTest {

    private static final Duration WINDOW = Duration.ofMinutes(10);

    private final ManualClock clock = new ManualClock(Instant.parse("2024-03-01T12:00:00Z"));
    private final RecentTexts recent = new RecentTexts(clock);

    @Test
    void textNeverSeenHasNoCopies() {
        assertEquals(0, recent.countWithin("buy now", WINDOW));
    }

    @Test
    void everySubmissionWithinTheWindowCounts() {
        for (int i = 1; i <= 4; i++) {
            recent.record("buy now");
            clock.advance(Duration.ofMinutes(1));
            assertEquals(i, recent.countWithin("buy now", WINDOW));
        }
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"buy now", "BUY NOW!!!", "Buy   now.", "buy\nnow", "b.u.y n-o-w", "  buynow  ", "Buy, now?"})
    void copiesAreRecognisedWhateverTheirCaseSpacingAndPunctuation(String variant) {
        recent.record("BUY NOW!!!");
        recent.record(variant);
        assertEquals(2, recent.countWithin("buy now", WINDOW));
        assertEquals(RecentTexts.fingerprint("buy now"), RecentTexts.fingerprint(variant));
    }

    @ParameterizedTest(name = "\"{0}\" vs \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "buy now     | buy new",
            "buy now     | buy now 2",
            "buy now     | now buy",
            "call 555    | call 556",
    })
    void differentWordsAreDifferentTexts(String one, String other) {
        recent.record(one);
        recent.record(one);
        assertEquals(0, recent.countWithin(other, WINDOW));
        assertNotEquals(RecentTexts.fingerprint(one), RecentTexts.fingerprint(other));
    }

    @Test
    void oldSubmissionsFallOutOfTheWindow() {
        recent.record("buy now");
        clock.advance(Duration.ofMinutes(6));
        recent.record("buy now");
        assertEquals(2, recent.countWithin("buy now", WINDOW));
        clock.advance(Duration.ofMinutes(5));
        assertEquals(1, recent.countWithin("buy now", WINDOW), "the first is 11 minutes old");
        assertEquals(2, recent.countWithin("buy now", Duration.ofMinutes(15)), "a longer window still sees both");
        clock.advance(Duration.ofMinutes(6));
        assertEquals(0, recent.countWithin("buy now", WINDOW));
    }

    @Test
    void submissionExactlyAWindowOldStillCounts() {
        recent.record("buy now");
        clock.advance(WINDOW);
        assertEquals(1, recent.countWithin("buy now", WINDOW));
        clock.advance(Duration.ofMillis(1));
        assertEquals(0, recent.countWithin("buy now", WINDOW));
    }

    @Test
    void countingDoesNotRecord() {
        // Checks and back-tests count without submitting; they must not make a text look like a wave.
        recent.countWithin("buy now", WINDOW);
        recent.countWithin("buy now", WINDOW);
        assertEquals(0, recent.countWithin("buy now", WINDOW));
    }

    @Test
    void atMostAThousandTimesAreKeptPerText() {
        for (int i = 0; i < 1005; i++) {
            recent.record("buy now");
        }
        assertEquals(1000, recent.countWithin("buy now", WINDOW));
    }
}
