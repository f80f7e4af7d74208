/**
 * Where the work of a call runs: back on the request's own Reactor Netty event loop after a
 * reply from Redis, rather than on the one Lettuce thread that reads every reply.
 */
@NullMarked
package org.publiccredit.gateway.eventloop;

import org.jspecify.annotations.NullMarked;
