package org.publiccredit.gateway.auth;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How the gateway authenticates callers.
 *
 * @param clientsLocation the client registry (config/clients.yml); env PLATFORM_CLIENT_REGISTRY
 * @param maxBodySize the largest request body accepted, counted on the bytes received
 * @param clockSkew how far a signature's {@code created} may be from the gateway clock
 * @param nonceTtl how long a nonce stays used; must cover the whole window of {@code clockSkew}
 * @param clientsReloadInterval how often the registry file is checked for changes (hot reload)
 */
@Validated
@ConfigurationProperties(AuthProperties.PREFIX)
record AuthProperties(
    @NotNull Resource clientsLocation,
    @DefaultValue("1MB") DataSize maxBodySize,
    @DefaultValue("300s") Duration clockSkew,
    @DefaultValue("10m") Duration nonceTtl,
    @DefaultValue("2s") Duration clientsReloadInterval) {

  static final String PREFIX = "platform.gateway";

  AuthProperties {
    // A signature is accepted from created - skew to created + skew: the nonce must outlive that.
    if (nonceTtl.compareTo(clockSkew.multipliedBy(2)) < 0) {
      throw new IllegalArgumentException(PREFIX + ".nonce-ttl (" + nonceTtl
          + ") must be at least twice " + PREFIX + ".clock-skew (" + clockSkew + ")");
    }
  }
}
