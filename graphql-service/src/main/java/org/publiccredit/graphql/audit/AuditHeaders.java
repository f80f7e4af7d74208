package org.publiccredit.graphql.audit;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Reports a call to the gateway's audit in response headers the gateway takes off before the
 * client sees the answer (gateway {@code audit/ServiceAuditHeaders}): {@code X-Audit-Subjects}
 * (comma-separated subject keys), {@code X-Audit-Errors} (comma-separated: each error's
 * {@code extensions.code}, else its classification, e.g. {@code FORBIDDEN}) and
 * {@code X-Audit-Purpose} (the purpose the caller declared). Runs inside the caller context and
 * outside the limits, so that it sees every error the client will.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class AuditHeaders implements WebGraphQlInterceptor {

  static final String SUBJECTS = "X-Audit-Subjects";
  static final String ERRORS = "X-Audit-Errors";
  static final String PURPOSE = "X-Audit-Purpose";
  static final int MAX_ERROR_CODES = 20;
  /** What the gateway accepts; anything else would be dropped there anyway. */
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_:.=+/-]{1,128}");

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    AuditSubjects audit = new AuditSubjects();
    request.configureExecutionInput((input, builder) ->
        builder.graphQLContext(context -> context.put(AuditSubjects.class, audit)).build());
    return chain.next(request).map(response -> {
      HttpHeaders headers = response.getResponseHeaders();
      var subjects = audit.subjects();
      if (!subjects.isEmpty()) {
        headers.set(SUBJECTS, String.join(",", subjects));
      }
      String purpose = audit.purpose();
      if (purpose != null) {
        headers.set(PURPOSE, purpose);
      }
      // Sorted: the same errors give the same header whatever order the fields completed in.
      Set<String> codes = new TreeSet<>();
      for (GraphQLError error : response.getExecutionResult().getErrors()) {
        String code = code(error);
        if (code != null && codes.size() < MAX_ERROR_CODES) {
          codes.add(code);
        }
      }
      if (!codes.isEmpty()) {
        headers.set(ERRORS, String.join(",", codes));
      }
      return response;
    });
  }

  static @Nullable String code(GraphQLError error) {
    Map<String, Object> extensions = error.getExtensions();
    Object code = extensions == null ? null : extensions.get("code");
    if (!(code instanceof String)) {
      ErrorClassification classification = error.getErrorType();
      code = classification == null ? null : classification.toString();
    }
    return code instanceof String text && CODE.matcher(text).matches() ? text : null;
  }
}
