package org.publiccredit.graphql.disclosure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.search.RecordCategory;

/**
 * What the publicity rules look at in a record.
 *
 * @param penaltyCategories CFLB codes of a penalty (empty when not reported)
 * @param fineAmount NR_FK, 10,000 CNY
 * @param commitmentDisclosure DISCLOSURE code of a commitment (1 public, 2 limited, 3 not public)
 * @param taxLevel TAX_CREDIT_LEVEL of a rating
 * @param withdrawnOn the decision was reversed or withdrawn with effect from this day
 * @param repairedOn the record was repaired (信用修复) with effect from this day
 * @param objectionSince an objection is pending since this day
 */
public record RecordFacts(RecordCategory category, LocalDate decisionDate, List<String> penaltyCategories,
    @Nullable BigDecimal fineAmount, @Nullable String commitmentDisclosure, @Nullable String taxLevel,
    @Nullable LocalDate withdrawnOn, @Nullable LocalDate repairedOn, @Nullable LocalDate objectionSince) {}
