package org.parley.captcha;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CaptchaServiceTest {

    @Inject
    CaptchaService captcha;

    @AfterEach
    void restoreClock() {
        service().clock = Clock.systemUTC();
    }

    @Test
    void theRightWordsPass() {
        Challenge c = captcha.issue();
        assertEquals(CaptchaCheck.PASSED, captcha.check(c.token(), answer(c), false));
    }

    @Test
    void caseAndSpacingOfTheAnswerDoNotMatter() {
        Challenge c = captcha.issue();
        String shouted = "  " + answer(c).toUpperCase(Locale.ROOT).replace(" ", "   ") + " ";
        assertEquals(CaptchaCheck.PASSED, captcha.check(c.token(), shouted, false));
        Challenge d = captcha.issue();
        assertEquals(CaptchaCheck.PASSED, captcha.check(d.token(), answer(d).replace(" ", ""), false));
    }

    @Test
    void aWrongAnswerFails() {
        Challenge c = captcha.issue();
        assertEquals(CaptchaCheck.WRONG, captcha.check(c.token(), "certainly wrong", false));
    }

    @Test
    void aTokenGetsOneAttemptWhetherRightOrWrong() {
        Challenge wrongFirst = captcha.issue();
        assertEquals(CaptchaCheck.WRONG, captcha.check(wrongFirst.token(), "nope", false));
        assertEquals(CaptchaCheck.ALREADY_USED, captcha.check(wrongFirst.token(), answer(wrongFirst), false));

        Challenge rightFirst = captcha.issue();
        assertEquals(CaptchaCheck.PASSED, captcha.check(rightFirst.token(), answer(rightFirst), false));
        assertEquals(CaptchaCheck.ALREADY_USED, captcha.check(rightFirst.token(), answer(rightFirst), false));
    }

    @Test
    void anExpiredTokenIsRefusedEvenWithTheRightWords() {
        Challenge c = captcha.issue();
        service().clock = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(11));
        assertEquals(CaptchaCheck.EXPIRED, captcha.check(c.token(), answer(c), false));
        assertTrue(captcha.image(c.token()).isEmpty(), "no image for an expired token");
    }

    @Test
    void aTamperedTokenIsRefused() {
        Challenge c = captcha.issue();
        String token = c.token();
        char flipped = token.charAt(3) == 'A' ? 'B' : 'A';
        String tampered = token.substring(0, 3) + flipped + token.substring(4);
        assertEquals(CaptchaCheck.INVALID, captcha.check(tampered, answer(c), false));
        assertEquals(CaptchaCheck.INVALID, captcha.check("not-a-token", "x", false));
        assertEquals(CaptchaCheck.INVALID, captcha.check("a".repeat(10_000), "x", false));
    }

    @Test
    void aMissingTokenOrAnswerIsRefused() {
        assertEquals(CaptchaCheck.MISSING, captcha.check(null, "words", false));
        assertEquals(CaptchaCheck.MISSING, captcha.check(" ", "words", false));
        assertEquals(CaptchaCheck.MISSING, captcha.check(captcha.issue().token(), "", false));
    }

    @Test
    void askingForReviewStillNeedsAGenuineUnusedToken() {
        Challenge c = captcha.issue();
        assertEquals(CaptchaCheck.REVIEW_INSTEAD, captcha.check(c.token(), null, true));
        assertEquals(CaptchaCheck.ALREADY_USED, captcha.check(c.token(), null, true));
        assertEquals(CaptchaCheck.MISSING, captcha.check(null, null, true));
    }

    @Test
    void theAnswerIsNeitherInTheTokenNorInTheImageAddress() {
        for (int i = 0; i < 50; i++) {
            Challenge c = captcha.issue();
            for (String word : captcha.wordsOf(c.token()).orElseThrow()) {
                assertFalse(c.token().toLowerCase(Locale.ROOT).contains(word), word);
                assertFalse(c.imageUrl().toLowerCase(Locale.ROOT).contains(word), word);
            }
        }
    }

    @Test
    void tokensAndWordsVary() {
        Set<String> tokens = new HashSet<>();
        Set<List<String>> answers = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            Challenge c = captcha.issue();
            tokens.add(c.token());
            answers.add(captcha.wordsOf(c.token()).orElseThrow());
        }
        assertEquals(200, tokens.size());
        assertTrue(answers.size() > 190, "pairs of words from a list of ~2,000 rarely repeat");
    }

    @Test
    void theSameTokenAlwaysDrawsTheSameImage() {
        Challenge c = captcha.issue();
        byte[] first = captcha.image(c.token()).orElseThrow();
        byte[] second = captcha.image(c.token()).orElseThrow();
        assertTrue(java.util.Arrays.equals(first, second), "refetching must not give OCR a second view");
        assertNotEquals(0, first.length);
    }

    private String answer(Challenge c) {
        return String.join(" ", captcha.wordsOf(c.token()).orElseThrow());
    }

    private CaptchaService service() {
        return ClientProxy.unwrap(captcha);
    }
}
