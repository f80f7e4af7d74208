package org.publiccredit.gateway.auth.signature;

import static org.publiccredit.gateway.auth.signature.SignatureFailure.DIGEST_MISMATCH;
import static org.publiccredit.gateway.auth.signature.SignatureFailure.MALFORMED_SIGNATURE;
import static org.publiccredit.gateway.auth.signature.SignatureFailure.MISSING_COMPONENT;
import static org.publiccredit.gateway.auth.signature.SignatureFailure.UNSUPPORTED_ALGORITHM;

import java.security.MessageDigest;
import java.util.Map;
import org.publiccredit.gateway.auth.signature.StructuredFields.ByteSequence;
import org.publiccredit.gateway.auth.signature.StructuredFields.Entry;
import org.publiccredit.gateway.auth.signature.StructuredFields.Item;
import org.publiccredit.gateway.auth.signature.StructuredFields.StructuredFieldException;

/** Checks an RFC 9530 Content-Digest header against the bytes actually received. */
final class ContentDigest {

  private static final Map<String, String> ALGORITHMS =
      Map.of("sha-256", "SHA-256", "sha-512", "SHA-512");

  private ContentDigest() {}

  /** Every digest the gateway knows must match; at least one must be sha-256 or sha-512. */
  static void check(SignedMessage message) {
    String header = message.header("content-digest");
    if (header == null) {
      throw new SignatureException(MISSING_COMPONENT, "The request has no Content-Digest header.");
    }
    Map<String, Entry> digests;
    try {
      digests = StructuredFieldParser.parseDictionary(header);
    } catch (StructuredFieldException e) {
      throw new SignatureException(MALFORMED_SIGNATURE,
          "Content-Digest is not a valid structured-field dictionary: " + e.getMessage() + ".");
    }
    int checked = 0;
    for (Map.Entry<String, Entry> digest : digests.entrySet()) {
      String jcaName = ALGORITHMS.get(digest.getKey());
      if (jcaName == null) {
        continue;
      }
      if (!(digest.getValue().member() instanceof Item item
          && item.value() instanceof ByteSequence expected)) {
        throw new SignatureException(MALFORMED_SIGNATURE,
            "Content-Digest " + digest.getKey() + " must be a byte sequence (:base64:).");
      }
      if (!MessageDigest.isEqual(digest(jcaName, message.body()), expected.bytes())) {
        throw new SignatureException(DIGEST_MISMATCH,
            "Content-Digest " + digest.getKey() + " does not match the body received.");
      }
      checked++;
    }
    if (checked == 0) {
      throw new SignatureException(UNSUPPORTED_ALGORITHM,
          "Content-Digest must carry sha-256 or sha-512.");
    }
  }

  /**
   * The body's digest. Each call clones a prototype instead of {@code MessageDigest.getInstance},
   * which looks the provider up and checks the algorithm's constraints every time (about 2% of the
   * gateway's CPU per call under load).
   */
  static byte[] digest(String jcaName, byte[] body) {
    return Digests.sha(jcaName).digest(body);
  }
}
