package org.publiccredit.gateway.audit;

import org.jspecify.annotations.Nullable;

/**
 * What verification found in one chain.
 *
 * @param chain the chain (gateway instance) id
 * @param events how many events were read, up to and including the first broken link
 * @param firstBreak the first broken link; null when the chain is intact
 */
public record ChainReport(String chain, long events, @Nullable Break firstBreak) {

  public boolean intact() {
    return firstBreak == null;
  }

  /** One line for an operator. */
  public String describe() {
    Break broken = firstBreak;
    return broken == null
        ? "chain " + chain + ": " + events + " events, OK"
        : "chain " + chain + ": BROKEN at sequence " + broken.sequence() + " ("
            + broken.failure().label() + "): " + broken.detail() + " [" + events
            + " events read]";
  }

  /** What can be wrong with a link. */
  public enum Failure {
    /** The event's hash is not the hash of its content: the event was changed. */
    HASH_MISMATCH("hash mismatch"),
    /** The event does not point at the event before it: one was changed or replaced. */
    PREVIOUS_HASH_MISMATCH("previousHash mismatch"),
    /** Events are missing before this sequence: deleted (or not yet drained). */
    GAP("gap"),
    /** The stored document is not an audit event any more. */
    UNREADABLE("unreadable");

    private final String label;

    Failure(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * @param sequence the sequence where the chain breaks (for a gap: the first one missing)
   * @param failure what failed
   * @param detail what was expected and what was found (hashes and sequences only)
   */
  public record Break(long sequence, Failure failure, String detail) {}
}
