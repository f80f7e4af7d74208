package org.publiccredit.gateway.auth.signature;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code sig1} signature of a request as parsed from its headers, not yet verified.
 *
 * @param components the covered component identifiers, e.g. {@code @method}, {@code content-digest}
 * @param signatureParams the {@code Signature-Input} member value exactly as received; RFC 9421
 *     signs this text as the {@code @signature-params} line
 * @param keyId the client id
 * @param algorithm the {@code alg} parameter as received
 * @param created seconds since the epoch
 * @param expires seconds since the epoch, if the client set one
 * @param signature the signature bytes
 */
public record ParsedSignature(
    List<String> components,
    String signatureParams,
    String keyId,
    String algorithm,
    String nonce,
    long created,
    @Nullable Long expires,
    byte[] signature) {

  public ParsedSignature {
    components = List.copyOf(components);
  }

  @Override
  public String toString() {
    // The signature bytes stay out of logs.
    return "ParsedSignature[keyId=" + keyId + ", alg=" + algorithm + "]";
  }
}
