/**
 * Who is calling: the client registry, request intake and the Spring Security wiring of the
 * signature check.
 */
@NullMarked
package org.publiccredit.gateway.auth;

import org.jspecify.annotations.NullMarked;
