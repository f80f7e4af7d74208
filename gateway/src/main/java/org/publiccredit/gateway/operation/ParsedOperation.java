package org.publiccredit.gateway.operation;

import graphql.language.Field;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.publiccredit.gateway.call.OperationType;

/** The operation chosen from a document, with its root fields (fragments resolved). */
record ParsedOperation(OperationType type, @Nullable String name, List<Field> rootFields) {

  ParsedOperation {
    rootFields = List.copyOf(rootFields);
  }
}
