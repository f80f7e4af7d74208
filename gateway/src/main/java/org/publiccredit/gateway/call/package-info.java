/**
 * What the gateway knows about one call, for whoever needs it afterwards (the metrics, the
 * audit): the attributes the stages put on the exchange (the GraphQL service's audit report
 * included), and the {@link org.publiccredit.gateway.call.CallOutcome} published when the call
 * ends.
 */
@NullMarked
package org.publiccredit.gateway.call;

import org.jspecify.annotations.NullMarked;
