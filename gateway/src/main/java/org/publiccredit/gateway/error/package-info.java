/**
 * RFC 9457 problem responses: the one way the gateway tells a client that something went wrong.
 */
@NullMarked
package org.publiccredit.gateway.error;

import org.jspecify.annotations.NullMarked;
