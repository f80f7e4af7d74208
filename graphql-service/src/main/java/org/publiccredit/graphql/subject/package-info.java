/** The subject query: GraphQL controller, lookup by code, the records connection and the Date scalar. */
@NullMarked
package org.publiccredit.graphql.subject;

import org.jspecify.annotations.NullMarked;
