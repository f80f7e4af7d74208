package org.publiccredit.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestSignerTest {

    /** RFC 9421 Appendix B.1.4, test-key-ed25519. */
    private static final String RFC_ED25519_KEY = """
            -----BEGIN PRIVATE KEY-----
            MC4CAQAwBQYDK2VwBCIEIJ+DYvh6SEqVTm50DFtMDoQikTmiCqirVv9mWG9qfSnF
            -----END PRIVATE KEY-----
            """;

    private static final URI TARGET = URI.create("http://127.0.0.1:8080/graphql");
    private static final byte[] BODY = "{\"query\":\"{ subject(code: \\\"91370982MA3C4A1Q19\\\") { name } }\"}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void reproducesTheEd25519ExampleOfRfc9421AppendixB26(@TempDir Path dir) throws Exception {
        RequestSigner signer = RequestSigner.fromKeyFile("test-key-ed25519", write(dir, RFC_ED25519_KEY));
        Map<String, String> headers = Map.of(
                "Date", "Tue, 20 Apr 2021 02:07:55 GMT",
                "Content-Type", "application/json",
                "Content-Length", "18");
        List<String> components = List.of("date", "@method", "@path", "@authority", "content-type", "content-length");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("created", 1618884473L);
        parameters.put("keyid", "test-key-ed25519");
        String params = SignatureBase.signatureParams(components, parameters);

        String base = SignatureBase.build("POST", URI.create("https://example.com/foo?param=Value&Pet=dog"),
                headers, components, params);

        assertThat(base).isEqualTo("""
                "date": Tue, 20 Apr 2021 02:07:55 GMT
                "@method": POST
                "@path": /foo
                "@authority": example.com
                "content-type": application/json
                "content-length": 18
                "@signature-params": ("date" "@method" "@path" "@authority" "content-type" "content-length");\
                created=1618884473;keyid="test-key-ed25519\"""");
        assertThat(Base64.getEncoder().encodeToString(signer.rawSignature(base))).isEqualTo(
                "wqcAqbmYJ2ji2glfAMaRy4gruYYnx2nEFN2HN6jrnDnQCK1u02Gb04v9EDgwUPiu4A0w6vuQv5lIp5WPpBKRCw==");
    }

    @Test
    void contentDigestMatchesRfc9530Examples() {
        byte[] body = "{\"hello\": \"world\"}\n".getBytes(StandardCharsets.UTF_8);
        assertThat(RequestSigner.contentDigest("sha-256", body))
                .isEqualTo("sha-256=:RK/0qy18MlBSVnWgjwz6lZEWjP/lF5HF9bvEF8FabDg=:");
        assertThat(RequestSigner.contentDigest("sha-512", body)).isEqualTo(
                "sha-512=:YMAam51Jz/jOATT6/zvHrLVgOYTGFy1d6GJiOHTohq4yP+pgk4vf2aCsyRZOtw8MjkM7iw7yZ/WkppmM44T3qg==:");
    }

    @Test
    void signsMethodTargetUriAndDigestWithTheDefaults() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        RequestSigner signer = RequestSigner.ed25519("demo-bank", pair.getPrivate());
        SigningOptions options = SigningOptions.defaults().withCreated(Instant.ofEpochSecond(1_764_000_000L)).withNonce("n-1");

        Map<String, String> headers = signer.sign("post", TARGET, BODY, options);

        assertThat(headers.get("Content-Digest")).isEqualTo(RequestSigner.contentDigest("sha-256", BODY));
        assertThat(headers.get("Signature-Input")).isEqualTo(
                "sig1=(\"@method\" \"@target-uri\" \"content-digest\");created=1764000000;keyid=\"demo-bank\";alg=\"ed25519\";nonce=\"n-1\"");
        String expectedBase = """
                "@method": POST
                "@target-uri": http://127.0.0.1:8080/graphql
                "content-digest": %s
                "@signature-params": %s""".formatted(headers.get("Content-Digest"),
                headers.get("Signature-Input").substring("sig1=".length()));
        assertThat(verify("Ed25519", pair, expectedBase, signatureBytes(headers))).isTrue();
    }

    @Test
    void ecdsaSignaturesAreRawRAndSOverP256() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        RequestSigner signer = RequestSigner.ecdsaP256Sha256("demo-tax", pair.getPrivate());

        Map<String, String> headers = signer.sign("POST", TARGET, BODY);

        byte[] signature = signatureBytes(headers);
        assertThat(signature).hasSize(64);
        assertThat(headers.get("Signature-Input")).contains("alg=\"ecdsa-p256-sha256\"");
    }

    @Test
    void hmacSignatureIsTheMacOfTheSignatureBase(@TempDir Path dir) throws Exception {
        byte[] secret = new byte[32];
        for (int i = 0; i < secret.length; i++) {
            secret[i] = (byte) i;
        }
        RequestSigner signer = RequestSigner.fromKeyFile("demo-dept", write(dir, Base64.getEncoder().encodeToString(secret)));
        assertThat(signer.algorithm()).isEqualTo(SignatureAlgorithm.HMAC_SHA256);

        Map<String, String> headers = signer.sign("POST", TARGET, BODY);

        String base = """
                "@method": POST
                "@target-uri": http://127.0.0.1:8080/graphql
                "content-digest": %s
                "@signature-params": %s""".formatted(headers.get("Content-Digest"),
                headers.get("Signature-Input").substring("sig1=".length()));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        assertThat(signatureBytes(headers)).isEqualTo(mac.doFinal(base.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aRequestWithoutBodyCoversNoDigest() throws Exception {
        RequestSigner signer = RequestSigner.ed25519("demo-bank", KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate());

        Map<String, String> headers = signer.sign("GET", URI.create("http://127.0.0.1:8080/reports/R1.pdf?x=1"), null);

        assertThat(headers).doesNotContainKey("Content-Digest");
        assertThat(headers.get("Signature-Input")).startsWith("sig1=(\"@method\" \"@target-uri\");created=");
    }

    @Test
    void everySignatureGetsItsOwnNonce() throws Exception {
        RequestSigner signer = RequestSigner.ed25519("demo-bank", KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate());
        assertThat(nonce(signer.sign("POST", TARGET, BODY))).isNotEqualTo(nonce(signer.sign("POST", TARGET, BODY)));
    }

    @Test
    void refusesShortHmacSecretsAndUnknownDigests() {
        assertThatThrownBy(() -> RequestSigner.hmacSha256("k", new byte[16])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SigningOptions.defaults().withDigestAlgorithm("md5")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsTheDemoKeysShippedInConfig() {
        Path keys = Path.of("../../config/demo-keys");
        assertThat(RequestSigner.fromKeyFile("demo-bank", keys.resolve("demo-bank.key")).algorithm()).isEqualTo(SignatureAlgorithm.ED25519);
        assertThat(RequestSigner.fromKeyFile("demo-tax", keys.resolve("demo-tax.key")).algorithm()).isEqualTo(SignatureAlgorithm.ECDSA_P256_SHA256);
        assertThat(RequestSigner.fromKeyFile("demo-dept", keys.resolve("demo-dept.key")).algorithm()).isEqualTo(SignatureAlgorithm.HMAC_SHA256);
    }

    private static String nonce(Map<String, String> headers) {
        Matcher m = Pattern.compile("nonce=\"([^\"]+)\"").matcher(headers.get("Signature-Input"));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static byte[] signatureBytes(Map<String, String> headers) {
        String value = headers.get("Signature");
        assertThat(value).startsWith("sig1=:").endsWith(":");
        return Base64.getDecoder().decode(value.substring("sig1=:".length(), value.length() - 1));
    }

    private static boolean verify(String jcaName, KeyPair pair, String base, byte[] signature) throws Exception {
        Signature verifier = Signature.getInstance(jcaName);
        verifier.initVerify(pair.getPublic());
        verifier.update(base.getBytes(StandardCharsets.UTF_8));
        return verifier.verify(signature);
    }

    @Test
    void aSuppliedRawSignerSignsTheSameBaseAsTheBuiltInOne(@TempDir Path dir) throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        RequestSigner builtIn = RequestSigner.ed25519("demo-bank", pair.getPrivate());
        RequestSigner supplied = RequestSigner.withRawSigner("demo-bank", SignatureAlgorithm.ED25519, base -> {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(pair.getPrivate());
            signature.update(base);
            return signature.sign();
        });
        SigningOptions options = SigningOptions.defaults();

        // Ed25519 is deterministic: the same base gives the same signature.
        assertThat(supplied.sign("POST", TARGET, BODY, options)).isEqualTo(builtIn.sign("POST", TARGET, BODY, options));
        assertThat(supplied.algorithm()).isEqualTo(SignatureAlgorithm.ED25519);
    }

    private static Path write(Path dir, String content) throws Exception {
        return Files.writeString(dir.resolve("key"), content);
    }
}
