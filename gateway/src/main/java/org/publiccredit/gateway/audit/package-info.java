/**
 * The audit trail: one hash-chained event per call, appended to a Redis stream as the call ends,
 * drained into Elasticsearch in the background, and verified link by link on demand.
 */
@NullMarked
package org.publiccredit.gateway.audit;

import org.jspecify.annotations.NullMarked;
