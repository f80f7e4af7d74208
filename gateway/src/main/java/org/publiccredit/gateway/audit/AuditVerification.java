package org.publiccredit.gateway.audit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchClientAutoConfiguration;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchRestClientAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar gateway.jar --platform.audit.verify=true}: verifies every chain in the audit
 * index and exits 0 when all are intact, 1 when one is broken or the index cannot be read.
 * Only the Elasticsearch client is started (configured by {@code spring.elasticsearch.*} as the
 * gateway's), not the gateway: verification needs neither the registry nor Redis.
 */
public final class AuditVerification {

  static final String PROPERTY = "--platform.audit.verify=true";

  private AuditVerification() {}

  public static boolean requested(String[] args) {
    return Arrays.asList(args).contains(PROPERTY);
  }

  public static int run(String[] args) {
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Client.class)
        .web(WebApplicationType.NONE).logStartupInfo(false).run(args)) {
      return report(new AuditChainVerifier(context.getBean(ElasticsearchClient.class)),
          System.out);
    } catch (RuntimeException e) {
      System.err.println("audit verify: cannot read the audit index: " + e);
      return 1;
    }
  }

  /** Prints one line per chain; 0 when every chain is intact, 1 otherwise (a failure to read included). */
  static int report(AuditChainVerifier verifier, PrintStream out) {
    try {
      List<ChainReport> reports = verifier.verify();
      if (reports.isEmpty()) {
        out.println("audit verify: no audit events");
      }
      reports.forEach(r -> out.println(r.describe()));
      boolean intact = reports.stream().allMatch(ChainReport::intact);
      out.println(intact ? "audit verify: all chains intact" : "audit verify: BROKEN");
      return intact ? 0 : 1;
    } catch (java.io.IOException | RuntimeException e) {
      System.err.println("audit verify: cannot read the audit index: " + e);
      return 1;
    }
  }

  /** Nothing but the Elasticsearch client. */
  @SpringBootConfiguration(proxyBeanMethods = false)
  @ImportAutoConfiguration({JacksonAutoConfiguration.class,
      ElasticsearchRestClientAutoConfiguration.class, ElasticsearchClientAutoConfiguration.class})
  static class Client {}
}
