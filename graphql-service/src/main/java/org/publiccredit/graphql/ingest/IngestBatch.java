package org.publiccredit.graphql.ingest;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Rows of one category to validate and store.
 *
 * @param categoryId a catalog category id, e.g. ADMINISTRATIVE_PENALTY
 * @param batchId identifies the batch; rejections are kept under it
 * @param requiredSource when set, every row's source department must be this one (department isolation)
 * @param refresh make the writes visible to searches before returning (API calls; not imports)
 */
public record IngestBatch(String categoryId, List<IngestRow> rows, String batchId, @Nullable String requiredSource,
    boolean refresh) {}
