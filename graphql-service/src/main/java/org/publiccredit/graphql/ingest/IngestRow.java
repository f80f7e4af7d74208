package org.publiccredit.graphql.ingest;

import java.util.Map;

/**
 * One row as received: its line in the file (or position in a batch, from 1) and its fields by
 * the key the sender used (catalog key, camelCase name or prefixed column code).
 */
public record IngestRow(long line, Map<String, String> fields) {

  @Override
  public String toString() {
    // Fields may hold ID numbers.
    return "IngestRow[line " + line + "]";
  }
}
