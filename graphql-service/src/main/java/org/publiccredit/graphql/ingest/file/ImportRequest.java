package org.publiccredit.graphql.ingest.file;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * One import to run.
 *
 * @param stopAfterBulks stop reading after this many bulks (0: read everything); lets tests
 *     interrupt an import at a known point
 */
record ImportRequest(Path file, String categoryId, @Nullable String source, String encoding, Path rejects,
    int bulkSize, int concurrency, int stopAfterBulks) {}
