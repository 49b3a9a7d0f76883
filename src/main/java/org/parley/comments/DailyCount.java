package org.parley.comments;

import java.time.LocalDate;

import org.parley.filter.Decision;

/** How many comments the filter gave one decision on one day (UTC). */
public record DailyCount(LocalDate day, Decision decision, long count) {
}
