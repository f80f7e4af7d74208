package org.publiccredit.graphql.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds on one GraphQL request (defaults in application.yml, where each is explained).
 *
 * @param maxDepth deepest field nesting, the root field being 1
 * @param maxComplexity the query's cost: 1 per field, times {@code first} for a page of a connection
 * @param maxAliases aliased fields in the whole operation (fragments counted where they are spread)
 * @param maxRootFields root fields in the operation
 * @param maxDocumentCharacters the query text's length
 * @param maxTokens the query text's grammar tokens (the parser stops there)
 */
@ConfigurationProperties(RequestLimits.PREFIX)
public record RequestLimits(
    @DefaultValue("15") int maxDepth,
    @DefaultValue("5000") int maxComplexity,
    @DefaultValue("15") int maxAliases,
    @DefaultValue("10") int maxRootFields,
    @DefaultValue("16384") int maxDocumentCharacters,
    @DefaultValue("2000") int maxTokens) {

  static final String PREFIX = "platform.graphql.limits";
}
