package org.publiccredit.bench;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.publiccredit.signing.RequestSigner;
import org.publiccredit.signing.SignatureAlgorithm;

/**
 * Gives each request what its path needs: through the gateway, a fresh RFC 9421 signature (new
 * nonce, Content-Digest); straight to the service, the identity token the gateway would have
 * minted (renewed every 10 s, since minting is the gateway's cost, not the service's).
 */
final class CallSigner {

    private final BenchSettings settings;
    private final RequestSigner signer;
    private final ECPrivateKey gatewayKey;
    private final URI target;
    private volatile String token = "";
    private volatile Instant tokenExpires = Instant.EPOCH;

    CallSigner(BenchSettings settings) {
        this.settings = settings;
        this.signer = signer(settings.client(), settings.root().resolve("config/demo-keys/" + settings.client() + ".key"));
        this.gatewayKey = readEcKey();
        this.target = URI.create(settings.baseUrl() + "/graphql");
    }

    /**
     * The reference signer, with BouncyCastle doing the Ed25519 arithmetic: the JDK's EdDSA is
     * pure Java, several times slower, and the load generator shares the cores with the servers
     * it measures (the direct path signs nothing, so a slow signer would only tax the gateway's
     * figures). Other key types keep the JDK's implementation.
     */
    static RequestSigner signer(String clientId, Path keyFile) {
        RequestSigner reference = RequestSigner.fromKeyFile(clientId, keyFile);
        if (reference.algorithm() != SignatureAlgorithm.ED25519) {
            return reference;
        }
        try {
            String pem = Files.readString(keyFile);
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
            var key = (Ed25519PrivateKeyParameters) PrivateKeyFactory.createKey(der);
            // Stateless and thread-safe: the public key is derived once, at construction.
            return RequestSigner.withRawSigner(clientId, SignatureAlgorithm.ED25519, base -> {
                byte[] signature = new byte[Ed25519PrivateKeyParameters.SIGNATURE_SIZE];
                key.sign(Ed25519.Algorithm.Ed25519, null, base, 0, base.length, signature, 0);
                return signature;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, String> headersFor(byte[] body) {
        if (settings.viaGateway()) {
            return signer.sign("POST", target, body);
        }
        return Map.of("Authorization", "Bearer " + currentToken());
    }

    HttpRequestActionBuilder request(HttpRequestActionBuilder request) {
        if (settings.viaGateway()) {
            return request.header("Content-Digest", "#{Content-Digest}")
                    .header("Signature-Input", "#{Signature-Input}")
                    .header("Signature", "#{Signature}");
        }
        return request.header("Authorization", "#{Authorization}");
    }

    private String currentToken() {
        Instant now = Instant.now();
        if (now.isAfter(tokenExpires.minusSeconds(20))) {
            synchronized (this) {
                if (now.isAfter(tokenExpires.minusSeconds(20))) {
                    // The token first: a reader that sees the new expiry must see the new token.
                    Instant expires = now.plusSeconds(30);
                    token = mint(now, expires);
                    tokenExpires = expires;
                }
            }
        }
        return token;
    }

    private String mint(Instant now, Instant expires) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer("credit-open-api-gateway").audience("graphql-service").subject(settings.client())
                .claim("client_type", "BANK").claim("institution_code", "91370900MA3B0K2XXH")
                .claim("scope", "subject:read pii:read lending:dual-check profile:read")
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now)).expirationTime(Date.from(expires)).build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.ES256), claims);
            jwt.sign(new ECDSASigner(gatewayKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private ECPrivateKey readEcKey() {
        try {
            String pem = Files.readString(settings.root().resolve("config/demo-keys/gateway-token.key"));
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
            return (ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
