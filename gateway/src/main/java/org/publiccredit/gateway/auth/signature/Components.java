package org.publiccredit.gateway.auth.signature;

import static org.publiccredit.gateway.auth.signature.SignatureFailure.MISSING_COMPONENT;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/** The values of the RFC 9421 components the gateway supports (section 2.1 and 2.2). */
final class Components {

  static final String METHOD = "@method";
  static final String TARGET_URI = "@target-uri";
  static final String AUTHORITY = "@authority";
  static final String PATH = "@path";
  static final String QUERY = "@query";
  static final String CONTENT_DIGEST = "content-digest";

  private static final Set<String> DERIVED =
      Set.of(METHOD, TARGET_URI, AUTHORITY, "@scheme", "@request-target", PATH, QUERY);

  private Components() {}

  /** Derived components without parameters, and header fields named in lower case. */
  static boolean isSupported(String name) {
    if (name.startsWith("@")) {
      return DERIVED.contains(name);
    }
    return !name.isEmpty() && name.chars().allMatch(Components::isFieldNameChar);
  }

  static String value(String component, SignedMessage message) {
    URI uri = message.targetUri();
    return switch (component) {
      case METHOD -> message.method();
      case TARGET_URI -> scheme(uri) + "://" + authority(uri) + requestTarget(uri);
      case AUTHORITY -> authority(uri);
      case "@scheme" -> scheme(uri);
      case "@request-target" -> requestTarget(uri);
      case PATH -> path(uri);
      case QUERY -> "?" + (uri.getRawQuery() == null ? "" : uri.getRawQuery());
      default -> {
        String header = message.header(component);
        if (header == null) {
          throw new SignatureException(MISSING_COMPONENT,
              "The covered component \"" + component + "\" is not in the request.");
        }
        yield header;
      }
    };
  }

  private static String scheme(URI uri) {
    return String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
  }

  /** Host in lower case, and the port only when it is not the scheme's default (RFC 9110 4.2.3). */
  private static String authority(URI uri) {
    String host = String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    boolean defaultPort = port == -1
        || (port == 80 && "http".equals(scheme(uri)))
        || (port == 443 && "https".equals(scheme(uri)));
    return defaultPort ? host : host + ":" + port;
  }

  private static String path(URI uri) {
    String path = uri.getRawPath();
    return path == null || path.isEmpty() ? "/" : path;
  }

  private static String requestTarget(URI uri) {
    String query = uri.getRawQuery();
    return path(uri) + (query == null ? "" : "?" + query);
  }

  private static boolean isFieldNameChar(int c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
  }
}
