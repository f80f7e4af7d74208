/**
 * Forwarding authenticated calls to the GraphQL service with a gateway-minted identity token.
 */
@NullMarked
package org.publiccredit.gateway.routing;

import org.jspecify.annotations.NullMarked;
