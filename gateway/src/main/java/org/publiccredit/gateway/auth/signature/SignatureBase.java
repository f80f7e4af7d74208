package org.publiccredit.gateway.auth.signature;

import static org.publiccredit.gateway.auth.signature.SignatureFailure.MALFORMED_SIGNATURE;

import java.nio.charset.StandardCharsets;

/** Builds the RFC 9421 signature base (section 2.5): the exact bytes a client signed. */
final class SignatureBase {

  private SignatureBase() {}

  static String of(ParsedSignature signature, SignedMessage message) {
    StringBuilder base = new StringBuilder();
    for (String component : signature.components()) {
      base.append('"').append(component).append("\": ")
          .append(Components.value(component, message)).append('\n');
    }
    base.append("\"@signature-params\": ").append(signature.signatureParams());
    return base.toString();
  }

  /** The base as bytes; RFC 9421 requires it to be ASCII, so anything else fails. */
  static byte[] bytes(ParsedSignature signature, SignedMessage message) {
    String base = of(signature, message);
    for (int i = 0; i < base.length(); i++) {
      char c = base.charAt(i);
      if (c > 0x7e || (c < 0x20 && c != '\n')) {
        throw new SignatureException(MALFORMED_SIGNATURE,
            "A covered component holds a character outside printable ASCII.");
      }
    }
    return base.getBytes(StandardCharsets.US_ASCII);
  }
}
