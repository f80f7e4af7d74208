/**
 * What a call asks for: the GraphQL request read at the gateway (never executed) and what it
 * costs, priced from config/gateway/operation-costs.yml.
 */
@NullMarked
package org.publiccredit.gateway.operation;

import org.jspecify.annotations.NullMarked;
