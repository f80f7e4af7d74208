package org.publiccredit.graphql.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A record's identity is (source department, category, document number or natural key): the same
 * record sent twice lands on the same document, so re-sending a file never duplicates.
 */
public final class RecordIds {

  private RecordIds() {}

  /** First 128 bits of SHA-256 over the identity, hex. */
  public static String of(String sourceDepartmentCode, RecordCategory category, String naturalKey) {
    return of(sourceDepartmentCode, category.name(), naturalKey);
  }

  /** The same for any catalog category id (the catalog's identity fields joined give the natural key). */
  public static String of(String sourceDepartmentCode, String categoryId, String naturalKey) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(
          (sourceDepartmentCode + '\u001f' + categoryId + '\u001f' + naturalKey)
              .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
