package org.parley.audit;

/** What a moderator or admin did. Stored as the name. */
public enum AuditAction {
    APPROVE,
    REMOVE,
    RESTORE,
    /** Reverted an earlier action of the same person within the undo window. */
    UNDO,
    /** Readers' reports took a comment over the report threshold. */
    REPORTED,
    BAN,
    LIFT_BAN,
    ARTICLE_MODE,
    /** Account and rule changes (admin). */
    ACCOUNT,
    RULES,
    SETTINGS
}
