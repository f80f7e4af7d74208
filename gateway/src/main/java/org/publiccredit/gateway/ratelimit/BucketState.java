package org.publiccredit.gateway.ratelimit;

/** A token bucket after a request asked it for tokens. */
record BucketState(boolean allowed, long remaining) {}
