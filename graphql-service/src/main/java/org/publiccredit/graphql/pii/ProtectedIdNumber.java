package org.publiccredit.graphql.pii;

/**
 * How an ID number is stored: never in the clear.
 *
 * @param lookupKey HMAC-SHA256 of the number under the platform's hash key (hex); the document id
 * @param ciphertext AES-256-GCM of the number, base64 of IV (12 bytes) then ciphertext and tag
 * @param masked the display form for clients without {@code pii:read}, e.g. {@code 3709**********0017}
 */
public record ProtectedIdNumber(String lookupKey, String ciphertext, String masked) {}
