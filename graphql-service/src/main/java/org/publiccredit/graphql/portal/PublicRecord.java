package org.publiccredit.graphql.portal;

import org.publiccredit.graphql.profile.ProfileRecord;
import org.publiccredit.graphql.search.SubjectType;

/** GraphQL type {@code PublicRecord}: a public record with whom it is about, personal information masked. */
record PublicRecord(PublicSubject subject, ProfileRecord record) {

  /**
   * GraphQL type {@code PublicSubject}.
   *
   * @param name a person's name shows only its first character (王**)
   * @param code a person's ID number is masked (3709**********0017)
   */
  record PublicSubject(String name, String code, SubjectType type) {}
}
