/**
 * RFC 9421 HTTP Message Signatures and RFC 9530 digests in plain Java, free of Spring so they
 * can be tested alone.
 */
@NullMarked
package org.publiccredit.gateway.auth.signature;

import org.jspecify.annotations.NullMarked;
