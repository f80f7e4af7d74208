/** Subject identifiers (GB 32100-2015 codes, GB 11643-1999 ID numbers): parsing and check characters; plain Java, no framework. */
@NullMarked
package org.publiccredit.graphql.identity;

import org.jspecify.annotations.NullMarked;
