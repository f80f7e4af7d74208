package org.publiccredit.gateway.auth;

import io.lettuce.core.ClientOptions.DisconnectedBehavior;
import io.lettuce.core.metrics.CommandLatencyRecorder;
import java.io.IOException;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.publiccredit.gateway.auth.signature.HttpMessageSignatures;
import org.publiccredit.gateway.error.ProblemWriter;
import org.publiccredit.gateway.eventloop.RequestEventLoops;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * Every request is authenticated by its HTTP Message Signature, except the health probes and
 * the metrics scrape.
 * Stateless: no session, no saved request, no CSRF token (no browser and no cookie involved).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

  /**
   * No signature asked: the health probes, and the Prometheus scrape, which a scraper cannot
   * sign and which the observability package restricts to the metrics networks instead.
   */
  private static final String[] PUBLIC_PATHS = {"/actuator/health", "/actuator/health/**",
      "/actuator/prometheus"};

  @Bean
  ClientRegistry clientRegistry(AuthProperties properties) {
    return new ClientRegistry(properties.clientsLocation());
  }

  /** Hot reload works for a registry on the file system; anything else is read at start-up. */
  @Bean
  @Nullable ClientRegistryWatcher clientRegistryWatcher(ClientRegistry registry,
      AuthProperties properties) throws IOException {
    Resource location = properties.clientsLocation();
    if (!location.isFile()) {
      return null;
    }
    return new ClientRegistryWatcher(registry, location.getFile().toPath(),
        properties.clientsReloadInterval());
  }

  @Bean
  HttpMessageSignatures httpMessageSignatures(Clock clock, AuthProperties properties) {
    return new HttpMessageSignatures(clock, properties.clockSkew());
  }

  @Bean
  NonceStore nonceStore(ReactiveStringRedisTemplate redis, RequestEventLoops eventLoops) {
    return new RedisNonceStore(redis, eventLoops);
  }

  @Bean
  ReplayProtection replayProtection(NonceStore nonces, ProblemWriter problems) {
    return new ReplayProtection(nonces, problems);
  }

  /** A bean, so Spring Boot does not add its default user with a generated password. */
  @Bean
  SignatureAuthenticationManager signatureAuthenticationManager(ClientRegistry registry,
      HttpMessageSignatures signatures, NonceStore nonces, AuthProperties properties) {
    return new SignatureAuthenticationManager(registry, signatures, nonces,
        properties.nonceTtl());
  }

  @Bean
  RequestBodyCachingFilter requestBodyCachingFilter(AuthProperties properties,
      ProblemWriter problems) {
    return new RequestBodyCachingFilter(properties.maxBodySize().toBytes(), problems);
  }

  /**
   * While Redis is unreachable, fail nonce checks at once (503) instead of queueing commands
   * until they time out; Lettuce keeps reconnecting in the background.
   */
  @Bean
  LettuceClientOptionsBuilderCustomizer rejectRedisCommandsWhileDisconnected() {
    return options -> options.disconnectedBehavior(DisconnectedBehavior.REJECT_COMMANDS);
  }

  /**
   * No per-command latency histogram in Lettuce (its default whenever HdrHistogram is on the
   * class path, which Micrometer puts there): nothing reads it, and it cost a share of every
   * Redis call on the request path. The call's own metrics cover the time spent in Redis.
   */
  @Bean
  ClientResourcesBuilderCustomizer noLettuceCommandLatencies() {
    return resources -> resources.commandLatencyRecorder(CommandLatencyRecorder.disabled());
  }

  /**
   * No Spring Security observations at all. Turning them off by name
   * ({@code management.observations.enable.spring.security: false}) only makes each one a no-op:
   * the filter chain was still wrapped in Security's observation decorator, which adds a
   * {@code checkpoint} operator and a wrapper per security filter per call. Without observations
   * to make, Security does not install the decorator (decision in docs/decisions.md).
   */
  @Bean
  SecurityObservationSettings noSecurityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http,
      SignatureAuthenticationManager manager, HttpMessageSignatures signatures,
      ProblemWriter problems) {
    ProblemAuthenticationFailureHandler refusals =
        new ProblemAuthenticationFailureHandler(problems);
    ServerWebExchangeMatcher publicPaths = ServerWebExchangeMatchers.pathMatchers(PUBLIC_PATHS);
    AuthenticationWebFilter signatureFilter = new AuthenticationWebFilter(manager);
    signatureFilter.setServerAuthenticationConverter(
        new SignatureAuthenticationConverter(signatures));
    signatureFilter.setAuthenticationFailureHandler(refusals);
    signatureFilter.setAuthenticationSuccessHandler((filterExchange, authentication) -> {
      PendingNonce nonce = authentication instanceof ClientAuthentication client
          ? client.pendingNonce() : null;
      if (nonce != null) {
        ReplayProtection.defer(filterExchange.getExchange(), nonce);
      }
      return filterExchange.getChain().filter(filterExchange.getExchange());
    });
    signatureFilter.setRequiresAuthenticationMatcher(
        new NegatedServerWebExchangeMatcher(publicPaths));
    signatureFilter.setSecurityContextRepository(NoOpServerSecurityContextRepository.getInstance());
    return http
        .csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
        .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
        .authorizeExchange(exchanges -> exchanges
            .pathMatchers(PUBLIC_PATHS).permitAll()
            .anyExchange().authenticated())
        .addFilterAt(signatureFilter, SecurityWebFiltersOrder.AUTHENTICATION)
        .exceptionHandling(handling -> handling
            .authenticationEntryPoint(refusals)
            .accessDeniedHandler(refusals))
        .build();
  }
}
