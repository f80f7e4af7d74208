package org.publiccredit.graphql.ingest.file;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Import mode: set {@code file} and the service imports it and exits instead of serving.
 *
 * @param file the CSV or JSON Lines file to import, or a directory: every file in it named for a category
 *     ({@code ./platform generate} output), in one run
 * @param category catalog category id; defaults to the one whose file name the file has (administrative-penalty.csv)
 * @param source when set, every row's source department must be this code (a department's own upload);
 *     when absent the platform imports on the departments' behalf and each row's source is checked against the catalog
 * @param encoding {@code auto} (strict UTF-8, BOM stripped, else GB18030) or a charset name
 * @param rejects where the rejected rows go; default {@code <file>.rejects.csv} beside the input (for a
 *     directory import: the directory to write each file's rejects to)
 * @param bulkSize rows per bulk request (2,000: measured, docs/decisions.md)
 * @param concurrency bulk requests in flight
 * @param mergeAfterRows an import that creates or updates at least this many rows ends by merging
 *     {@code credit-records} into one segment (a profile then reads a subject's records from adjacent
 *     blocks; the merge rewrites the whole index, about 10 ms of node CPU per 1,000 records stored,
 *     docs/decisions.md); a department's daily file stays below it
 */
@ConfigurationProperties(ImportProperties.PREFIX)
record ImportProperties(@Nullable Path file, @Nullable String category, @Nullable String source,
    @DefaultValue("auto") String encoding, @Nullable Path rejects, @DefaultValue("2000") int bulkSize,
    @DefaultValue("2") int concurrency, @DefaultValue("200000") long mergeAfterRows) {

  static final String PREFIX = "platform.import";
}
