package org.publiccredit.gateway.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.publiccredit.gateway.call.GatewayExchangeAttributes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * Takes what the GraphQL service reports for the audit off its response: {@code X-Audit-Subjects}
 * (comma-separated subject keys: a credit code as is, a person as the keyed hash of the ID
 * number), {@code X-Audit-Errors} (comma-separated GraphQL error codes) and {@code X-Audit-Purpose}
 * (the purpose the caller declared, a code). They are kept on the
 * exchange for the audit and never passed on to the client. A value that reads as a resident ID
 * number is dropped, never stored: the service must send its keyed hash.
 */
final class ServiceAuditHeaders implements HttpHeadersFilter {

  static final String SUBJECTS = "X-Audit-Subjects";
  static final String ERRORS = "X-Audit-Errors";
  static final String PURPOSE = "X-Audit-Purpose";
  /** A code (LOAN_APPROVAL ...): never free text, which could carry personal data. */
  private static final Pattern PURPOSE_CODE = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
  static final int MAX_VALUES = 100;
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_:.=+/-]{1,128}");
  private static final Logger log = LoggerFactory.getLogger(ServiceAuditHeaders.class);

  @Override
  public boolean supports(Type type) {
    return type == Type.RESPONSE;
  }

  @Override
  public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
    if (!input.containsHeader(SUBJECTS) && !input.containsHeader(ERRORS)
        && !input.containsHeader(PURPOSE)) {
      return input;
    }
    GatewayExchangeAttributes.putSubjects(exchange, values(input.getValuesAsList(SUBJECTS), true));
    GatewayExchangeAttributes.putErrorCodes(exchange, values(input.getValuesAsList(ERRORS), false));
    String purpose = purpose(input.getFirst(PURPOSE));
    if (purpose != null) {
      GatewayExchangeAttributes.putPurpose(exchange, purpose);
    }
    HttpHeaders filtered = new HttpHeaders();
    filtered.putAll(input);
    filtered.remove(SUBJECTS);
    filtered.remove(ERRORS);
    filtered.remove(PURPOSE);
    return filtered;
  }

  static @Nullable String purpose(@Nullable String header) {
    if (header == null) {
      return null;
    }
    String purpose = header.strip();
    if (!PURPOSE_CODE.matcher(purpose).matches() || ResidentIdNumbers.looksLikeOne(purpose)) {
      log.warn("Dropped a malformed {} header from the service", PURPOSE);
      return null;
    }
    return purpose;
  }

  static List<String> values(@Nullable List<String> headerValues, boolean subjects) {
    List<String> values = new ArrayList<>();
    if (headerValues == null) {
      return values;
    }
    int refused = 0;
    for (String value : headerValues) {
      for (String part : value.split(",")) {
        String key = part.strip();
        if (key.isEmpty() || values.size() >= MAX_VALUES) {
          continue;
        }
        if (!KEY.matcher(key).matches() || subjects && ResidentIdNumbers.looksLikeOne(key)) {
          refused++;
        } else {
          values.add(key);
        }
      }
    }
    if (refused > 0) {
      // Never the values themselves: one of them may be an ID number.
      log.warn("Dropped {} malformed or plain-ID-number value(s) from the service's {} header",
          refused, subjects ? SUBJECTS : ERRORS);
    }
    return values;
  }
}
