package org.publiccredit.graphql.search;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Records across subjects, for public disclosure. A candidate filter: the publicity rules still
 * decide per record, but what can no longer be public is not fetched at all.
 *
 * @param earliestDecision per category wanted: the earliest decision date that can still be
 *     public today (empty for no limit)
 * @param outOfViewOn records withdrawn or repaired on or before this day are left out
 */
public record RecordFilter(Map<RecordCategory, Optional<LocalDate>> earliestDecision, @Nullable LocalDate decidedFrom,
    @Nullable LocalDate decidedTo, @Nullable String authorityCode, @Nullable String authorityName,
    LocalDate outOfViewOn) {}
