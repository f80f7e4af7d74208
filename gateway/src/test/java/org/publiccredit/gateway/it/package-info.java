/** Integration tests: the gateway on a random port with real Redis and a WireMock service. */
@NullMarked
package org.publiccredit.gateway.it;

import org.jspecify.annotations.NullMarked;
