/**
 * Per-client rate limits: a token bucket and a daily quota in Redis shared by every gateway
 * instance, weighted by the operation's cost, with a per-instance fallback while Redis is away.
 */
@NullMarked
package org.publiccredit.gateway.ratelimit;

import org.jspecify.annotations.NullMarked;
