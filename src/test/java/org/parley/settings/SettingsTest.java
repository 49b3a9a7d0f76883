package org.parley.settings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.parley.filter.ruleset.RulePack;
import org.parley.rules.RuleAdminService;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Puts every setting, the thresholds and the policy settings back as they were, because all test classes share one
 * database and most rely on the defaults (captcha on, report threshold 3, HOLD, OPEN, profanity held).
 */
final class SettingsTest {

    private SettingsTest() {
    }

    /** What to restore: the thresholds and the policy settings before the test. */
    record Saved(JsonNode thresholds, JsonNode policies) {
    }

    static Saved save(RuleAdminService rules) {
        return new Saved(RulePack.writeThresholds(rules.thresholds()), RulePack.writePolicies(rules.thresholds()));
    }

    static void restore(SettingsAdminService settings, RuleAdminService rules, Saved saved) {
        Map<String, String> all = new HashMap<>();
        List<SettingsAdminService.SettingView> list = settings.list();
        list.forEach(s -> all.put(s.name(), null));
        settings.change("test-cleanup", all);
        if (!RulePack.writeThresholds(rules.thresholds()).equals(saved.thresholds())) {
            rules.setThresholds("test-cleanup", saved.thresholds(), "thresholds back after a test");
        }
        if (!RulePack.writePolicies(rules.thresholds()).equals(saved.policies())) {
            rules.setPolicies("test-cleanup", saved.policies(), "policies back after a test");
        }
    }
}
