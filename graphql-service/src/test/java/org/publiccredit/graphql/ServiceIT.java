package org.publiccredit.graphql;

import org.junit.jupiter.api.extension.ExtendWith;
import org.publiccredit.localstack.RepositoryLayout;
import org.publiccredit.localstack.junit.LocalStack;
import org.publiccredit.localstack.junit.LocalStackExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the integration tests: the service on a random port against the real local
 * Elasticsearch node and credit-reference stand-in, configured as the local stack configures it
 * (demo keys, demo dataset). Every subclass shares one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"logging.level.org.publiccredit=DEBUG",
        "spring.graphql.schema.locations=classpath:graphql/**/,classpath:graphql-probe/"})
@ExtendWith(LocalStackExtension.class)
public abstract class ServiceIT {

  /** The report font `./platform test` fetches (Noto Sans SC, see the `platform` script). */
  static final java.nio.file.Path REPORT_FONT =
      RepositoryLayout.root().resolve("local-stack/fonts/NotoSansSC-Regular.ttf");

  @LocalServerPort
  protected int port;

  @Autowired
  protected JsonMapper jsonMapper;

  @DynamicPropertySource
  protected static void localStack(DynamicPropertyRegistry registry) {
    var keys = RepositoryLayout.config().resolve("demo-keys");
    registry.add("spring.elasticsearch.uris", () -> LocalStack.elasticsearchUri().toString());
    registry.add("platform.credit-reference.base-url", () -> LocalStack.creditReference().baseUrl().toString());
    registry.add("platform.identity.token-public-key", () -> keys.resolve("gateway-token.pub").toUri().toString());
    registry.add("platform.pii.hash-key", () -> keys.resolve("pii-hash.key").toUri().toString());
    registry.add("platform.pii.encryption-key", () -> keys.resolve("pii-encryption.key").toUri().toString());
    registry.add("platform.audit.client-registry", () -> RepositoryLayout.config().resolve("clients.yml").toString());
    registry.add("platform.reports.verification-key", () -> keys.resolve("report-verification.key").toUri().toString());
    registry.add("platform.reports.font", () -> REPORT_FONT.toUri().toString());
    registry.add("platform.publicity.rules-location",
        () -> RepositoryLayout.config().resolve("publicity/publicity-rules.yml").toUri().toString());
    registry.add("platform.demo-data.location",
        () -> RepositoryLayout.root().resolve("local-stack/demo-data/demo-subjects.jsonl").toUri().toString());
  }

  GraphQlHttp graphQl() {
    return new GraphQlHttp(port, jsonMapper);
  }
}
