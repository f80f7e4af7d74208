package org.publiccredit.gateway.auth;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an invalid registry at start-up into a short message instead of a stack trace. */
final class InvalidClientRegistryFailureAnalyzer
    extends AbstractFailureAnalyzer<InvalidClientRegistryException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InvalidClientRegistryException cause) {
    return new FailureAnalysis(cause.getMessage(),
        "Fix the client registry at " + cause.location() + " (property "
            + AuthProperties.PREFIX + ".clients-location, environment PLATFORM_CLIENT_REGISTRY)."
            + " config/clients.yml documents every field.",
        cause);
  }
}
