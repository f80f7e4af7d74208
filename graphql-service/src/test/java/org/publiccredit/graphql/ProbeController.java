package org.publiccredit.graphql;

import graphql.GraphQLContext;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.audit.AuditSubjects;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Backs the test-only fields of graphql-probe/probe.graphqls. */
@Controller
class ProbeController {

  @QueryMapping
  String closedProbe() {
    return "should never be returned";
  }

  @QueryMapping
  String auditProbe(@Argument String subject, @Argument @Nullable String purpose, GraphQLContext context) {
    AuditSubjects audit = AuditSubjects.in(context);
    audit.touched(subject);
    if (purpose != null) {
      audit.purpose(purpose);
    }
    return "ok";
  }
}
