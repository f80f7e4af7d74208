/**
 * The signing side of the Open API's authentication: HTTP Message Signatures (RFC 9421) over the
 * method, target URI and a Content-Digest (RFC 9530) of the body. Plain JDK cryptography, so an
 * integrator can read it and port it to any language.
 */
@NullMarked
package org.publiccredit.signing;

import org.jspecify.annotations.NullMarked;
