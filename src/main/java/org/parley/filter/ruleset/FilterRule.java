package org.parley.filter.ruleset;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.parley.filter.Category;
import org.parley.filter.Policy;
import org.parley.filter.RuleMode;
import org.parley.filter.RuleType;
import org.parley.shared.IdentityEntity;

/** A stored filter rule. Its matching parameters are JSON whose shape depends on the rule type. */
@Entity
@Table(name = "filter_rule")
public class FilterRule extends IdentityEntity {

    public String name;
    public String description;
    @Enumerated(EnumType.STRING)
    public RuleType type;
    @Enumerated(EnumType.STRING)
    public Category category;
    public int score;
    public boolean enabled;
    @Enumerated(EnumType.STRING)
    public RuleMode mode;
    /** The site policy the rule's hits fall under, or null for a rule whose score counts. */
    @Enumerated(EnumType.STRING)
    public Policy policy;
    @Column(length = 2_000_000)
    public String params;
    public int version;
    @Column(name = "list_position")
    public int position;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static List<FilterRule> listInOrder() {
        return list("order by position, id");
    }
}
