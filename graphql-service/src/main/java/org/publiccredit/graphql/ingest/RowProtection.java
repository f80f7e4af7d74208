package org.publiccredit.graphql.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.pii.IdNumberProtector;

/**
 * The ID numbers of one row: each hashed once, however many fields and roles name it, and
 * encrypted only when the row is written. Most rows of a re-sent file are stored already; their
 * numbers are never encrypted. One row, one thread.
 */
final class RowProtection {

  private final IdNumberProtector protector;
  private final Map<String, Number> numbers = new HashMap<>(4);

  RowProtection(IdNumberProtector protector) {
    this.protector = protector;
  }

  /** Resident ID numbers end in X written either way; one person must get one lookup key. */
  Number of(String number) {
    return numbers.computeIfAbsent(number.toUpperCase(Locale.ROOT),
        n -> new Number(n, protector.lookupKey(n), IdNumberProtector.mask(n)));
  }

  /** One protected number; the ciphertext is made on first use. */
  final class Number {
    private final String value;
    final String lookupKey;
    final String masked;
    private @Nullable String ciphertext;

    private Number(String value, String lookupKey, String masked) {
      this.value = value;
      this.lookupKey = lookupKey;
      this.masked = masked;
    }

    String ciphertext() {
      String sealed = ciphertext;
      if (sealed == null) {
        sealed = protector.encrypt(value, lookupKey);
        ciphertext = sealed;
      }
      return sealed;
    }

    @Override
    public String toString() {
      return "Number[" + masked + "]";
    }
  }
}
