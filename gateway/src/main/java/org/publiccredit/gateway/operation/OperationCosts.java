package org.publiccredit.gateway.operation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What each root field costs against a client's plan; the table lives in
 * config/gateway/operation-costs.yml (imported by config/profiles/gateway.yml, or from
 * PLATFORM_OPERATION_COSTS in production), with the reason for each price.
 *
 * @param defaultCost the price of a root field the table does not list
 * @param rootFields the price per root field name
 * @param perItem root fields priced by the length of a list argument, before {@code rootFields}
 */
@Validated
@ConfigurationProperties(OperationCosts.PREFIX)
record OperationCosts(
    @DefaultValue("5") @Min(0) int defaultCost,
    @NotEmpty(message = "is empty: set PLATFORM_OPERATION_COSTS to the operation cost table"
        + " (format: config/gateway/operation-costs.yml)")
    Map<String, @NotNull @Min(0) Integer> rootFields,
    @DefaultValue Map<String, @Valid PerItem> perItem) {

  static final String PREFIX = "platform.gateway.operation-costs";

  /**
   * One unit per {@code itemsPerUnit} items of the list argument (at least one unit).
   *
   * @param argument the list counted: an argument, or a path into an input object ({@code
   *     input.records}), inline or through a variable at any level
   * @param itemsPerUnit how many items one cost unit covers
   * @param uncounted the price when the list cannot be counted at the gateway
   */
  record PerItem(@NotEmpty String argument, @Min(1) int itemsPerUnit, @Min(1) int uncounted) {}
}
