package org.publiccredit.graphql.lending;

/** The dual-check's decision, from best to worst; a check takes the worst any reason implies. */
enum Decision {
  PURE_CREDIT_ELIGIBLE,
  NEEDS_COLLATERAL_OR_REVIEW,
  DECLINE;

  Decision worse(Decision other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
