package org.publiccredit.graphql.search;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One credit record as stored in {@code credit-records}.
 *
 * @param recordId deterministic: see {@link RecordIds}
 * @param subjectId the owning subject's document id
 */
public record CreditRecordDocument(
    String recordId,
    String subjectId,
    SubjectType subjectType,
    RecordCategory category,
    String title,
    @Nullable String documentNumber,
    @Nullable String authorityName,
    @Nullable String authorityCode,
    LocalDate decisionDate,
    @Nullable LocalDate validFrom,
    @Nullable LocalDate validUntil,
    @Nullable String summary,
    String sourceDepartmentName,
    String sourceDepartmentCode) {}
