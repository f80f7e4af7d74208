/** The central bank's credit reference service; for now its health probe. */
@NullMarked
package org.publiccredit.graphql.creditreference;

import org.jspecify.annotations.NullMarked;
