package org.publiccredit.graphql.search;

import tools.jackson.databind.node.ObjectNode;

/**
 * Adds to a document, just before it is written, what must not count as its content: AES-GCM
 * ciphertexts of ID numbers, random per write. Kept apart so that the content hash is taken
 * from the document as it is, and so that a row whose content is already stored is never
 * encrypted at all. A sealing adds members; the store applies it to an empty copy of the
 * document's objects and splices what it added into the serialised content
 * ({@link SerialisedDocument}).
 */
@FunctionalInterface
public interface Sealing {

  /** Nothing to add. */
  Sealing NONE = document -> {};

  void seal(ObjectNode document);
}
