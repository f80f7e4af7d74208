/** Verification of the gateway's identity token, 401 problem responses, and the caller's scopes. */
@NullMarked
package org.publiccredit.graphql.security;

import org.jspecify.annotations.NullMarked;
