package org.publiccredit.graphql.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A credit subject as stored in {@code credit-subjects}. For natural persons {@code code} is null:
 * the ID number exists only as {@code idNumberCiphertext}, and {@code subjectId} is its keyed hash.
 *
 * @param subjectId document id: the unified social credit code, or the ID number's lookup key
 * @param code the unified social credit code (legal persons and individual businesses only)
 * @param maskedCode the ID number masked for display (natural persons only)
 * @param idNumberCiphertext the ID number encrypted (natural persons only)
 * @param registeredCapital in 10,000 CNY (万元)
 */
public record SubjectDocument(
    String subjectId,
    SubjectType type,
    @Nullable String code,
    @Nullable String maskedCode,
    @Nullable String idNumberCiphertext,
    String name,
    @Nullable String town,
    @Nullable String legalRepresentative,
    @Nullable LocalDate establishedDate,
    @Nullable BigDecimal registeredCapital,
    @Nullable String address,
    @Nullable String industry,
    @Nullable String status,
    @Nullable String registrationAuthority) {

  @Override
  public String toString() {
    // The generated toString would print the ciphertext and, for persons, the lookup key.
    return "SubjectDocument[" + type + ", " + (code != null ? code : maskedCode) + "]";
  }
}
