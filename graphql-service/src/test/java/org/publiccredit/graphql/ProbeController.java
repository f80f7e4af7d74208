package org.publiccredit.graphql;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Backs the test-only fields of graphql-probe/probe.graphqls. */
@Controller
class ProbeController {

  @QueryMapping
  String closedProbe() {
    return "should never be returned";
  }
}
