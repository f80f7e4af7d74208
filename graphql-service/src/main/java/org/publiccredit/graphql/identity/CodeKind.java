package org.publiccredit.graphql.identity;

/** The two identifier standards a subject code may follow. */
public enum CodeKind {
  /** 统一社会信用代码, GB 32100-2015: legal persons, other organisations, individual businesses. */
  UNIFIED_SOCIAL_CREDIT_CODE,
  /** 居民身份证号码, GB 11643-1999: natural persons. */
  RESIDENT_ID_NUMBER
}
