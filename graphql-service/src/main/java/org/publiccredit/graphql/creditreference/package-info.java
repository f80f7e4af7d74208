/** The central bank's credit reference service: the guarded report client and its health probe. */
@NullMarked
package org.publiccredit.graphql.creditreference;

import org.jspecify.annotations.NullMarked;
