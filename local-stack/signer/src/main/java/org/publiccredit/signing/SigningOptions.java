package org.publiccredit.signing;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * What a signature covers and with which parameters. {@link #defaults()} is what every client
 * should send; the {@code with...} methods exist to build the unusual requests a test needs.
 *
 * @param created         the signature's creation time (the gateway accepts ±300 s)
 * @param nonce           unique per key for 10 minutes; the gateway refuses a replay
 * @param components      covered components, in order, as RFC 9421 component identifiers
 * @param digestAlgorithm {@code sha-256} or {@code sha-512} for the Content-Digest of the body
 * @param label           the signature's label in Signature-Input and Signature
 */
public record SigningOptions(Instant created, String nonce, List<String> components,
                             String digestAlgorithm, String label) {

    /** The components the gateway requires for a request with a body. */
    public static final List<String> DEFAULT_COMPONENTS =
            List.of("@method", "@target-uri", "content-digest");

    private static final SecureRandom RANDOM = new SecureRandom();

    public SigningOptions {
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(nonce, "nonce");
        components = List.copyOf(components);
        if (!digestAlgorithm.equals("sha-256") && !digestAlgorithm.equals("sha-512")) {
            throw new IllegalArgumentException("digest algorithm must be sha-256 or sha-512");
        }
    }

    /** Now, a fresh 128-bit nonce, method + target URI + content digest, SHA-256, label sig1. */
    public static SigningOptions defaults() {
        return new SigningOptions(Instant.now(), randomNonce(), DEFAULT_COMPONENTS, "sha-256", "sig1");
    }

    public static String randomNonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public SigningOptions withCreated(Instant value) {
        return new SigningOptions(value, nonce, components, digestAlgorithm, label);
    }

    public SigningOptions withNonce(String value) {
        return new SigningOptions(created, value, components, digestAlgorithm, label);
    }

    public SigningOptions withComponents(List<String> value) {
        return new SigningOptions(created, nonce, value, digestAlgorithm, label);
    }

    public SigningOptions withDigestAlgorithm(String value) {
        return new SigningOptions(created, nonce, components, value, label);
    }

    public SigningOptions withLabel(String value) {
        return new SigningOptions(created, nonce, components, digestAlgorithm, value);
    }
}
