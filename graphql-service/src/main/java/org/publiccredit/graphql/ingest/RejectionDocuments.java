package org.publiccredit.graphql.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.publiccredit.graphql.pii.IdNumberProtector;
import org.publiccredit.graphql.search.RejectionDocument;

/**
 * A refused row as it is kept: the catalog's personal fields masked, and ID numbers written into
 * other fields masked too (a refused row may carry one in the wrong column).
 */
final class RejectionDocuments {

  RejectionDocument of(IngestBatch batch, CategoryKeys keys, Map<String, String> row, RowOutcome.Rejected rejected,
      String receivedAt) {
    String sourceKey = keys.category().record().get("sourceDepartmentCode");
    String department = batch.requiredSource() != null ? batch.requiredSource()
        : sourceKey == null ? null : row.get(sourceKey);
    return new RejectionDocument(id(batch.batchId(), rejected.line()), batch.batchId(), department,
        keys.category().id(), rejected.line(), receivedAt,
        rejected.violations().stream().map(v -> new RejectionDocument.Reason(v.field(), v.rule(),
            v.message().zh(), v.message().en())).toList(),
        masked(keys, row));
  }

  static Map<String, String> masked(CategoryKeys keys, Map<String, String> row) {
    Map<String, String> masked = new LinkedHashMap<>();
    row.forEach((key, value) -> masked.put(key,
        keys.personal(key) ? IdNumberProtector.mask(value) : IdNumbersInText.mask(value)));
    return masked;
  }

  private static String id(String batchId, long line) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest((batchId + '\u001f' + line).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
