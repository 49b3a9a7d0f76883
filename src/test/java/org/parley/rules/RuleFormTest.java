package org.parley.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** A term list's lines as an admin types them, read into the rule's JSON and written back as the same lines. */
class RuleFormTest {

    @Test
    void aTermsOtherSenseIsReadFromItsLineAndWrittenBackTheSame() {
        JsonNode term = RuleForm.term("dyke | unless near: flooding, sea wall, embankment", 1);
        assertEquals("dyke", term.get("term").asText());
        assertEquals("[\"flooding\",\"sea wall\",\"embankment\"]", term.get("unlessNear").toString());
        assertEquals("dyke | unless near: flooding, sea wall, embankment", RuleForm.termLine(term));
    }

    @Test
    void exceptionsAndOtherSensesGoTogether() {
        JsonNode term = RuleForm.term("fags | except: pack of fags | unless near: cigarette", 3);
        assertEquals("fags | except: pack of fags | unless near: cigarette", RuleForm.termLine(term));
    }

    @Test
    void anUnknownOptionIsRefusedNamingTheOnesThereAre() {
        RuntimeException refused = assertThrows(RuntimeException.class, () -> RuleForm.term("dyke | near: sea", 2));
        assertTrue(refused.getMessage().contains("unless near: c, d"), refused.getMessage());
    }
}
