package org.publiccredit.graphql.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * How the gateway's per-request identity token is verified (contract: contracts.md).
 *
 * @param tokenPublicKey PEM (SubjectPublicKeyInfo) of the gateway's ES256 token key
 * @param issuer the only accepted {@code iss}
 * @param audience the {@code aud} this service answers to
 * @param clockSkew tolerance on {@code exp}, {@code nbf} and {@code iat}; tokens live 30 s
 */
@ConfigurationProperties(IdentityTokenProperties.PREFIX)
record IdentityTokenProperties(
    Resource tokenPublicKey,
    @DefaultValue("credit-open-api-gateway") String issuer,
    @DefaultValue("graphql-service") String audience,
    @DefaultValue("5s") Duration clockSkew) {

  static final String PREFIX = "platform.identity";
}
