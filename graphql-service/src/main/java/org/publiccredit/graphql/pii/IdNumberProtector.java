package org.publiccredit.graphql.pii;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.publiccredit.graphql.identity.ResidentIdNumber;

/**
 * Protects resident ID numbers: a keyed hash to find a person without storing the number, and
 * authenticated encryption so that callers entitled to {@code pii:read} can be shown it. A plain
 * hash would not do: the ID number space is small enough to enumerate.
 */
public final class IdNumberProtector {

  private static final int KEY_BYTES = 32;
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec hashKey;
  private final SecretKeySpec encryptionKey;
  private final SecureRandom random = new SecureRandom();
  // Per thread: an import protects tens of thousands of numbers a second, and looking up the
  // provider and expanding the key for every number was a tenth of its CPU.
  private final ThreadLocal<Mac> macs;
  private final ThreadLocal<Cipher> ciphers;

  /** Both keys must be 256 bits. */
  public IdNumberProtector(byte[] hashKey, byte[] encryptionKey) {
    if (hashKey.length != KEY_BYTES || encryptionKey.length != KEY_BYTES) {
      throw new IllegalArgumentException("PII keys must be 256 bits (32 bytes) each");
    }
    this.hashKey = new SecretKeySpec(hashKey, "HmacSHA256");
    this.encryptionKey = new SecretKeySpec(encryptionKey, "AES");
    this.macs = ThreadLocal.withInitial(this::newMac);
    this.ciphers = ThreadLocal.withInitial(IdNumberProtector::newCipher);
  }

  /** Hash, encryption (with a fresh IV) and masked form of a number. */
  public ProtectedIdNumber protect(ResidentIdNumber number) {
    String lookupKey = lookupKey(number);
    return new ProtectedIdNumber(lookupKey, encrypt(number.value(), lookupKey), number.masked());
  }

  /**
   * Protects an identity-document number of any type (passports and permits too). For a resident
   * ID number the lookup key equals {@link #lookupKey(ResidentIdNumber)}, so records find the
   * person's subject.
   */
  public ProtectedIdNumber protect(String number) {
    String lookupKey = hmac(number);
    return new ProtectedIdNumber(lookupKey, encrypt(number, lookupKey), mask(number));
  }

  /**
   * The lookup key of any identity-document number, as {@link #protect(String)} computes it. With
   * {@link #encrypt(String, String)} an import encrypts only the numbers of rows it writes.
   */
  public String lookupKey(String number) {
    return hmac(number);
  }

  /** The ciphertext {@link #protect(String)} would give, under a fresh IV. */
  public String encrypt(String number, String lookupKey) {
    return seal(number, lookupKey);
  }

  /** First and last four characters, the rest starred; short numbers are starred entirely. */
  public static String mask(String number) {
    int length = number.length();
    return length <= 8 ? "*".repeat(length) : number.substring(0, 4) + "*".repeat(length - 8) + number.substring(length - 4);
  }

  /** The keyed hash under which a person's documents are stored. */
  public String lookupKey(ResidentIdNumber number) {
    return hmac(number.value());
  }

  private String hmac(String number) {
    // doFinal resets the Mac for the next number
    return HexFormat.of().formatHex(macs.get().doFinal(number.getBytes(StandardCharsets.UTF_8)));
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(hashKey);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
  }

  private static Cipher newCipher() {
    try {
      return Cipher.getInstance("AES/GCM/NoPadding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }

  /**
   * Decrypts a stored number. The lookup key is bound in as associated data, so a ciphertext copied
   * onto another person's document fails to decrypt instead of showing the wrong number.
   */
  public String reveal(String ciphertext, String lookupKey) {
    byte[] packed = Base64.getDecoder().decode(ciphertext);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, packed, 0, IV_BYTES));
      cipher.updateAAD(lookupKey.getBytes(StandardCharsets.US_ASCII));
      byte[] plain = cipher.doFinal(packed, IV_BYTES, packed.length - IV_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("ID number ciphertext does not decrypt under the configured key", e);
    }
  }

  private String seal(String plain, String lookupKey) {
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    try {
      Cipher cipher = ciphers.get();
      cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(lookupKey.getBytes(StandardCharsets.US_ASCII));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      byte[] packed = new byte[IV_BYTES + sealed.length];
      System.arraycopy(iv, 0, packed, 0, IV_BYTES);
      System.arraycopy(sealed, 0, packed, IV_BYTES, sealed.length);
      return Base64.getEncoder().encodeToString(packed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }
}
