package org.parley.filter;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The default pack judges any text a hostile reader can send within the filter's time budget, and never throws:
 * random mixtures of look-alikes, separators, links and schemes, '@', digits, combining marks, emoji, direction
 * marks and markup, up to the longest comment a reader may post. The budget is measured in CPU time, so a busy
 * machine does not fail this test; a step that is not linear in the text's length does.
 */
class HostileTextsFuzzTest {

    /** The production budget ({@code parley.filter.budget-millis}'s default). */
    private static final FilterEngine ENGINE = new FilterEngine(50);
    private static final int SEEDS = 1500;

    @BeforeAll
    static void warmUp() {
        // Judged first by the interpreter, a long text can take longer than the budget allows the compiled code.
        LongStream.range(1_000_000, 1_000_300).forEach(seed -> judge(HostileTexts.of(seed)));
    }

    private static Verdict judge(String text) {
        return ENGINE.evaluate(DefaultPack.RULES, Submission.of(text));
    }

    static LongStream seeds() {
        return LongStream.range(0, SEEDS);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomHostileTextIsJudgedWithinTheBudget(long seed) {
        Verdict verdict = judge(HostileTexts.of(seed));
        assertNull(verdict.error(), () -> "seed " + seed + ": " + verdict.error());
    }

    /**
     * Seeds that once failed: each of these kept a thread busy for ever before links with a look-alike letter in
     * their scheme ("httр://") were read right.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {0, 2, 16, 19, 40})
    void seedThatOnceFailedIsJudgedWithinTheBudget(long seed) {
        randomHostileTextIsJudgedWithinTheBudget(seed);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "see httр://t.co/abc",
        "httрs://bit.ly/x",
        "see http://t.со/abc",
    })
    void linkWithALookAlikeLetterIsJudgedWithinTheBudget(String text) {
        Verdict verdict = judge(text);
        assertNull(verdict.error(), verdict::error);
    }

    @Test
    void longestTextsOfOneRepeatedPieceAreJudgedWithinTheBudget() {
        String[] pieces = {"httр://", "а", ".", "@", "@a.", "a.", "<b", "&#", "f.", "f u ", "\u0301", "😀", "\u202E",
            "www.", "1", "1.", "$1 ", "*", "f*ck ", "fuck ", "ssss", "http://a.com ", "a@b.com "};
        for (String piece : pieces) {
            String text = piece.repeat(HostileTexts.MAX_CODE_POINTS / piece.codePointCount(0, piece.length()));
            Verdict verdict = judge(text);
            assertNull(verdict.error(), () -> "\"" + piece + "\" repeated: " + verdict.error());
        }
    }
}
