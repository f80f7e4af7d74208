package org.publiccredit.signing;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.PrivateKey;
import java.security.Signature;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/** The algorithms the gateway accepts, by their RFC 9421 registry names. */
public enum SignatureAlgorithm {

    /** EdDSA over Curve25519 (RFC 9421 §3.3.6). */
    ED25519("ed25519"),
    /** ECDSA over P-256 with SHA-256; the signature is r||s, 64 bytes (RFC 9421 §3.3.4). */
    ECDSA_P256_SHA256("ecdsa-p256-sha256"),
    /** HMAC with SHA-256 and a shared secret (RFC 9421 §3.3.3). */
    HMAC_SHA256("hmac-sha256");

    private final String registryName;

    SignatureAlgorithm(String registryName) {
        this.registryName = registryName;
    }

    /** The name used in the {@code alg} parameter. */
    public String registryName() {
        return registryName;
    }

    byte[] sign(Key key, byte[] signatureBase) throws GeneralSecurityException {
        return switch (this) {
            case ED25519 -> signWith("Ed25519", (PrivateKey) key, signatureBase);
            case ECDSA_P256_SHA256 -> signWith("SHA256withECDSAinP1363Format", (PrivateKey) key, signatureBase);
            case HMAC_SHA256 -> {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init((SecretKey) key);
                yield mac.doFinal(signatureBase);
            }
        };
    }

    private static byte[] signWith(String jcaName, PrivateKey key, byte[] data) throws GeneralSecurityException {
        Signature signature = Signature.getInstance(jcaName);
        signature.initSign(key);
        signature.update(data);
        return signature.sign();
    }
}
