package org.parley.filter.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.filter.Category;
import org.parley.filter.CompiledRuleSet;
import org.parley.filter.Decision;
import org.parley.filter.FilterEngine;
import org.parley.filter.InvalidRuleException;
import org.parley.filter.RuleCompiler;
import org.parley.filter.RuleMode;
import org.parley.filter.RuleSpec;
import org.parley.filter.RuleType;
import org.parley.filter.Submission;
import org.parley.filter.Thresholds;
import org.parley.filter.Verdict;
import org.parley.filter.text.NormaliserTables.Table;

import com.fasterxml.jackson.databind.ObjectMapper;

class NormaliserTablesTest {

    private static final NormaliserTables SHIPPED = NormaliserTables.shipped();

    @Test
    void theShippedTablesAreReadFromTheFilesParleyShips() {
        assertEquals('a', SHIPPED.leet().get('4'));
        assertEquals('s', SHIPPED.leet().get('$'));
        assertEquals("a", SHIPPED.lookalikes().get(0x0430));
        assertTrue(SHIPPED.lookalikes().size() > 200, "look-alikes: " + SHIPPED.lookalikes().size());
        assertTrue(SHIPPED.isShipped());
        assertSame(Normaliser.defaults(), Normaliser.of(SHIPPED));
    }

    @Test
    void eachTableReadsBackFromTheTextItIsShownAs() {
        for (Table table : Table.values()) {
            assertEquals(SHIPPED, SHIPPED.withText(table, SHIPPED.text(table)), table.key());
        }
    }

    @Test
    void aHashSignInTheLeetTableIsShownSoThatItReadsBackAsAnEntryNotANote() {
        NormaliserTables withHash = SHIPPED.withText(Table.LEET, "U+0023 h\n4 a");
        assertEquals('h', withHash.leet().get('#'));
        assertEquals(withHash, withHash.withText(Table.LEET, withHash.text(Table.LEET)));
    }

    @Test
    void theTablesReadBackFromTheirJson() throws Exception {
        String json = new ObjectMapper().writeValueAsString(SHIPPED.toJson());
        assertEquals(SHIPPED, NormaliserTables.fromJson(new ObjectMapper().readTree(json), null));
    }

    @Test
    void aCharacterHardToTypeMayBeWrittenAsItsCodePoint() {
        NormaliserTables tables = SHIPPED.withText(Table.LOOKALIKES, "U+0578 n  Armenian vo\nU+0570 h");
        assertEquals(java.util.Map.of(0x0578, "n", 0x0570, "h"), tables.lookalikes());
        assertEquals(SHIPPED.leet(), tables.leet());
        assertFalse(tables.isShipped());
    }

    @Test
    void aLeetEntryForALetterIsRefusedNamingItsLine() {
        InvalidRuleException refusal = assertThrows(InvalidRuleException.class,
                () -> SHIPPED.withText(Table.LEET, "# digits\n4 a\nz s\n"));
        assertTrue(refusal.getMessage().startsWith("line 3: "), refusal.getMessage());
        assertEquals("tables.leet", refusal.field());
    }

    @Test
    void aLookalikeForAnAsciiLetterIsRefusedAsItWouldRewritePlainWords() {
        InvalidRuleException refusal = assertThrows(InvalidRuleException.class,
                () -> SHIPPED.withText(Table.LOOKALIKES, "m rn"));
        assertTrue(refusal.getMessage().contains("line 1"), refusal.getMessage());
        assertEquals("tables.lookalikes", refusal.field());
    }

    @Test
    void anEntryListedTwiceIsRefused() {
        InvalidRuleException refusal = assertThrows(InvalidRuleException.class,
                () -> SHIPPED.withText(Table.LEET, "4 a\n4 h"));
        assertTrue(refusal.getMessage().contains("twice"), refusal.getMessage());
    }

    @Test
    void aLineWithoutItsLetterIsRefusedWithAnExample() {
        InvalidRuleException refusal = assertThrows(InvalidRuleException.class,
                () -> SHIPPED.withText(Table.LEET, "4"));
        assertTrue(refusal.getMessage().contains("\"4 a\""), refusal.getMessage());
    }

    @Test
    void aJsonTableLeftOutKeepsTheBasesEntries() throws Exception {
        NormaliserTables tables = NormaliserTables.fromJson(new ObjectMapper().readTree("{\"leet\": {\"%\": \"o\"}}"),
                SHIPPED);
        assertEquals(java.util.Map.of('%', 'o'), tables.leet());
        assertEquals(SHIPPED.lookalikes(), tables.lookalikes());
    }

    @Test
    void anUnknownTableInJsonIsRefusedByName() throws Exception {
        InvalidRuleException refusal = assertThrows(InvalidRuleException.class,
                () -> NormaliserTables.fromJson(new ObjectMapper().readTree("{\"leetspeak\": {}}"), SHIPPED));
        assertEquals("tables.leetspeak", refusal.field());
    }

    @Test
    void rulesCompiledWithOtherTablesReadTextsWithThemToo() throws Exception {
        RuleSpec spec = new RuleSpec(null, "zorblax", "", RuleType.TERMS, Category.ABUSIVE, 10, true, RuleMode.ENFORCE,
                new ObjectMapper().readTree("{\"terms\": [\"zorblax\"]}"));
        Normaliser percentIsO = Normaliser.of(SHIPPED.withText(Table.LEET, SHIPPED.text(Table.LEET) + "% o\n"));
        FilterEngine engine = new FilterEngine(10_000);
        CompiledRuleSet shipped = new CompiledRuleSet(List.of(new RuleCompiler(Normaliser.defaults()).compileRule(spec)),
                Thresholds.uniform(5, 10), 1);
        CompiledRuleSet custom = new CompiledRuleSet(List.of(new RuleCompiler(percentIsO).compileRule(spec)),
                Thresholds.uniform(5, 10), 2, percentIsO);

        assertEquals(Decision.PUBLISH, engine.evaluate(shipped, Submission.of("a z%rblax")).decision());
        Verdict verdict = engine.evaluate(custom, Submission.of("a z%rblax"));
        assertEquals(Decision.REJECT, verdict.decision());
        assertEquals("z%rblax", verdict.hits().get(0).match());
    }
}
