package org.publiccredit.gateway.operation;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a GraphQL-over-HTTP JSON body: an object with a string {@code query}, and optionally an
 * {@code operationName} and an object of {@code variables}. A JSON array (a batch) is refused:
 * one signed request is one operation, priced, limited and audited as one.
 */
final class GraphqlRequestReader {

  static final String INVALID = "invalid-graphql-request";
  static final String BATCHED = "batched-requests-refused";

  private final JsonMapper json;

  GraphqlRequestReader(JsonMapper json) {
    this.json = json;
  }

  GraphqlRequest read(byte[] body) {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (JacksonException e) {
      throw new InvalidGraphqlRequestException("The body is not JSON.");
    }
    if (root == null || root.isMissingNode()) {
      throw new InvalidGraphqlRequestException("The body is empty; send a JSON object with a"
          + " \"query\".");
    }
    if (root.isArray()) {
      throw new InvalidGraphqlRequestException(BATCHED,
          "Batched requests are not accepted; send one operation per request.");
    }
    if (!root.isObject()) {
      throw new InvalidGraphqlRequestException("The body must be a JSON object with a \"query\".");
    }
    JsonNode query = root.get("query");
    if (query == null || !query.isString() || query.stringValue().isBlank()) {
      throw new InvalidGraphqlRequestException("\"query\" must be a non-empty string.");
    }
    JsonNode name = root.get("operationName");
    if (name != null && !name.isNull() && !name.isString()) {
      throw new InvalidGraphqlRequestException("\"operationName\" must be a string or null.");
    }
    JsonNode variables = root.get("variables");
    if (variables != null && !variables.isNull() && !variables.isObject()) {
      throw new InvalidGraphqlRequestException("\"variables\" must be an object or null.");
    }
    return new GraphqlRequest(query.stringValue(),
        name == null || name.isNull() ? null : name.stringValue(),
        variables == null || variables.isNull() ? null : variables);
  }
}
