package org.publiccredit.localstack;

/** JSON error bodies of the credit-reference contract ({@code Error} schema): a stable code and a message. */
final class ErrorBodies {

    private ErrorBodies() {
    }

    static String forStatus(int status) {
        return switch (status) {
            case 400 -> of("INVALID_REQUEST", "The request is not a valid report request.");
            case 401, 403 -> of("NOT_AUTHORISED", "The querying institution is not authorised for this query.");
            case 404 -> of("NO_CREDIT_RECORD", "The credit reference database holds no record for this subject.");
            case 429 -> of("TOO_MANY_REQUESTS", "Query quota exceeded; retry later.");
            case 503 -> of("SERVICE_UNAVAILABLE", "The credit reference service is temporarily unavailable.");
            case 504 -> of("UPSTREAM_TIMEOUT", "The credit reference service did not answer in time.");
            default -> of(status >= 500 ? "INTERNAL_ERROR" : "REQUEST_REJECTED", "The credit reference service refused the request.");
        };
    }

    static String of(String code, String message) {
        // Codes and messages are fixed text above; no escaping needed.
        return "{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}";
    }
}
