package org.parley.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class HighlightTest {

    @Test
    void theTextIsCutExactlyAtTheHitsAndNothingIsLost() {
        String text = "you are an idiot and a moron";
        List<Highlight.Segment> segments = Highlight.of(text, List.of(
                hit(text, 11, 16, "insults", Category.ABUSIVE, RuleMode.ENFORCE),
                hit(text, 23, 28, "insults", Category.ABUSIVE, RuleMode.ENFORCE)), Field.TEXT);
        assertEquals(List.of("you are an ", "idiot", " and a ", "moron"),
                segments.stream().map(Highlight.Segment::text).toList());
        assertTrue(segments.get(1).marked());
        assertEquals("insults (abusive)", segments.get(1).title());
        assertFalse(segments.get(2).marked());
    }

    @Test
    void overlappingHitsBecomeOneMarkNamingEveryRule() {
        String text = "well fuck you idiot";
        List<Highlight.Segment> segments = Highlight.of(text, List.of(
                hit(text, 5, 13, "profanity-at-person", Category.ABUSIVE, RuleMode.ENFORCE),
                hit(text, 5, 9, "profanity", Category.ABUSIVE, RuleMode.ENFORCE),
                hit(text, 10, 19, "insult-at-person", Category.RACIST, RuleMode.OBSERVE)), Field.TEXT);
        assertEquals(List.of("well ", "fuck you idiot"), segments.stream().map(Highlight.Segment::text).toList());
        Highlight.Segment mark = segments.get(1);
        assertEquals("profanity (abusive); profanity-at-person (abusive); insult-at-person (racist, observe only)",
                mark.title());
        assertEquals("abusive", mark.categories(), "observe-only rules do not colour a mark that enforced rules made");
        assertFalse(mark.observeOnly());
    }

    @Test
    void aHitOverTheWholeTextLeavesTheNarrowerMarksAsTheyAre() {
        String text = "The budget minister is a retard.";
        Hit relevance = Hit.on(text, 0, text.length(), "unrelated-to-article", Category.OFFTOPIC, 0, RuleMode.ENFORCE,
                Field.TEXT);
        List<Highlight.Segment> segments = Highlight.of(text, List.of(relevance,
                hit(text, 25, 31, "disability-slurs", Category.ABUSIVE, RuleMode.ENFORCE)), Field.TEXT);
        assertEquals(List.of("The budget minister is a ", "retard", "."),
                segments.stream().map(Highlight.Segment::text).toList());
        assertEquals("disability-slurs (abusive)", segments.get(1).title());
    }

    @Test
    void aHitOverTheWholeTextIsMarkedWhenNothingNarrowerIs() {
        String text = "https://spam.example.com";
        List<Highlight.Segment> segments = Highlight.of(text, List.of(
                hit(text, 0, text.length(), "link-only", Category.OFFTOPIC, RuleMode.ENFORCE)), Field.TEXT);
        assertEquals(1, segments.size());
        assertTrue(segments.get(0).marked());
    }

    @Test
    void offsetsCountUtf16UnitsSoEmojiBeforeAHitDoNotShiftIt() {
        String text = "\uD83D\uDE00\uD83D\uDE00 idiot";
        Highlight.Segment mark = Highlight.of(text, List.of(hit(text, 5, 10, "insults", Category.ABUSIVE,
                RuleMode.OBSERVE)), Field.TEXT).get(1);
        assertEquals("idiot", mark.text());
        assertTrue(mark.observeOnly());
    }

    @Test
    void hitsOnTheUserNameOrOutsideTheTextAreLeftOut() {
        String text = "fine words";
        Hit onName = Hit.on("moderator", 0, 9, "impersonating-staff", Category.ABUSIVE, 5, RuleMode.ENFORCE,
                Field.AUTHOR);
        Hit stale = new Hit("old", Category.ABUSIVE, 1, 5, 40, 5, 40, "x", RuleMode.ENFORCE, Field.TEXT);
        List<Highlight.Segment> segments = Highlight.of(text, List.of(onName, stale), Field.TEXT);
        assertEquals(1, segments.size());
        assertEquals(text, segments.get(0).text());
        assertFalse(segments.get(0).marked());
        assertEquals("", Highlight.of("", List.of(), Field.TEXT).get(0).text());
    }

    private static Hit hit(String text, int from, int to, String rule, Category category, RuleMode mode) {
        return Hit.on(text, from, to, rule, category, 3, mode, Field.TEXT);
    }
}
