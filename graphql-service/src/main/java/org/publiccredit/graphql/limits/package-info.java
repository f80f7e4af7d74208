/**
 * Bounds on what one GraphQL request may ask for (depth, cost, aliases, root fields, document size
 * and tokens): each violation is a BAD_REQUEST error with a stable {@code extensions.code} and the
 * limit, before anything is fetched.
 */
@NullMarked
package org.publiccredit.graphql.limits;

import org.jspecify.annotations.NullMarked;
