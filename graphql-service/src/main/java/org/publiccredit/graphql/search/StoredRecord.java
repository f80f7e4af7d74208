package org.publiccredit.graphql.search;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * One valid row, ready to be stored.
 *
 * @param id the document id: the record id, or for a base record the subject id
 * @param base a base record (LEGAL_PERSON, NATURAL_PERSON): the document is the subject itself
 * @param document the content without bookkeeping (version, times, batch, hash are added here)
 * @param minimalSubject for other records: the subject to create when none exists yet
 */
public record StoredRecord(String id, boolean base, ObjectNode document, @Nullable SubjectDocument minimalSubject) {

  @Override
  public String toString() {
    // The document holds ciphertexts and lookup keys: keep them out of logs.
    return "StoredRecord[" + id + "]";
  }
}
