package org.publiccredit.graphql.pii;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Where the keys protecting personal information come from.
 *
 * @param hashKey base64 file holding the 256-bit HMAC key for ID-number lookup keys
 * @param encryptionKey base64 file holding the 256-bit AES key for ID-number ciphertexts
 */
@ConfigurationProperties(PiiProperties.PREFIX)
record PiiProperties(Resource hashKey, Resource encryptionKey) {

  static final String PREFIX = "platform.pii";
}
