/** Ingestion: validating incoming subjects and records, turning them into documents; the demo dataset loader. */
@NullMarked
package org.publiccredit.graphql.ingest;

import org.jspecify.annotations.NullMarked;
