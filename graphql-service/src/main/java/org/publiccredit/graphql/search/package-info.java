/** Elasticsearch access: index templates, documents, reads and idempotent writes. The only package that talks to the Elasticsearch client. */
@NullMarked
package org.publiccredit.graphql.search;

import org.jspecify.annotations.NullMarked;
