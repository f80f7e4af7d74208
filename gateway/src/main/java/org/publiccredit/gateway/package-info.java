/**
 * The Open API gateway: authenticates every client call by HTTP Message Signature and forwards
 * what it vouches for.
 */
@NullMarked
package org.publiccredit.gateway;

import org.jspecify.annotations.NullMarked;
