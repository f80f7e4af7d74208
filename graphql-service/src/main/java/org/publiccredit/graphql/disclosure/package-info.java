/**
 * Public disclosure: the publicity rules (config/publicity/publicity-rules.yml, each with its
 * citation), the policy that decides per record and viewer, and the portals' disclosure queries.
 */
@NullMarked
package org.publiccredit.graphql.disclosure;

import org.jspecify.annotations.NullMarked;
