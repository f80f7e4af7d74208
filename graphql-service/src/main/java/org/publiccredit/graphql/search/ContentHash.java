package org.publiccredit.graphql.search;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a document's canonical JSON; only compared with itself, never shown. */
final class ContentHash {

  private ContentHash() {}

  static String of(byte[] canonicalJson) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalJson));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
