package org.parley.filter;

import java.util.List;
import java.util.Locale;

/**
 * What a site policy did to one comment: the policy, the site's setting for it, whether it decided (raised the
 * decision above what the score alone gave), the rules under it that hit, and one sentence saying so, which the
 * API, the test bench and the moderator's card all show as it is.
 */
public record PolicyOutcome(Policy policy, Decision setting, boolean decided, List<String> rules,
        List<String> matches, String message) {

    public PolicyOutcome {
        rules = rules == null ? List.of() : List.copyOf(rules);
        matches = matches == null ? List.of() : List.copyOf(matches);
    }

    /**
     * @param scored the decision the score (and any failed rule) gave before the policy was applied
     */
    public static PolicyOutcome of(Policy policy, Decision setting, Decision scored, List<String> rules,
            List<String> matches) {
        boolean decided = setting.ordinal() > scored.ordinal();
        return new PolicyOutcome(policy, setting, decided, rules, matches,
                message(policy, setting, scored, decided, rules, matches));
    }

    /**
     * "Held by the site's policy on profanity: “Fuck” (rule profanity)." when the policy decided; otherwise what
     * the policy is and that the score had the last word, so that nobody reads the hits as the reason.
     */
    static String message(Policy policy, Decision setting, Decision scored, boolean decided, List<String> rules,
            List<String> matches) {
        String what = quoted(matches) + " (rule" + (rules.size() == 1 ? " " : "s ") + String.join(", ", rules) + ")";
        String name = "the site's policy on " + policy.plainWords();
        if (decided) {
            return (setting == Decision.REJECT ? "Rejected" : "Held") + " by " + name + ": " + what + ".";
        }
        String policyName = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        if (setting == Decision.PUBLISH) {
            return policyName + " lets such words through, so they changed nothing: " + what + ".";
        }
        if (setting == scored) {
            return policyName + " " + verb(setting) + "s it, as the score does: " + what + ".";
        }
        return policyName + " would " + verb(setting) + " it; the score " + verb(scored) + "s it: " + what + ".";
    }

    private static String verb(Decision d) {
        return d.name().toLowerCase(Locale.ROOT);
    }

    private static String quoted(List<String> matches) {
        return String.join(", ", matches.stream().map(m -> "\u201C" + m + "\u201D").toList());
    }
}
