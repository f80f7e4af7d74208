package org.publiccredit.graphql.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Credit report settings.
 *
 * @param verificationKey base64 file holding the 256-bit HMAC key of the verification codes
 * @param font a TrueType font (or collection, first face) with Chinese glyphs, embedded in every PDF
 */
@ConfigurationProperties(ReportProperties.PREFIX)
record ReportProperties(Resource verificationKey, Resource font) {

  static final String PREFIX = "platform.reports";
}
