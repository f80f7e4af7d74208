package org.publiccredit.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.publiccredit.gateway.audit.AuditChain.ChainHead;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The canonical form, the hash chain and the verifier's judgement of each link. */
class AuditChainTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  static AuditEntry entry(String requestId) {
    return new AuditEntry(AuditEntry.time(Instant.parse("2026-11-25T21:13:46.123456Z")),
        requestId, "demo-bank", "BANK", "demo-bank", "Lookup", "QUERY", List.of("subject"),
        List.of("91370982MA3C4A1Q19"), 200, null, List.of(), 1234, 61, 45, null);
  }

  @Test
  void theCanonicalFormIsRfc8785() {
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("b", "x\"y\\z\n\u0001é中");
    members.put("a", 12L);
    members.put("c", null);
    members.put("A", List.of("p", "q"));
    members.put("d", List.of());
    members.put("e", -7);

    assertThat(CanonicalJson.write(members)).isEqualTo(
        "{\"A\":[\"p\",\"q\"],\"a\":12,\"b\":\"x\\\"y\\\\z\\n\\u0001é中\",\"c\":null,"
            + "\"d\":[],\"e\":-7}");
  }

  @Test
  void anEventsCanonicalFormListsEveryMemberButTheHashInOrder() {
    AuditEvent event = new AuditChain("gw-1", ChainHead.EMPTY).append(entry("r1"), 0);

    String canonical = CanonicalJson.write(AuditEvent.members(event.chain(), event.sequence(),
        event.previousHash(), event.entry(), event.droppedBefore()));

    assertThat(canonical).isEqualTo("{\"bytesIn\":61,\"bytesOut\":45,\"chain\":\"gw-1\","
        + "\"claimedClientId\":\"demo-bank\",\"clientId\":\"demo-bank\","
        + "\"clientType\":\"BANK\",\"droppedBefore\":0,"
        + "\"errorCodes\":[],\"latencyMicros\":1234,\"operationName\":\"Lookup\","
        + "\"operationType\":\"QUERY\",\"previousHash\":\"" + "0".repeat(64) + "\","
        + "\"problemReason\":null,\"requestId\":\"r1\",\"rootFields\":[\"subject\"],"
        + "\"sequence\":1,\"status\":200,\"subjects\":[\"91370982MA3C4A1Q19\"],"
        + "\"time\":\"2026-11-25T21:13:46.123Z\"}");
    assertThat(event.hash()).isEqualTo(sha256(canonical));
  }

  @Test
  void aDeclaredPurposeIsHashedAndAnAbsentOneIsNoMember() {
    AuditEntry plain = entry("r1");
    AuditEntry withPurpose = new AuditEntry(plain.time(), plain.requestId(), plain.clientId(),
        plain.clientType(), plain.claimedClientId(), plain.operationName(), plain.operationType(),
        plain.rootFields(), plain.subjects(), plain.status(), plain.problemReason(),
        plain.errorCodes(), plain.latencyMicros(), plain.bytesIn(), plain.bytesOut(),
        "LOAN_APPROVAL");

    String without = CanonicalJson.write(AuditEvent.members("gw-1", 1, AuditChain.GENESIS, plain, 0));
    String with = CanonicalJson.write(AuditEvent.members("gw-1", 1, AuditChain.GENESIS, withPurpose, 0));

    // Events written before purposes existed keep their canonical form, and so their hashes.
    assertThat(without).doesNotContain("purpose");
    assertThat(with).contains(",\"purpose\":\"LOAN_APPROVAL\",\"requestId\"");
    AuditEvent event = new AuditChain("gw-1", ChainHead.EMPTY).append(withPurpose, 0);
    assertThat(AuditEvent.fromDocument(event.document())).isEqualTo(event);
    Map<String, Object> stripped = new HashMap<>(event.document());
    stripped.remove("purpose");
    // Removing (or changing) the purpose breaks the link.
    assertThat(AuditChain.expectedHash(AuditEvent.fromDocument(stripped))).isNotEqualTo(event.hash());
    assertThat(AuditChain.expectedHash(event)).isEqualTo(event.hash());
  }

  @Test
  void eachEventPointsAtTheOneBeforeAndTheChainContinuesFromAStoredHead() {
    AuditChain chain = new AuditChain("gw-1", ChainHead.EMPTY);
    AuditEvent first = chain.append(entry("r1"), 0);
    AuditEvent second = chain.append(entry("r2"), 3);
    AuditEvent third = new AuditChain("gw-1", chain.head()).append(entry("r3"), 0);

    assertThat(first.sequence()).isEqualTo(1);
    assertThat(first.previousHash()).isEqualTo(AuditChain.GENESIS);
    assertThat(second.sequence()).isEqualTo(2);
    assertThat(second.previousHash()).isEqualTo(first.hash());
    assertThat(second.droppedBefore()).isEqualTo(3);
    assertThat(third.sequence()).isEqualTo(3);
    assertThat(third.previousHash()).isEqualTo(second.hash());
    assertThat(List.of(first.hash(), second.hash(), third.hash())).doesNotHaveDuplicates();
  }

  @Test
  void anEventReadBackFromJsonHashesTheSame() {
    AuditEvent event = new AuditChain("gw-1", ChainHead.EMPTY).append(entry("r1"), 0);
    Map<String, Object> stored = JSON.readValue(JSON.writeValueAsString(event.document()),
        new TypeReference<Map<String, Object>>() {});

    AuditEvent read = AuditEvent.fromDocument(stored);

    assertThat(read).isEqualTo(event);
    assertThat(AuditChain.expectedHash(read)).isEqualTo(event.hash());
  }

  @Test
  void theVerifierNamesWhatIsWrongWithALink() {
    AuditChain chain = new AuditChain("gw-1", ChainHead.EMPTY);
    List<Map<String, Object>> docs = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      docs.add(new HashMap<>(chain.append(entry("r" + i), 0).document()));
    }
    assertThat(walk(docs)).isNull();

    List<Map<String, Object>> changed = copy(docs);
    changed.get(2).put("clientId", "someone-else");
    assertThat(walk(changed)).isEqualTo(new Object[] {3L, ChainReport.Failure.HASH_MISMATCH});

    List<Map<String, Object>> rehashed = copy(changed);
    rehashed.get(2).put("hash", AuditChain.expectedHash(AuditEvent.fromDocument(changed.get(2))));
    assertThat(walk(rehashed))
        .isEqualTo(new Object[] {4L, ChainReport.Failure.PREVIOUS_HASH_MISMATCH});

    List<Map<String, Object>> deleted = copy(docs);
    deleted.remove(1);
    assertThat(walk(deleted)).isEqualTo(new Object[] {2L, ChainReport.Failure.GAP});

    List<Map<String, Object>> broken = copy(docs);
    broken.getFirst().remove("status");
    assertThat(walk(broken)).isEqualTo(new Object[] {1L, ChainReport.Failure.UNREADABLE});
  }

  @Test
  void onlyStringsIntegersNullAndListsAreCanonicalised() {
    assertThatThrownBy(() -> CanonicalJson.write(Map.of("x", 1.5)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CanonicalJson.write(Map.of("x", 1L << 54)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** {sequence, failure} of the first broken link, or null. */
  private static Object[] walk(List<Map<String, Object>> docs) {
    long expected = 1;
    String previous = AuditChain.GENESIS;
    for (Map<String, Object> doc : docs) {
      ChainReport.Break broken = AuditChainVerifier.check(doc, expected, previous);
      if (broken != null) {
        return new Object[] {broken.sequence(), broken.failure()};
      }
      AuditEvent event = AuditEvent.fromDocument(doc);
      previous = event.hash();
      expected = event.sequence() + 1;
    }
    return null;
  }

  private static List<Map<String, Object>> copy(List<Map<String, Object>> docs) {
    return new ArrayList<>(docs.stream().map(d -> (Map<String, Object>) new HashMap<>(d))
        .toList());
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
