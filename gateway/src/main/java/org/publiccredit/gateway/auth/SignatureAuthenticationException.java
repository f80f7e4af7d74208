package org.publiccredit.gateway.auth;

import org.publiccredit.gateway.error.Problem;
import org.springframework.security.core.AuthenticationException;

/** Authentication failed; carries the problem to answer and the client id to log. */
final class SignatureAuthenticationException extends AuthenticationException {

  private final transient Problem problem;
  private final String clientId;

  SignatureAuthenticationException(Problem problem, String clientId, Throwable cause) {
    super(problem.reason(), cause);
    this.problem = problem;
    this.clientId = clientId;
  }

  Problem problem() {
    return problem;
  }

  /** The keyid the request claimed, sanitised for logs; "-" when none could be read. */
  String clientId() {
    return clientId;
  }
}
