package org.publiccredit.graphql.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.publiccredit.graphql.identity.ResidentIdNumber;

class IdNumberProtectorTest {

  private static final ResidentIdNumber NUMBER = new ResidentIdNumber("370982198503120017", LocalDate.of(1985, 3, 12));
  private static final ResidentIdNumber OTHER = new ResidentIdNumber("11010519491231002X", LocalDate.of(1949, 12, 31));

  private final IdNumberProtector protector = new IdNumberProtector(key(1), key(2));

  @Test
  void encryptionRoundTrips() {
    ProtectedIdNumber stored = protector.protect(NUMBER);
    assertThat(stored.ciphertext()).doesNotContain("370982198503120017");
    assertThat(protector.reveal(stored.ciphertext(), stored.lookupKey())).isEqualTo("370982198503120017");
  }

  @Test
  void everyEncryptionUsesAFreshIv() {
    assertThat(protector.protect(NUMBER).ciphertext()).isNotEqualTo(protector.protect(NUMBER).ciphertext());
  }

  @Test
  void lookupKeyIsDeterministicAndKeyed() {
    assertThat(protector.lookupKey(NUMBER)).isEqualTo(protector.lookupKey(NUMBER)).hasSize(64)
        .isNotEqualTo(protector.lookupKey(OTHER))
        .isNotEqualTo(new IdNumberProtector(key(3), key(2)).lookupKey(NUMBER));
  }

  @Test
  void masksFirstAndLastFour() {
    assertThat(protector.protect(NUMBER).masked()).isEqualTo("3709**********0017");
    assertThat(protector.protect(OTHER).masked()).isEqualTo("1101**********002X");
  }

  @Test
  void ciphertextMovedToAnotherPersonDoesNotDecrypt() {
    ProtectedIdNumber stored = protector.protect(NUMBER);
    assertThatThrownBy(() -> protector.reveal(stored.ciphertext(), protector.lookupKey(OTHER)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void tamperedCiphertextDoesNotDecrypt() {
    ProtectedIdNumber stored = protector.protect(NUMBER);
    byte[] bytes = Base64.getDecoder().decode(stored.ciphertext());
    bytes[bytes.length - 1] ^= 1;
    assertThatThrownBy(() -> protector.reveal(Base64.getEncoder().encodeToString(bytes), stored.lookupKey()))
        .isInstanceOf(IllegalStateException.class)
        .message().doesNotContain("370982198503120017");
  }

  @Test
  void refusesShortKeys() {
    assertThatThrownBy(() -> new IdNumberProtector(new byte[16], key(2))).isInstanceOf(IllegalArgumentException.class);
  }

  private static byte[] key(int fill) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) fill);
    return key;
  }

  @Test
  void anyIdDocumentNumberIsProtectedAndAResidentNumberFindsTheSamePerson() {
    ProtectedIdNumber raw = protector.protect(NUMBER.value());
    assertThat(raw.lookupKey()).isEqualTo(protector.lookupKey(NUMBER));
    assertThat(raw.masked()).isEqualTo(NUMBER.masked());
    assertThat(protector.reveal(raw.ciphertext(), raw.lookupKey())).isEqualTo(NUMBER.value());
    ProtectedIdNumber passport = protector.protect("E12345678");
    assertThat(passport.masked()).isEqualTo("E123*5678");
    assertThat(protector.reveal(passport.ciphertext(), passport.lookupKey())).isEqualTo("E12345678");
    assertThat(IdNumberProtector.mask("G1234")).isEqualTo("*****");
  }
}
