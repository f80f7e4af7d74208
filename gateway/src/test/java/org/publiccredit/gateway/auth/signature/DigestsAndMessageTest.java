package org.publiccredit.gateway.auth.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DigestsAndMessageTest {

  @Test
  void eachDigestIsFreshAndNotShared() {
    MessageDigest first = Digests.sha("SHA-256");
    first.update("left over".getBytes(StandardCharsets.UTF_8));
    MessageDigest second = Digests.sha("SHA-256");

    assertThat(second).isNotSameAs(first);
    // FIPS 180-2 example: SHA-256("abc")
    assertThat(HexFormat.of().formatHex(second.digest("abc".getBytes(StandardCharsets.US_ASCII))))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(Digests.sha("SHA-512").getDigestLength()).isEqualTo(64);
  }

  @Test
  void headerNamesAreMatchedWithoutCaseAndRepeatedLinesJoined() {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Content-Digest", List.of(" sha-256=:AAAA: "));
    headers.put("X-Multi", List.of(" a ", "b"));
    headers.put("x-multi", List.of("c"));

    SignedMessage message = new SignedMessage("POST", URI.create("http://h/graphql"), headers,
        new byte[0]);

    assertThat(message.header("content-digest")).isEqualTo("sha-256=:AAAA:");
    assertThat(message.header("X-MULTI")).isEqualTo("a, b, c");
    assertThat(message.header("absent")).isNull();
    assertThat(message.headers()).containsOnlyKeys("content-digest", "x-multi");
  }
}
