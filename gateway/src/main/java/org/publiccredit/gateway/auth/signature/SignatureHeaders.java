package org.publiccredit.gateway.auth.signature;

import static org.publiccredit.gateway.auth.signature.SignatureFailure.MALFORMED_SIGNATURE;
import static org.publiccredit.gateway.auth.signature.SignatureFailure.MISSING_SIGNATURE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.publiccredit.gateway.auth.signature.StructuredFields.ByteSequence;
import org.publiccredit.gateway.auth.signature.StructuredFields.Entry;
import org.publiccredit.gateway.auth.signature.StructuredFields.InnerList;
import org.publiccredit.gateway.auth.signature.StructuredFields.Item;
import org.publiccredit.gateway.auth.signature.StructuredFields.StructuredFieldException;

/** Reads the {@code sig1} signature out of the Signature-Input and Signature headers. */
final class SignatureHeaders {

  static final String LABEL = "sig1";
  private static final int MAX_NONCE_LENGTH = 128;

  private SignatureHeaders() {}

  static ParsedSignature parse(SignedMessage message) {
    String input = message.header("signature-input");
    String signature = message.header("signature");
    if (input == null && signature == null) {
      throw new SignatureException(MISSING_SIGNATURE,
          "The request has no Signature-Input and Signature headers.");
    }
    if (input == null || signature == null) {
      throw malformed("Signature-Input and Signature must be sent together.");
    }
    Entry params = member(input, "Signature-Input");
    Entry value = member(signature, "Signature");
    if (!(params.member() instanceof InnerList list)) {
      throw malformed("Signature-Input " + LABEL + " must be an inner list of components.");
    }
    if (!(value.member() instanceof Item item && item.value() instanceof ByteSequence bytes)) {
      throw malformed("Signature " + LABEL + " must be a byte sequence (:base64:).");
    }
    Map<String, Object> p = list.parameters();
    String nonce = required(p, "nonce", String.class);
    if (nonce.isEmpty() || nonce.length() > MAX_NONCE_LENGTH) {
      throw malformed("nonce must have 1 to " + MAX_NONCE_LENGTH + " characters.");
    }
    return new ParsedSignature(
        components(list),
        params.raw(),
        required(p, "keyid", String.class),
        required(p, "alg", String.class),
        nonce,
        required(p, "created", Long.class),
        optional(p, "expires", Long.class),
        bytes.bytes());
  }

  private static Entry member(String field, String name) {
    Map<String, Entry> members;
    try {
      members = StructuredFieldParser.parseDictionary(field);
    } catch (StructuredFieldException e) {
      throw malformed(
          name + " is not a valid structured-field dictionary: " + e.getMessage() + ".");
    }
    Entry entry = members.get(LABEL);
    if (entry == null) {
      throw malformed(name + " has no signature labelled " + LABEL + ".");
    }
    return entry;
  }

  private static List<String> components(InnerList list) {
    List<String> components = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Item item : list.items()) {
      if (!(item.value() instanceof String name)) {
        throw malformed("Covered components must be strings.");
      }
      if (!item.parameters().isEmpty()) {
        throw malformed("Component parameters (as on \"" + name + "\") are not supported.");
      }
      if (!Components.isSupported(name)) {
        throw malformed("Component \"" + name + "\" is not supported.");
      }
      if (!seen.add(name)) {
        throw malformed("Component \"" + name + "\" is covered twice.");
      }
      components.add(name);
    }
    return components;
  }

  private static <T> T required(Map<String, Object> parameters, String key, Class<T> type) {
    T value = optional(parameters, key, type);
    if (value == null) {
      throw malformed("Signature-Input parameter " + key + " is required.");
    }
    return value;
  }

  private static <T> @Nullable T optional(Map<String, Object> parameters, String key,
      Class<T> type) {
    Object value = parameters.get(key);
    if (value == null) {
      return null;
    }
    if (!type.isInstance(value)) {
      throw malformed("Signature-Input parameter " + key + " must be "
          + (type == Long.class ? "an integer." : "a string."));
    }
    return type.cast(value);
  }

  private static SignatureException malformed(String detail) {
    return new SignatureException(MALFORMED_SIGNATURE, detail);
  }
}
