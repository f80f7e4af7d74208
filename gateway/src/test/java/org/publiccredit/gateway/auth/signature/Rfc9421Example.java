package org.publiccredit.gateway.auth.signature;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** The request and Ed25519 signature of RFC 9421 Appendix B.2.6 (test-key-ed25519, B.1.4). */
final class Rfc9421Example {

  static final String SIGNATURE_INPUT = "sig-b26=(\"date\" \"@method\" \"@path\" \"@authority\" "
      + "\"content-type\" \"content-length\");created=1618884473;keyid=\"test-key-ed25519\"";
  static final String SIGNATURE = "wqcAqbmYJ2ji2glfAMaRy4gruYYnx2nEFN2HN6jrnDnQCK1u02Gb04v9EDgwUP"
      + "iu4A0w6vuQv5lIp5WPpBKRCw==";
  static final String BASE = """
      "date": Tue, 20 Apr 2021 02:07:55 GMT
      "@method": POST
      "@path": /foo
      "@authority": example.com
      "content-type": application/json
      "content-length": 18
      "@signature-params": ("date" "@method" "@path" "@authority" "content-type" \
      "content-length");created=1618884473;keyid="test-key-ed25519\"""";

  private Rfc9421Example() {}

  static SignedMessage message() {
    return new SignedMessage("POST", URI.create("https://example.com/foo?param=Value&Pet=dog"),
        Map.of(
            "Host", List.of("example.com"),
            "Date", List.of("Tue, 20 Apr 2021 02:07:55 GMT"),
            "Content-Type", List.of("application/json"),
            "Content-Digest", List.of("sha-512=:WZDPaVn/7XgHaAy8pmojAkGWoRx2UFChF41A2svX+TaPm+AbwAgBWnrI"
                + "iYllu7BNNyealdVLvRwEmTHWXvJwew==:"),
            "Content-Length", List.of("18")),
        "{\"hello\": \"world\"}".getBytes(StandardCharsets.US_ASCII));
  }

  static PublicKey publicKey() throws Exception {
    return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(
        Base64.getDecoder().decode("MCowBQYDK2VwAyEAJrQLj5P/89iXES9+vFgrIy29clF9CC/oPPsw3c5D0bs=")));
  }

  static byte[] signature() {
    return Base64.getDecoder().decode(SIGNATURE);
  }
}
