package org.publiccredit.gateway.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

class ProblemExceptionHandlerTest {

  @Test
  void anUnexpectedErrorIsAnInternalErrorWithoutItsMessage() {
    Problem problem = ProblemExceptionHandler.classify(
        new IllegalStateException("secret internals at com.example.Foo"));
    assertThat(problem.status()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(problem.reason()).isEqualTo("internal-error");
    assertThat(problem.detail()).doesNotContain("secret", "Foo");
  }

  @Test
  void classifiesUpstreamFailures() {
    assertThat(ProblemExceptionHandler.classify(
        new RuntimeException(new ConnectException("refused"))).reason())
        .isEqualTo("service-unavailable");
    assertThat(ProblemExceptionHandler.classify(new IOException("reset")).status())
        .isEqualTo(HttpStatus.BAD_GATEWAY);
    assertThat(ProblemExceptionHandler.classify(
        new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT)).reason())
        .isEqualTo("upstream-timeout");
  }

  @Test
  void keepsClientErrorStatuses() {
    assertThat(ProblemExceptionHandler.classify(
        new ResponseStatusException(HttpStatus.NOT_FOUND)).reason()).isEqualTo("not-found");
    assertThat(ProblemExceptionHandler.classify(
        new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE)).reason())
        .isEqualTo("unsupported-media-type");
  }

  @Test
  void theTypeIsAUrnOfTheReason() {
    assertThat(new Problem(HttpStatus.UNAUTHORIZED, "bad-signature", "t", null).type())
        .isEqualTo("urn:publiccredit:problem:bad-signature");
  }
}
