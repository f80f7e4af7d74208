/** Bulk import mode: a CSV or JSON Lines file through the same ingestion as the API, with progress, summary and a rejects file. */
@NullMarked
package org.publiccredit.graphql.ingest.file;

import org.jspecify.annotations.NullMarked;
