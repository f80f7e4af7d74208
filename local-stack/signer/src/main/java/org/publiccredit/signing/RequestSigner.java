package org.publiccredit.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Signs a request for the Open API gateway: adds {@code Content-Digest} (RFC 9530) for a body, and
 * {@code Signature-Input} / {@code Signature} (RFC 9421) covering the method, the target URI and
 * that digest, with {@code created}, {@code keyid}, {@code alg} and a fresh {@code nonce}.
 *
 * <pre>{@code
 * RequestSigner signer = RequestSigner.fromKeyFile("demo-bank", Path.of("config/demo-keys/demo-bank.key"));
 * Map<String, String> headers = signer.sign("POST", URI.create("http://127.0.0.1:8080/graphql"), body);
 * }</pre>
 *
 * Instances are immutable and thread-safe.
 */
public final class RequestSigner {

    private final String keyId;
    private final SignatureAlgorithm algorithm;
    private final RawSigner raw;

    private RequestSigner(String keyId, SignatureAlgorithm algorithm, Key key) {
        this(keyId, algorithm, base -> algorithm.sign(key, base));
    }

    private RequestSigner(String keyId, SignatureAlgorithm algorithm, RawSigner raw) {
        this.keyId = Objects.requireNonNull(keyId, "keyId");
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.raw = Objects.requireNonNull(raw, "raw");
    }

    /** Signs the bytes of a signature base; must be thread-safe. */
    @FunctionalInterface
    public interface RawSigner {
        byte[] sign(byte[] signatureBase) throws GeneralSecurityException;
    }

    /**
     * A signer whose cryptography is supplied: for callers that bring another implementation of
     * the same algorithm (a load generator using BouncyCastle's Ed25519, far faster than the
     * JDK's). Everything else, digest, signature base and fields, is this class's.
     */
    public static RequestSigner withRawSigner(String keyId, SignatureAlgorithm algorithm, RawSigner raw) {
        return new RequestSigner(keyId, algorithm, raw);
    }

    public static RequestSigner ed25519(String keyId, PrivateKey key) {
        return new RequestSigner(keyId, SignatureAlgorithm.ED25519, key);
    }

    public static RequestSigner ecdsaP256Sha256(String keyId, PrivateKey key) {
        return new RequestSigner(keyId, SignatureAlgorithm.ECDSA_P256_SHA256, key);
    }

    public static RequestSigner hmacSha256(String keyId, byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("an HMAC-SHA256 secret needs at least 256 bits");
        }
        return new RequestSigner(keyId, SignatureAlgorithm.HMAC_SHA256, new SecretKeySpec(secret, "HmacSHA256"));
    }

    /**
     * Reads a key file: a PKCS#8 PEM private key (Ed25519 or EC P-256) signs asymmetrically,
     * anything else is read as a base64 HMAC secret.
     */
    public static RequestSigner fromKeyFile(String keyId, Path keyFile) {
        String text;
        try {
            text = Files.readString(keyFile, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read key file " + keyFile, e);
        }
        if (!text.startsWith("-----BEGIN PRIVATE KEY-----")) {
            return hmacSha256(keyId, Base64.getMimeDecoder().decode(text));
        }
        byte[] der = Base64.getMimeDecoder().decode(text
                .replace("-----BEGIN PRIVATE KEY-----", "")
                .replace("-----END PRIVATE KEY-----", ""));
        try {
            return ed25519(keyId, KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der)));
        } catch (InvalidKeySpecException notEd25519) {
            try {
                return ecdsaP256Sha256(keyId, KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der)));
            } catch (GeneralSecurityException e) {
                throw new IllegalArgumentException("key file holds neither an Ed25519 nor an EC private key: " + keyFile, e);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot read Ed25519 keys", e);
        }
    }

    public String keyId() {
        return keyId;
    }

    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    /** Signs with {@link SigningOptions#defaults()}. */
    public Map<String, String> sign(String method, URI targetUri, byte @Nullable [] body) {
        return sign(method, targetUri, Map.of(), body, SigningOptions.defaults());
    }

    public Map<String, String> sign(String method, URI targetUri, byte @Nullable [] body, SigningOptions options) {
        return sign(method, targetUri, Map.of(), body, options);
    }

    /**
     * Signs a request.
     *
     * @param headers header fields the request carries; any of them may be named in the options'
     *                components and is then covered
     * @return the header fields to add: Content-Digest (only with a body), Signature-Input, Signature
     */
    public Map<String, String> sign(String method, URI targetUri, Map<String, String> headers,
                                    byte @Nullable [] body, SigningOptions options) {
        Map<String, String> added = new LinkedHashMap<>();
        List<String> components = new ArrayList<>(options.components());
        if (body == null) {
            components.remove("content-digest");
        } else {
            added.put("Content-Digest", contentDigest(options.digestAlgorithm(), body));
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("created", options.created().getEpochSecond());
        parameters.put("keyid", keyId);
        parameters.put("alg", algorithm.registryName());
        parameters.put("nonce", options.nonce());
        String signatureParams = SignatureBase.signatureParams(components, parameters);

        Map<String, String> covered = new LinkedHashMap<>(headers);
        covered.putAll(added);
        String base = SignatureBase.build(method, targetUri, covered, components, signatureParams);
        added.put("Signature-Input", options.label() + "=" + signatureParams);
        added.put("Signature", options.label() + "=:" + Base64.getEncoder().encodeToString(rawSignature(base)) + ":");
        return added;
    }

    byte[] rawSignature(String signatureBase) {
        try {
            return raw.sign(signatureBase.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing failed with " + algorithm.registryName(), e);
        }
    }

    /** The RFC 9530 Content-Digest field value, e.g. {@code sha-256=:base64:}. */
    public static String contentDigest(String algorithm, byte[] body) {
        String jcaName = switch (algorithm) {
            case "sha-256" -> "SHA-256";
            case "sha-512" -> "SHA-512";
            default -> throw new IllegalArgumentException("unsupported digest " + algorithm);
        };
        try {
            byte[] digest = MessageDigest.getInstance(jcaName).digest(body);
            return algorithm + "=:" + Base64.getEncoder().encodeToString(digest) + ":";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
