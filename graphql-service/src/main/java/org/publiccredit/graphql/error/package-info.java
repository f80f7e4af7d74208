/** One classification of errors (ErrorType) for every GraphQL field, and request ids for internal errors. */
@NullMarked
package org.publiccredit.graphql.error;

import org.jspecify.annotations.NullMarked;
