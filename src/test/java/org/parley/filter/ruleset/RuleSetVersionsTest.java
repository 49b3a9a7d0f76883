package org.parley.filter.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.parley.filter.Category;
import org.parley.filter.Decision;
import org.parley.filter.RuleMode;
import org.parley.filter.RuleSpec;
import org.parley.filter.RuleType;
import org.parley.filter.Submission;
import org.parley.filter.Verdict;
import org.parley.filter.text.NormaliserTables;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Rule-set versions as the filter keeps them, including versions another node wrote to the shared database. */
@QuarkusTest
class RuleSetVersionsTest {

    @Inject
    FilterService filter;

    @Inject
    RuleSetStore store;

    @Inject
    ObjectMapper json;

    @Test
    void aVersionAnotherNodeStoredIsPickedUpByTheNextCheck() throws Exception {
        RuleSetStore.Stored start = QuarkusTransaction.requiringNew().call(() -> filter.editable());
        List<RuleSpec> more = new ArrayList<>(start.rules());
        more.add(new RuleSpec(null, "other-node-zorblax", "", RuleType.TERMS, Category.ABUSIVE, 10, true,
                RuleMode.ENFORCE, json.readTree("{\"terms\":[\"zorblax\"]}")));
        try {
            assertEquals(Decision.PUBLISH, filter.check(Submission.of("the zorblax is here")).decision());
            // Stored as another node would: straight into the database, nothing put in force here. (The scheduled
            // check may get there first; either way the version must be in force after a check.)
            long written = QuarkusTransaction.requiringNew()
                    .call(() -> store.save(more, start.thresholds(), start.tables(), "other-node", "from elsewhere").id);

            filter.pickUpNewerVersion();
            assertEquals(written, filter.live().version());
            Verdict verdict = filter.check(Submission.of("the zorblax is here"));
            assertEquals(Decision.REJECT, verdict.decision());
            assertEquals(written, verdict.rulesetVersion());
        } finally {
            QuarkusTransaction.requiringNew().run(() -> filter.replace(
                    QuarkusTransaction.requiringNew().call(() -> store.read(RuleSetVersion.findById(start.version()),
                            filter.defaultThresholds())).rules(),
                    start.thresholds(), start.tables(), "test", "back to the start"));
        }
        assertEquals(Decision.PUBLISH, filter.check(Submission.of("the zorblax is here")).decision());
    }

    @Test
    void tablesAnotherNodeChangedArePickedUpWithItsVersion() throws Exception {
        RuleSetStore.Stored start = QuarkusTransaction.requiringNew().call(() -> filter.editable());
        List<RuleSpec> more = new ArrayList<>(start.rules());
        more.add(new RuleSpec(null, "other-node-zorblax", "", RuleType.TERMS, Category.ABUSIVE, 10, true,
                RuleMode.ENFORCE, json.readTree("{\"terms\":[\"zorblax\"]}")));
        java.util.TreeMap<Character, Character> leet = new java.util.TreeMap<>(start.tables().leet());
        leet.put('%', 'o');
        NormaliserTables tables = new NormaliserTables(leet, start.tables().lookalikes());
        try {
            QuarkusTransaction.requiringNew().run(() -> store.save(more, start.thresholds(), start.tables(),
                    "other-node", "a rule"));
            filter.pickUpNewerVersion();
            assertEquals(Decision.PUBLISH, filter.check(Submission.of("the z%rblax is here")).decision());

            long written = QuarkusTransaction.requiringNew()
                    .call(() -> store.save(more, start.thresholds(), tables, "other-node", "% reads as o").id);
            filter.pickUpNewerVersion();
            assertEquals(written, filter.live().version());
            assertEquals(tables, filter.live().tables());
            assertEquals(Decision.REJECT, filter.check(Submission.of("the z%rblax is here")).decision());
        } finally {
            QuarkusTransaction.requiringNew().run(() -> filter.replace(
                    QuarkusTransaction.requiringNew().call(() -> store.read(RuleSetVersion.findById(start.version()),
                            filter.defaultThresholds())).rules(),
                    start.thresholds(), start.tables(), "test", "back to the start"));
        }
        assertTrue(filter.live().tables().isShipped());
        assertEquals(Decision.PUBLISH, filter.check(Submission.of("the z%rblax is here")).decision());
    }

    @Test
    void aChangeThatDoesNotCommitIsNeverPutInForce() throws Exception {
        long before = filter.live().version();
        List<RuleSpec> more = new ArrayList<>(QuarkusTransaction.requiringNew().call(() -> filter.editable()).rules());
        more.add(new RuleSpec(null, "rolled-back-zorblax", "", RuleType.TERMS, Category.ABUSIVE, 10, true,
                RuleMode.ENFORCE, json.readTree("{\"terms\":[\"zorblax\"]}")));
        QuarkusTransaction.begin();
        try {
            filter.replace(more, filter.live().thresholds(), filter.live().tables(), "test", "never");
        } finally {
            QuarkusTransaction.rollback();
        }
        assertEquals(before, filter.live().version());
        assertEquals(Decision.PUBLISH, filter.check(Submission.of("the zorblax is here")).decision());
    }
}
