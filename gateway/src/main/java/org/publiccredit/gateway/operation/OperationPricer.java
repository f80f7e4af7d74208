package org.publiccredit.gateway.operation;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Field;
import graphql.language.Value;
import graphql.language.VariableReference;
import org.publiccredit.gateway.operation.OperationCosts.PerItem;

/**
 * Prices an operation: the sum over its root fields (so aliases repeating a field pay for each
 * repetition), at least 1 for any call.
 */
final class OperationPricer {

  private final OperationCosts costs;

  OperationPricer(OperationCosts costs) {
    this.costs = costs;
  }

  int price(ParsedOperation operation, GraphqlRequest request) {
    long total = 0;
    for (Field field : operation.rootFields()) {
      total += price(field, request);
    }
    return (int) Math.clamp(total, 1, Integer.MAX_VALUE);
  }

  private int price(Field field, GraphqlRequest request) {
    PerItem perItem = costs.perItem().get(field.getName());
    if (perItem != null) {
      int items = items(field, perItem.argument(), request);
      return items < 0 ? perItem.uncounted()
          : Math.max(1, (items + perItem.itemsPerUnit() - 1) / perItem.itemsPerUnit());
    }
    Integer listed = costs.rootFields().get(field.getName());
    return listed != null ? listed : costs.defaultCost();
  }

  /** How many items the list argument holds, inline or in a variable; -1 when not countable. */
  private static int items(Field field, String argument, GraphqlRequest request) {
    Argument found = field.getArguments().stream()
        .filter(a -> a.getName().equals(argument)).findFirst().orElse(null);
    if (found == null) {
      return -1;
    }
    Value<?> value = found.getValue();
    if (value instanceof ArrayValue list) {
      return list.getValues().size();
    }
    if (value instanceof VariableReference variable) {
      return request.listLength(variable.getName());
    }
    return -1;
  }
}
