package org.publiccredit.graphql.pii;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/** Reads the PII keys once at start-up; a missing or malformed key stops the service. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PiiProperties.class)
class PiiConfiguration {

  @Bean
  IdNumberProtector idNumberProtector(PiiProperties properties) {
    return new IdNumberProtector(readKey(properties.hashKey()), readKey(properties.encryptionKey()));
  }

  private static byte[] readKey(Resource resource) {
    try {
      String text = resource.getContentAsString(StandardCharsets.US_ASCII).strip();
      return Base64.getDecoder().decode(text);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read PII key " + resource.getDescription(), e);
    }
  }
}
