package org.publiccredit.graphql.audit;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.GraphQLContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Only credit codes and keyed hashes reach the audit; an ID number, valid or not, never does. */
class AuditSubjectsTest {

  private static final String HASH = "0f" + "a".repeat(62);

  @Test
  void keepsCreditCodesAndKeyedHashesOnceInOrder() {
    var audit = new AuditSubjects();
    audit.touched("91370982MA3C4A1Q19");
    audit.touched(HASH);
    audit.touched("91370982MA3C4A1Q19");
    assertThat(audit.subjects()).containsExactly("91370982MA3C4A1Q19", HASH);
  }

  @Test
  void dropsIdNumbersAndAnythingElse() {
    var audit = new AuditSubjects();
    audit.touched("370982198503120017");
    audit.touched("370982198503120018"); // wrong check digit: still not a credit code
    audit.touched("370982850312001"); // old 15-digit form
    audit.touched("91370982MA3C4A1Q18"); // wrong check character
    audit.touched(HASH.toUpperCase(java.util.Locale.ROOT));
    audit.touched("a,b");
    assertThat(audit.subjects()).isEmpty();
  }

  @Test
  void boundsTheSubjectsOfOneCall() {
    var audit = new AuditSubjects();
    for (int i = 0; i < 150; i++) {
      audit.touched("%064x".formatted(i));
    }
    assertThat(audit.subjects()).hasSize(AuditSubjects.MAX_SUBJECTS);
  }

  @Test
  void aPurposeIsACode() {
    var audit = new AuditSubjects();
    audit.purpose("贷款审批");
    assertThat(audit.purpose()).isNull();
    audit.purpose("LOAN_APPROVAL");
    assertThat(audit.purpose()).isEqualTo("LOAN_APPROVAL");
  }

  @Test
  void theRequestsCollectorComesFromTheContext() {
    var audit = new AuditSubjects();
    var context = GraphQLContext.of(Map.of(AuditSubjects.class, audit));
    AuditSubjects.in(context).touched("91370982MA3C4A1Q19");
    assertThat(audit.subjects()).containsExactly("91370982MA3C4A1Q19");
    AuditSubjects.in(GraphQLContext.newContext().build()).touched("91370982MA3C4A1Q19"); // no request: kept nowhere
  }
}
