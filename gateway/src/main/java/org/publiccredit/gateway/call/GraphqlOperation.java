package org.publiccredit.gateway.call;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The operation a call asks for, as the gateway read it from the request without executing it.
 *
 * @param type query, mutation or subscription
 * @param name the operation name the client gave, if any (client-chosen: bound it before use)
 * @param rootFields the root fields selected, fragments resolved, one entry per selection
 *     (so {@code a: subject(...) b: subject(...)} is {@code [subject, subject]})
 * @param cost what the call costs against the client's plan
 */
public record GraphqlOperation(
    OperationType type, @Nullable String name, List<String> rootFields, int cost) {

  public GraphqlOperation {
    rootFields = List.copyOf(rootFields);
  }
}
