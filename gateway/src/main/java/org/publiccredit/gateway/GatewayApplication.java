package org.publiccredit.gateway;

import java.time.Clock;
import org.publiccredit.gateway.audit.AuditVerification;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Starts the Open API gateway. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

  public static void main(String[] args) {
    if (AuditVerification.requested(args)) {
      System.exit(AuditVerification.run(args));
    }
    SpringApplication.run(GatewayApplication.class, args);
  }

  /** The one clock signatures and tokens are judged by; tests may replace it. */
  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }
}
