package org.publiccredit.graphql.search;

/** The three kinds of credit subject (XDR_LB in the double-publicity standard). */
public enum SubjectType {
  /** 法人及非法人组织: companies, public institutions, social organisations. */
  LEGAL_PERSON,
  /** 自然人. */
  NATURAL_PERSON,
  /** 个体工商户: registered with a unified social credit code, run by a natural person. */
  INDIVIDUAL_BUSINESS
}
