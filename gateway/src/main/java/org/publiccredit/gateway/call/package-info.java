/**
 * What the gateway knows about one call, for whoever needs it afterwards (metrics now, the audit
 * later): the attributes the stages put on the exchange, and the {@link
 * org.publiccredit.gateway.call.CallOutcome} published when the call ends.
 */
@NullMarked
package org.publiccredit.gateway.call;

import org.jspecify.annotations.NullMarked;
