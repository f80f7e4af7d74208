/**
 * The dual-check (双查询) before a credit-based loan (信易贷): the credit reference report's facts,
 * the public-credit scorecard, one combined rating and one decision with ordered reasons.
 */
@NullMarked
package org.publiccredit.graphql.lending;

import org.jspecify.annotations.NullMarked;
