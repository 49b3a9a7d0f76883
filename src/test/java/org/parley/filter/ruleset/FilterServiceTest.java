package org.parley.filter.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.parley.articles.ArticleService;
import org.parley.articles.ArticleView;
import org.parley.filter.Category;
import org.parley.filter.Decision;
import org.parley.filter.Field;
import org.parley.filter.Submission;
import org.parley.filter.Verdict;

import io.quarkus.test.junit.QuarkusTest;

/** The filter with what only the running site knows: its articles, and what was submitted lately. */
@QuarkusTest
class FilterServiceTest {

    @Inject
    FilterService filter;

    @Inject
    ArticleService articles;

    private Submission onIraq(String text) {
        ArticleView iraq = articles.find("us-to-withdraw-troops-from-iraq").orElseThrow();
        return new Submission(text, "Reader", iraq.filterContext());
    }

    @Test
    void aLongCommentAboutSomethingElseIsHeldForALook() {
        Verdict verdict = filter.check(onIraq("My favourite recipe for banana bread uses three ripe bananas, brown "
                + "sugar, butter and a pinch of cinnamon; bake it slowly and let it cool on a rack."));
        assertEquals(Decision.HOLD, verdict.decision(), verdict.hits().toString());
        assertEquals(Category.OFFTOPIC, verdict.category());
    }

    @Test
    void commentsOnTheArticlesSubjectAndShortRepliesPass() {
        for (String text : new String[] {
            "Finally. About time.",
            "+1, exactly right",
            "The drawdown is overdue; Washington should have left Baghdad years ago and let the Iraqi government "
                    + "handle its own security.",
            "I think the militias backed by Iran will fill the vacuum once the American soldiers leave the bases.",
            "What about the Kurds? Nobody ever asks them what they want when the big powers make their deals.",
        }) {
            Verdict verdict = filter.check(onIraq(text));
            assertEquals(Decision.PUBLISH, verdict.decision(), text + " -> " + verdict.hits());
        }
    }

    @Test
    void theSameTextArrivingAgainAndAgainIsASpamWave() {
        String text = "Great points all round, everyone should read this twice " + UUID.randomUUID();
        assertEquals(Decision.PUBLISH, filter.evaluate(Submission.of(text)).decision());
        assertEquals(Decision.PUBLISH, filter.evaluate(Submission.of(text.toUpperCase())).decision());
        Verdict third = filter.evaluate(Submission.of(text + "!!"));
        assertTrue(third.decision() != Decision.PUBLISH, third.hits().toString());
        assertEquals(Category.OFFTOPIC, third.category());
    }

    @Test
    void checkingATextDoesNotCountItAsSubmitted() {
        String text = "Checked many times but never posted " + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            filter.check(Submission.of(text));
        }
        assertEquals(Decision.PUBLISH, filter.evaluate(Submission.of(text)).decision());
    }

    @Test
    void aNameThatImpersonatesStaffIsHeld() {
        for (String name : new String[] {"Moderator", "admin", "\u0391dmin", "The Editor", "Parley Staff"}) {
            Verdict verdict = filter.check(new Submission("A perfectly ordinary remark.", name, null));
            assertEquals(Decision.HOLD, verdict.decision(), name + " -> " + verdict.hits());
            assertTrue(verdict.hits().stream().anyMatch(h -> h.field() == Field.AUTHOR));
        }
    }
}
