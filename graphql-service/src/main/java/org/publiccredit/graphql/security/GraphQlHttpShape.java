package org.publiccredit.graphql.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The service takes what the gateway forwards, one operation per {@code POST}, and refuses the
 * rest itself too (defence in depth; the gateway refuses both first): a {@code GET}, which would
 * put queries and the ID numbers in them into URLs and logs and could carry a mutation, is a 405,
 * and a JSON array of requests (a batch, which would multiply the work one request may cost) a 400,
 * each {@code application/problem+json} with the gateway's reasons. Runs after authentication.
 */
@Component
class GraphQlHttpShape extends OncePerRequestFilter {

  private static final String PATH = "/graphql";

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !PATH.equals(request.getRequestURI());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!HttpMethod.POST.matches(request.getMethod())) {
      response.setHeader("Allow", "POST");
      refuse(response, 405, "method-not-allowed", "Only POST /graphql, one operation per request.");
      return;
    }
    PushbackInputStream body = new PushbackInputStream(request.getInputStream(), 64);
    int first = firstNonWhitespace(body);
    if (first == '[') {
      refuse(response, 400, "batched-requests-refused", "Send one GraphQL operation per request, not an array.");
      return;
    }
    chain.doFilter(new Peeked(request, body), response);
  }

  /** Reads past leading whitespace and pushes the first other byte back. */
  private static int firstNonWhitespace(PushbackInputStream body) throws IOException {
    int b;
    do {
      b = body.read();
    } while (b == ' ' || b == '\t' || b == '\n' || b == '\r');
    if (b >= 0) {
      body.unread(b);
    }
    return b;
  }

  private static void refuse(HttpServletResponse response, int status, String reason, String detail) throws IOException {
    String body = """
        {"type":"urn:publiccredit:problem:%s","title":"%s","status":%d,"detail":"%s","reason":"%s"}"""
        .formatted(reason, status == 405 ? "Method Not Allowed" : "Bad Request", status, detail, reason);
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
  }

  /** The request with its body stream replaced by the peeked one. */
  private static final class Peeked extends HttpServletRequestWrapper {

    private final ServletInputStream stream;

    Peeked(HttpServletRequest request, PushbackInputStream body) {
      super(request);
      ServletInputStream original;
      try {
        original = request.getInputStream();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      this.stream = new ServletInputStream() {
        @Override
        public int read() throws IOException {
          return body.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          return body.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          try {
            return body.available() == 0 && original.isFinished();
          } catch (IOException e) {
            return true;
          }
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          original.setReadListener(listener);
        }
      };
    }

    @Override
    public ServletInputStream getInputStream() {
      return stream;
    }
  }
}
