package org.publiccredit.gateway.operation;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The members of a GraphQL-over-HTTP request body the gateway looks at.
 *
 * @param variables the variables object, or null when none were sent
 */
record GraphqlRequest(String query, @Nullable String operationName, @Nullable JsonNode variables) {

  /** The length of the list a variable holds (or a member of it holds), or -1 when it holds no list. */
  int listLength(String variable, String... members) {
    JsonNode value = variables == null ? null : variables.get(variable);
    for (String member : members) {
      value = value != null && value.isObject() ? value.get(member) : null;
    }
    return value != null && value.isArray() ? value.size() : -1;
  }
}
