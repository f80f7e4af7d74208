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
import org.publiccredit.signing.RequestSigner;

/**
 * Gives each request what its path needs: through the gateway, a fresh RFC 9421 signature (new
 * nonce, Content-Digest); straight to the service, the identity token the gateway would have
 * minted (renewed every 10 s, since minting is the gateway's cost, not the service's).
 */
final class CallSigner {

    private final BenchSettings settings;
    private final RequestSigner signer;
    private final ECPrivateKey gatewayKey;
    private volatile String token = "";
    private volatile Instant tokenExpires = Instant.EPOCH;

    CallSigner(BenchSettings settings) {
        this.settings = settings;
        this.signer = RequestSigner.fromKeyFile(settings.client(),
                settings.root().resolve("config/demo-keys/" + settings.client() + ".key"));
        this.gatewayKey = readEcKey();
    }

    Map<String, String> headersFor(byte[] body) {
        if (settings.viaGateway()) {
            return signer.sign("POST", SubjectLookupSimulation.target(settings), body);
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
                    tokenExpires = now.plusSeconds(30);
                    token = mint(now, tokenExpires);
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
