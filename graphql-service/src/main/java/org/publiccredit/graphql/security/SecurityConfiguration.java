package org.publiccredit.graphql.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Only the gateway may call: every request but the health probe needs its identity token. Scopes
 * are checked per field (see {@link Caller}), so the error can name the missing scope. Import mode
 * runs without a web server and so without any of this.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(IdentityTokenProperties.class)
class SecurityConfiguration {

  @Bean
  JwtDecoder identityTokenDecoder(IdentityTokenProperties properties) {
    return IdentityTokenDecoder.create(properties);
  }

  /**
   * No Spring Security observations at all, as in the gateway. Turning them off by name
   * ({@code management.observations.enable.spring.security: false}, decision 44) only made each one
   * a no-op: the filter chain was still wrapped in Security's observation decorator, a wrapper and
   * a no-op observation per security filter per call. Without observations of requests Security
   * does not wrap the chain (docs/decisions.md).
   */
  @Bean
  SecurityObservationSettings noSecurityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
    var entryPoint = new ProblemEntryPoint();
    http.authorizeHttpRequests(requests -> requests
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            .anyRequest().authenticated())
        .oauth2ResourceServer(resourceServer -> resourceServer
            .jwt(jwt -> {})
            .authenticationEntryPoint(entryPoint))
        .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint))
        .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .formLogin(form -> form.disable())
        .httpBasic(basic -> basic.disable())
        .logout(logout -> logout.disable());
    return http.build();
  }
}
