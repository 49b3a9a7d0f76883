package org.parley.comments;

import java.time.Instant;

/** How often a rule fired on stored comments: in the longer and the shorter window, and when it last did. */
public record RuleHits(String rule, long hits, long recentHits, Instant lastHit) {
}
