package org.parley.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A match made of labelled parts (a statement's group and what it says of it) is one hit spanning both, which
 * carries each part with its own span, in the engine, in JSON and in the marked text.
 */
class HitPartsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final FilterEngine engine = new FilterEngine(10_000);

    /** A rule that reports the first and the last word of the text as the two parts of one finding. */
    private static CompiledRule firstAndLast() {
        RuleSpec spec = new RuleSpec(null, "statement", "", RuleType.TERMS, Category.RACIST, 6, true,
                RuleMode.ENFORCE, JSON.createObjectNode());
        return new CompiledRule(spec, (input, matches) -> {
            String text = input.original();
            int firstEnd = text.indexOf(' ');
            int lastStart = text.lastIndexOf(' ') + 1;
            matches.add(Field.TEXT, List.of(new Rule.Part(Rule.Part.GROUP, 0, firstEnd),
                    new Rule.Part(Rule.Part.PREDICATE, lastStart, text.length())));
        });
    }

    private Verdict judge(String text, CompiledRule... rules) {
        return engine.evaluate(new CompiledRuleSet(List.of(rules), Thresholds.uniform(5, 10), 1),
                Submission.of(text));
    }

    @Test
    void aMatchOfPartsIsOneHitSpanningThemAll() {
        Verdict verdict = judge("Kurds are all vermin", firstAndLast());
        assertEquals(1, verdict.hits().size());
        Hit hit = verdict.hits().get(0);
        assertEquals(new Hit("statement", Category.RACIST, 6, 0, 20, 0, 20, "Kurds are all vermin", RuleMode.ENFORCE,
                Field.TEXT, List.of(new Hit.Part("group", 0, 5, 0, 5, "Kurds"),
                        new Hit.Part("predicate", 14, 20, 14, 20, "vermin")), null), hit);
        assertEquals(6, verdict.score(), "one finding counts once");
        assertEquals(Decision.HOLD, verdict.decision());
    }

    @Test
    void partsCountCodePointsLikeTheHitAndUtf16UnitsToo() {
        // Two emoji (two UTF-16 units each) inside the stretch shift the predicate by two in UTF-16 only.
        String text = "Kurds \uD83D\uDE00\uD83D\uDE00 vermin";
        Hit hit = judge(text, firstAndLast()).hits().get(0);
        Hit.Part predicate = hit.parts().get(1);
        assertEquals("vermin", predicate.match());
        assertEquals(9, predicate.start());
        assertEquals(15, predicate.end());
        assertEquals(11, predicate.utf16Start());
        assertEquals(17, predicate.utf16End());
        assertEquals(15, hit.end());
        assertEquals(17, hit.utf16End());
        assertEquals(predicate.match(), text.substring(predicate.utf16Start(), predicate.utf16End()));
    }

    @Test
    void aPredicateBeforeItsGroupStillSpansFromTheFirstPart() {
        String text = "filthy people everywhere Roma";
        RuleSpec spec = new RuleSpec(null, "statement", "", RuleType.TERMS, Category.RACIST, 6, true,
                RuleMode.ENFORCE, JSON.createObjectNode());
        CompiledRule reversed = new CompiledRule(spec, (input, matches) -> matches.add(Field.TEXT, List.of(
                new Rule.Part(Rule.Part.GROUP, 25, 29), new Rule.Part(Rule.Part.PREDICATE, 0, 6))));
        Hit hit = judge(text, reversed).hits().get(0);
        assertEquals(0, hit.start());
        assertEquals(29, hit.end());
        assertEquals(List.of("Roma", "filthy"), hit.parts().stream().map(Hit.Part::match).toList());
    }

    @Test
    void aPartOutsideTheTextCountsAsAFailedRule() {
        RuleSpec spec = new RuleSpec(null, "broken", "", RuleType.TERMS, Category.RACIST, 6, true,
                RuleMode.ENFORCE, JSON.createObjectNode());
        CompiledRule broken = new CompiledRule(spec, (input, matches) -> matches.add(Field.TEXT, List.of(
                new Rule.Part(Rule.Part.GROUP, 0, 3), new Rule.Part(Rule.Part.PREDICATE, 5, 400))));
        Verdict verdict = judge("short text", broken);
        assertEquals(Decision.HOLD, verdict.decision());
        assertEquals("rule broken failed", verdict.error());
        assertEquals(List.of(), verdict.hits());
    }

    @Test
    void aPartNeedsARoleAndASpanInOrder() {
        assertThrows(IllegalArgumentException.class, () -> new Rule.Part(" ", 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Rule.Part("group", 4, 2));
    }

    @Test
    void aReceiverThatKnowsNoPartsGetsEachPartAsAMatch() {
        List<String> spans = new ArrayList<>();
        Rule.Matches plain = (field, start, end) -> spans.add(start + "-" + end);
        plain.add(Field.TEXT, List.of(new Rule.Part("group", 0, 5), new Rule.Part("predicate", 14, 20)));
        assertEquals(List.of("0-5", "14-20"), spans);
    }

    @Test
    void theDefaultPacksStatementIsOneHitWithItsGroupAndItsPredicate() {
        Verdict verdict = DefaultPack.judge("Honestly, Kurds are all vermin.");
        List<Hit> statements = verdict.hits().stream().filter(h -> h.rule().equals("statements-about-groups"))
                .toList();
        assertEquals(1, statements.size(), "one finding, not one hit per part");
        Hit hit = statements.get(0);
        assertEquals("Kurds are all vermin", hit.match());
        assertEquals(List.of("group", "predicate"), hit.parts().stream().map(Hit.Part::role).toList());
        assertEquals(List.of("Kurds", "vermin"), hit.parts().stream().map(Hit.Part::match).toList());
        assertEquals(10, hit.parts().get(0).start());
        assertEquals(24, hit.parts().get(1).start());
    }

    @Test
    void inJsonAHitCarriesItsPartsAndAPlainHitReadsAsBefore() throws Exception {
        JsonNode hits = JSON.valueToTree(judge("Kurds are all vermin", firstAndLast())).get("hits");
        JsonNode parts = hits.get(0).get("parts");
        assertEquals(2, parts.size());
        assertEquals(JSON.readTree("{\"role\":\"group\",\"start\":0,\"end\":5,\"utf16Start\":0,\"utf16End\":5,"
                + "\"match\":\"Kurds\"}"), parts.get(0));
        assertEquals("predicate", parts.get(1).get("role").asText());
        assertEquals(0, hits.get(0).get("start").asInt());
        assertEquals(20, hits.get(0).get("end").asInt());
        Hit plain = Hit.on("you idiot", 4, 9, "insults", Category.ABUSIVE, 2, RuleMode.ENFORCE, Field.TEXT);
        JsonNode node = JSON.valueToTree(plain);
        assertFalse(node.has("parts"), "hits without parts serialise as they always have");
        assertEquals(List.of("rule", "category", "score", "start", "end", "utf16Start", "utf16End", "match", "mode",
                "field"), iterable(node));
        Hit back = JSON.readValue(JSON.writeValueAsString(judge("Kurds are all vermin", firstAndLast()).hits().get(0)),
                Hit.class);
        assertEquals(2, back.parts().size(), "a stored verdict keeps its parts");
    }

    @Test
    void theMarkedTextMarksThePartsNotTheWordsBetweenThem() {
        String text = "Honestly, Kurds are all vermin.";
        List<Highlight.Segment> segments = Highlight.of(text, DefaultPack.judge(text).hits(), Field.TEXT);
        assertEquals(List.of("Honestly, ", "Kurds", " are all ", "vermin", "."),
                segments.stream().map(Highlight.Segment::text).toList());
        Highlight.Segment group = segments.get(1);
        Highlight.Segment predicate = segments.get(3);
        assertTrue(group.part());
        assertEquals(" hit-part-group", group.partClasses());
        assertEquals(" hit-part-predicate", predicate.partClasses());
        assertEquals("the group", group.spoken());
        assertEquals("what is said of it", predicate.spoken());
        assertEquals("statements-about-groups: the group (racist)", group.title());
        assertFalse(segments.get(2).marked());
    }

    @Test
    void aPartThatAnotherHitOverlapsIsOneMarkNamingBoth() {
        String text = "Kurds are all vermin";
        Hit word = Hit.on(text, 14, 20, "dehumanising", Category.RACIST, 6, RuleMode.ENFORCE, Field.TEXT);
        List<Hit> hits = new ArrayList<>(judge(text, firstAndLast()).hits());
        hits.add(word);
        Highlight.Segment mark = Highlight.of(text, hits, Field.TEXT).get(2);
        assertEquals("vermin", mark.text());
        assertEquals("statement: what is said of it (racist); dehumanising (racist)", mark.title());
        assertEquals("predicate", mark.roles());
    }

    private static List<String> iterable(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
