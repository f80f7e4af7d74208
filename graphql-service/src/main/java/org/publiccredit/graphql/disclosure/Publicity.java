package org.publiccredit.graphql.disclosure;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the rules say about one record for one viewer.
 *
 * @param visible whether this viewer sees the record
 * @param publiclyVisible whether the public sees it today
 * @param until the last day of public disclosure; null when no period limits it, or when it is never public
 * @param rule the rule that decided
 * @param citation the provision the rule comes from
 * @param underObjection an objection is pending: the record is shown flagged
 */
public record Publicity(boolean visible, boolean publiclyVisible, @Nullable LocalDate until, RuleId rule,
    String citation, boolean underObjection) {}
