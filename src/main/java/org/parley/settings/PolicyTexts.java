package org.parley.settings;

import org.parley.filter.Decision;
import org.parley.filter.Policy;
import org.parley.shared.Refusal;

/**
 * How the settings page names and explains the site's policies (untargeted profanity, reclaimed slurs), and reads
 * the decision an admin chose for one.
 */
final class PolicyTexts {

    private PolicyTexts() {
    }

    static Decision setting(Policy p, String text) {
        String v = text == null ? "" : text.strip();
        for (Decision d : Decision.values()) {
            if (d.name().equalsIgnoreCase(v)) {
                return d;
            }
        }
        throw Refusal.invalid(label(p) + " is set to publish, hold or reject.", SettingsAdminService.POLICY_FIELD + p.key());
    }

    static String label(Policy p) {
        return switch (p) {
            case PROFANITY -> "Profanity aimed at no one";
            case RECLAIMABLE_SLUR -> "Reclaimed slurs";
        };
    }

    static String help(Policy p) {
        String what = switch (p) {
            case PROFANITY -> "Swearing that targets nobody (\u201CFuck yeah, what a day\u201D): hits of rules under "
                    + "the profanity policy. Hold lets a moderator judge it in context; publish lets it through "
                    + "with the words marked; reject refuses it.";
            case RECLAIMABLE_SLUR -> "Slurs that members of a group also use of themselves (\u201CWe queers are "
                    + "proud\u201D): hits of rules under the reclaimable-slur policy. Whether one is hateful "
                    + "depends on who says it and how.";
        };
        return what + " Such hits add nothing to the score, and a comment the score holds or rejects stays so.";
    }
}
