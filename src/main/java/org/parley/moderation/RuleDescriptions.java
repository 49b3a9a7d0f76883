package org.parley.moderation;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.parley.filter.FilterRule;

/**
 * What each filter rule is for, by name, so a queue card can say why a rule fired. FilterService does not hand
 * out its rules, so this reads the stored rules, read-only; a rule deleted since a verdict simply has no
 * description.
 */
@ApplicationScoped
public class RuleDescriptions {

    @Transactional
    public Map<String, String> byName() {
        Map<String, String> descriptions = new HashMap<>();
        // Names and descriptions only: a rule's parameters can be megabytes of terms.
        for (Object[] row : FilterRule.getEntityManager()
                .createQuery("select r.name, r.description from FilterRule r", Object[].class).getResultList()) {
            descriptions.put((String) row[0], row[1] == null ? "" : (String) row[1]);
        }
        return descriptions;
    }
}
