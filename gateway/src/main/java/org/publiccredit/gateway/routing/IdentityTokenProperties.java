package org.publiccredit.gateway.routing;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * The token the gateway vouches for a caller with, towards the GraphQL service.
 *
 * @param key the ES256 (P-256) private key, PKCS#8 PEM; env PLATFORM_GATEWAY_TOKEN_KEY_FILE
 * @param issuer the {@code iss} claim the service checks
 * @param audience the {@code aud} claim the service checks
 * @param lifetime from {@code iat} to {@code exp}; short, so a token that leaks from the hop
 *     between gateway and service is soon useless
 * @param renewBefore a caller's token is reused until this long before it expires, then a new
 *     one is minted; the least life a forwarded token has left
 */
@Validated
@ConfigurationProperties(IdentityTokenProperties.PREFIX)
record IdentityTokenProperties(
    @NotNull Resource key,
    @DefaultValue("credit-open-api-gateway") String issuer,
    @DefaultValue("graphql-service") String audience,
    @DefaultValue("30s") Duration lifetime,
    @DefaultValue("10s") Duration renewBefore) {

  static final String PREFIX = "platform.gateway.identity-token";
}
