package org.publiccredit.graphql.search;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * One valid row, ready to be stored.
 *
 * @param id the document id: the record id, or for a base record the subject id
 * @param base a base record (LEGAL_PERSON, NATURAL_PERSON): the document is the subject itself
 * @param document the content without bookkeeping (version, times, batch, hash are added here) and
 *     without ciphertexts (added by {@code sealing} when written); serialised once by the store, not changed
 * @param minimalSubject for other records: the subject to create when none exists yet, without its ciphertext
 * @param sealing adds the ciphertexts to {@code document} when it is written
 * @param subjectSealing adds the ciphertext to the minimal subject when it is written
 */
public record StoredRecord(String id, boolean base, ObjectNode document, @Nullable SubjectDocument minimalSubject,
    Sealing sealing, Sealing subjectSealing) {

  /** A record with nothing to encrypt. */
  public StoredRecord(String id, boolean base, ObjectNode document, @Nullable SubjectDocument minimalSubject) {
    this(id, base, document, minimalSubject, Sealing.NONE, Sealing.NONE);
  }

  @Override
  public String toString() {
    // The document holds lookup keys: keep them out of logs.
    return "StoredRecord[" + id + "]";
  }
}
