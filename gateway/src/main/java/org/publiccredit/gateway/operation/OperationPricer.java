package org.publiccredit.gateway.operation;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Field;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import java.util.Arrays;
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

  /**
   * How many items the list at {@code path} holds ({@code records}, or {@code input.records} for a
   * list inside an input object), written inline or in a variable at any level; -1 when it cannot
   * be counted.
   */
  private static int items(Field field, String path, GraphqlRequest request) {
    String[] names = path.split("\\.");
    Argument found = field.getArguments().stream()
        .filter(a -> a.getName().equals(names[0])).findFirst().orElse(null);
    if (found == null) {
      return -1;
    }
    Value<?> value = found.getValue();
    for (int i = 1; i < names.length; i++) {
      if (value instanceof VariableReference variable) {
        return request.listLength(variable.getName(), Arrays.copyOfRange(names, i, names.length));
      }
      if (!(value instanceof ObjectValue object)) {
        return -1;
      }
      String name = names[i];
      value = object.getObjectFields().stream().filter(f -> f.getName().equals(name))
          .map(ObjectField::getValue).findFirst().orElse(null);
    }
    if (value instanceof ArrayValue list) {
      return list.getValues().size();
    }
    if (value instanceof VariableReference variable) {
      return request.listLength(variable.getName());
    }
    return -1;
  }
}
