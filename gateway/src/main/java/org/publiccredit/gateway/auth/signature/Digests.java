package org.publiccredit.gateway.auth.signature;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

/**
 * Fresh {@link MessageDigest} instances of SHA-256 and SHA-512, cloned from prototypes made once.
 * {@code MessageDigest.getInstance} looks the provider up and checks the algorithm's constraints
 * on every call; a clone of a digest that was never updated is the same fresh state without that.
 */
final class Digests {

  private static final Map<String, MessageDigest> PROTOTYPES =
      Map.of("SHA-256", instance("SHA-256"), "SHA-512", instance("SHA-512"));

  private Digests() {}

  /** A new digest of {@code jcaName} ("SHA-256" or "SHA-512"), not shared with anyone. */
  static MessageDigest sha(String jcaName) {
    MessageDigest prototype = PROTOTYPES.get(jcaName);
    if (prototype == null) {
      return instance(jcaName);
    }
    try {
      return (MessageDigest) prototype.clone();
    } catch (CloneNotSupportedException e) {
      return instance(jcaName);
    }
  }

  private static MessageDigest instance(String jcaName) {
    try {
      return MessageDigest.getInstance(jcaName);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has " + jcaName, e);
    }
  }
}
