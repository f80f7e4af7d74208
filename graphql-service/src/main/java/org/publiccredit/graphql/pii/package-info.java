/** Protection of personal information: keyed lookup hash, AES-GCM encryption and masking of ID numbers. */
@NullMarked
package org.publiccredit.graphql.pii;

import org.jspecify.annotations.NullMarked;
