/**
 * What portals publish to the public (disclosure:read): double publicity, credit lists and public
 * commitments, only records the publicity rules make public today, personal information masked.
 */
@NullMarked
package org.publiccredit.graphql.portal;

import org.jspecify.annotations.NullMarked;
