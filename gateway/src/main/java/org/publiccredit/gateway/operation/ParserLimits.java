package org.publiccredit.gateway.operation;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Bounds on what the gateway's parser reads; the GraphQL service applies the finer limits
 * (depth, aliases, cost) itself.
 *
 * @param maxTokens the most tokens a document may have before the gateway stops parsing it
 * @param cachedQueryChars characters of query text whose parsed operation is kept for the next
 *     request with the same text (a bound on the cache's memory); 0 turns the cache off
 */
@Validated
@ConfigurationProperties(ParserLimits.PREFIX)
record ParserLimits(@DefaultValue("15000") @Min(100) int maxTokens,
    @DefaultValue("500000") @Min(0) int cachedQueryChars) {

  static final String PREFIX = "platform.gateway.graphql";
}
